// Package sqlite keeps a plan in one SQLite file: it implements model.Store.
//
// Every public method that changes data runs in one transaction (BeginTx,
// deferred Rollback, private helpers taking the *sql.Tx, Commit), so each
// user action either reaches the disk whole or not at all.
package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
	"pianoperformance/atomicfile"
	"pianoperformance/model"
)

// Store is a plan file opened for reading and writing (holding the plan's
// lock, see lock.go), or for reading only.
type Store struct {
	db       *sql.DB
	path     string
	lock     *planLock     // nil when read-only
	readOnly bool          // Write refuses
	holder   *model.Holder // who has the plan, when it is open read-only because of them
	notices  []string      // for the status line, see Notices
}

var _ model.Store = (*Store)(nil)

// Open opens an existing plan file for writing. It takes the plan's lock
// first: a plan another program has open is refused with a
// *model.LockedError naming who has it (OpenReadOnly still reads it). It
// migrates a file of an older schema (after writing a copy beside it:
// "<file>.pre-v<N>.bak", N being the new schema version), then writes a
// rotating backup with SQLite's online backup API into
// "<dir of file>/backup/<base>-YYYYMMDD-HHMMSS.db" (see Backup). A file that
// is not ours, is damaged or is newer than the program is refused without
// writing a single byte to it.
func Open(path string) (*Store, error) {
	s, err := openChecked(path, true)
	if err != nil {
		return nil, err
	}
	if _, err := s.Backup(); errors.Is(err, errPrune) {
		s.notices = append(s.notices, fmt.Sprintf("Attenzione: le copie di sicurezza più vecchie non sono state eliminate (%v)", err))
	} else if err != nil {
		s.Close()
		return nil, fmt.Errorf("copia di sicurezza di %q non riuscita: %w", filepath.Base(path), err)
	}
	if h := s.Stale(); h != nil {
		s.notices = append(s.notices, fmt.Sprintf("Il piano era rimasto aperto %s e il programma non l'aveva chiuso (interruzione o mancanza di corrente): ora è aperto qui", h))
	}
	return s, nil
}

// Stale is who had left the plan's lock behind without closing it (the
// program was killed or the computer lost power), found and taken over
// when the plan was opened; nil if nobody.
func (s *Store) Stale() *model.Holder {
	if s.lock == nil {
		return nil
	}
	return s.lock.stale
}

// ReadOnly tells whether the plan was opened for reading only.
func (s *Store) ReadOnly() bool { return s.readOnly }

// Create makes a new plan file at path (which must not exist) holding p.
// The file is built under a temporary name and renamed into place, so a
// failure never leaves a half-made plan file behind.
func Create(path string, p *model.Plan) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	if _, err := os.Lstat(abs); err == nil {
		return nil, fmt.Errorf("Il file %q esiste già: %w", filepath.Base(abs), fs.ErrExist)
	}
	return create(abs, p)
}

// Replace is Create in place of the file at path, if there is one, which
// the user chose to replace: it is first kept in the backup folder beside
// it (see keepAside). A plan another program has open is refused.
func Replace(path string, p *model.Plan) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	if err := checkReplaceable(abs, ""); err != nil {
		return nil, err
	}
	if _, err := keepAside(abs); err != nil {
		return nil, err
	}
	// A log left beside the old file would be replayed into the new one;
	// nobody has it open (checked above) and keepAside copied it.
	removeSideFiles(abs)
	return create(abs, p)
}

func create(abs string, p *model.Plan) (*Store, error) {
	err := atomicfile.Build(abs, atomicfile.Private, func(tmp string) error {
		err := buildFile(tmp, p)
		removeSideFiles(tmp)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("creazione di %q non riuscita: %w", filepath.Base(abs), err)
	}
	return openChecked(abs, false)
}

// buildFile writes a fresh plan file holding p, in rollback-journal mode so
// the result is one self-contained file. The file is a temporary one that
// atomicfile flushes once before giving it its name: its journal stays in
// memory and its commits (one per migration, then the plan) do not wait for
// the disk. Syncing each of them took most of the first start's 30–90 ms
// of making the plan from the example (docs/benchmark-finestra.md).
func buildFile(path string, p *model.Plan) error {
	db, err := sql.Open("sqlite3", fileURI(path)+"?"+buildParams)
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	ctx := context.Background()
	if err := migrate(ctx, db); err != nil {
		return err
	}
	s := &Store{db: db, path: path}
	if p == nil {
		p = &model.Plan{}
	}
	if err := s.Write(ctx, func(w model.Writer) error { return w.ReplacePlan(p) }); err != nil {
		return err
	}
	if err := buildJournal(db, path); err != nil {
		return err
	}
	return db.Close()
}

// buildJournal gives a file being built the journal mode that opening it
// sets (see openChecked), while its writes still skip the disk: its first
// opening then writes nothing. Switching a new file to WAL there was a
// transaction flushed to the disk five times, at every start on the
// example.
func buildJournal(db *sql.DB, path string) error {
	var got string
	return db.QueryRow("PRAGMA journal_mode = " + journalMode(path)).Scan(&got)
}

// journalMode is the journal of a plan file at path. WAL needs shared
// memory on one host; on a network share the rollback journal is the only
// safe choice.
func journalMode(path string) string {
	if onNetwork(path) {
		return "DELETE"
	}
	return "WAL"
}

// rwParams are the connection settings of every read-write connection.
//   - foreign keys enforce the schema's references and cascades;
//   - a 5 s busy timeout rides out a second program instance or a backup;
//   - BEGIN IMMEDIATE takes the write lock up front, so two writers queue
//     instead of failing halfway with SQLITE_BUSY;
//   - synchronous=EXTRA: every commit is flushed to the disk before Commit
//     returns, so a crash of the program, of Windows or of the power loses
//     nothing that the screen showed as saved. In rollback-journal mode (on
//     network shares) a commit is the deletion of the journal, and only
//     EXTRA syncs the folder after it: with FULL the power-cut test sees
//     the journal come back and undo the last save. In WAL mode EXTRA
//     costs nothing over FULL. (NORMAL would be safe against program
//     crashes only.) Plans are small and saves are per user action, so the
//     cost of the syncs is not felt.
const rwParams = "_foreign_keys=1&_busy_timeout=5000&_txlock=immediate&_synchronous=EXTRA"

// buildParams are those of a file being built or copied under a temporary
// name (see buildFile, copyInto): a journal in memory still undoes a failed
// transaction, and atomicfile flushes the file once before naming it.
const buildParams = "_foreign_keys=1&_txlock=immediate&_journal_mode=MEMORY&_synchronous=OFF"

// openChecked inspects the file read-only, and only when it is a plan file
// of a schema we know opens it read-write, migrates it and sets the journal.
func openChecked(path string, withBackup bool) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	version, err := inspect(abs)
	if err != nil {
		return nil, err
	}
	// The lock comes before the first write: a migration, a journal mode,
	// a backup.
	lock, err := lockPlan(abs)
	if err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite3", hookDSN(fileURI(abs)+"?"+rwParams))
	if err != nil {
		lock.release()
		return nil, err
	}
	// One connection: a desktop app writes from one place, and it keeps the
	// per-connection pragmas in force for the life of the Store.
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	s := &Store{db: db, path: abs, lock: lock}
	ctx := context.Background()
	if version < latestVersion() {
		if withBackup {
			bak := fmt.Sprintf("%s.pre-v%d.bak", abs, latestVersion())
			if err := s.SaveCopyAs(bak); err != nil {
				s.Close()
				return nil, fmt.Errorf("copia di %q prima dell'aggiornamento non riuscita: %w", filepath.Base(abs), err)
			}
		}
		if err := migrate(ctx, db); err != nil {
			s.Close()
			return nil, fmt.Errorf("Il file %q non può essere aggiornato: %w", filepath.Base(abs), err)
		}
	}
	// The journal mode is switched only now, after every check passed: it is
	// stored in the file header, so switching earlier would alter files we
	// refuse.
	var got string
	if err := db.QueryRowContext(ctx, "PRAGMA journal_mode = "+journalMode(abs)).Scan(&got); err != nil {
		s.Close()
		return nil, fmt.Errorf("apertura di %q non riuscita: %w", filepath.Base(abs), err)
	}
	// The plan and its side files (which SQLite creates with the plan's
	// permissions) are the user's only.
	if err := chmodPrivate(abs); err != nil {
		s.Close()
		return nil, fmt.Errorf("apertura di %q non riuscita: %w", filepath.Base(abs), err)
	}
	return s, nil
}

// sqliteMagic opens every SQLite 3 file.
var sqliteMagic = []byte("SQLite format 3\x00")

// inspect checks, without writing anything, that path is a sound plan file
// this program can handle, and returns its schema version.
func inspect(path string) (int, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, fmt.Errorf("Il file %q non esiste: %w", filepath.Base(path), err)
	}
	if err != nil {
		return 0, fmt.Errorf("Il file %q non è leggibile: %w", filepath.Base(path), err)
	}
	if fi.IsDir() {
		return 0, errNotDatabase(path, nil)
	}
	if hasHotJournal(path) {
		view, done, err := rolledBackCopy(path)
		if err != nil {
			return 0, fmt.Errorf("Il file %q non è leggibile: %w", filepath.Base(path), err)
		}
		defer done()
		path = view // same name, so messages still name the user's file
	}
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("Il file %q non è leggibile: %w", filepath.Base(path), err)
	}
	hdr := make([]byte, 100)
	_, err = io.ReadFull(f, hdr)
	f.Close()
	// The application id sits at offset 68 of the header; another program's
	// id, or none, means the file is not ours. Also a zero-byte file.
	ours := err == nil && bytes.HasPrefix(hdr, sqliteMagic) && int32(binary.BigEndian.Uint32(hdr[68:72])) == appID
	// A power cut during a checkpoint may leave the first page torn while
	// the log still holds it whole: then SQLite, reading through the log,
	// decides (below).
	if !ours && !hasWAL(path) {
		return 0, errNotDatabase(path, nil)
	}

	db, err := sql.Open("sqlite3", fileURI(path)+"?"+readOnlyParams(path))
	if err != nil {
		return 0, err
	}
	defer db.Close()
	ctx := context.Background()
	version, err := schemaVersion(ctx, db)
	if err != nil {
		if isCorruption(err) {
			return 0, errCorrupt(path, err)
		}
		return 0, fmt.Errorf("Il file %q non può essere letto: %w", filepath.Base(path), err)
	}
	if !ours {
		var id int32
		if err := db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&id); err != nil || id != appID {
			return 0, errNotDatabase(path, err)
		}
	}
	if version > latestVersion() {
		return 0, errNewer(path, version)
	}
	if version < 1 {
		return 0, errNotDatabase(path, nil)
	}
	var res string
	if err := db.QueryRowContext(ctx, "PRAGMA quick_check(1)").Scan(&res); err != nil {
		if isCorruption(err) {
			return 0, errCorrupt(path, err)
		}
		return 0, fmt.Errorf("Il file %q non può essere letto: %w", filepath.Base(path), err)
	}
	if res != "ok" {
		return 0, errCorrupt(path, errors.New(res))
	}
	return version, nil
}

// readOnlyParams opens a file without writing anything beside it.
// immutable=1 reads the main file with no locks and no side files. If a
// write-ahead log is there (left by a crash, or the program has the file
// open), its commits matter, and if another program has the plan open its
// writes may come at any moment: read-only mode then reads through SQLite's
// own locks and the log (which already exists, so nothing new is made).
func readOnlyParams(path string) string {
	if fi, err := os.Stat(path + "-wal"); err == nil && fi.Size() > 0 {
		return "mode=ro"
	}
	if hasHotJournal(path) {
		return "mode=ro" // SQLite refuses to read past a save it cannot undo
	}
	if h, err := holderOf(path); err != nil || h != nil {
		return "mode=ro"
	}
	return "mode=ro&immutable=1"
}

// fileURI turns a file path into an SQLite URI, escaping the characters
// that URIs reserve. UNC paths keep their leading "//" after "file://".
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if len(p) >= 2 && p[1] == ':' { // C:/… → /C:/…
		p = "/" + p
	}
	u := url.URL{Scheme: "file", Path: p}
	s := u.EscapedPath()
	s = strings.ReplaceAll(s, "?", "%3f")
	s = strings.ReplaceAll(s, "#", "%23")
	return "file://" + s
}

// removeSideFiles deletes the journal and log SQLite may leave beside a
// database file.
func removeSideFiles(path string) {
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		os.Remove(path + suffix)
	}
}

// chmodPrivate makes a plan file readable by the user only, where the
// system has such permissions.
func chmodPrivate(path string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	return os.Chmod(path, atomicfile.Private)
}

// Path is the plan file.
func (s *Store) Path() string { return s.path }

// Close checkpoints the log into the file, closes it and lets the plan's
// lock go.
func (s *Store) Close() error {
	err := s.db.Close()
	return errors.Join(err, s.lock.release())
}

// Notices says what the user should know about how the plan was opened.
func (s *Store) Notices() []string { return s.notices }
