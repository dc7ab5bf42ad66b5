package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/storage"

	"pianoperformance/model"
)

// The save dialog hands back a file it has already created, empty; the
// store refuses to create a plan over an existing file, so the placeholder
// must go, and only an empty one.
func TestSavedPathRemovesTheDialogsEmptyPlaceholder(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "nuovo.db")
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	if got := savedPath(w); got != path {
		t.Fatalf("path %q", got)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("placeholder left: %v", err)
	}
	keep := filepath.Join(dir, "pieno.db")
	if err := os.WriteFile(keep, []byte("dati"), 0o644); err != nil {
		t.Fatal(err)
	}
	w, _ = storage.Writer(storage.NewFileURI(filepath.Join(dir, "altro.db")))
	_ = savedPath(w)
	if b, err := os.ReadFile(keep); err != nil || string(b) != "dati" {
		t.Fatal("a file with content was touched")
	}
}

// A plan read from JSON (as Importa da JSON… does) becomes a new file and
// the window switches to it.
func TestCreateAtSwitchesToTheNewPlan(t *testing.T) {
	f, _ := newTestFrame(t, nil, "")
	b, err := model.MarshalPlan(f.s.Plan)
	if err != nil {
		t.Fatal(err)
	}
	p, err := model.UnmarshalPlan(b)
	if err != nil {
		t.Fatal(err)
	}
	p.Ente.Nome = "Comune importato"
	path := filepath.Join(t.TempDir(), "importato.db")
	f.createAt(path, p)
	for deadline := time.Now().Add(20 * time.Second); !strings.Contains(f.w.Title(), "importato.db"); {
		if time.Now().After(deadline) {
			t.Fatalf("window still titled %q", f.w.Title())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if !strings.Contains(f.w.Title(), "Comune importato") || f.s.Plan.Ente.Nome != "Comune importato" || f.s.Store.Path() != path {
		t.Fatalf("title %q, plan %q", f.w.Title(), f.s.Plan.Ente.Nome)
	}
	if f.s.CanUndo() {
		t.Fatal("the history of the previous plan must not apply to the new one")
	}
}
