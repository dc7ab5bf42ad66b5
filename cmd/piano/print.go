package main

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
  piano print --db FILE --what DOCUMENTO [--area NOME] [--al GG/MM/AAAA] -o FILE.pdf
  piano print --example --what DOCUMENTO [--area NOME] [--al GG/MM/AAAA] -o FILE.pdf

Opzioni:
  --db FILE       archivio del piano da stampare
  --example       stampa il piano di esempio incluso
  --what D        schede:       una scheda obiettivo per pagina, per la Giunta
                  riepilogo:    gli obiettivi di ogni Area in una tabella
                  piano:        il documento completo della sottosezione 2.2
                  relazione:    la Relazione sulla performance dell'anno
                  monitoraggio: il report di monitoraggio a una verifica
                  cruscotto:    una pagina per Area con risultati, rischi e scadenze
  --area NOME     solo gli obiettivi di un'Area: il nome o l'intestazione,
                  senza distinguere maiuscole e minuscole ("area tecnica")
  --al DATA       la verifica da riportare (relazione, monitoraggio,
                  cruscotto): la data di una delle verifiche del piano.
                  Senza --al la relazione usa la verifica di fine anno, il
                  monitoraggio e il cruscotto l'ultima con rilevazioni
  -o FILE.pdf     il file PDF da scrivere

Esempi:
  piano print --db piano2024.db --what schede --area "Area Tecnica" -o schede-tecnica.pdf
  piano print --example --what piano -o piano-esempio.pdf
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
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := noArgs(pos); err != nil {
		return err
	}
	if *what == "" {
		return usagef("indicare cosa stampare con --what schede, riepilogo, piano, relazione, monitoraggio o cruscotto")
	}
	kind, err := report.ParseKind(*what)
	if err != nil {
		return usageError{err.Error()}
	}
	if *out == "" {
		return usagef("indicare il file PDF da scrivere con -o FILE.pdf")
	}
	p, err := src.load(context.Background())
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
	opt := report.Options{Printed: buildTime()}
	if err := writeFile(*out, func(w io.Writer) error { return report.Write(w, p, kind, sel, opt) }); err != nil {
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
