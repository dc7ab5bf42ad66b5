package versioni

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field/fieldtest"
	"pianoperformance/ui/session"
)

func atto(n string, d model.Date) model.Atto {
	return model.Atto{Organo: model.OrganoGiunta, Numero: n, Data: &d}
}

// The list of versions and the differences between any two of them, on
// a real plan file.
func TestVersioniAndDifferences(t *testing.T) {
	test.NewTempApp(t)
	s := fieldtest.Session(t)
	var opened []int
	sc := New(s, Azioni{Apri: func(n int) { opened = append(opened, n) }})
	s.OnChange(sc.Refresh)
	if !sc.emptyContent.Visible() || !strings.Contains(sc.empty.Text, "non è ancora stato adottato") {
		t.Fatalf("before the adoption: %q", sc.empty.Text)
	}
	if _, err := s.Adotta("Adozione", atto("12", model.MustDate(2023, time.January, 31))); err != nil {
		t.Fatal(err)
	}
	o := s.Plan.Obiettivi[1].Clone()
	old := o.Indicatori[0].Nome
	o.Indicatori[0].Nome = "Giorni di attesa"
	if _, err := s.SaveObiettivo("Indicatore", o); err != nil {
		t.Fatal(err)
	}
	// A first look: the changes since the adoption.
	if da, a := sc.Compared(); da != 1 || a != 0 || len(sc.Differenze()) != 1 {
		t.Fatalf("compares %d with %d: %+v", da, a, sc.Differenze())
	}
	if m := sc.Differenze()[0]; m.Prima != old || m.Dopo != "Giorni di attesa" || !strings.Contains(m.Campo, "Indicatore") {
		t.Fatalf("change %+v", m)
	}
	if _, err := s.RegistraVariazione("Variazione", atto("40", model.MustDate(2023, time.May, 2)), "Indicatore più chiaro"); err != nil {
		t.Fatal(err)
	}
	// A version just frozen: its own changes.
	if da, a := sc.Compared(); da != 1 || a != 2 || len(sc.Differenze()) != 1 || sc.stampaVar.Disabled() {
		t.Fatalf("after the variation compares %d with %d", da, a)
	}
	sc.Compare(2, 1)
	if !strings.Contains(sc.Summary(), "versione successiva") || !sc.stampaVar.Disabled() || len(sc.Differenze()) != 0 {
		t.Fatalf("backwards: %q", sc.Summary())
	}
	sc.Show(session.Target{Sezione: Key, Campo: "modifiche"})
	if da, a := sc.Compared(); da != 2 || a != 0 || sc.Summary() != "Nessuna differenza." {
		t.Fatalf("since the last version: %d→%d %q", da, a, sc.Summary())
	}
	sc.Show(session.Target{Sezione: Key, ID: 1})
	if !sc.apri.Visible() || !strings.Contains(sc.atto.Text, "Delibera di Giunta comunale n. 12 del 31/01/2023") {
		t.Fatalf("version 1: %q", sc.atto.Text)
	}
	test.Tap(sc.apri)
	if len(opened) != 1 || opened[0] != 1 {
		t.Fatalf("opened %v", opened)
	}
}

// In a text changed in part the words that went and came are marked; the
// runs on screen make the whole texts.
func TestParoleCambiate(t *testing.T) {
	test.NewTempApp(t)
	a, _, simili := model.ConfrontaParole("Predisposizione del nuovo regolamento", "Predisposizione del regolamento PagoPA")
	if !simili {
		t.Fatal("not similar")
	}
	rt := evidenziato(a, "error")
	var text, marked string
	for _, s := range rt.Segments {
		ts := s.(*widget.TextSegment)
		text += ts.Text
		if ts.Style.ColorName == "error" && ts.Style.TextStyle.Bold {
			marked += ts.Text
		}
	}
	if text != "Predisposizione del nuovo regolamento" || strings.TrimSpace(marked) != "nuovo" {
		t.Fatalf("text %q, marked %q", text, marked)
	}
}
