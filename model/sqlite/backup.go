package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// keepBackups is how many rotating backups survive beside a plan file.
const keepBackups = 10

// now is the clock of backup names; tests may replace it.
var now = time.Now

// SaveCopyAs writes a complete copy of the plan to path with SQLite's online
// backup API. The copy is written under a temporary name and renamed into
// place, so path never holds half a plan; an existing file is replaced.
func (s *Store) SaveCopyAs(path string) error {
	return s.copyTo(context.Background(), path)
}

// Backup writes one rotating backup now and returns its path. Only the
// keepBackups newest backups of this plan are kept.
func (s *Store) Backup() (string, error) {
	dir := filepath.Join(filepath.Dir(s.path), "backup")
	if err := os.MkdirAll(dir, 0o755); err != nil {
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
	return name, rotateBackups(dir, base)
}

// backupBase is the plan file's name without extension: "piano.db" → "piano".
func backupBase(path string) string {
	b := filepath.Base(path)
	return strings.TrimSuffix(b, filepath.Ext(b))
}

// rotateBackups deletes all but the newest keepBackups backups of base.
func rotateBackups(dir, base string) error {
	re := regexp.MustCompile(`^` + regexp.QuoteMeta(base) + `-(\d{8}-\d{6})(?:-(\d+))?\.db$`)
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
		if err := os.Remove(filepath.Join(dir, list[i].name)); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
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

// backupInto writes the database behind srcConn to a new file at path: a
// temporary file in rollback-journal mode (one self-contained file), renamed
// into place once complete.
func backupInto(ctx context.Context, srcConn *sqlite3.SQLiteConn, path string) error {
	tmp := path + ".tmp"
	removeDBFiles(tmp)
	err := func() error {
		ddb, err := sql.Open("sqlite3", fileURI(tmp)+"?_synchronous=FULL")
		if err != nil {
			return err
		}
		defer ddb.Close()
		dst, err := ddb.Conn(ctx)
		if err != nil {
			return err
		}
		defer dst.Close()
		err = dst.Raw(func(dc any) error {
			bk, err := dc.(*sqlite3.SQLiteConn).Backup("main", srcConn, "main")
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
		})
		if err != nil {
			return err
		}
		// The copy inherits the source's WAL flag; a backup is one file.
		if _, err := dst.ExecContext(ctx, "PRAGMA journal_mode = DELETE"); err != nil {
			return err
		}
		if err := dst.Close(); err != nil {
			return err
		}
		return ddb.Close()
	}()
	if err != nil {
		removeDBFiles(tmp)
		return err
	}
	// A stale log beside the destination would be replayed into the copy.
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		os.Remove(path + suffix)
	}
	if err := os.Rename(tmp, path); err != nil {
		removeDBFiles(tmp)
		return err
	}
	return nil
}

// Restore replaces the plan file at path with the backup file, after checking
// the backup is a valid plan file. No Store may have path open. The file
// being replaced is first kept as "<path>.pre-restore.bak" (when it is a
// plan file), so a restore can itself be undone.
func Restore(backupPath, path string) error {
	if _, err := inspect(backupPath); err != nil {
		return err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	if _, err := inspect(abs); err == nil {
		if err := copyFile(context.Background(), abs, abs+".pre-restore.bak"); err != nil {
			return fmt.Errorf("copia di %q prima del ripristino non riuscita: %w", filepath.Base(abs), err)
		}
	}
	if err := copyFile(context.Background(), backupPath, abs); err != nil {
		return fmt.Errorf("ripristino di %q non riuscito: %w", filepath.Base(abs), err)
	}
	return nil
}

// copyFile copies the database at src to dst with the backup API, reading
// src read-only (through its log, if any).
func copyFile(ctx context.Context, src, dst string) error {
	sdb, err := sql.Open("sqlite3", fileURI(src)+"?mode=ro")
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

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
