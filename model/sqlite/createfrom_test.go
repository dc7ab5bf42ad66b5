package sqlite

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"pianoperformance/assets"
	"pianoperformance/model"
)

func exampleFile(t *testing.T) []byte {
	t.Helper()
	b, err := assets.ExampleFile()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func identity(t *testing.T, s *Store) string {
	t.Helper()
	var code string
	if err := s.Read(ctx, func(r model.Reader) (err error) { code, err = r.IdentitaPiano(); return err }); err != nil {
		t.Fatal(err)
	}
	return code
}

// The ready-made example is the example as the program would make it
// today, in today's schema.
func TestExampleFileIsTheExample(t *testing.T) {
	const regenerate = "il file pronto dell'esempio non è aggiornato: eseguire «go generate ./assets»"
	raw := filepath.Join(t.TempDir(), "grezzo.db")
	if err := os.WriteFile(raw, exampleFile(t), 0o600); err != nil {
		t.Fatal(err)
	}
	if v, err := inspect(raw); err != nil || v != latestVersion() {
		t.Fatalf("schema %d (%v), atteso %d: %s", v, err, latestVersion(), regenerate)
	}
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	made, err := Create(filepath.Join(t.TempDir(), "fatto.db"), p)
	if err != nil {
		t.Fatal(err)
	}
	defer made.Close()
	copied, err := CreateFrom(filepath.Join(t.TempDir(), "copiato.db"), exampleFile(t))
	if err != nil {
		t.Fatal(err)
	}
	defer copied.Close()
	if !reflect.DeepEqual(load(t, copied), load(t, made)) {
		t.Fatal(regenerate)
	}
}

// Every copy is a new plan file, with an identity of its own.
func TestCreateFromGivesEachCopyItsOwnIdentity(t *testing.T) {
	dir := t.TempDir()
	seen := map[string]bool{PlaceholderIdentity: true}
	for _, name := range []string{"uno.db", "due.db"} {
		s, err := CreateFrom(filepath.Join(dir, name), exampleFile(t))
		if err != nil {
			t.Fatal(err)
		}
		code := identity(t, s)
		s.Close()
		if seen[code] || len(code) != 32 {
			t.Fatalf("%s ha l'identità %q, già vista o segnaposto", name, code)
		}
		seen[code] = true
		noSideFiles(t, filepath.Join(dir, name))
	}
}

// Bytes that are not a plan file leave nothing behind; a file already
// there is never overwritten.
func TestCreateFromRefusesWhatIsNotAPlanAndKeepsFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "piano.db")
	if _, err := CreateFrom(path, []byte("non è un archivio del piano")); err == nil {
		t.Fatal("byte qualsiasi accettati come piano")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*")); len(left) != 0 {
		t.Fatalf("rimasti %v", left)
	}
	if err := os.WriteFile(path, []byte("mio"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := CreateFrom(path, exampleFile(t)); !errors.Is(err, fs.ErrExist) {
		t.Fatalf("errore %v, atteso fs.ErrExist", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "mio" {
		t.Fatalf("file sovrascritto: %q", b)
	}
}

// A new plan file, made from a plan or copied from the example, is built
// in the journal mode its first opening gives it: that opening reads it
// and closes it without writing a byte of it (switching the journal of a
// new file was a transaction flushed to the disk five times).
func TestNewFileOpensWithoutWriting(t *testing.T) {
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	builds := map[string]func(tmp string) error{
		"buildFile":   func(tmp string) error { return buildFile(tmp, p) },
		"buildCopyOf": func(tmp string) error { return buildCopyOf(tmp, exampleFile(t)) },
	}
	defer func() { testHooks.network = false }()
	for name, build := range builds {
		for _, network := range []bool{false, true} {
			testHooks.network = network
			path := filepath.Join(t.TempDir(), "piano.db")
			if err := build(path); err != nil {
				t.Fatal(err)
			}
			removeSideFiles(path)
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			s, err := openChecked(path, false)
			if err != nil {
				t.Fatal(err)
			}
			load(t, s)
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			after, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(before, after) {
				t.Errorf("%s, in rete %v: la prima apertura ha scritto nel file (byte 18–19 dell'intestazione: %v prima, %v dopo)",
					name, network, before[18:20], after[18:20])
			}
		}
	}
}
