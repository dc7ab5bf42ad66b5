package obiettivi

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"pianoperformance/model"
	"pianoperformance/ui/field"
)

// addReading opens the Risultati tab of an objective, removes the readings
// its first indicator has, and adds one, as a click on «Aggiungi
// rilevazione» would: it goes to the first checkpoint, dated within the
// plan's year (the example is of 2023: the checkpoint's own date).
func (f *fixture) addReading(code string) (int64, *risRow) {
	f.t.Helper()
	id := f.open(code)
	f.sc.ed.tabs.SelectIndex(4)
	for len(f.stored(id).Indicatori[0].Risultati) > 0 {
		f.sc.ed.ris.remove(0, 0)
	}
	test.Tap(f.buttonIn(f.sc.ed.ris.content, "Aggiungi rilevazione"))
	first := f.s.Plan.Verifiche[0].ID
	if rr := f.stored(id).Indicatori[0].Risultati; len(rr) != 1 || rr[0].Data != f.s.Plan.Verifiche[0].Data || rr[0].VerificaID != first {
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
	if row.verifica.Text != "Verifica intermedia (30/06/2023)" || row.esito.Text != "—" {
		t.Fatalf("verifica %q, esito %q", row.verifica.Text, row.esito.Text)
	}
	typeIn(f, row.data, "29/06/2023")
	// TE.2 is a deadline, 31.12.2023: done on 15 October is on time.
	typeIn(f, row.valore, "15.10.23")
	row.stato.SetSelected("raggiunto")

	r := f.stored(id).Indicatori[0].Risultati[0]
	if r.Data != model.MustDate(2023, 6, 29) || r.Valore != "15/10/2023" || r.Stato != model.StatoRaggiunto || r.Punteggio != nil {
		t.Fatalf("stored %+v", r)
	}
	if row.valore.Text != "15/10/2023" || row.esito.Text != "100%" {
		t.Fatalf("value shown as %q, degree %q", row.valore.Text, row.esito.Text)
	}

	for range 3 { // stato, valore, data
		if err := f.s.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	if rr := f.stored(id).Indicatori[0].Risultati; len(rr) != 1 || rr[0].Valore != "" || rr[0].Data != f.s.Plan.Verifiche[0].Data || rr[0].Stato != "" {
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
	typeIn(f, row.valore, "fatto")
	if !strings.Contains(msg, "non è una data") || !strings.Contains(row.valore.Message(), "GG/MM/AAAA") {
		t.Fatalf("message %q, field %q", msg, row.valore.Message())
	}
	typeIn(f, row.punti, "-2")
	if !strings.Contains(msg, "negativo") {
		t.Fatalf("message %q", msg)
	}
	if got := f.stored(id).Indicatori[0].Risultati[0]; !reflect.DeepEqual(got, before) {
		t.Fatalf("invalid input stored: %+v, was %+v", got, before)
	}

	// Every checkpoint with a reading: no third one.
	test.Tap(f.buttonIn(f.sc.ed.ris.content, "Aggiungi rilevazione"))
	test.Tap(f.buttonIn(f.sc.ed.ris.content, "Aggiungi rilevazione"))
	if !strings.Contains(msg, "Ogni verifica del piano ha già una rilevazione") || len(f.stored(id).Indicatori[0].Risultati) != 2 {
		t.Fatalf("message %q, %d readings", msg, len(f.stored(id).Indicatori[0].Risultati))
	}
	f.sc.ed.ris.remove(0, 0)
	if rr := f.stored(id).Indicatori[0].Risultati; len(rr) != 1 {
		t.Fatalf("after remove: %+v", rr)
	}
}

// A new reading is dated within the plan's year: today while today is in
// it and not past the checkpoint, else the checkpoint's date.
func TestReadingDateLiesInThePlansYear(t *testing.T) {
	p := &model.Plan{Piano: model.Piano{Anno: 2024}, Verifiche: []model.Verifica{
		{ID: 1, Data: model.MustDate(2024, 6, 30)}, {ID: 2, Data: model.MustDate(2024, 12, 31)}}}
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 10, 0, 0, 0, time.Local) }
	for _, c := range []struct {
		verifica int64
		now      time.Time
		want     model.Date
	}{
		{1, day(2024, 5, 20), model.MustDate(2024, 5, 20)},
		{1, day(2024, 7, 15), model.MustDate(2024, 6, 30)}, // late: the checkpoint's day
		{2, day(2024, 7, 15), model.MustDate(2024, 7, 15)},
		{2, day(2025, 1, 20), model.MustDate(2024, 12, 31)}, // last year's plan, filled in January
		{1, day(2023, 12, 10), model.MustDate(2024, 6, 30)}, // next year's plan, prepared ahead
		{9, day(2026, 3, 1), model.MustDate(2024, 12, 31)},  // no such checkpoint
	} {
		if got := readingDate(p, c.verifica, c.now); got != c.want {
			t.Errorf("checkpoint %d on %s: %s, want %s", c.verifica, c.now.Format("02/01/2006"), got, c.want)
		}
	}
}
