// Package atomicfile writes files whole or not at all. A file is made
// under a temporary name in the same folder, flushed to the disk, renamed
// over the target and the folder flushed too (where the system allows), so
// that a crash or a power cut leaves the old file or the new one, never
// half of one, and no reader ever sees a file being written.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
)

// Private is for the plan files and their backups: the user only (on
// Windows the folder's permissions decide). Public is for what is meant to
// be handed on: printouts and open data.
const (
	Private os.FileMode = 0o600
	Public  os.FileMode = 0o644
)

// Write makes path hold what write writes, with permissions perm.
func Write(path string, perm os.FileMode, write func(w io.Writer) error) error {
	return Build(path, perm, func(tmp string) error {
		f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_TRUNC, 0)
		if err != nil {
			return err
		}
		err = write(f)
		return errors.Join(err, f.Close())
	})
}

// Build makes path with build, which is given the name of an empty
// temporary file in the same folder to fill as it likes (as a database,
// say). Once build succeeds the file is flushed, given perm and renamed
// onto path, replacing what was there. On failure path is untouched and
// the temporary file is removed (side files build made are the caller's).
func Build(path string, perm os.FileMode, build func(tmp string) error) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := build(tmp); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := finish(tmp, path, perm); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// finish flushes tmp, sets its permissions and renames it onto path.
func finish(tmp, path string, perm os.FileMode) error {
	f, err := os.OpenFile(tmp, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = f.Sync()
	if err == nil {
		err = f.Chmod(perm)
	}
	if err = errors.Join(err, f.Close()); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	if err := SyncDir(filepath.Dir(path)); err != nil {
		return fmt.Errorf("%s scritto, ma la cartella non è stata registrata sul disco: %w", filepath.Base(path), err)
	}
	return nil
}

// SyncDir flushes a folder's entries (a rename, a new file) to the disk.
// Windows has no such call: NTFS journals its metadata itself.
func SyncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	return errors.Join(err, d.Close())
}
