package sqlite

import (
	"database/sql"
	"fmt"
	"path/filepath"
)

// OpenReadOnly opens a plan file for reading only: no lock, no backup, no
// migration, no change of journal mode, so printing or exporting from the
// command line leaves the file and its folder exactly as they were, and a
// second window can show a plan another program has open (Write then
// refuses, naming who has it). A file of an older schema must first be
// opened once with Open (the program does it).
func OpenReadOnly(path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	version, err := inspect(abs)
	if err != nil {
		return nil, err
	}
	if version < latestVersion() {
		return nil, fmt.Errorf("Il file %q è di una versione precedente del programma: aprirlo una volta con Piano della Performance per aggiornarlo", filepath.Base(abs))
	}
	db, err := sql.Open("sqlite3", fileURI(abs)+"?"+readOnlyParams(abs)+"&_busy_timeout=5000")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	s := &Store{db: db, path: abs, readOnly: true}
	if h, _ := holderOf(abs); h != nil {
		s.holder = h
		s.notices = []string{fmt.Sprintf("Il piano è aperto in sola lettura: è già aperto %s. Le modifiche non vengono salvate.", h)}
	}
	return s, nil
}
