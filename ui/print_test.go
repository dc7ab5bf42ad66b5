package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
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

// The print dialog starts on what the clerk is looking at: the Area the
// table is filtered on, the ticked objectives only when some are ticked,
// and never calls the open objective "ticked".
func TestPrintDialogPreselectsWhatIsOnScreen(t *testing.T) {
	f, _ := newTestFrame(t, nil, model.SezioneObiettivi)
	radio := func() *widget.RadioGroup {
		for _, o := range test.LaidOutObjects(f.w.Canvas().Overlays().Top()) {
			if r, ok := o.(*widget.RadioGroup); ok && len(r.Options) >= 2 && r.Options[0] == "Tutti" {
				return r
			}
		}
		t.Fatal("no choice of objectives")
		return nil
	}
	selectOf := func() *widget.Select { // the dialog's choice of Area
		for _, o := range test.LaidOutObjects(f.w.Canvas().Overlays().Top()) {
			if s, ok := o.(*widget.Select); ok && slices.Contains(s.Options, "Area Tecnica") {
				return s
			}
		}
		t.Fatal("no choice of Area")
		return nil
	}
	// Nothing ticked, no filter: all; the third choice is the open objective.
	f.print()
	if r := radio(); r.Selected != "Tutti" || !strings.HasPrefix(r.Options[2], "Quello aperto (") {
		t.Fatalf("choices %q, selected %q", r.Options, r.Selected)
	}
	f.w.Canvas().Overlays().Top().Hide()

	// The table filtered on an Area: that Area.
	f.obiettivi.Content() // the screen in view
	setArea(t, f, "Area Tecnica")
	f.print()
	if r := radio(); r.Selected != "Quelli di un'Area:" || selectOf().Selected != "Area Tecnica" {
		t.Fatalf("selected %q, Area %q", r.Selected, selectOf().Selected)
	}
	f.w.Canvas().Overlays().Top().Hide()

	// Two objectives ticked: those.
	tickRows(t, f, 0, 1)
	f.print()
	if r := radio(); r.Selected != "Quelli spuntati nella tabella (2)" {
		t.Fatalf("selected %q of %q", r.Selected, r.Options)
	}
}

// setArea chooses an Area in the filter above the objectives' table, as a
// click in its list would.
func setArea(t *testing.T, f *frame, name string) {
	t.Helper()
	for _, o := range test.LaidOutObjects(f.w.Canvas().Content()) {
		if s, ok := o.(*widget.Select); ok && len(s.Options) > 0 && s.Options[0] == "Tutte le Aree" {
			s.SetSelected(name)
			return
		}
	}
	t.Fatal("no Area filter on screen")
}

// tickRows taps the print ticks of the given rows of the objectives'
// table, where a click would land: the first column, under the header.
func tickRows(t *testing.T, f *frame, rows ...int) {
	t.Helper()
	var table *widget.Table
	for _, o := range test.LaidOutObjects(f.w.Canvas().Content()) {
		if tb, ok := o.(*widget.Table); ok {
			table = tb
		}
	}
	if table == nil {
		t.Fatal("no table on screen")
	}
	// The window is drawn before a clerk can click, and drawing brings the
	// table's cells up to date (the test driver draws only when asked).
	test.RenderToMarkup(f.w.Canvas())
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(table)
	const header, row = 36, 40
	for _, r := range rows {
		test.TapCanvas(f.w.Canvas(), at.Add(fyne.NewPos(20, header+row*float32(r)+row/2)))
	}
}
