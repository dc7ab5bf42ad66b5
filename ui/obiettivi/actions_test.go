package obiettivi

import (
	"context"
	"reflect"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
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

// An objective with sub-objectives: deleting it takes them away in the
// window as in the file (the store cascades), and Ctrl+Z brings every one
// of them back, in the file and in the table.
func TestDeleteWithChildrenThenUndo(t *testing.T) {
	f := newFixtureWith(t, func(p *model.Plan) {
		code := func(c string) *model.Obiettivo {
			for i := range p.Obiettivi {
				if p.Obiettivi[i].Codice == c {
					return &p.Obiettivi[i]
				}
			}
			t.Fatalf("no %s", c)
			return nil
		}
		code("PT.1").ParentID = code("PT.3").ID
		code("PT.2").ParentID = code("PT.3").ID
	})
	before, err := f.st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	id := f.open("PT.3")
	test.Tap(f.buttonIn(f.sc.content, "Elimina"))
	test.Tap(f.buttonIn(f.w.Canvas().Overlays().Top(), "Elimina"))
	stored, err := f.st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(stored.Obiettivi) != len(before.Obiettivi)-3 {
		t.Fatalf("%d objectives in the file, want %d", len(stored.Obiettivi), len(before.Obiettivi)-3)
	}
	if !reflect.DeepEqual(f.s.Plan, stored) {
		t.Fatalf("the window shows %d objectives, the file holds %d", len(f.s.Plan.Obiettivi), len(stored.Obiettivi))
	}
	for _, c := range []string{"PT.1", "PT.2", "PT.3"} {
		for _, r := range f.shown() {
			if r == c {
				t.Fatalf("%s still in the table", c)
			}
		}
	}
	f.w.Canvas().Unfocus()
	if err := f.s.Undo(); err != nil {
		t.Fatal(err)
	}
	stored, err = f.st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(stored, before) {
		t.Fatalf("after undo the file holds %d objectives, want %d with their indicators", len(stored.Obiettivi), len(before.Obiettivi))
	}
	if !reflect.DeepEqual(f.s.Plan, stored) {
		t.Fatal("after undo the window differs from the file")
	}
	if f.sc.rowOf(id) < 0 || f.sc.rowOf(f.byCode("PT.1").ID) < 0 {
		t.Fatal("the restored objectives are not in the table")
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
