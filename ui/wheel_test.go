package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"pianoperformance/model"
	"pianoperformance/ui/session"
)

// The mouse wheel over a field scrolls the page, as over anything else;
// the driver hands the wheel to the innermost scrollable object under the
// pointer, and test.Scroll does the same.
func TestWheelOverAFieldScrollsThePage(t *testing.T) {
	f, _ := newTestFrame(t, nil, model.SezionePopolazione)
	f.w.Resize(fyne.NewSize(1366, 705))
	page, ok := f.screens[f.current].Content().(*container.Scroll)
	if !ok {
		t.Fatalf("the Popolazione screen is a %T", f.screens[f.current].Content())
	}
	f.goTo(session.Target{Sezione: model.SezionePopolazione, Anno: 2016, Campo: "residenti"})
	cell := f.w.Canvas().Focused().(fyne.CanvasObject)
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(cell).Add(fyne.NewPos(10, 10))
	before := page.Offset.Y
	test.Scroll(f.w.Canvas(), at, 0, -120)
	if page.Offset.Y <= before {
		t.Fatalf("the page did not scroll under the wheel over a field (offset %v → %v)", before, page.Offset.Y)
	}
	test.Scroll(f.w.Canvas(), at, 0, 120)
	if page.Offset.Y != before {
		t.Fatalf("scrolling back: offset %v, want %v", page.Offset.Y, before)
	}
}
