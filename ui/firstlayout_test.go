package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"pianoperformance/model"
)

// TestScreenWaitsForTheWindowsSize puts a screen in as at the start,
// before the window is shown: Fyne has then laid the window's content out
// only at its least size. The screen is not laid out in that sliver, and
// is laid out at the body's size when the window lays its content out.
func TestScreenWaitsForTheWindowsSize(t *testing.T) {
	f, _ := newTestFrame(t, nil, "")
	content := f.w.Content()
	size := f.w.Canvas().Size()
	content.Resize(content.MinSize()) // the window before its first Show
	if f.sized() {
		t.Fatalf("contenuto a %v in una finestra di %v: dato per disposto", content.Size(), size)
	}
	i := f.index(model.SezioneTerritorio)
	f.show(i)
	screen := f.screens[i].Content()
	if got := screen.Size(); got != (fyne.Size{}) {
		t.Fatalf("schermata disposta nella striscia, a %v, prima della misura della finestra", got)
	}
	f.w.Resize(size) // the window lays its content out, as at its creation
	if !f.sized() {
		t.Fatalf("contenuto a %v in una finestra di %v: non dato per disposto", content.Size(), f.w.Canvas().Size())
	}
	if got, want := screen.Size(), f.body.Size(); got != want || want.Width < size.Width/2 {
		t.Fatalf("schermata a %v, il corpo della finestra a %v (finestra %v)", got, want, size)
	}
	// Once the window has its size, a screen is laid out as it comes.
	j := f.index(keyInizio)
	f.show(j)
	if got, want := f.screens[j].Content().Size(), f.body.Size(); got != want {
		t.Fatalf("Inizio a %v, il corpo a %v", got, want)
	}
}
