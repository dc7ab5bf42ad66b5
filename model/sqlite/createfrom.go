package sqlite

import (
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"pianoperformance/atomicfile"
)

// PlaceholderIdentity is the identity a ready-made plan file carries until
// CreateFrom gives each copy its own.
const PlaceholderIdentity = "00000000000000000000000000000000"

// CreateFrom makes a new plan file at path (which must not exist) from
// file, the bytes of a plan file this program made, such as the example
// shipped ready-made (assets.ExampleFile): copying it is much quicker than
// making the schema and writing every record. The copy gets an identity
// of its own, as every new file does. Bytes that are not a plan file of
// ours are refused, as Open refuses such a file.
func CreateFrom(path string, file []byte) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	if _, err := os.Lstat(abs); err == nil {
		return nil, fmt.Errorf("Il file %q esiste già: %w", filepath.Base(abs), fs.ErrExist)
	}
	err = atomicfile.Build(abs, atomicfile.Private, func(tmp string) error {
		err := buildCopyOf(tmp, file)
		removeSideFiles(tmp)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("creazione di %q non riuscita: %w", filepath.Base(abs), err)
	}
	return openChecked(abs, false)
}

// buildCopyOf writes file at tmp (a temporary name, see buildFile) when
// it is a plan file, with a random identity of its own.
func buildCopyOf(tmp string, file []byte) error {
	if err := os.WriteFile(tmp, file, atomicfile.Private); err != nil {
		return err
	}
	if _, err := inspect(tmp); err != nil {
		return err
	}
	db, err := sql.Open("sqlite3", fileURI(tmp)+"?"+buildParams)
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.Exec("UPDATE identita SET codice = lower(hex(randomblob(16)))"); err != nil {
		return err
	}
	if err := buildJournal(db, tmp); err != nil {
		return err
	}
	return db.Close()
}
