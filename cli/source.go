package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"pianoperformance/assets"
	"pianoperformance/atomicfile"
	"pianoperformance/model"
	"pianoperformance/model/postgres"
	"pianoperformance/model/sqlite"
)

// source is where a command reads the plan: an archive or the example,
// and in an archive the current plan or a frozen version.
type source struct {
	db       string
	example  bool
	versione int
}

func (s *source) flags(fs *flags) {
	fs.StringVar(&s.db, "db", "", "")
	fs.BoolVar(&s.example, "example", false, "")
	fs.IntVar(&s.versione, "versione", 0, "")
}

// load reads the whole plan. The archive is opened read-only, so printing,
// exporting and checking leave it and its folder untouched (no backup is
// written); the store's errors are already Italian and name the file.
func (s *source) load(ctx context.Context) (*model.Plan, error) {
	p, _, err := s.loadVersione(ctx)
	return p, err
}

// loadVersione is load that also says which frozen version it read (nil
// for the current plan).
func (s *source) loadVersione(ctx context.Context) (*model.Plan, *model.Versione, error) {
	switch {
	case s.db != "" && s.example:
		return nil, nil, usagef("indicare --db FILE oppure --example, non entrambi")
	case s.example && s.versione != 0:
		return nil, nil, usagef("il piano di esempio non ha versioni adottate: --versione vale solo con --db")
	case s.example:
		p, err := assets.ExamplePlan()
		return p, nil, err
	case s.db == "":
		return nil, nil, usagef("indicare l'archivio del piano con --db FILE (oppure --example per il piano di esempio)")
	case s.versione < 0:
		return nil, nil, usagef("--versione vuole il numero di una versione (1 è l'adozione)")
	}
	st, err := openReadOnly(s.db)
	if err != nil {
		return nil, nil, err
	}
	defer st.Close()
	if s.versione == 0 {
		p, err := st.Load(ctx)
		return p, nil, err
	}
	vv, err := leggiVersioni(ctx, st)
	if err != nil {
		return nil, nil, err
	}
	if s.versione > len(vv) {
		return nil, nil, fmt.Errorf("il piano non ha una versione n. %d (%s): vedere «piano versioni --db %s»", s.versione, quanteVersioni(len(vv)), s.db)
	}
	p, err := leggiVersione(ctx, st, s.versione)
	if err != nil {
		return nil, nil, err
	}
	return p, &vv[s.versione-1], nil
}

// testoVersione is the frozen JSON of the version asked for, byte for
// byte as the resolution recorded it.
func (s *source) testoVersione(ctx context.Context) ([]byte, error) {
	st, err := openReadOnly(s.db)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	var b []byte
	err = st.Read(ctx, func(r model.Reader) (err error) { b, err = r.TestoVersione(s.versione); return err })
	return b, err
}

// openReadOnly opens a plan file read-only (nothing is written beside it),
// or a plan on a database server.
func openReadOnly(db string) (model.Store, error) {
	if postgres.IsAddress(db) {
		return openServer(db)
	}
	if _, err := os.Stat(db); err != nil {
		return nil, fmt.Errorf("l'archivio %q non esiste o non è leggibile", db)
	}
	return sqlite.OpenReadOnly(db)
}

// leggiVersioni lists the frozen versions of an archive.
func leggiVersioni(ctx context.Context, st model.Store) (vv []model.Versione, err error) {
	err = st.Read(ctx, func(r model.Reader) (err error) { vv, err = r.Versioni(); return err })
	return vv, err
}

// leggiVersione reads frozen version n of an archive.
func leggiVersione(ctx context.Context, st model.Store, n int) (p *model.Plan, err error) {
	err = st.Read(ctx, func(r model.Reader) (err error) { p, err = r.LoadVersione(n); return err })
	return p, err
}

func quanteVersioni(n int) string {
	switch n {
	case 0:
		return "non è ancora stato adottato"
	case 1:
		return "ha solo la versione adottata, n. 1"
	}
	return fmt.Sprintf("ha le versioni da 1 a %d", n)
}

// writeFile writes path whole or not at all (see atomicfile), so a
// failure halfway never leaves a truncated PDF or workbook behind.
// Published files are readable by everyone.
func writeFile(path string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return fmt.Errorf("impossibile scrivere %q: la cartella %q non esiste", path, dir)
	}
	if err := atomicfile.Write(path, atomicfile.Public, write); err != nil {
		return fmt.Errorf("impossibile scrivere %q: %w", path, err)
	}
	return nil
}

// openServer opens a plan on a database server; the password comes from
// PGPASSWORD or ~/.pgpass.
func openServer(where string) (model.Store, error) {
	addr, err := postgres.ParseAddress(where, true)
	if err != nil {
		return nil, err
	}
	st, err := postgres.Open(context.Background(), addr, "")
	if err != nil {
		return nil, err
	}
	return model.Checked(st), nil
}
