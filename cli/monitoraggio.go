package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"pianoperformance/model"
	"pianoperformance/workbook"
)

const monitoraggioHelp = `
Le schede di monitoraggio delle Aree: il programma prepara una cartella di
lavoro Excel per ogni Area, che il Responsabile compila con Excel o
LibreOffice, e poi la rilegge, mostrando prima che cosa cambierà.

Uso:
  piano monitoraggio prepara --db FILE [--al GG/MM/AAAA] -o CARTELLA [--area NOME] [--entro GG/MM/AAAA]
  piano monitoraggio leggi   --db FILE [--anteprima] [--al GG/MM/AAAA] [--conflitti programma|scheda] FILE.xlsx...
  piano monitoraggio storico --db FILE

prepara  scrive nella CARTELLA (creata se manca) una scheda per ogni Area
         con obiettivi, e una per gli obiettivi senza Area e gli indicatori
         dell'ente se ce ne sono. L'archivio è aperto in sola lettura.
  --al DATA       la verifica: la data di una delle verifiche del piano
                  (senza --al: la prossima da oggi, o l'ultima)
  --area NOME     solo la scheda di un'Area ("ente" per quella degli
                  obiettivi senza Area)
  --entro DATA    il giorno entro cui restituire la scheda (senza --entro:
                  15 giorni dopo la verifica, o dopo oggi se è passata)

leggi    rilegge le schede compilate e stampa l'anteprima: per ogni scheda i
         valori che cambiano (prima → dopo), i conflitti (un valore cambiato
         nel programma dopo l'invio e diversamente nella scheda), le righe
         lasciate vuote e quelle con problemi. Poi salva tutto in una sola
         volta e scrive una riga per scheda nello storico del piano.
         Una scheda di un altro piano, anno o verifica, danneggiata, protetta
         da password o che non è una scheda fa rifiutare tutta la lettura:
         nulla viene salvato. Le righe con problemi non vengono salvate, le
         altre sì.
  --anteprima     mostra soltanto che cosa cambierebbe: nulla viene salvato
                  e l'archivio è aperto in sola lettura
  --al DATA       accetta solo le schede di questa verifica
  --conflitti C   programma: nei conflitti resta il valore del programma
                  (il comportamento predefinito); scheda: vale quello della
                  scheda

storico  elenca le righe dello storico del piano: quali schede sono state
         lette, quando, di quale Area, quanti valori.

Esempi:
  piano monitoraggio prepara --db piano2024.db --al 30/06/2024 -o schede
  piano monitoraggio leggi --db piano2024.db --anteprima schede/*.xlsx
  piano monitoraggio leggi --db piano2024.db schede/*.xlsx
`

func runMonitoraggio(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usagef("indicare prepara, leggi o storico")
	}
	switch args[0] {
	case "prepara":
		return runPrepara(args[1:], stdout)
	case "leggi":
		return runLeggi(args[1:], stdout)
	case "storico":
		return runStorico(args[1:], stdout)
	case "-h", "-help", "--help", "aiuto":
		fmt.Fprint(stdout, strings.TrimLeft(monitoraggioHelp, "\n"))
		return errHelp
	}
	return usagef("azione %q sconosciuta: indicare prepara, leggi o storico", args[0])
}

func runPrepara(args []string, stdout io.Writer) error {
	fs := newFlags("monitoraggio", monitoraggioHelp, stdout)
	db := fs.String("db", "", "")
	al := fs.String("al", "", "")
	out := fs.String("o", "", "")
	area := fs.String("area", "", "")
	entro := fs.String("entro", "", "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return usagef("indicare la cartella in cui scrivere le schede con -o CARTELLA")
	}
	opt := workbook.Opzioni{Preparata: buildTime()}
	if *entro != "" {
		var err error
		if opt.Entro, err = model.ParseDate(*entro); err != nil {
			return usageError{"--entro: " + err.Error()}
		}
	}
	p, id, err := apriInLettura(*db)
	if err != nil {
		return err
	}
	if opt.Verifica, err = scegliVerifica(p, *al); err != nil {
		return err
	}
	opt.Piano = id
	schede, err := workbook.Prepara(p, opt)
	if err != nil {
		return err
	}
	if *area != "" {
		if schede, err = soloArea(p, schede, *area); err != nil {
			return err
		}
	}
	if len(schede) == 0 {
		return fmt.Errorf("il piano non ha obiettivi né indicatori da monitorare")
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return fmt.Errorf("impossibile creare la cartella %q: %v", *out, err)
	}
	v := p.VerificaByID(opt.Verifica)
	for _, s := range schede {
		var buf bytes.Buffer
		if err := s.Scrivi(&buf); err != nil {
			return err
		}
		if err := writeFile(filepath.Join(*out, s.Nome), func(w io.Writer) error {
			_, err := w.Write(buf.Bytes())
			return err
		}); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "Scritta «%s»: %s\n", s.Nome, contenutoScheda(s))
	}
	fmt.Fprintf(stdout, "%d %s per la verifica al %s, da restituire entro il %s.\n", len(schede),
		plurale(len(schede), "scheda", "schede"), v.Data, schede[0].Entro)
	return nil
}

func contenutoScheda(s workbook.Scheda) string {
	parts := []string{fmt.Sprintf("%d %s", s.Indicatori, plurale(s.Indicatori, "indicatore", "indicatori"))}
	if s.Obiettivi > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", s.Obiettivi, plurale(s.Obiettivi, "obiettivo", "obiettivi")))
	}
	if s.Fasi > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", s.Fasi, plurale(s.Fasi, "fase", "fasi")))
	}
	return s.Area + ", " + strings.Join(parts, ", ")
}

func plurale(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// apriInLettura reads the plan and its identity without writing anything.
func apriInLettura(db string) (*model.Plan, string, error) {
	if err := archivio(db); err != nil {
		return nil, "", err
	}
	st, err := openReadOnly(db)
	if err != nil {
		return nil, "", err
	}
	defer st.Close()
	return caricaConIdentita(st)
}

// archivio checks that --db names a plan (a file or a plan on a server).
func archivio(db string) error {
	if db == "" {
		return usagef("indicare l'archivio del piano con --db FILE")
	}
	return nil
}

// caricaConIdentita reads the plan and the identity of its file.
func caricaConIdentita(st model.Store) (*model.Plan, string, error) {
	ctx := context.Background()
	p, err := st.Load(ctx)
	if err != nil {
		return nil, "", err
	}
	id, err := workbook.IdentitaDi(ctx, st)
	return p, id, err
}

// scegliVerifica is the checkpoint of --al or, without it, the next one
// from today, or the last.
func scegliVerifica(p *model.Plan, al string) (int64, error) {
	if al != "" {
		return verificaAl(p, al)
	}
	if len(p.Verifiche) == 0 {
		return 0, fmt.Errorf("il piano non ha verifiche del monitoraggio")
	}
	oggi := model.Oggi()
	for _, v := range p.Verifiche { // in date order
		if !v.Data.Before(oggi) {
			return v.ID, nil
		}
	}
	return p.VerificaFinale().ID, nil
}

// soloArea keeps the workbook of one Area; "ente" names the one of the
// objectives of no Area.
func soloArea(p *model.Plan, schede []workbook.Scheda, name string) ([]workbook.Scheda, error) {
	var want int64
	if fold(name) != "ente" {
		a, err := findArea(p, name)
		if err != nil {
			return nil, err
		}
		want = a.ID
	}
	for _, s := range schede {
		if s.AreaID == want {
			return []workbook.Scheda{s}, nil
		}
	}
	if want == 0 {
		return nil, fmt.Errorf("il piano non ha obiettivi senza Area né indicatori dell'ente")
	}
	return nil, fmt.Errorf("l'Area %q non ha obiettivi da monitorare", name)
}

func runStorico(args []string, stdout io.Writer) error {
	fs := newFlags("monitoraggio", monitoraggioHelp, stdout)
	db := fs.String("db", "", "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if err := archivio(*db); err != nil {
		return err
	}
	st, err := openReadOnly(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	var ev []model.EventoStorico
	if err := st.Read(context.Background(), func(r model.Reader) (err error) { ev, err = r.Storico(); return err }); err != nil {
		return err
	}
	if len(ev) == 0 {
		fmt.Fprintln(stdout, "Lo storico del piano è vuoto.")
		return nil
	}
	for _, e := range ev {
		line := e.Quando.Local().Format("02/01/2006 15:04") + "  " + e.Descrizione
		if e.File != "" {
			line += " File: «" + e.File + "»."
		}
		fmt.Fprintln(stdout, line)
	}
	return nil
}
