package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"pianoperformance/model"
	"pianoperformance/model/sqlite"
)

const importHelp = `
Importa un piano da un file JSON scritto da "piano export --format json" o dal
programma. Se l'archivio non esiste lo crea; se esiste, il piano che contiene
viene sostituito per intero.

L'importazione è tutto o niente: se il file contiene un errore, il messaggio
indica riga e colonna e l'archivio resta esattamente com'era.

Uso:
  piano import --db FILE [--format json] FILE.json

Opzioni:
  --db FILE       archivio in cui importare (creato se manca)
  --format json   formato del file da importare (solo json)

Il file da importare può essere "-" per leggere lo standard input.

Esempio:
  piano import --db piano2024.db piano2024.json
`

func runImport(args []string, stdout, stderr io.Writer) error {
	flags := newFlags("import", importHelp, stdout)
	db := flags.String("db", "", "")
	format := flags.String("format", "json", "")
	pos, err := parse(flags, args)
	if err != nil {
		return err
	}
	switch {
	case *format != "json":
		return usagef("formato %q non importabile: si importa solo json", *format)
	case *db == "":
		return usagef("indicare l'archivio in cui importare con --db FILE")
	case len(pos) == 0:
		return usagef("indicare il file JSON da importare")
	case len(pos) > 1:
		return usagef("indicare un solo file da importare (ricevuti %d)", len(pos))
	}
	in := pos[0]
	p, err := readPlanJSON(in)
	if err != nil {
		return err
	}
	// Everything is checked before the archive is even opened, so a bad
	// file cannot leave a trace in it.
	if err := p.Validate(); err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	ctx := context.Background()
	st, created, err := openOrCreate(*db, p)
	if err != nil {
		return err
	}
	if !created {
		if err := st.Write(ctx, func(w model.Writer) error { return w.ReplacePlan(p) }); err != nil {
			st.Close()
			return fmt.Errorf("importazione in %q non riuscita, l'archivio non è stato modificato: %w", *db, err)
		}
	}
	if err := st.Close(); err != nil {
		return err
	}
	what := "sostituito il piano in"
	if created {
		what = "creato l'archivio"
	}
	fmt.Fprintf(stdout, "Importato %s: %s %s (%d obiettivi)\n", in, what, *db, len(p.Obiettivi))
	return nil
}

func readPlanJSON(in string) (*model.Plan, error) {
	var r io.Reader = os.Stdin
	if in != "-" {
		f, err := os.Open(in)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("il file %q non esiste", in)
		}
		if err != nil {
			return nil, fmt.Errorf("il file %q non è leggibile: %w", in, err)
		}
		defer f.Close()
		r = f
	}
	// ReadPlan stops at its size limit: a huge file is refused, not read.
	p, err := model.ReadPlan(context.Background(), r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in, err)
	}
	return p, nil
}

// openOrCreate opens the archive, or creates it holding p when missing.
func openOrCreate(path string, p *model.Plan) (st *sqlite.Store, created bool, err error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		st, err := sqlite.Create(path, p)
		return st, true, err
	}
	st, err = sqlite.Open(path)
	return st, false, err
}
