package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"
	"pianoperformance/model"
)

var _ model.Restorer = (*Store)(nil)

// Backups lists the plan's backups, newest first: the rotating copies and
// the copies kept before the file was replaced.
func (s *Store) Backups() ([]model.Backup, error) {
	dir := filepath.Join(filepath.Dir(s.path), "backup")
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	base := backupBase(s.path)
	rot := backupName(base)
	kept := regexp.MustCompile(`^` + regexp.QuoteMeta(base) + `-sostituito-(\d{8}-\d{6})(?:-\d+)?` + regexp.QuoteMeta(filepath.Ext(s.path)) + `$`)
	var out []model.Backup
	for _, e := range entries {
		m, replaced := rot.FindStringSubmatch(e.Name()), false
		if m == nil {
			m, replaced = kept.FindStringSubmatch(e.Name()), true
		}
		if m == nil || e.IsDir() {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		t, err := time.ParseInLocation("20060102-150405", m[1], time.Local)
		if err != nil {
			t = info.ModTime()
		}
		out = append(out, model.Backup{Path: filepath.Join(dir, e.Name()), Taken: t, Size: info.Size(), Replaced: replaced})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Taken.Equal(out[j].Taken) {
			return out[i].Taken.After(out[j].Taken)
		}
		return out[i].Path > out[j].Path
	})
	return out, nil
}

// Restore puts the plan held in the backup file at path in place of the
// open plan, as one change of the open file: SQLite copies the backup's
// pages into it inside one transaction, so the window keeps its file, its
// lock and its log, and a failure leaves the plan as it was. The plan as it
// was is first kept among the backups (see keepAside). A backup of an
// older schema is brought up to date; one that is not a plan file, is
// damaged or is newer than the program is refused.
func (s *Store) Restore(ctx context.Context, path string) error {
	if s.readOnly {
		return errReadOnly(s)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	if sameFile(abs, s.path) {
		return fmt.Errorf("%q è il file del piano aperto: scegliere una copia di sicurezza", filepath.Base(abs))
	}
	version, err := inspect(abs)
	if err != nil {
		return err
	}
	if _, err := keepAside(s.path); err != nil {
		return err
	}
	if err := s.copyFrom(ctx, abs); err != nil {
		return fmt.Errorf("ripristino da %q non riuscito, il piano è rimasto com'era: %w", filepath.Base(abs), err)
	}
	if version < latestVersion() {
		if err := migrate(ctx, s.db); err != nil {
			return fmt.Errorf("la copia %q non può essere aggiornata: %w", filepath.Base(abs), err)
		}
	}
	return nil
}

// copyFrom copies the database file src over the open database.
func (s *Store) copyFrom(ctx context.Context, src string) error {
	sdb, err := openRO(src)
	if err != nil {
		return err
	}
	defer sdb.Close()
	sc, err := sdb.Conn(ctx)
	if err != nil {
		return err
	}
	defer sc.Close()
	dc, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer dc.Close()
	return sc.Raw(func(srcConn any) error {
		return dc.Raw(func(dstConn any) error {
			return copyPages(dstConn.(*sqlite3.SQLiteConn), srcConn.(*sqlite3.SQLiteConn))
		})
	})
}
