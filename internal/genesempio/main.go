// Command genesempio writes assets/esempio/albizzate-2023.db.gz: the
// example plan as a ready-made plan file, which the first start copies
// instead of making the schema and writing every record (about 35 ms of
// the first start). Run it through `go generate ./assets` after changing
// the example or the schema; a test in model/sqlite fails until then.
package main

import (
	"compress/gzip"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"

	_ "github.com/mattn/go-sqlite3"
	"pianoperformance/assets"
	"pianoperformance/model/sqlite"
)

func main() {
	if err := run("esempio/albizzate-2023.db.gz"); err != nil {
		fmt.Fprintln(os.Stderr, "genesempio:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	p, err := assets.ExamplePlan()
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "genesempio-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "esempio.db")
	st, err := sqlite.Create(path, p)
	if err != nil {
		return err
	}
	if err := st.Close(); err != nil {
		return err
	}
	// Every copy gets its own identity (sqlite.CreateFrom): a fixed one
	// here keeps the generated file the same from run to run.
	db, err := sql.Open("sqlite3", "file:"+filepath.ToSlash(path)+"?_journal_mode=DELETE")
	if err != nil {
		return err
	}
	for _, q := range []string{"UPDATE identita SET codice = '" + sqlite.PlaceholderIdentity + "'", "VACUUM"} {
		if _, err := db.Exec(q); err != nil {
			db.Close()
			return err
		}
	}
	if err := db.Close(); err != nil {
		return err
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	if _, err := zw.Write(raw); err != nil {
		f.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
