package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"pianoperformance/model"
	"pianoperformance/model/synth"
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

// TestStartScreenFitsTheFirstSize: the window's first size (1280×660,
// the work area of a 1366×768 laptop) holds the start screen, on the
// example and on a large plan: Fyne widens a window to what its content
// asks for, past the screen's edge if need be.
func TestStartScreenFitsTheFirstSize(t *testing.T) {
	for name, p := range map[string]*model.Plan{"esempio": nil, "grande": synth.Plan(10, 500, 3)} {
		f, _ := newTestFrame(t, p, "")
		settle(f)
		if w := f.w.Content().MinSize().Width + 2*theme.Padding(); w > 1280 {
			t.Errorf("%s: la finestra chiede %.0f di larghezza, la prima misura è 1280", name, w)
		}
	}
}
