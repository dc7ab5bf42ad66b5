package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"
	"pianoperformance/atomicfile"
	"pianoperformance/model"
)

// keepBackups is how many rotating backups survive beside a plan file.
const keepBackups = 10

// now is the clock of backup names; tests may replace it.
var now = time.Now

// removeFile removes an old backup; tests make it fail.
var removeFile = os.Remove

// errPrune marks a backup that was written but left old ones behind: a
// warning for the user, never a reason to refuse the plan.
var errPrune = errors.New("copie di sicurezza vecchie non eliminate")

// SaveCopyAs writes a complete copy of the plan to path with SQLite's online
// backup API. The copy is made under a temporary name and renamed into
// place, so path never holds half a plan. A file already at path is first
// kept in the backup folder beside it; the plan's own file, and a plan
// another program has open, are refused.
func (s *Store) SaveCopyAs(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	if err := checkReplaceable(abs, s.path); err != nil {
		return err
	}
	if _, err := keepAside(abs); err != nil {
		return err
	}
	return s.copyTo(context.Background(), abs)
}

// checkReplaceable refuses to write over the open plan (own) and over a
// plan another program has open.
func checkReplaceable(path, own string) error {
	if sameFile(path, own) {
		return fmt.Errorf("%q è il file del piano aperto: scegliere un altro nome", filepath.Base(path))
	}
	h, err := holderOf(path)
	if err != nil {
		return fmt.Errorf("%q non può essere sostituito: %w", filepath.Base(path), err)
	}
	if h != nil {
		return &model.LockedError{Name: filepath.Base(path), Holder: *h}
	}
	return nil
}

// sameFile tells whether a and b are the same file on disk (through links
// and differently written paths alike).
func sameFile(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// Backup writes one rotating backup now and returns its path. Only the
// keepBackups newest backups of this plan are kept; when old ones cannot be
// removed the backup is still made, and the error (matching errPrune) is a
// warning.
func (s *Store) Backup() (string, error) {
	dir, err := backupDir(s.path)
	if err != nil {
		return "", err
	}
	base := backupBase(s.path)
	stamp := now().Format("20060102-150405")
	name := filepath.Join(dir, base+"-"+stamp+".db")
	// Two backups in the same second get a sequence number.
	for n := 2; fileExists(name); n++ {
		name = filepath.Join(dir, fmt.Sprintf("%s-%s-%d.db", base, stamp, n))
	}
	if err := s.copyTo(context.Background(), name); err != nil {
		return "", err
	}
	if err := rotateBackups(dir, base); err != nil {
		return name, fmt.Errorf("%w in %s: %v", errPrune, dir, err)
	}
	return name, nil
}

// backupDir is the folder of the plan's backups, made if missing, the
// user's only (where the system allows).
func backupDir(plan string) (string, error) {
	dir := filepath.Join(filepath.Dir(plan), "backup")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	// A folder made by an older version may be open to everyone.
	if fi, err := os.Stat(dir); err == nil && fi.Mode().Perm()&0o077 != 0 {
		if err := os.Chmod(dir, 0o700); err != nil {
			return "", err
		}
	}
	return dir, nil
}

// backupBase is the plan file's name without extension: "piano.db" → "piano".
func backupBase(path string) string {
	b := filepath.Base(path)
	return strings.TrimSuffix(b, filepath.Ext(b))
}

// backupName matches the rotating backups of a plan named base.
func backupName(base string) *regexp.Regexp {
	return regexp.MustCompile(`^` + regexp.QuoteMeta(base) + `-(\d{8}-\d{6})(?:-(\d+))?\.db$`)
}

// rotateBackups deletes all but the newest keepBackups backups of base.
func rotateBackups(dir, base string) error {
	re := backupName(base)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	type bk struct {
		name  string
		stamp string
		seq   int
	}
	var list []bk
	for _, e := range entries {
		m := re.FindStringSubmatch(e.Name())
		if m == nil || e.IsDir() {
			continue
		}
		seq := 1
		if m[2] != "" {
			seq, _ = strconv.Atoi(m[2])
		}
		list = append(list, bk{e.Name(), m[1], seq})
	}
	// Newest first: by timestamp, then by sequence within the same second.
	sort.Slice(list, func(i, j int) bool {
		if list[i].stamp != list[j].stamp {
			return list[i].stamp > list[j].stamp
		}
		return list[i].seq > list[j].seq
	})
	var errs []error
	for i := keepBackups; i < len(list); i++ {
		if err := removeFile(filepath.Join(dir, list[i].name)); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// keepAside copies the file at path, before it is replaced, into the
// backup folder beside it as "<name>-sostituito-<date>-<time><ext>", which
// rotation never removes, and returns the copy's path ("" when nothing was
// at path). A plan file is copied through SQLite, so that commits still in
// its log are kept too.
func keepAside(path string) (string, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	if fi.IsDir() {
		return "", fmt.Errorf("%q è una cartella: scegliere un file", filepath.Base(path))
	}
	dir, err := backupDir(path)
	if err != nil {
		return "", err
	}
	ext := filepath.Ext(path)
	stamp := now().Format("20060102-150405")
	name := filepath.Join(dir, fmt.Sprintf("%s-sostituito-%s%s", backupBase(path), stamp, ext))
	for n := 2; fileExists(name); n++ {
		name = filepath.Join(dir, fmt.Sprintf("%s-sostituito-%s-%d%s", backupBase(path), stamp, n, ext))
	}
	if _, err := inspect(path); err == nil {
		err = copyFile(context.Background(), path, name)
	} else {
		err = copyBytes(path, name)
	}
	if err != nil {
		return "", fmt.Errorf("copia di %q prima di sostituirlo non riuscita: %w", filepath.Base(path), err)
	}
	return name, nil
}

// copyBytes copies any file as it is.
func copyBytes(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	return atomicfile.Write(dst, atomicfile.Private, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
}

// copyTo copies the open database to path through the online backup API.
func (s *Store) copyTo(ctx context.Context, path string) error {
	src, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer src.Close()
	return src.Raw(func(dc any) error {
		return backupInto(ctx, dc.(*sqlite3.SQLiteConn), path)
	})
}

// backupInto writes the database behind srcConn to a new file at path,
// made whole under a temporary name (in rollback-journal mode: one
// self-contained file) and then renamed into place.
func backupInto(ctx context.Context, srcConn *sqlite3.SQLiteConn, path string) error {
	return atomicfile.Build(path, atomicfile.Private, func(tmp string) error {
		err := copyInto(ctx, srcConn, tmp)
		removeSideFiles(tmp)
		if err == nil {
			// A stale log beside the destination would be replayed into
			// the copy.
			removeSideFiles(path)
		}
		return err
	})
}

// copyInto copies the database behind srcConn into the database file dst,
// a temporary one: like a file being built (buildParams), its writes skip
// the disk, which atomicfile flushes once before giving it its name. (With
// its own journal flushed twice over, the backup at every opening of a plan
// cost eight flushes to the disk more.)
func copyInto(ctx context.Context, srcConn *sqlite3.SQLiteConn, dst string) error {
	ddb, err := sql.Open("sqlite3", fileURI(dst)+"?"+buildParams)
	if err != nil {
		return err
	}
	defer ddb.Close()
	conn, err := ddb.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if err := conn.Raw(func(dc any) error { return copyPages(dc.(*sqlite3.SQLiteConn), srcConn) }); err != nil {
		return err
	}
	// The copy inherits the source's WAL flag; a backup is one file.
	if _, err := conn.ExecContext(ctx, "PRAGMA journal_mode = DELETE"); err != nil {
		return err
	}
	if err := conn.Close(); err != nil {
		return err
	}
	return ddb.Close()
}

// copyPages runs SQLite's backup from src into dst, riding out a source
// that is busy for a while.
func copyPages(dst, src *sqlite3.SQLiteConn) error {
	bk, err := dst.Backup("main", src, "main")
	if err != nil {
		return err
	}
	// Step returns false with no error while the source is busy.
	for tries := 0; ; tries++ {
		done, err := bk.Step(-1)
		if err != nil {
			bk.Finish()
			return err
		}
		if done {
			break
		}
		if tries > 100 {
			bk.Finish()
			return errors.New("archivio occupato: copia non riuscita")
		}
		time.Sleep(50 * time.Millisecond)
	}
	return bk.Finish()
}

// copyFile copies the database at src to dst with the backup API, reading
// src read-only (through its log, if any).
func copyFile(ctx context.Context, src, dst string) error {
	sdb, err := openRO(src)
	if err != nil {
		return err
	}
	defer sdb.Close()
	c, err := sdb.Conn(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	return c.Raw(func(dc any) error {
		return backupInto(ctx, dc.(*sqlite3.SQLiteConn), dst)
	})
}

// openRO opens a database file to read it through its log, if any.
func openRO(path string) (*sql.DB, error) {
	return sql.Open("sqlite3", fileURI(path)+"?mode=ro")
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
