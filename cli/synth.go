package cli

import (
	"fmt"
	"io"

	"pianoperformance/model/sqlite"
	"pianoperformance/model/synth"
)

const synthHelp = `
Crea un archivio con un piano sintetico grande, per misurare i tempi di
stampa ed esportazione. Il contenuto è inventato ma sempre uguale per gli
stessi numeri.

Uso:
  piano synth --years N --objectives N --indicators N -o FILE.db

Opzioni:
  --years N        anni delle tabelle di contesto (popolazione, personale)
  --objectives N   numero di obiettivi, distribuiti su sei Aree
  --indicators N   indicatori per obiettivo (ognuno con tre target)
  -o FILE.db       archivio da creare (non deve esistere)

Esempio:
  piano synth --years 10 --objectives 500 --indicators 3 -o grande.db
`

func runSynth(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("synth", synthHelp, stdout)
	years := fs.Int("years", 10, "")
	objectives := fs.Int("objectives", 500, "")
	indicators := fs.Int("indicators", 3, "")
	out := fs.String("o", "", "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	switch {
	case *out == "":
		return usagef("indicare l'archivio da creare con -o FILE.db")
	case *years < 1 || *years > 100:
		return usagef("--years deve essere tra 1 e 100")
	case *objectives < 0 || *objectives > 100000:
		return usagef("--objectives deve essere tra 0 e 100000")
	case *indicators < 0 || *indicators > 50:
		return usagef("--indicators deve essere tra 0 e 50")
	}
	p := synth.Plan(*years, *objectives, *indicators)
	st, err := sqlite.Create(*out, p)
	if err != nil {
		return err
	}
	if err := st.Close(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Creato %s: %d anni, %d obiettivi, %d indicatori per obiettivo\n", *out, *years, *objectives, *indicators)
	return nil
}
