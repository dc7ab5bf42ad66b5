package popolazione

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/ui/field"
	"pianoperformance/ui/field/fieldtest"
	"pianoperformance/ui/session"
)

func open(t *testing.T) (*session.Session, *Screen, fyne.Window) {
	test.NewTempApp(t)
	s := fieldtest.Session(t)
	w := test.NewWindow(nil)
	scr := New(s, w).(*Screen)
	s.OnChange(scr.Refresh) // as the frame does for every screen
	w.SetContent(scr.Content())
	w.Resize(fyne.NewSize(1280, 900))
	t.Cleanup(w.Close)
	waitChart(t, scr)
	return s, scr, w
}

// waitChart waits for the trend chart, drawn off the UI goroutine, so the
// masters do not depend on timing.
func waitChart(t *testing.T, scr *Screen) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		done := false
		fyne.DoAndWait(func() { done = scr.chart.img.Resource != nil })
		if done {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the residents chart was never drawn")
		}
		time.Sleep(20 * time.Millisecond)
	}
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
