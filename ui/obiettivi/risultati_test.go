package obiettivi

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pianoperformance/model"
	"pianoperformance/ui/field"
)

// addReading opens the Risultati tab of an objective and adds a reading to
// its first indicator, as a click on «Aggiungi rilevazione» would.
func (f *fixture) addReading(code string) (int64, *risRow) {
	f.t.Helper()
	id := f.open(code)
	f.sc.ed.tabs.SelectIndex(4)
	test.Tap(f.buttonIn(f.sc.ed.ris.content, "Aggiungi rilevazione"))
	if rr := f.stored(id).Indicatori[0].Risultati; len(rr) != 1 || rr[0].Data != today() {
		f.t.Fatalf("after Aggiungi rilevazione: %+v", rr)
	}
	return id, f.sc.ed.ris.rows[0][0]
}

// typeIn replaces a field's text as the user would and leaves it with Tab.
func typeIn[T any](f *fixture, w *field.Field[T], text string) {
	f.w.Canvas().Focus(w)
	w.SetText("")
	test.Type(w, text)
	test.FocusNext(f.w.Canvas())
}

func TestReadingIsStoredAndUndone(t *testing.T) {
	f := newFixture(t)
	id, row := f.addReading("TE.2")
	if got := f.sc.ed.tabRis.Text; got != "Risultati (1)" {
		t.Fatalf("tab %q", got)
	}
	typeIn(f, row.data, "30/06/2024")
	typeIn(f, row.valore, "120 m di marciapiede")
	typeIn(f, row.perc, "85,5")
	test.Tap(row.finale)

	r := f.stored(id).Indicatori[0].Risultati[0]
	if r.Data != model.MustDate(2024, 6, 30) || r.Valore != "120 m di marciapiede" ||
		r.Raggiungimento == nil || *r.Raggiungimento != 85.5 || r.Punteggio != nil || !r.Finale || r.Validato {
		t.Fatalf("stored %+v", r)
	}
	if row.perc.Text != "85,5" {
		t.Fatalf("percentage shown as %q", row.perc.Text)
	}

	// Validating dates the validation today, in the same step.
	test.Tap(row.valid)
	r = f.stored(id).Indicatori[0].Risultati[0]
	if !r.Validato || r.DataValidazione == nil || *r.DataValidazione != today() {
		t.Fatalf("validation stored %+v", r)
	}

	for range 5 { // validato, finale, %, valore, data
		if err := f.s.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	if rr := f.stored(id).Indicatori[0].Risultati; len(rr) != 1 || rr[0].Valore != "" || rr[0].Data != today() {
		t.Fatalf("after undoing the edits: %+v", rr)
	}
	if err := f.s.Undo(); err != nil {
		t.Fatal(err)
	}
	if rr := f.stored(id).Indicatori[0].Risultati; len(rr) != 0 {
		t.Fatalf("undo left the reading: %+v", rr)
	}
	if got := f.sc.ed.tabRis.Text; got != "Risultati (0)" {
		t.Fatalf("tab after undo %q", got)
	}
}

func TestInvalidReadingIsRefused(t *testing.T) {
	f := newFixture(t)
	id, row := f.addReading("TE.2")
	var msg string
	f.s.SetStatus(func(m string, isErr bool) {
		if isErr {
			msg = m
		}
	})
	before := f.stored(id).Indicatori[0].Risultati[0]

	typeIn(f, row.data, "31/02/2024")
	if !strings.Contains(msg, "31/02/2024 non esiste") || !strings.Contains(row.data.Message(), "non esiste") {
		t.Fatalf("message %q, field %q", msg, row.data.Message())
	}
	typeIn(f, row.perc, "abc")
	if !strings.Contains(msg, "non è un numero") {
		t.Fatalf("message %q", msg)
	}
	typeIn(f, row.perc, "130")
	if !strings.Contains(msg, "tra 0 e 100") || !strings.Contains(row.perc.Message(), "tra 0 e 100") {
		t.Fatalf("message %q, field %q", msg, row.perc.Message())
	}
	typeIn(f, row.punti, "-2")
	if !strings.Contains(msg, "negativo") {
		t.Fatalf("message %q", msg)
	}
	if got := f.stored(id).Indicatori[0].Risultati[0]; !reflect.DeepEqual(got, before) {
		t.Fatalf("invalid input stored: %+v, was %+v", got, before)
	}

	// Corrected, it is stored; the remove button then deletes the reading.
	typeIn(f, row.perc, "100")
	if p := f.stored(id).Indicatori[0].Risultati[0].Raggiungimento; p == nil || *p != 100 {
		t.Fatalf("100%% stored as %v", p)
	}
	f.sc.ed.ris.remove(0, 0)
	if rr := f.stored(id).Indicatori[0].Risultati; len(rr) != 0 {
		t.Fatalf("after remove: %+v", rr)
	}
}
