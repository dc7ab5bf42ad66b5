package cli

import (
	"context"
	"fmt"
	"io"
	"slices"

	"pianoperformance/model"
)

const checkHelp = `
Controlla la coerenza del piano: totali che non tornano, cifre stampate
diverse da quelle calcolate, obiettivi senza un target misurabile; e il
ciclo della performance: rilevazioni mancanti dopo una verifica, fasi in
ritardo, raggiungimenti di fine anno da valutare a mano.
Stampa una segnalazione per riga, raggruppate per sezione.

Le segnalazioni non sono errori del comando: l'uscita è 0 anche quando ce ne
sono; è 1 solo se il piano non si può leggere.

Uso:
  piano check --db FILE [--al GG/MM/AAAA]
  piano check --example [--al GG/MM/AAAA]

Opzioni:
  --db FILE       archivio del piano da controllare
  --example       controlla il piano di esempio incluso
  --al DATA       il giorno a cui riferire scadenze e verifiche (di solito
                  oggi, il valore predefinito)
`

// sectionOrder is the order of the document; unknown keys follow.
var sectionOrder = []string{model.SezioneEnte, model.SezioneTerritorio, model.SezionePopolazione,
	model.SezioneOrganizzazione, model.SezioneServizi, model.SezioneObiettivi, model.SezioneMonitoraggio}

func runCheck(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("check", checkHelp, stdout)
	var src source
	src.flags(fs)
	al := fs.String("al", "", "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	oggi := model.Oggi()
	if *al != "" {
		var err error
		if oggi, err = model.ParseDate(*al); err != nil {
			return usageError{"--al: " + err.Error()}
		}
	}
	p, err := src.load(context.Background())
	if err != nil {
		return err
	}
	printFindings(stdout, model.CheckAl(p, oggi))
	return nil
}

func printFindings(w io.Writer, ff []model.Finding) {
	if len(ff) == 0 {
		fmt.Fprintln(w, "Nessuna incoerenza trovata.")
		return
	}
	rank := func(s string) int {
		if i := slices.Index(sectionOrder, s); i >= 0 {
			return i
		}
		return len(sectionOrder)
	}
	sorted := slices.Clone(ff)
	slices.SortStableFunc(sorted, func(a, b model.Finding) int { return rank(a.Sezione) - rank(b.Sezione) })
	errs := 0
	for _, f := range ff {
		if f.Gravita == model.Errore {
			errs++
		}
	}
	fmt.Fprintf(w, "Controllo di coerenza: %s (%s, %s)\n", plural(len(ff), "segnalazione", "segnalazioni"),
		plural(errs, "errore", "errori"), plural(len(ff)-errs, "avviso", "avvisi"))
	section := "\x00"
	for _, f := range sorted {
		if f.Sezione != section {
			section = f.Sezione
			fmt.Fprintf(w, "\n%s\n", model.TitoloSezione(section))
		}
		line := fmt.Sprintf("  %-7s %s: %s", gravita(f.Gravita), f.Riga, f.Messaggio)
		if f.Valori != "" {
			line += " (" + f.Valori + ")"
		}
		fmt.Fprintln(w, line)
	}
}

func gravita(g model.Gravita) string {
	if g == model.Errore {
		return "ERRORE"
	}
	return "avviso"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
