package sqlite

import (
	"errors"
	"fmt"
	"path/filepath"

	sqlite3 "github.com/mattn/go-sqlite3"
	"pianoperformance/model"
)

// Sentinel errors. Open and Restore wrap them with a message that names the
// file, so callers test with errors.Is and show err.Error() to the user.
var (
	ErrNotDatabase = errors.New("il file non è un archivio del Piano della Performance")
	ErrCorrupt     = errors.New("il file è danneggiato")
	ErrNewerSchema = errors.New("il file è stato creato da una versione più recente del programma")
	// ErrNotFound is the model's: callers need not know the store.
	ErrNotFound = model.ErrNotFound
)

// fileError is an error with its own Italian message that still matches a
// sentinel through errors.Is.
type fileError struct {
	msg  string
	kind error
	err  error // underlying cause, if any
}

func (e *fileError) Error() string { return e.msg }

func (e *fileError) Is(target error) bool { return target == e.kind }

func (e *fileError) Unwrap() error { return e.err }

func errNotDatabase(path string, cause error) error {
	return &fileError{
		msg:  fmt.Sprintf("Il file %q non è un archivio del Piano della Performance.", filepath.Base(path)),
		kind: ErrNotDatabase, err: cause,
	}
}

func errCorrupt(path string, cause error) error {
	return &fileError{
		msg:  fmt.Sprintf("Il file %q è danneggiato e non può essere aperto.", filepath.Base(path)),
		kind: ErrCorrupt, err: cause,
	}
}

func errNewer(path string, version int) error {
	return &fileError{
		msg: fmt.Sprintf("Il file %q è stato creato da una versione più recente del programma "+
			"(schema %d, questa versione gestisce fino alla %d). Aggiornare il programma.",
			filepath.Base(path), version, latestVersion()),
		kind: ErrNewerSchema,
	}
}

// isCorruption reports whether SQLite said the bytes are not a sane database.
func isCorruption(err error) bool {
	var se sqlite3.Error
	if errors.As(err, &se) {
		return se.Code == sqlite3.ErrCorrupt || se.Code == sqlite3.ErrNotADB
	}
	return false
}

// notFound wraps ErrNotFound with what was missing.
func notFound(what string, id int64) error {
	return fmt.Errorf("%s %d non esiste più: %w", what, id, ErrNotFound)
}
