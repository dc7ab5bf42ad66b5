package popolazione

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/ui/field"
	"pianoperformance/ui/field/fieldtest"
	"pianoperformance/ui/session"
)

// open shows the screen with its residents chart, which is drawn off the
// UI goroutine: the test waits for it, so the masters do not depend on
// timing.
func open(t *testing.T) (*session.Session, *Screen, fyne.Window) {
	bg := fieldtest.Background(t)
	s, sc, w := fieldtest.Open(t, New, fyne.NewSize(1280, 900))
	scr := sc.(*Screen)
	bg.Settle()
	if scr.chart.Image() == nil {
		t.Fatalf("no residents chart: %q", scr.chart.Note())
	}
	return s, scr, w
}

func cell(scr *Screen, r, c int) *field.Field[int] { return scr.anni.Cell(r, c).(*field.Field[int]) }

func TestPopolazioneGrid(t *testing.T) {
	s, scr, w := open(t)
	test.AssertRendersToMarkup(t, "popolazione.xml", w.Canvas())
	last := len(s.Plan.Popolazione) - 1
	if cell(scr, last, 1).Text != "5.141" {
		t.Fatalf("residenti shown %q", cell(scr, last, 1).Text)
	}
	// Tab moves from residenti to maschi in the same year.
	c := w.Canvas()
	c.Focus(cell(scr, last, 1))
	test.FocusNext(c)
	if c.Focused() != cell(scr, last, 2) {
		t.Fatalf("Tab went to %v", c.Focused())
	}
	// A valid value typed and committed with Enter is stored; Enter moves down.
	m := cell(scr, last-1, 2)
	c.Focus(m)
	m.SetText("")
	test.Type(m, "2.560")
	m.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	p := fieldtest.Reload(t, s)
	if r, _ := p.PopolazioneDi(s.Plan.Popolazione[last-1].Anno); r.Maschi != 2560 {
		t.Fatalf("maschi stored %d", r.Maschi)
	}
	if c.Focused() != cell(scr, last, 2) {
		t.Fatalf("Enter went to %v", c.Focused())
	}
	// The M+F check marks the row that does not add up.
	mf := scr.anni.Cell(last-1, 11).(*widget.Label)
	if !strings.HasPrefix(mf.Text, "!") {
		t.Fatalf("M+F cell %q not marked", mf.Text)
	}
	// Undo restores the stored value.
	_ = s.Undo()
	if r, _ := fieldtest.Reload(t, s).PopolazioneDi(s.Plan.Popolazione[last-1].Anno); r.Maschi != 2552 {
		t.Fatalf("undo left %d", r.Maschi)
	}
	// Invalid text is refused with a message, nothing stored.
	n := cell(scr, last, 7)
	before := fieldtest.Reload(t, s).Popolazione[last].Nati
	fieldtest.Retype(c, n, n.SetText, "12,3,4")
	if fieldtest.Reload(t, s).Popolazione[last].Nati != before || !strings.Contains(scr.anni.Message(), "non è un numero") {
		t.Fatalf("invalid accepted; message %q", scr.anni.Message())
	}
}

func TestPopolazioneAddDeleteYear(t *testing.T) {
	s, scr, w := open(t)
	n := len(s.Plan.Popolazione)
	scr.addAnno()
	p := fieldtest.Reload(t, s)
	if len(p.Popolazione) != n+1 || p.Popolazione[n].Anno != 2023 {
		t.Fatalf("added %v", p.Popolazione[len(p.Popolazione)-1])
	}
	if w.Canvas().Focused() != cell(scr, n, 1) {
		t.Fatal("cursor not on the new year's residents")
	}
	test.Tap(scr.anni.Cell(n, 12).(*field.TapIcon))
	fieldtest.TapDialogButton(t, w, "Elimina")
	if len(fieldtest.Reload(t, s).Popolazione) != n {
		t.Fatal("year not deleted")
	}
	// Deleting an existing year and undoing brings its figures back.
	old := s.Plan.Popolazione[0]
	test.Tap(scr.anni.Cell(0, 12).(*field.TapIcon))
	fieldtest.TapDialogButton(t, w, "Elimina")
	if _, ok := fieldtest.Reload(t, s).PopolazioneDi(old.Anno); ok {
		t.Fatal("year still stored")
	}
	_ = s.Undo()
	if r, ok := fieldtest.Reload(t, s).PopolazioneDi(old.Anno); !ok || r.Residenti != old.Residenti {
		t.Fatalf("undo: %v %v", r, ok)
	}
}

func TestFasce(t *testing.T) {
	s, scr, w := open(t)
	f := scr.fasce
	b := s.Plan.Fasce[0]
	y := f.anni[len(f.anni)-1]
	cnt := f.conte.Cell(0, len(f.anni)).(*field.Field[int])
	fieldtest.Retype(w.Canvas(), cnt, cnt.SetText, "310")
	if n, _ := fieldtest.Reload(t, s).FasciaResidenti(b.ID, y); n != 310 {
		t.Fatalf("count stored %d", n)
	}
	if !strings.HasPrefix(f.conte.Footer(len(f.anni)), "!") {
		t.Fatalf("total %q should be marked against residents", f.conte.Footer(len(f.anni)))
	}
	name := f.bande.Cell(0, 0).(*field.Field[string])
	fieldtest.Retype(w.Canvas(), name, name.SetText, "Prescolare (0-5 anni)")
	if fieldtest.Reload(t, s).Fasce[0].Nome != "Prescolare (0-5 anni)" {
		t.Fatal("band name not stored")
	}
	scr.Show(session.Target{Sezione: "popolazione", ID: b.ID, Anno: y})
	if w.Canvas().Focused() != cnt {
		t.Fatal("Show did not focus the band count")
	}
	scr.Show(session.Target{Sezione: "popolazione", Anno: 2020, Campo: "maschi"})
	if w.Canvas().Focused() != cell(scr, 6, 2) {
		t.Fatalf("Show focused %v", w.Canvas().Focused())
	}
}

// Renumbering a year moves its figures in one change: the reloaded store
// has the new year and not the old one, and one undo brings the old back.
func TestPopolazioneRenumberYear(t *testing.T) {
	s, scr, w := open(t)
	before := fieldtest.Reload(t, s).Popolazione
	first := before[0]
	to := first.Anno - 5
	if _, ok := s.Plan.PopolazioneDi(to); ok {
		t.Fatalf("the example plan already has %d", to)
	}
	y := cell(scr, 0, 0)
	fieldtest.Retype(w.Canvas(), y, y.SetText, fmt.Sprint(to))
	p := fieldtest.Reload(t, s)
	if _, ok := p.PopolazioneDi(first.Anno); ok {
		t.Fatalf("year %d still stored", first.Anno)
	}
	moved := first
	moved.Anno = to
	if r, ok := p.PopolazioneDi(to); !ok || !reflect.DeepEqual(r, moved) {
		t.Fatalf("year %d stored as %+v %v, want %+v", to, r, ok, moved)
	}
	if len(p.Popolazione) != len(before) || !reflect.DeepEqual(p.Popolazione, s.Plan.Popolazione) {
		t.Fatalf("store %+v\nscreen %+v", p.Popolazione, s.Plan.Popolazione)
	}
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := fieldtest.Reload(t, s).Popolazione; !reflect.DeepEqual(got, before) {
		t.Fatalf("undo renumber:\n got %+v\nwant %+v", got, before)
	}
	if !reflect.DeepEqual(s.Plan.Popolazione, before) {
		t.Fatalf("undo renumber: screen %+v", s.Plan.Popolazione)
	}
	if s.CanUndo() {
		t.Fatalf("one undo left %q in the history", s.UndoLabel())
	}
	// A year that is already there is refused; nothing changes.
	taken := before[1].Anno
	y = cell(scr, 0, 0)
	fieldtest.Retype(w.Canvas(), y, y.SetText, fmt.Sprint(taken))
	if got := fieldtest.Reload(t, s).Popolazione; !reflect.DeepEqual(got, before) {
		t.Fatalf("renumber onto %d changed the store: %+v", taken, got)
	}
	if s.CanUndo() {
		t.Fatal("a refused renumber joined the history")
	}
}

// Undoing the first count of a band in a year removes it from the store,
// instead of leaving a zero behind.
func TestFasceUndoFirstCount(t *testing.T) {
	s, scr, w := open(t)
	f := scr.fasce
	b := s.Plan.Fasce[0]
	f.addAnno()
	y := f.anni[len(f.anni)-1]
	if _, ok := fieldtest.Reload(t, s).FasciaResidenti(b.ID, y); ok {
		t.Fatalf("the new year %d already has a count", y)
	}
	before := fieldtest.Reload(t, s).PopolazioneFasce
	cnt := f.conte.Cell(0, len(f.anni)).(*field.Field[int])
	fieldtest.Retype(w.Canvas(), cnt, cnt.SetText, "250")
	if n, ok := fieldtest.Reload(t, s).FasciaResidenti(b.ID, y); !ok || n != 250 {
		t.Fatalf("first count stored %d %v", n, ok)
	}
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	p := fieldtest.Reload(t, s)
	if n, ok := p.FasciaResidenti(b.ID, y); ok {
		t.Fatalf("undo left a count of %d in %d", n, y)
	}
	if !reflect.DeepEqual(p.PopolazioneFasce, before) {
		t.Fatalf("undo changed other counts: %+v", p.PopolazioneFasce)
	}
	if _, ok := s.Plan.FasciaResidenti(b.ID, y); ok {
		t.Fatal("undo left the count on screen")
	}
	// Undoing a change of an existing count writes the old figure back.
	old, _ := s.Plan.FasciaResidenti(b.ID, f.anni[0])
	cnt = f.conte.Cell(0, 1).(*field.Field[int])
	fieldtest.Retype(w.Canvas(), cnt, cnt.SetText, fmt.Sprint(old+7))
	if n, _ := fieldtest.Reload(t, s).FasciaResidenti(b.ID, f.anni[0]); n != old+7 {
		t.Fatalf("count stored %d", n)
	}
	_ = s.Undo()
	if n, ok := fieldtest.Reload(t, s).FasciaResidenti(b.ID, f.anni[0]); !ok || n != old {
		t.Fatalf("undo left %d %v, want %d", n, ok, old)
	}
}

// Deleting a band and undoing brings back the band, with its ID, and every
// count it had, in one step.
func TestFasceDeleteUndo(t *testing.T) {
	s, scr, w := open(t)
	f := scr.fasce
	before := fieldtest.Reload(t, s)
	b := before.Fasce[1]
	n := 0
	for _, c := range before.PopolazioneFasce {
		if c.FasciaID == b.ID {
			n++
		}
	}
	if n == 0 {
		t.Fatal("the example band has no counts")
	}
	test.Tap(f.bande.Cell(1, 3).(*field.TapIcon))
	fieldtest.TapDialogButton(t, w, "Elimina")
	p := fieldtest.Reload(t, s)
	if len(p.Fasce) != len(before.Fasce)-1 || len(p.PopolazioneFasce) != len(before.PopolazioneFasce)-n {
		t.Fatalf("after delete: %d bands, %d counts", len(p.Fasce), len(p.PopolazioneFasce))
	}
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	p = fieldtest.Reload(t, s)
	if !reflect.DeepEqual(p.Fasce, before.Fasce) || !reflect.DeepEqual(p.PopolazioneFasce, before.PopolazioneFasce) {
		t.Fatalf("undo delete:\nbands %+v\ncounts %+v", p.Fasce, p.PopolazioneFasce)
	}
	if !reflect.DeepEqual(s.Plan.Fasce, before.Fasce) {
		t.Fatalf("undo delete: screen bands %+v", s.Plan.Fasce)
	}
	for _, c := range before.PopolazioneFasce {
		if got, ok := s.Plan.FasciaResidenti(c.FasciaID, c.Anno); !ok || got != c.Residenti {
			t.Fatalf("screen count %d/%d: %d %v, want %d", c.FasciaID, c.Anno, got, ok, c.Residenti)
		}
	}
	if s.CanUndo() {
		t.Fatalf("one undo left %q in the history", s.UndoLabel())
	}
}
