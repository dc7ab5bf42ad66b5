package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// leftovers lists the temporary files left in dir.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestWriteReplacesTheFileWhole(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "piano.json")
	if err := os.WriteFile(path, []byte("vecchio"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, Public, func(w io.Writer) error {
		_, err := io.WriteString(w, "nuovo contenuto")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "nuovo contenuto" {
		t.Fatalf("file holds %q", b)
	}
	if l := leftovers(t, dir); len(l) != 0 {
		t.Fatalf("temporary files left: %v", l)
	}
}

// A write that fails halfway leaves the old file exactly as it was and no
// temporary file behind.
func TestFailedWriteLeavesTheOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "schede.pdf")
	os.WriteFile(path, []byte("la stampa di ieri"), 0o644)
	boom := errors.New("disco pieno")
	err := Write(path, Public, func(w io.Writer) error {
		io.WriteString(w, "mezza stam")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("error %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "la stampa di ieri" {
		t.Fatalf("file holds %q", b)
	}
	if l := leftovers(t, dir); len(l) != 0 {
		t.Fatalf("temporary files left: %v", l)
	}
	// Nothing is made when there was no file.
	fresh := filepath.Join(dir, "nuovo.pdf")
	Write(fresh, Public, func(io.Writer) error { return boom })
	if _, err := os.Stat(fresh); !os.IsNotExist(err) {
		t.Fatalf("a failed write made %s: %v", fresh, err)
	}
}

func TestPermissions(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("permessi Unix")
	}
	dir := t.TempDir()
	for _, c := range []struct {
		name string
		perm os.FileMode
	}{{"piano.db", Private}, {"piano.xlsx", Public}} {
		path := filepath.Join(dir, c.name)
		if err := Build(path, c.perm, func(tmp string) error { return os.WriteFile(tmp, []byte("x"), 0o666) }); err != nil {
			t.Fatal(err)
		}
		fi, err := os.Stat(path)
		if err != nil || fi.Mode().Perm() != c.perm {
			t.Fatalf("%s: %v (%v), want %v", c.name, fi.Mode().Perm(), err, c.perm)
		}
	}
}

// A folder that cannot be written says so, and makes nothing.
func TestWriteIntoAMissingFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "manca", "x.csv")
	err := Write(path, Public, func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err })
	if err == nil || !strings.Contains(err.Error(), "manca") {
		t.Fatalf("error %v", err)
	}
}
