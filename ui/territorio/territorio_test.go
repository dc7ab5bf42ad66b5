package territorio

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pianoperformance/model"
	"pianoperformance/ui/field"
	"pianoperformance/ui/field/fieldtest"
	"pianoperformance/ui/session"
)

func open(t *testing.T) (*session.Session, *Screen, fyne.Window) {
	s, sc, w := fieldtest.Open(t, New, fyne.NewSize(1100, 760))
	scr := sc.(*Screen)
	return s, scr, w
}

func TestTerritorio(t *testing.T) {
	s, scr, w := open(t)
	if scr.totale.Text != "3,80" || !strings.Contains(scr.densita.Text, "ab/km²") {
		t.Fatalf("shown %q / %q", scr.totale.Text, scr.densita.Text)
	}
	test.AssertRendersToMarkup(t, "territorio.xml", w.Canvas())

	// A valid surface is stored and the density follows.
	fieldtest.Retype(w.Canvas(), scr.totale, scr.totale.SetText, "4,1")
	if p := fieldtest.Reload(t, s); p.Territorio.SuperficieTotale != 4.1 || scr.totale.Text != "4,10" {
		t.Fatalf("stored %v shown %q", p.Territorio.SuperficieTotale, scr.totale.Text)
	}
	// Invalid numbers are refused with their message; nothing stored.
	for _, bad := range []string{"12,3,4", "abc"} {
		fieldtest.Retype(w.Canvas(), scr.urbana, scr.urbana.SetText, bad)
		if !strings.Contains(scr.urbana.Message(), "non è un numero") {
			t.Fatalf("%q: message %q", bad, scr.urbana.Message())
		}
	}
	if p := fieldtest.Reload(t, s); p.Territorio.SuperficieUrbana != 2.88 {
		t.Fatalf("urbana changed to %v", p.Territorio.SuperficieUrbana)
	}
	scr.urbana.Revert()
	// Undo restores the stored surface.
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if p := fieldtest.Reload(t, s); p.Territorio.SuperficieTotale != 3.8 || scr.totale.Text != "3,80" {
		t.Fatalf("after undo %v %q", p.Territorio.SuperficieTotale, scr.totale.Text)
	}

	// Roads: edit km in the grid, the total follows; add and remove rows.
	n := len(s.Plan.Territorio.Strade)
	km := scr.strade.Cell(0, 1).(*field.Field[float64])
	fieldtest.Retype(w.Canvas(), km, km.SetText, "8")
	p := fieldtest.Reload(t, s)
	if p.Territorio.Strade[0].Km != 8 || !strings.Contains(scr.totKm.Text, model2(p.Territorio.KmStrade())) {
		t.Fatalf("strade %v total %q", p.Territorio.Strade[0], scr.totKm.Text)
	}
	scr.add("x", scr.strade, func(x *modelTerr) { x.Strade = append(x.Strade, stradaZero) })
	if got := len(fieldtest.Reload(t, s).Territorio.Strade); got != n+1 || scr.strade.Rows() != n+1 {
		t.Fatalf("add road: %d rows", got)
	}
	test.Tap(scr.strade.Cell(n, 2).(*field.TapIcon))
	if got := len(fieldtest.Reload(t, s).Territorio.Strade); got != n {
		t.Fatalf("remove road: %d rows", got)
	}
	// Frazioni are stored as typed.
	fr := scr.frazioni.Cell(0, 0).(*field.Field[string])
	fieldtest.Retype(w.Canvas(), fr, fr.SetText, "Valdarno Alto")
	if got := fieldtest.Reload(t, s).Territorio.Frazioni[0]; got != "Valdarno Alto" {
		t.Fatalf("frazione %q", got)
	}
}

func TestTerritorioShow(t *testing.T) {
	_, scr, w := open(t)
	scr.Show(session.Target{Sezione: "territorio", Campo: "superficie_totale_kmq"})
	if w.Canvas().Focused() != scr.totale {
		t.Fatalf("focused %v", w.Canvas().Focused())
	}
	scr.Show(session.Target{Sezione: "territorio", Campo: "strade"})
	if w.Canvas().Focused() != scr.strade.Cell(0, 0).(fyne.Focusable) {
		t.Fatalf("focused %v", w.Canvas().Focused())
	}
}

type modelTerr = model.Territorio

var stradaZero = model.Strada{}

func model2(f float64) string { return model.FormatNumber(f, 2) }
