package organizzazione

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/ui/field"
	"pianoperformance/ui/field/fieldtest"
	"pianoperformance/ui/session"
)

func open(t *testing.T) (*session.Session, *Screen, fyne.Window) {
	s, sc, w := fieldtest.Open(t, New, fyne.NewSize(1200, 800))
	scr := sc.(*Screen)
	return s, scr, w
}

func TestUnita(t *testing.T) {
	s, scr, w := open(t)
	test.AssertRendersToMarkup(t, "struttura.xml", w.Canvas())
	area := s.Plan.Aree()[0]
	if scr.sel != area.ID || scr.nome.Text != area.Nome {
		t.Fatalf("selected %d %q", scr.sel, scr.nome.Text)
	}
	if !strings.Contains(scr.totale.Text, "18") {
		t.Fatalf("grand total %q", scr.totale.Text)
	}
	fieldtest.Retype(w.Canvas(), scr.dipendenti, scr.dipendenti.SetText, "6")
	if u := fieldtest.Reload(t, s).UnitaByID(area.ID); u.Dipendenti == nil || *u.Dipendenti != 6 {
		t.Fatalf("dipendenti stored %v", u.Dipendenti)
	}
	if !strings.Contains(scr.totale.Text, "19") {
		t.Fatalf("grand total not derived again: %q", scr.totale.Text)
	}
	fieldtest.Retype(w.Canvas(), scr.partTime, scr.partTime.SetText, "abc")
	if !strings.Contains(scr.partTime.Message(), "non è un numero") {
		t.Fatalf("message %q", scr.partTime.Message())
	}
	scr.partTime.Revert()
	_ = s.Undo()
	if u := fieldtest.Reload(t, s).UnitaByID(area.ID); u.Dipendenti == nil || *u.Dipendenti != *area.Dipendenti {
		t.Fatalf("undo left %v", u.Dipendenti)
	}
	// Add a unit inside the Area, then delete it with confirmation.
	n := len(s.Plan.Unita)
	scr.add(area.ID)
	p := fieldtest.Reload(t, s)
	if len(p.Unita) != n+1 || p.Unita[len(p.Unita)-1].ParentID != area.ID || w.Canvas().Focused() != scr.nome {
		t.Fatalf("add child: %d units", len(p.Unita))
	}
	test.Tap(scr.del)
	fieldtest.TapDialogButton(t, w, "Elimina")
	if len(fieldtest.Reload(t, s).Unita) != n {
		t.Fatal("new unit not deleted")
	}
	// An Area that objectives refer to cannot be deleted; the store says why.
	scr.selectUnit(area.ID)
	test.Tap(scr.del)
	fieldtest.TapDialogButton(t, w, "Elimina")
	if len(fieldtest.Reload(t, s).Unita) != n {
		t.Fatal("Area in use was deleted")
	}
	if top := w.Canvas().Overlays().Top(); top == nil {
		t.Fatal("no error shown for a unit in use")
	}
}

func TestPersonale(t *testing.T) {
	s, scr, w := open(t)
	scr.tabs.Select(scr.perT)
	test.AssertRendersToMarkup(t, "personale.xml", w.Canvas())
	last := len(s.Plan.Personale) - 1
	anno := s.Plan.Personale[last].Anno
	pm := scr.pers.anni.Cell(last, 5).(*widget.Label)
	if pm.Text != "2,92" {
		t.Fatalf("per mille %q", pm.Text)
	}
	c := scr.pers.anni.Cell(last, 1).(*field.Field[int])
	fieldtest.Retype(w.Canvas(), c, c.SetText, "16")
	if r, _ := fieldtest.Reload(t, s).PersonaleDi(anno); r.Dipendenti != 16 {
		t.Fatalf("stored %d", r.Dipendenti)
	}
	if !strings.HasPrefix(scr.pers.anni.Cell(last, 6).(*widget.Label).Text, "!") {
		t.Fatal("men + women ≠ staff not marked")
	}
	v := scr.pers.bench.Cell(0, 3).(*field.Field[float64])
	fieldtest.Retype(w.Canvas(), v, v.SetText, "12,3,4")
	if fieldtest.Reload(t, s).Benchmark[0].Valore != s.Plan.Benchmark[0].Valore || v.Message() == "" {
		t.Fatal("invalid benchmark accepted")
	}
	v.Revert()
	fieldtest.Retype(w.Canvas(), v, v.SetText, "6,1")
	if fieldtest.Reload(t, s).Benchmark[0].Valore != 6.1 {
		t.Fatal("benchmark not stored")
	}
	scr.Show(session.Target{Sezione: "organizzazione", Anno: anno, Campo: "donne"})
	if w.Canvas().Focused() != scr.pers.anni.Cell(last, 4).(fyne.Focusable) {
		t.Fatalf("Show focused %v", w.Canvas().Focused())
	}
}
