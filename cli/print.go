package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"pianoperformance/model"
	"pianoperformance/report"
)

const printHelp = `
Stampa il piano in PDF, o i documenti del ciclo della performance.

Uso:
  piano print --db FILE --what DOCUMENTO [--area NOME] [--versione N] [--format F] -o FILE
  piano print --example --what DOCUMENTO [--area NOME] [--format F] -o FILE
  piano print --db FILE|--example --what relazione|monitoraggio|cruscotto [--al GG/MM/AAAA] -o FILE.pdf
  piano print --db FILE --what variazione [--da N] [--a M|corrente] -o FILE.pdf

Opzioni:
  --db FILE       archivio del piano da stampare
  --example       stampa il piano di esempio incluso
  --what D        schede:       una scheda obiettivo per pagina, per la Giunta
                  riepilogo:    gli obiettivi di ogni Area in una tabella
                  piano:        il documento completo della sottosezione 2.2
                  relazione:    la Relazione sulla performance dell'anno
                  monitoraggio: il report di monitoraggio a una verifica
                  cruscotto:    una pagina per Area con risultati, rischi e scadenze
                  variazione:   la Variazione al Piano, con le modifiche tra
                                due versioni (--da e --a come in "piano
                                variazioni"); con --a corrente è la proposta
                                da allegare alla delibera
                  qualita:      la qualità degli obiettivi (D.Lgs 150/2009
                                art. 5 c.2), riepilogo per il Nucleo
  --area NOME     solo gli obiettivi di un'Area: il nome o l'intestazione,
                  senza distinguere maiuscole e minuscole ("area tecnica")
  --al DATA       la verifica da riportare (relazione, monitoraggio,
                  cruscotto): la data di una delle verifiche del piano.
                  Senza --al la relazione usa la verifica di fine anno, il
                  monitoraggio e il cruscotto l'ultima con rilevazioni
  --versione N    stampa la versione congelata N (1 è l'adozione) invece del
                  piano com'è ora; ogni pagina lo dice. Vale per i documenti
                  del piano (schede, riepilogo, piano, qualita): la
                  relazione, il monitoraggio e il cruscotto riportano i
                  risultati, che si stampano dal piano com'è ora
  --format F      pdf:  PDF per la stampa e la lettura (predefinito)
                  pdfa: PDF/A-2b per la conservazione e la pubblicazione
                        (caratteri incorporati, metadati XMP, profilo sRGB)
                  docx: documento Word da modificare (piano e schede):
                        titoli con gli stili di Word, tabelle, grafici,
                        numeri di pagina e indice, che Word aggiorna
                        all'apertura
  -o FILE         il file da scrivere (.pdf, o .docx con --format docx)

Esempi:
  piano print --db piano2024.db --what schede --area "Area Tecnica" -o schede-tecnica.pdf
  piano print --example --what piano -o piano-esempio.pdf
  piano print --db piano2024.db --what piano --versione 1 -o piano-adottato.pdf
  piano print --db piano2024.db --what variazione -o variazione.pdf
  piano print --example --what relazione -o relazione-2023.pdf
  piano print --db piano2024.db --what monitoraggio --al 30/06/2024 -o monitoraggio.pdf
`

func runPrint(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("print", printHelp, stdout)
	var src source
	src.flags(fs)
	what := fs.String("what", "", "")
	area := fs.String("area", "", "")
	al := fs.String("al", "", "")
	out := fs.String("o", "", "")
	da := fs.String("da", "", "")
	a := fs.String("a", "", "")
	format := fs.String("format", "pdf", "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *what == "" {
		return usagef("indicare cosa stampare con --what schede, riepilogo, piano, relazione, monitoraggio, cruscotto, variazione o qualita")
	}
	if *out == "" {
		return usagef("indicare il file da scrivere con -o FILE")
	}
	var pdfa, word bool
	switch strings.ToLower(*format) {
	case "pdf":
	case "pdfa", "pdf/a":
		pdfa = true
	case "docx", "word":
		word = true
	default:
		return usagef("formato %q sconosciuto: scegliere tra pdf, pdfa e docx", *format)
	}
	ctx := context.Background()
	if word && !(strings.EqualFold(*what, "piano") || strings.EqualFold(*what, "documento") || strings.HasPrefix(strings.ToLower(*what), "sched")) {
		return usagef("in Word si esportano il piano (--what piano) e le schede (--what schede)")
	}
	switch strings.ToLower(*what) {
	case "variazione":
		return printVariazione(ctx, src, *da, *a, *out, pdfa, stdout)
	case "qualita", "qualità":
		return printQualita(ctx, src, *out, pdfa, stdout)
	}
	if *da != "" || *a != "" {
		return usagef("--da e --a valgono solo con --what variazione")
	}
	kind, err := report.ParseKind(*what)
	if err != nil {
		return usageError{err.Error()}
	}
	ciclo := kind == report.Relazione || kind == report.Monitoraggio || kind == report.Cruscotto
	if ciclo && src.versione != 0 {
		return usagef("--versione vale per i documenti del piano: %s riporta i risultati dell'anno, che si stampano dal piano com'è ora", kind)
	}
	if !ciclo && *al != "" {
		return usagef("--al vale solo con --what relazione, monitoraggio o cruscotto")
	}
	p, v, err := src.loadVersione(ctx)
	if err != nil {
		return err
	}
	var sel report.Selection
	if *area != "" {
		a, err := findArea(p, *area)
		if err != nil {
			return err
		}
		sel.AreaID = a.ID
	}
	if *al != "" {
		if sel.VerificaID, err = verificaAl(p, *al); err != nil {
			return err
		}
	}
	opt := report.Options{Printed: buildTime(), Versione: v, PDFA: pdfa}
	write := report.Write
	if word {
		write = report.WriteDOCX
	}
	if err := writeFile(*out, func(w io.Writer) error { return write(w, p, kind, sel, opt) }); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Stampato %s\n", *out)
	return nil
}

// findArea matches an Area by name or heading, ignoring case, dashes and
// spacing; failing that, by a part of the name when only one Area has it.
func findArea(p *model.Plan, name string) (model.Unita, error) {
	want := fold(name)
	aree := p.Aree()
	var partial []model.Unita
	for _, a := range aree {
		if fold(a.Nome) == want || fold(a.Heading()) == want {
			return a, nil
		}
		if strings.Contains(fold(a.Nome), want) || strings.Contains(fold(a.Heading()), want) {
			partial = append(partial, a)
		}
	}
	if len(partial) == 1 {
		return partial[0], nil
	}
	var names []string
	for _, a := range aree {
		names = append(names, "  - "+a.Nome)
	}
	if len(partial) > 1 {
		return model.Unita{}, fmt.Errorf("l'area %q corrisponde a più Aree; indicarne il nome completo:\n%s", name, strings.Join(names, "\n"))
	}
	return model.Unita{}, fmt.Errorf("area %q non trovata. Le Aree del piano sono:\n%s", name, strings.Join(names, "\n"))
}

// fold makes "AREA POLIZIA LOCALE - TRIBUTI" and "Area Polizia Locale – Tributi" equal.
func fold(s string) string {
	s = strings.NewReplacer("–", "-", "—", "-", "-", " - ").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

func printVariazione(ctx context.Context, src source, da, a, out string, pdfa bool, stdout io.Writer) error {
	if src.example {
		return usagef("il piano di esempio non ha versioni: la variazione si stampa da un archivio (--db FILE)")
	}
	if src.db == "" {
		return usagef("indicare l'archivio del piano con --db FILE")
	}
	if src.versione != 0 {
		return usagef("per la variazione si indicano le versioni con --da e --a, non con --versione")
	}
	c, err := versioniDaConfrontare(ctx, src.db, da, a)
	if err != nil {
		return err
	}
	v := report.Variazione{Prima: c.prima, Dopo: c.dopo, Da: c.da, A: c.a}
	if err := writeFile(out, func(w io.Writer) error {
		return report.WriteVariazione(w, v, report.Options{Printed: buildTime(), PDFA: pdfa})
	}); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Stampato %s\n", out)
	return nil
}

func printQualita(ctx context.Context, src source, out string, pdfa bool, stdout io.Writer) error {
	p, v, err := src.loadVersione(ctx)
	if err != nil {
		return err
	}
	opt := report.Options{Printed: buildTime(), Versione: v, PDFA: pdfa}
	if err := writeFile(out, func(w io.Writer) error { return report.WriteQualita(w, p, opt) }); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Stampato %s\n", out)
	return nil
}

// verificaAl is the checkpoint of a date typed on the command line.
func verificaAl(p *model.Plan, s string) (int64, error) {
	d, err := model.ParseDate(s)
	if err != nil {
		return 0, usageError{"--al: " + err.Error()}
	}
	if v := p.VerificaAl(d); v != nil {
		return v.ID, nil
	}
	var dates []string
	for _, v := range p.Verifiche {
		dates = append(dates, v.Data.String())
	}
	if len(dates) == 0 {
		return 0, fmt.Errorf("il piano non ha verifiche del monitoraggio")
	}
	return 0, fmt.Errorf("nessuna verifica al %s: le verifiche del piano sono al %s", d, strings.Join(dates, ", "))
}
