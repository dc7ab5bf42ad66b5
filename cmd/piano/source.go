package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"pianoperformance/assets"
	"pianoperformance/model"
	"pianoperformance/model/sqlite"
)

// source is where a command reads the plan: an archive or the example.
type source struct {
	db      string
	example bool
}

func (s *source) flags(fs *flags) {
	fs.StringVar(&s.db, "db", "", "")
	fs.BoolVar(&s.example, "example", false, "")
}

// load reads the whole plan. The archive is opened read-only, so printing,
// exporting and checking leave it and its folder untouched (no backup is
// written); the store's errors are already Italian and name the file.
func (s *source) load(ctx context.Context) (*model.Plan, error) {
	switch {
	case s.db != "" && s.example:
		return nil, usagef("indicare --db FILE oppure --example, non entrambi")
	case s.example:
		return assets.ExamplePlan()
	case s.db == "":
		return nil, usagef("indicare l'archivio del piano con --db FILE (oppure --example per il piano di esempio)")
	}
	if _, err := os.Stat(s.db); err != nil {
		return nil, fmt.Errorf("l'archivio %q non esiste o non è leggibile", s.db)
	}
	st, err := sqlite.OpenReadOnly(s.db)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	return st.Load(ctx)
}

// writeFile writes path through a temporary file renamed into place, so a
// failure halfway never leaves a truncated PDF or workbook behind.
func writeFile(path string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return fmt.Errorf("impossibile scrivere %q: la cartella %q non esiste", path, dir)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("impossibile scrivere %q: accesso negato o disco pieno (%v)", path, err)
	}
	defer os.Remove(tmp.Name())
	err = write(tmp)
	if err == nil {
		err = tmp.Chmod(0o644) // CreateTemp makes 0600: published files are for everyone
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("impossibile scrivere %q: %w", path, err)
	}
	return nil
}
