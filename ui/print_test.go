package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// buttonIn finds a button by its text among o and its children.
func buttonIn(o fyne.CanvasObject, text string) *widget.Button {
	if b, ok := o.(*widget.Button); ok && b.Text == text {
		return b
	}
	var kids []fyne.CanvasObject
	if c, ok := o.(*fyne.Container); ok {
		kids = c.Objects
	} else if w, ok := o.(fyne.Widget); ok {
		kids = test.WidgetRenderer(w).Objects()
	}
	for _, k := range kids {
		if b := buttonIn(k, text); b != nil {
			return b
		}
	}
	return nil
}

// Stampa writes the PDF into the window's own folder of printouts and
// opens it; the folder goes when the window closes.
func TestPrintWritesThePDFAndOpensIt(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	f, _ := newTestFrame(t, nil, "")
	f.print()
	d := f.w.Canvas().Overlays().Top()
	if d == nil {
		t.Fatal("no print dialog")
	}
	b := buttonIn(d, "Stampa")
	if b == nil {
		t.Fatal("no Stampa button")
	}
	test.Tap(b)
	settle(f)
	if !strings.HasPrefix(f.status.Text, "PDF aperto") {
		t.Fatalf("status %q", f.status.Text)
	}
	files, _ := filepath.Glob(filepath.Join(tmp, printPrefix+"*", "piano-schede-*.pdf"))
	if len(files) != 1 {
		t.Fatalf("pdf files %v", files)
	}
	data, err := os.ReadFile(files[0])
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF")) {
		t.Fatalf("not a PDF (%v)", err)
	}
	f.w.Close()
	if _, err := os.Stat(filepath.Dir(files[0])); !os.IsNotExist(err) {
		t.Fatalf("the printouts' folder stayed after the window closed: %v", err)
	}
}

// A folder of printouts left by a program that did not close is removed
// at a later start once a day old; a recent one (another window's) stays.
func TestOldPrintoutsAreRemovedAtStart(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	old := filepath.Join(tmp, printPrefix+"vecchia")
	recent := filepath.Join(tmp, printPrefix+"recente")
	for _, d := range []string{old, recent} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(d, "piano-schede-1.pdf"), []byte("%PDF"), 0o600)
	}
	past := time.Now().Add(-printMaxAge - time.Hour)
	if err := os.Chtimes(old, past, past); err != nil {
		t.Fatal(err)
	}
	newTestFrame(t, nil, "")
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Fatalf("old printouts stayed: %v", err)
	}
	if _, err := os.Stat(recent); err != nil {
		t.Fatalf("recent printouts removed: %v", err)
	}
}
