package sqlite

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"pianoperformance/model"
)

// Reading through OpenReadOnly writes nothing: no backup folder, the file's
// bytes unchanged, and a write is refused.
func TestOpenReadOnlyWritesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "piano.db")
	st, err := Create(path, richPlan())
	if err != nil {
		t.Fatal(err)
	}
	want, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	for _, suffix := range []string{"-wal", "-shm"} {
		os.Remove(path + suffix)
	}
	before := checksum(t, path)

	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ro.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Obiettivi) != len(want.Obiettivi) || got.Ente.Nome != want.Ente.Nome {
		t.Fatal("read-only load differs from the stored plan")
	}
	err = ro.Write(context.Background(), func(w model.Writer) error { return w.SaveEnte(got.Ente) })
	if !errors.Is(err, model.ErrReadOnly) || !ro.ReadOnly() {
		t.Fatalf("a write through a read-only store: %v", err)
	}
	ro.Close()
	noSideFiles(t, path)
	if checksum(t, path) != before {
		t.Fatal("the file changed")
	}
	if _, err := os.Stat(filepath.Join(dir, "backup")); !os.IsNotExist(err) {
		t.Fatalf("a backup folder was made: %v", err)
	}
}
