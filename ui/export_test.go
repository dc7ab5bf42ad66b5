package ui

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"github.com/xuri/excelize/v2"

	"pianoperformance/export"
)

// waitStatus lets the window's background work end, then checks the
// status line.
func waitStatus(t *testing.T, f *frame, prefix string) {
	t.Helper()
	settle(f)
	if !strings.HasPrefix(f.status.Text, prefix) {
		t.Fatalf("status %q, want %q…", f.status.Text, prefix)
	}
}

func TestExportDialogOffersTheThreeFormats(t *testing.T) {
	f, _ := newTestFrame(t, nil, "")
	f.exportPlan()
	d := f.w.Canvas().Overlays().Top()
	if d == nil {
		t.Fatal("no export dialog")
	}
	for _, want := range []string{"Foglio Excel (.xlsx)", "File CSV per Excel", "JSON, tutto il piano"} {
		if !strings.Contains(allText(d), want) {
			t.Errorf("dialog lacks %q", want)
		}
	}
}

// An edit made in the window reaches every export format.
func TestExportWritesWhatTheWindowSaved(t *testing.T) {
	f, st := newTestFrame(t, nil, "")
	nu := f.s.Plan.Obiettivi[0].Clone()
	nu.Titolo = "Titolo cambiato nella finestra"
	if _, err := f.s.SaveObiettivo("titolo", nu); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()

	f.runExport(fmtJSON, filepath.Join(dir, "piano.json"))
	waitStatus(t, f, "Esportato")
	got, err := os.ReadFile(filepath.Join(dir, "piano.json"))
	if err != nil {
		t.Fatal(err)
	}
	stored, _ := st.Load(context.Background())
	want, _ := export.JSON(stored)
	if !bytes.Equal(got, want) {
		t.Fatal("JSON export differs from the stored plan")
	}

	f.status.SetText("")
	f.runExport(fmtXLSX, filepath.Join(dir, "piano.xlsx"))
	waitStatus(t, f, "Esportato")
	x, err := excelize.OpenFile(filepath.Join(dir, "piano.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	found := false
	for _, sh := range x.GetSheetList() {
		rows, _ := x.GetRows(sh)
		for _, r := range rows {
			found = found || strings.Contains(strings.Join(r, "|"), nu.Titolo)
		}
	}
	if !found {
		t.Fatal("XLSX lacks the edited title")
	}

	f.status.SetText("")
	f.runExport(fmtCSV, dir)
	waitStatus(t, f, "Esportato")
	csv, err := os.ReadFile(filepath.Join(dir, "obiettivi.csv"))
	if err != nil || !strings.Contains(string(csv), nu.Titolo) {
		t.Fatalf("obiettivi.csv lacks the edited title (%v)", err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".esportazione-*")); len(left) != 0 {
		t.Fatalf("temporary files left: %v", left)
	}
}

// allText is every piece of text drawn inside o.
func allText(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, c := range test.LaidOutObjects(o) {
		if t, ok := c.(*canvas.Text); ok {
			b.WriteString(t.Text + "\n")
		}
	}
	return b.String()
}
