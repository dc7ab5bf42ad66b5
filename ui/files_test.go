package ui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/model/sqlite"
)

// The save dialog asks the file repository for a writer on the chosen file
// as soon as the user confirms. Fyne's writer empties the file there and
// then; the window's hands out one that touches nothing until written to:
// choosing the open plan leaves it whole, and a new name makes no file.
func TestSaveDialogsTouchNoFile(t *testing.T) {
	f, st := newTestFrame(t, nil, "")
	plan := st.Path()
	before := content(t, plan)
	w, err := storage.Writer(storage.NewFileURI(plan))
	if err != nil {
		t.Fatal(err)
	}
	if got := savedPath(w); got != plan {
		t.Fatalf("path %q", got)
	}
	if content(t, plan) != before {
		t.Fatal("the dialog's writer changed the open plan")
	}
	fresh := filepath.Join(t.TempDir(), "nuovo.db")
	w, _ = storage.Writer(storage.NewFileURI(fresh))
	_ = savedPath(w)
	if _, err := os.Stat(fresh); !os.IsNotExist(err) {
		t.Fatalf("the dialog's writer made a file: %v", err)
	}
	// The plan still works.
	e := f.s.Plan.Ente
	e.Nome = "Dopo il dialogo"
	if err := f.s.SaveEnte("Nome", e); err != nil {
		t.Fatal(err)
	}
}

func content(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// dialogText is the text of the dialog on top of the window.
func dialogText(t *testing.T, f *frame) string {
	t.Helper()
	top := f.w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	return allText(top)
}

// Salva una copia, Nuovo piano, Importa and the exports onto the open
// plan's file are refused with a message, and the plan is left whole.
func TestNothingIsWrittenOntoTheOpenPlan(t *testing.T) {
	f, st := newTestFrame(t, nil, "")
	plan := st.Path()
	want, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for name, write := range map[string]func(){
		"copia":       func() { f.saveCopyAt(plan) },
		"nuovo piano": func() { f.createAt(plan, emptyPlan(f.s.Plan)) },
		"esporta":     func() { f.runExport(fmtJSON, plan) },
		"lato":        func() { f.runExport(fmtXLSX, plan+"-wal") },
		"stampa":      func() { f.runPrint(printChoice{}, plan) },
	} {
		write()
		settle(f)
		if msg := dialogText(t, f); !strings.Contains(msg, "è il file del piano aperto in questa finestra") {
			t.Fatalf("%s: message %q", name, msg)
		}
		f.w.Canvas().Overlays().Top().Hide()
		if f.w.Canvas().Overlays().Top() != nil {
			t.Fatalf("%s: the dialog stayed", name)
		}
		if got, err := st.Load(context.Background()); err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: the plan changed (%v)", name, err)
		}
	}
	if f.s.Store.Path() != plan {
		t.Fatal("the window left its plan")
	}
}

// A copy saved over another plan file keeps the file it replaces in the
// backup folder beside it.
func TestSaveCopyKeepsTheFileItReplaces(t *testing.T) {
	f, _ := newTestFrame(t, nil, "")
	dir := t.TempDir()
	other, err := sqlite.Create(filepath.Join(dir, "altro.db"), &model.Plan{Ente: model.Ente{Nome: "Altro comune"}})
	if err != nil {
		t.Fatal(err)
	}
	path := other.Path()
	other.Close()
	f.saveCopyAt(path)
	waitStatus(t, f, "Copia del piano salvata")
	kept, _ := filepath.Glob(filepath.Join(dir, "backup", "altro-sostituito-*.db"))
	if len(kept) != 1 {
		t.Fatalf("kept %v", kept)
	}
	if p := loadFile(t, kept[0]); p.Ente.Nome != "Altro comune" {
		t.Fatalf("the kept copy holds %q", p.Ente.Nome)
	}
	if p := loadFile(t, path); p.Ente.Nome != f.s.Plan.Ente.Nome {
		t.Fatalf("the copy holds %q", p.Ente.Nome)
	}
}

func loadFile(t *testing.T, path string) *model.Plan {
	t.Helper()
	st, err := sqlite.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// A plan read from JSON (as Importa da JSON… does) becomes a new file and
// the window switches to it; a file the user chose to replace is kept.
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
	dir := t.TempDir()
	path := filepath.Join(dir, "importato.db")
	if err := os.WriteFile(path, []byte("vecchio contenuto"), 0o644); err != nil {
		t.Fatal(err)
	}
	f.createAt(path, p)
	settle(f)
	if !strings.Contains(f.w.Title(), "importato.db") || !strings.Contains(f.w.Title(), "Comune importato") ||
		f.s.Plan.Ente.Nome != "Comune importato" || f.s.Store.Path() != path {
		t.Fatalf("title %q, plan %q", f.w.Title(), f.s.Plan.Ente.Nome)
	}
	if f.s.CanUndo() {
		t.Fatal("the history of the previous plan must not apply to the new one")
	}
	kept, _ := filepath.Glob(filepath.Join(dir, "backup", "importato-sostituito-*.db"))
	if len(kept) != 1 || content(t, kept[0]) != "vecchio contenuto" {
		t.Fatalf("the replaced file was not kept: %v", kept)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("plan file permissions %v (%v), want the user's only", fi.Mode().Perm(), err)
	}
}

// A plan another program has open: opening it from the window says who
// has it and offers read-only; then the window shows it, says "sola
// lettura", and saving is refused with the reason, the file untouched.
func TestPlanOpenElsewhereOpensReadOnly(t *testing.T) {
	f, _ := newTestFrame(t, nil, "")
	path := filepath.Join(t.TempDir(), "condiviso.db")
	p := emptyPlan(f.s.Plan)
	p.Ente.Nome = "Comune condiviso"
	other, err := sqlite.Create(path, p) // the other program
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	want, _ := other.Load(context.Background())

	f.openPath(path)
	settle(f)
	if msg := dialogText(t, f); !strings.Contains(msg, "è già aperto da") || !strings.Contains(msg, "sola lettura") {
		t.Fatalf("dialog %q", msg)
	}
	test.Tap(buttonIn(f.w.Canvas().Overlays().Top(), "Apri in sola lettura"))
	settle(f)
	if f.s.Store.Path() != path || !f.s.ReadOnly() {
		t.Fatalf("window on %q, read-only %v", f.s.Store.Path(), f.s.ReadOnly())
	}
	if !strings.Contains(f.w.Title(), "condiviso.db (sola lettura)") || !f.roLabel.Visible() {
		t.Fatalf("title %q, label shown %v", f.w.Title(), f.roLabel.Visible())
	}
	if !strings.Contains(f.status.Text, "sola lettura") || !strings.Contains(f.status.Text, "è già aperto da") {
		t.Fatalf("status %q", f.status.Text)
	}
	e := f.s.Plan.Ente
	e.Nome = "Non deve restare"
	if err := f.s.SaveEnte("Nome", e); !errors.Is(err, model.ErrReadOnly) {
		t.Fatalf("save in a read-only window: %v", err)
	}
	if f.status.Importance != widget.DangerImportance || !strings.Contains(f.status.Text, "Non salvato") || !strings.Contains(f.status.Text, "sola lettura") {
		t.Fatalf("status %q", f.status.Text)
	}
	if got, _ := other.Load(context.Background()); !reflect.DeepEqual(got, want) {
		t.Fatal("the plan changed")
	}
}
