package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"testing"
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
	if err := ro.SaveEnte(context.Background(), got.Ente); err == nil {
		t.Fatal("a write through a read-only store succeeded")
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
