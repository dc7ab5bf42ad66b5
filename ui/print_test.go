package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	started := nextTask(t)
	test.Tap(b)
	// The PDF is written off the UI goroutine; wait for its end.
	waitFinished(t, <-started)
	if s := statusText(f); !strings.HasPrefix(s, "PDF aperto") {
		t.Fatalf("status %q", s)
	}
	files, _ := filepath.Glob(filepath.Join(tmp, "piano-schede-*.pdf"))
	if len(files) != 1 {
		t.Fatalf("pdf files %v", files)
	}
	data, err := os.ReadFile(files[0])
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF")) {
		t.Fatalf("not a PDF (%v)", err)
	}
}
