package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"pianoperformance/model"
	"pianoperformance/model/postgres"
	"pianoperformance/model/sqlite"
)

const copiaHelp = `
Copia un piano tra un archivio (file) e un database PostgreSQL, nei due
sensi, senza perdere nulla: il piano e le sue versioni adottate e variate,
con le loro impronte. Esportato in JSON prima e dopo, il piano è identico
byte per byte.

Uso:
  piano copia --da ORIGINE --a DESTINAZIONE

ORIGINE e DESTINAZIONE sono un file del piano oppure un indirizzo
postgres://utente@server:porta/database?plan=nome-piano (la password con
PGPASSWORD o ~/.pgpass). La destinazione non deve esistere: un file nuovo,
oppure un piano nuovo sul server (solo un amministratore crea piani).

Esempi:
  piano copia --da albizzate-2024.db --a postgres://segreteria@db.comune.local/piani?plan=albizzate-2024
  piano copia --da postgres://segreteria@db.comune.local/piani?plan=albizzate-2024 --a copia-2024.db
`

func runCopia(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("copia", copiaHelp, stdout)
	from := fs.String("da", "", "")
	to := fs.String("a", "", "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *from == "" || *to == "" {
		return usagef("indicare l'origine con --da e la destinazione con --a")
	}
	ctx := context.Background()
	src, err := openReadOnly(*from)
	if err != nil {
		return err
	}
	c, err := model.LeggiCopia(ctx, src)
	src.Close()
	if err != nil {
		return err
	}
	dst, err := createStore(ctx, *to, c.Plan)
	if err != nil {
		return err
	}
	defer dst.Close()
	if err := model.ScriviCopia(ctx, dst, c); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Copiato il piano %s in %s (%d obiettivi, %d versioni adottate o variate, %d righe di storico).\n",
		*from, dst.Path(), len(c.Plan.Obiettivi), len(c.Versioni), len(c.Storico))
	return nil
}

// createStore makes a new plan file or server plan holding p, with the
// model's checks in front, as every writer of the program has.
func createStore(ctx context.Context, where string, p *model.Plan) (model.Store, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if postgres.IsAddress(where) {
		addr, err := postgres.ParseAddress(where, true)
		if err != nil {
			return nil, err
		}
		st, err := postgres.Create(ctx, addr, "", p)
		if err != nil {
			return nil, err
		}
		return model.Checked(st), nil
	}
	if _, err := os.Stat(where); !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("il file %q esiste già: indicare un file nuovo", where)
	}
	st, err := sqlite.Create(where, p)
	if err != nil {
		return nil, err
	}
	return model.Checked(st), nil
}
