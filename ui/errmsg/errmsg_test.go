package errmsg

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// What the system and SQLite say reaches the clerk in plain Italian, with
// no English word of theirs; the program's own messages pass unchanged.
func TestSystemMessagesInPlainItalian(t *testing.T) {
	_, missing := os.Open(filepath.Join(t.TempDir(), "piano-2024.db"))
	_, noViewer := exec.LookPath("programma-che-non-esiste-xyz")
	cases := []struct {
		err  error
		want string
	}{
		{missing, "Il file «piano-2024.db» non si trova"},
		{fmt.Errorf("apertura: %w", &fs.PathError{Op: "open", Path: "/p/x.db", Err: fs.ErrPermission}), "Non si ha il permesso di usare il file «x.db»"},
		{noViewer, "non c'è un programma che apra"},
		{errors.New("Salvataggio del piano non riuscito: database disk image is malformed"), "Il file del piano è danneggiato"},
		{errors.New("database is locked"), "occupato da un altro programma"},
		{errors.New("disk I/O error"), "Errore di lettura o scrittura sul disco"},
		{context.Canceled, "Operazione annullata"},
		{errors.New("il titolo non può essere vuoto"), "il titolo non può essere vuoto"},
	}
	english := []string{"no such file", "permission denied", "executable file not found", "malformed", "locked", "I/O", "context canceled", "stat ", "open "}
	for _, c := range cases {
		got := Text(c.err)
		if !strings.Contains(got, c.want) {
			t.Errorf("%v → %q, want %q", c.err, got, c.want)
		}
		for _, e := range english {
			if strings.Contains(got, e) {
				t.Errorf("%v → %q still says %q", c.err, got, e)
			}
		}
	}
	if Text(nil) != "" {
		t.Error("nil has a message")
	}
}
