package sqlite

import (
	"database/sql"
	"os"
	"path/filepath"
)

// hasHotJournal reports whether a rollback journal with content lies beside
// path: a save on a network share was cut short (a crash, a power cut) and
// SQLite will undo it at the next read-write open. Until then the main file
// may hold half of that save.
func hasHotJournal(path string) bool {
	fi, err := os.Stat(path + "-journal")
	return err == nil && fi.Size() > 0
}

// hasWAL reports whether a write-ahead log with content lies beside path.
func hasWAL(path string) bool {
	fi, err := os.Stat(path + "-wal")
	return err == nil && fi.Size() > 0
}

// rolledBackCopy copies the file and its journal into a temporary folder,
// under the same name, and lets SQLite roll the journal back there: inspect
// then judges the file as it will be after recovery, without writing a byte
// beside the original. done removes the copy.
func rolledBackCopy(path string) (copyPath string, done func(), err error) {
	dir, err := os.MkdirTemp("", "piano-verifica-")
	if err != nil {
		return "", nil, err
	}
	done = func() { os.RemoveAll(dir) }
	dst := filepath.Join(dir, filepath.Base(path))
	for _, suffix := range []string{"", "-journal"} {
		if err := copyBytes(path+suffix, dst+suffix); err != nil {
			done()
			return "", nil, err
		}
	}
	db, err := sql.Open("sqlite3", fileURI(dst))
	if err != nil {
		done()
		return "", nil, err
	}
	// The first read of a read-write connection rolls a hot journal back.
	// If it cannot, inspect finds the copy unreadable and says so.
	var n int
	db.QueryRow("SELECT count(*) FROM sqlite_master").Scan(&n)
	db.Close()
	return dst, done, nil
}
