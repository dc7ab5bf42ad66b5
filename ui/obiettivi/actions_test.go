package obiettivi

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// buttonIn finds a button by its text inside o.
func (f *fixture) buttonIn(o fyne.CanvasObject, text string) *widget.Button {
	f.t.Helper()
	var found *widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, ch := range c.Objects {
				walk(ch)
			}
		}
		if w, ok := o.(fyne.Widget); ok && found == nil {
			for _, ch := range test.WidgetRenderer(w).Objects() {
				walk(ch)
			}
		}
	}
	walk(o)
	if found == nil {
		f.t.Fatalf("no button %q", text)
	}
	return found
}

func TestDeleteAsksThenUndoBringsItBack(t *testing.T) {
	f := newFixture(t)
	id := f.open("PT.3")
	before := f.stored(id)
	test.Tap(f.buttonIn(f.sc.content, "Elimina"))
	overlay := f.w.Canvas().Overlays().Top()
	if overlay == nil {
		t.Fatal("no confirmation dialog")
	}
	if f.stored(id) == nil {
		t.Fatal("deleted before confirming")
	}
	test.Tap(f.buttonIn(overlay, "Elimina"))
	if f.stored(id) != nil {
		t.Fatal("still in the store after confirming")
	}
	if f.sc.rowOf(id) >= 0 {
		t.Fatal("still in the table")
	}
	if err := f.s.Undo(); err != nil {
		t.Fatal(err)
	}
	back := f.stored(id)
	if back == nil || back.Titolo != before.Titolo || len(back.Indicatori) != len(before.Indicatori) ||
		back.Indicatori[0].ID != before.Indicatori[0].ID {
		t.Fatalf("undo restored %+v", back)
	}
	if f.sc.rowOf(id) < 0 {
		t.Fatal("restored objective not in the table")
	}
}

func TestDeleteCancelledKeepsIt(t *testing.T) {
	f := newFixture(t)
	id := f.open("PT.2")
	test.Tap(f.buttonIn(f.sc.content, "Elimina"))
	test.Tap(f.buttonIn(f.w.Canvas().Overlays().Top(), "Annulla"))
	if f.stored(id) == nil {
		t.Fatal("deleted although cancelled")
	}
}

func TestNewObiettivoGetsNextCodeOfItsArea(t *testing.T) {
	f := newFixture(t)
	f.open("TE.3")
	n := len(f.s.Plan.Obiettivi)
	f.sc.NewObiettivo()
	if len(f.s.Plan.Obiettivi) != n+1 {
		t.Fatal("not added")
	}
	o := f.stored(f.sc.selID)
	if o == nil || o.Codice != "TE.8" || o.AreaID != f.byCode("TE.3").AreaID {
		t.Fatalf("new objective %+v", o)
	}
	if f.w.Canvas().Focused() != f.sc.ed.titolo {
		t.Fatal("the cursor is not on the title")
	}
	test.Tap(f.buttonIn(f.sc.content, "Duplica"))
	if d := f.stored(f.sc.selID); d == nil || d.Codice != "TE.9" {
		t.Fatalf("duplicate %+v", d)
	}
}

func TestMoveToAnotherArea(t *testing.T) {
	f := newFixture(t)
	id := f.open("AM.4")
	target := f.s.Plan.Aree()[1]
	f.sc.ed.moveTo(target.ID)
	if o := f.stored(id); o.AreaID != target.ID || len(o.UnitaIDs) != 0 {
		t.Fatalf("moved %+v", o)
	}
}
