package obiettivi

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pianoperformance/model"
	"pianoperformance/ui/field/fieldtest"
)

func TestTypedTitleIsStoredOnLeavingTheField(t *testing.T) {
	f := newFixture(t)
	id := f.open("EF.2")
	f.w.Canvas().Focus(f.sc.ed.titolo)
	f.sc.ed.titolo.SetText("")
	test.Type(f.sc.ed.titolo, "Bilancio di previsione 2024-2026")
	test.FocusNext(f.w.Canvas()) // Tab to the next field saves
	if got := f.stored(id).Titolo; got != "Bilancio di previsione 2024-2026" {
		t.Fatalf("stored title %q", got)
	}
	if !strings.Contains(f.s.UndoLabel(), "EF.2") {
		t.Fatalf("undo label %q", f.s.UndoLabel())
	}
}

func TestTitleIsStoredAfterAPauseInTyping(t *testing.T) {
	f := newFixture(t)
	id := f.open("EF.2")
	want := f.stored(id).Titolo + " (revisione)"
	f.w.Canvas().Focus(f.sc.ed.titolo)
	f.sc.ed.titolo.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	test.Type(f.sc.ed.titolo, " (revisione)")
	if got := f.stored(id).Titolo; got == want {
		t.Fatal("stored before the pause in typing")
	}
	f.clock.Fire() // the pause
	if got := f.stored(id).Titolo; got != want {
		t.Fatalf("stored title %q after the pause, want %q", got, want)
	}
	// Saved without leaving the field, and the typing can go on.
	if f.w.Canvas().Focused() != f.sc.ed.titolo || f.sc.ed.titolo.Text != want {
		t.Fatalf("focus %v, text %q", f.w.Canvas().Focused(), f.sc.ed.titolo.Text)
	}
}

func TestEnterAndTappingAnotherRowSave(t *testing.T) {
	f := newFixture(t)
	id := f.open("EF.1")
	f.w.Canvas().Focus(f.sc.ed.codice)
	f.sc.ed.codice.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	test.Type(f.sc.ed.codice, "bis")
	f.sc.ed.codice.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := f.stored(id).Codice; got != "EF.1bis" {
		t.Fatalf("after Enter code %q", got)
	}
	f.sc.ed.centro.SetText("CdC 12")
	f.open("EF.3") // changing row saves what was being typed
	if got := f.stored(id).CentroCosto; got != "CdC 12" {
		t.Fatalf("after changing row cost centre %q", got)
	}
}

func TestInvalidWeightIsRefused(t *testing.T) {
	f := newFixture(t)
	id := f.open("PT.1")
	f.sc.ed.tabs.SelectIndex(1)
	f.sc.ed.pesoTipo.SetSelected(f.sc.ed.pesoTipo.Options[indexOf(pesoValues, model.PesoMoltiplicatore)])
	if got := f.stored(id).Peso; got.Tipo != model.PesoMoltiplicatore || got.Valore != 1 {
		t.Fatalf("kind change stored %+v", got)
	}
	var msg string
	f.s.SetStatus(func(m string, isErr bool) {
		if isErr {
			msg = m
		}
	})
	f.w.Canvas().Focus(f.sc.ed.pesoVal)
	f.sc.ed.pesoVal.SetText("")
	test.Type(f.sc.ed.pesoVal, "1,8")
	test.FocusNext(f.w.Canvas())
	if !strings.Contains(msg, "tra 1,0 e 1,4") {
		t.Fatalf("message %q", msg)
	}
	if m := f.sc.ed.pesoVal.Message(); !strings.Contains(m, "tra 1,0 e 1,4") {
		t.Fatalf("the field is not marked invalid: %q", m)
	}
	if got := f.stored(id).Peso.Valore; got != 1 {
		t.Fatalf("invalid weight stored: %v", got)
	}
	// A valid Italian number is then accepted.
	f.w.Canvas().Focus(f.sc.ed.pesoVal)
	f.sc.ed.pesoVal.SetText("1,25")
	test.FocusNext(f.w.Canvas())
	if got := f.stored(id).Peso.Valore; got != 1.25 {
		t.Fatalf("valid weight stored as %v", got)
	}
}

func TestPercentageOutOfRangeIsRefused(t *testing.T) {
	f := newFixture(t)
	id := f.open("TE.1")
	f.sc.ed.tabs.SelectIndex(1)
	f.sc.ed.pesoTipo.SetSelected(f.sc.ed.pesoTipo.Options[indexOf(pesoValues, model.PesoPercentuale)])
	f.w.Canvas().Focus(f.sc.ed.pesoVal)
	f.sc.ed.pesoVal.SetText("120")
	test.FocusNext(f.w.Canvas())
	if got := f.stored(id).Peso; got.Tipo != model.PesoPercentuale || got.Valore != 0 {
		t.Fatalf("stored %+v", got)
	}
}

func TestIndicatorTargetsAndPhasesAreStored(t *testing.T) {
	f := newFixture(t)
	id := f.open("TE.2")
	f.sc.ed.tabs.SelectIndex(2)
	test.Tap(f.buttonIn(f.sc.ed.ind.content, "Aggiungi indicatore"))
	o := f.stored(id)
	if len(o.Indicatori) != 2 {
		t.Fatalf("%d indicators", len(o.Indicatori))
	}
	row := f.sc.ed.ind.rows[1]
	row.nome.SetText("Metri di marciapiede rifatti")
	row.nome.Commit()
	f.w.Canvas().Focus(row.target[1])
	test.Type(row.target[1], "≥ 300 m")
	test.FocusNext(f.w.Canvas())
	o = f.stored(id)
	ind := o.Indicatori[1]
	if ind.Nome != "Metri di marciapiede rifatti" || ind.TargetAnno(2024) != "≥ 300 m" {
		t.Fatalf("indicator %+v", ind)
	}

	f.sc.ed.tabs.SelectIndex(3)
	test.Tap(f.buttonIn(f.sc.ed.fasi.content, "Aggiungi fase"))
	ph := f.sc.ed.fasi.rows[len(f.sc.ed.fasi.rows)-1]
	f.w.Canvas().Focus(ph.fine)
	test.Type(ph.fine, "31/02/2023")
	test.FocusNext(f.w.Canvas())
	o = f.stored(id)
	if last := o.Fasi[len(o.Fasi)-1]; last.Fine != nil {
		t.Fatalf("impossible date stored: %v", last.Fine)
	}
	ph.fine.SetText("31/12/2023")
	ph.fine.Commit()
	o = f.stored(id)
	if last := o.Fasi[len(o.Fasi)-1]; last.Fine == nil || last.Fine.String() != "31/12/2023" {
		t.Fatalf("phase end %v", last.Fine)
	}
}

func TestUnitsYearsAndProgrammeAreStored(t *testing.T) {
	f := newFixture(t)
	id := f.open("TE.5")
	// The Area itself and its two units.
	if len(f.sc.ed.unitBox.Objects) != 3 {
		t.Fatalf("%d units offered for Area Tecnica, want 3", len(f.sc.ed.unitBox.Objects))
	}
	n := len(f.stored(id).UnitaIDs)
	test.Tap(f.sc.ed.unitBox.Objects[0].(fyne.Tappable)) // the Area itself
	if u := f.stored(id).UnitaIDs; len(u) != n+1 || !slices.Contains(u, f.byCode("TE.5").AreaID) {
		t.Fatalf("units %v", u)
	}
	test.Tap(f.sc.ed.tutte)
	if !f.stored(id).TutteLeUnita {
		t.Fatal("Tutte le unità not stored")
	}
	last := f.sc.ed.anniBox.Objects[len(f.sc.ed.anniBox.Objects)-1]
	test.Tap(last.(fyne.Tappable))
	if anni := f.stored(id).Anni; !hasYear(anni, f.s.Plan.Piano.AnnoFine) {
		t.Fatalf("years %v", anni)
	}
	f.sc.ed.programma.SetSelected(model.EtichettaProgramma("0108"))
	if got := f.stored(id).Programma; got != "0108" {
		t.Fatalf("programma %q", got)
	}
}

// A new indicator or phase puts the cursor in its first field, with the
// placeholder selected: what the clerk types replaces it.
func TestNewIndicatorAndPhaseTakeTheCursor(t *testing.T) {
	f := newFixture(t)
	id := f.open("TE.2")
	f.sc.ed.tabs.SelectIndex(2)
	test.Tap(f.buttonIn(f.sc.ed.ind.content, "Aggiungi indicatore"))
	rows := f.sc.ed.ind.rows
	if f.w.Canvas().Focused() != rows[len(rows)-1].nome {
		t.Fatalf("focus on %T, not the new indicator's name", f.w.Canvas().Focused())
	}
	fieldtest.Type(f.w, "Metri di marciapiede rifatti")
	fieldtest.Press(f.w, 0, fyne.KeyReturn)
	if got := f.stored(id).Indicatori; len(got) != 2 || got[1].Nome != "Metri di marciapiede rifatti" {
		t.Fatalf("indicators %+v", got)
	}

	f.sc.ed.tabs.SelectIndex(3)
	test.Tap(f.buttonIn(f.sc.ed.fasi.content, "Aggiungi fase"))
	ph := f.sc.ed.fasi.rows
	if f.w.Canvas().Focused() != ph[len(ph)-1].titolo {
		t.Fatalf("focus on %T, not the new phase's title", f.w.Canvas().Focused())
	}
	fieldtest.Type(f.w, "Sopralluogo")
	fieldtest.Press(f.w, 0, fyne.KeyTab)
	fasi := f.stored(id).Fasi
	if last := fasi[len(fasi)-1]; last.Titolo != "Sopralluogo" {
		t.Fatalf("phase %+v", last)
	}
}

// An empty target shows an example of the indicator's kind, and follows a
// change of kind.
func TestTargetHintsFollowTheIndicatorsKind(t *testing.T) {
	f := newFixture(t)
	f.open("TE.2")
	f.sc.ed.tabs.SelectIndex(2)
	test.Tap(f.buttonIn(f.sc.ed.ind.content, "Aggiungi indicatore"))
	row := f.sc.ed.ind.rows[len(f.sc.ed.ind.rows)-1]
	if got := row.target[0].PlaceHolder; got != "entro il 31/12/2023" {
		t.Fatalf("deadline hint %q", got)
	}
	row.tipo.SetSelected(model.IndPercentuale.Label())
	row = f.sc.ed.ind.rows[len(f.sc.ed.ind.rows)-1]
	if got := row.target[1].PlaceHolder; got != "≥ 90%" {
		t.Fatalf("percentage hint %q", got)
	}
}
