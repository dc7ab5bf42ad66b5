package monitoraggio

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pianoperformance/assets"
	"pianoperformance/model"
	"pianoperformance/ui/field/fieldtest"
)

// Checkpoints are added (30/09, the quarterly ones) in one change each,
// and deleted with what was read at them; undo brings them back.
func TestVerificheAddDelete(t *testing.T) {
	f := newFixture(t, nil)
	vd := f.sc.verifiche
	vd.show()
	before := f.stored()
	test.Tap(vd.sett)
	if got := f.stored().VerificaAl(model.MustDate(2023, time.September, 30)); got == nil {
		t.Fatal("30/09 not added")
	}
	if vd.sett.Visible() {
		t.Error("«Aggiungi il 30/09» still offered")
	}
	test.Tap(vd.trim)
	if n := len(f.stored().Verifiche); n != 4 {
		t.Fatalf("%d checkpoints after the quarterly ones, want 4", n)
	}
	if err := f.s.Undo(); err != nil {
		t.Fatal(err)
	}
	if err := f.s.Undo(); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(f.stored(), before) {
		t.Fatal("undo did not take the checkpoints away")
	}
	// A day outside the plan's years is refused with what is expected.
	vd.nuova.SetText("30/09/2031")
	fieldtest.TapDialogButton(t, f.w, "Aggiungi")
	if !vd.msg.Visible() || !strings.Contains(vd.msg.Text, "fuori dagli anni del piano") {
		t.Errorf("a day outside the years: %q", vd.msg.Text)
	}
	if !reflect.DeepEqual(f.stored(), before) {
		t.Fatal("a refused checkpoint changed the file")
	}
	// Deleting the mid-year checkpoint takes its readings; undo restores all.
	vd.askDelete(before.Verifiche[0])
	fieldtest.TapDialogButton(t, f.w, "Elimina")
	if got := f.stored(); len(got.Verifiche) != 1 || got.Obiettivi[0].Indicatori[0].RisultatoAl(before.Verifiche[0].ID) != nil {
		t.Fatal("the checkpoint or its readings remain")
	}
	if err := f.s.Undo(); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(f.stored(), before) {
		t.Fatal("undo did not bring the checkpoint and its readings back")
	}
}

// A phase is marked done on a day in the panel under the grid; a phase
// past its end and not done shows as late.
func TestFaseConclusa(t *testing.T) {
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	for i := range p.Obiettivi {
		if p.Obiettivi[i].Codice == "TE.1" {
			p.Obiettivi[i].Fasi = []model.Fase{{ID: 900, Ordine: 1, Titolo: "Progetto esecutivo", Fine: model.DatePtr(2023, time.September, 30)}}
		}
	}
	f := newFixture(t, p)
	f.sc.sheet.SetCurrent(f.rowOf("TE.1"))
	pn := f.sc.panel
	if len(pn.fasi) != 1 || !strings.Contains(pn.fasi[0].stato.Text, "in ritardo di 92 giorni") {
		t.Fatalf("phase state %q", pn.fasi[0].stato.Text)
	}
	d := pn.fasi[0].data
	f.w.Canvas().Focus(d)
	test.Type(d, "15/10/2023")
	f.w.Canvas().Unfocus()
	var got model.Fase
	for _, o := range f.stored().Obiettivi {
		if o.Codice == "TE.1" {
			got = o.Fasi[0]
		}
	}
	if !got.Completata || got.Completamento == nil || got.Completamento.String() != "15/10/2023" {
		t.Fatalf("stored phase %+v", got)
	}
	if !strings.Contains(pn.fasi[0].stato.Text, "conclusa con 15 giorni di ritardo") {
		t.Errorf("phase state %q", pn.fasi[0].stato.Text)
	}
}

// An indicator of the whole ente is added, given a target and a reading
// in the grid, and deleted.
func TestIndicatoreEnte(t *testing.T) {
	f := newFixture(t, nil)
	f.sc.tabs.SelectIndex(1)
	et := f.sc.ente
	et.add()
	if n := len(f.stored().IndicatoriEnte); n != 1 {
		t.Fatalf("%d indicators of the ente", n)
	}
	for _, c := range []struct {
		field fyne.Focusable
		set   func(string)
		text  string
	}{{et.nome, et.nome.SetText, "Tempestività dei pagamenti"}, {et.spanT, et.spanT.SetText, "≤ 0 giorni"}} {
		f.w.Canvas().Focus(c.field)
		c.set("")
		test.Type(c.field, c.text)
		f.w.Canvas().Unfocus()
	}
	in := f.stored().IndicatoriEnte[0]
	if in.Nome != "Tempestività dei pagamenti" || in.TargetAnno(0) != "≤ 0 giorni" {
		t.Fatalf("stored %+v", in)
	}
	f.sc.tabs.SelectIndex(0)
	r := len(f.sc.rows) - 1
	if f.sc.rows[r].ob != nil {
		t.Fatal("the ente's indicator is not last in the grid")
	}
	c := f.cell(r, colValore)
	f.typeIn(c, "-3")
	f.key(fyne.KeyReturn)
	if got := f.stored().IndicatoriEnte[0].Risultati; len(got) != 1 || got[0].Valore != "-3" {
		t.Fatalf("readings %+v", got)
	}
	if got := labelText(f.sc.sheet.Cell(r, colPerc)); got != "100%" {
		t.Errorf("the ente's indicator shows %q", got)
	}
	f.sc.tabs.SelectIndex(1)
	et.askDelete()
	fieldtest.TapDialogButton(t, f.w, "Elimina")
	if n := len(f.stored().IndicatoriEnte); n != 0 {
		t.Fatalf("%d indicators left", n)
	}
}
