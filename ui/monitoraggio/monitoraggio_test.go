package monitoraggio

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/model/synth"
)

// valoreAM9 is the stored value of AM.9's indicator at the year-end
// checkpoint of the example (percentage, target 100%).
func valoreAM9(t *testing.T, p *model.Plan) string {
	t.Helper()
	for _, o := range p.Obiettivi {
		if o.Codice == "AM.9" {
			return o.Indicatori[0].RisultatoAl(p.VerificaFinale().ID).Valore
		}
	}
	t.Fatal("no AM.9")
	return ""
}

// areaPerc is the Area's result at the year-end checkpoint as the model
// computes it from the plan given.
func areaPerc(t *testing.T, p *model.Plan, area string) string {
	t.Helper()
	v, err := model.ValutaFinale(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range v.Aree {
		if a.Nome() == area {
			return figura(a.Percentuale, a.Validata)
		}
	}
	t.Fatalf("no Area %q", area)
	return ""
}

// The Done means of the issue: a reading typed in the grid is shown
// computed as it is typed, saved when the cell is left, computed into the
// objective's and the Area's %, and undone with Ctrl+Z.
func TestReadingTypedSavedComputedUndone(t *testing.T) {
	f := newFixture(t, nil)
	sc := f.sc
	if v := sc.verifica(); v == nil || v.Data.String() != "31/12/2023" {
		t.Fatalf("opens on %v, want the year-end checkpoint", v)
	}
	r := f.rowOf("AM.9")
	c := f.cell(r, colValore)
	if got := labelText(sc.sheet.Cell(r, colPerc)); got != "85%" {
		t.Fatalf("AM.9 shows %q before typing", got)
	}
	before := f.stored()
	if got := sc.totArea.Text; got != "Area Amministrativa: "+areaPerc(t, before, "Area Amministrativa") {
		t.Fatalf("Area total %q", got)
	}

	f.typeIn(c, "50")
	// Before it is saved, the figures already follow the value typed.
	if got := labelText(sc.sheet.Cell(r, colPerc)); got != "50%" {
		t.Errorf("while typing, the indicator shows %q", got)
	}
	if got := sc.totOb.Text; got != "Obiettivo AM.9: 50% (validato 85%)" {
		t.Errorf("while typing, the objective shows %q", got)
	}
	if got := valoreAM9(t, f.stored()); got != "85%" {
		t.Fatalf("saved while typing: %q", got)
	}

	f.key(fyne.KeyTab) // leaves the cell: saved
	after := f.stored()
	if got := valoreAM9(t, after); got != "50%" {
		t.Fatalf("file holds %q after Tab", got)
	}
	if foc := f.w.Canvas().Focused(); foc != sc.sheet.Cell(r, colData).(fyne.Focusable) {
		t.Errorf("Tab went to %T, want the reading's date", foc)
	}
	if got := labelText(sc.sheet.Cell(r, colPercOb)); got != "50%" {
		t.Errorf("objective column %q", got)
	}
	wantArea := areaPerc(t, after, "Area Amministrativa")
	if wantArea == areaPerc(t, before, "Area Amministrativa") {
		t.Fatal("the Area's result did not change: the test proves nothing")
	}
	if got := sc.totArea.Text; got != "Area Amministrativa: "+wantArea {
		t.Errorf("Area total %q, want %s", got, wantArea)
	}
	if !strings.Contains(sc.s.UndoLabel(), "AM.9") {
		t.Errorf("undo names %q", sc.s.UndoLabel())
	}

	f.undo()
	if got := valoreAM9(t, f.stored()); got != "85%" {
		t.Fatalf("after Ctrl+Z the file holds %q", got)
	}
	if !reflect.DeepEqual(f.stored(), before) {
		t.Error("after Ctrl+Z the file differs from before the change")
	}
	if got := fieldText(sc.sheet.Cell(r, colValore)); got != "85%" {
		t.Errorf("after Ctrl+Z the cell shows %q", got)
	}
	if got := sc.totArea.Text; got != "Area Amministrativa: "+areaPerc(t, before, "Area Amministrativa") {
		t.Errorf("after Ctrl+Z the Area total is %q", got)
	}
}

// Enter goes down the column, and Esc abandons what was typed, figures
// included.
func TestEnterMovesDownEscAbandons(t *testing.T) {
	f := newFixture(t, nil)
	sc := f.sc
	r := f.rowOf("AM.9")
	c := f.cell(r, colValore)
	f.typeIn(c, "60")
	f.key(fyne.KeyReturn)
	if got := valoreAM9(t, f.stored()); got != "60%" {
		t.Fatalf("Enter saved %q", got)
	}
	if foc := f.w.Canvas().Focused(); foc != sc.sheet.Cell(r+1, colValore).(fyne.Focusable) {
		t.Fatalf("Enter went to %T", foc)
	}
	c = f.cell(r, colValore)
	f.typeIn(c, "10")
	if got := labelText(sc.sheet.Cell(r, colPerc)); got != "10%" {
		t.Fatalf("typing shows %q", got)
	}
	f.key(fyne.KeyEscape)
	if got := labelText(sc.sheet.Cell(r, colPerc)); got != "60%" {
		t.Errorf("after Esc the indicator shows %q", got)
	}
	if got := valoreAM9(t, f.stored()); got != "60%" {
		t.Errorf("Esc saved %q", got)
	}
}

// Impossible values are refused with what is expected, and nothing is
// saved: letters in a number, a date outside the plan's years.
func TestImpossibleValuesRefused(t *testing.T) {
	f := newFixture(t, nil)
	sc := f.sc
	before := f.stored()
	r := f.rowOf("AM.9")

	c := f.cell(r, colValore)
	f.typeIn(c, "ottanta")
	f.key(fyne.KeyTab)
	if msg := sc.sheet.Message(); !strings.Contains(msg, "non è un numero") || !strings.Contains(msg, "1.363,18") {
		t.Errorf("letters in a number: message %q", msg)
	}
	if f.w.Canvas().Focused() != c {
		t.Error("the refused cell was left")
	}
	f.key(fyne.KeyEscape)
	if msg := sc.sheet.Message(); msg != "" {
		t.Errorf("after Esc the message stayed: %q", msg)
	}

	c = f.cell(r, colData)
	f.typeIn(c, "15/03/2030")
	f.key(fyne.KeyTab)
	if msg := sc.sheet.Message(); !strings.Contains(msg, "fuori dagli anni del piano") || !strings.Contains(msg, "dal 01/01/2023 al 30/06/2026") {
		t.Errorf("a date outside the plan's years: message %q", msg)
	}
	f.key(fyne.KeyEscape)

	te3 := f.rowOf("EF.3") // a deadline: the value is the day it was done
	c = f.cell(te3, colValore)
	f.typeIn(c, "31/13/2023")
	f.key(fyne.KeyTab)
	if msg := sc.sheet.Message(); !strings.Contains(msg, "non è una data") || !strings.Contains(msg, "GG/MM/AAAA") {
		t.Errorf("an impossible date: message %q", msg)
	}
	f.key(fyne.KeyEscape)

	if !reflect.DeepEqual(f.stored(), before) {
		t.Error("a refused value changed the file")
	}
	if sc.s.CanUndo() {
		t.Error("a refused value entered the undo history")
	}
}

// An override without a reason is refused with an Italian message and
// nothing is saved; with the reason it is saved with who and when, above
// the cap it is refused.
func TestOverrideNeedsReason(t *testing.T) {
	f := newFixture(t, nil)
	sc := f.sc
	before := f.stored()
	r := f.rowOf("AM.9")
	sc.sheet.ScrollTo(r, colMano)
	test.Tap(sc.sheet.Cell(r, colMano).(*widget.Button))
	d := sc.forza
	if f.w.Canvas().Overlays().Top() == nil {
		t.Fatal("the dialog did not open")
	}
	test.Type(d.perc, "95")
	d.chi.SetText("Maria Bianchi")
	test.Tap(findButton(t, d, "Salva"))
	if !d.msg.Visible() || !strings.Contains(d.msg.Text, "Scrivere il motivo") || !strings.Contains(d.msg.Text, "Nulla è stato salvato") {
		t.Fatalf("without a reason: %q", d.msg.Text)
	}
	if !reflect.DeepEqual(f.stored(), before) {
		t.Fatal("an override without a reason changed the file")
	}

	d.perc.SetText("150")
	test.Type(d.motivo, "Dato del 31/12 rettificato dall'ufficio")
	test.Tap(findButton(t, d, "Salva"))
	if !strings.Contains(d.msg.Text, "150% supera il massimo riconosciuto") {
		t.Fatalf("above the cap: %q", d.msg.Text)
	}
	if !reflect.DeepEqual(f.stored(), before) {
		t.Fatal("an override above the cap changed the file")
	}

	d.perc.SetText("95")
	test.Tap(findButton(t, d, "Salva"))
	if f.w.Canvas().Overlays().Top() != nil {
		t.Fatalf("the dialog stays open: %q", d.msg.Text)
	}
	var got *model.Forzatura
	for _, o := range f.stored().Obiettivi {
		if o.Codice == "AM.9" {
			got = o.Indicatori[0].Risultati[1].Forzatura
		}
	}
	if got == nil || got.Percentuale != 95 || got.Calcolata == nil || *got.Calcolata != 85 ||
		got.Autore != "Maria Bianchi" || got.Quando.IsZero() || !strings.HasPrefix(got.Motivo, "Dato del 31/12") {
		t.Fatalf("saved override %+v", got)
	}
	if txt := labelText(sc.sheet.Cell(r, colPerc)); txt != "95% ✎" {
		t.Errorf("the grid shows %q", txt)
	}
}

func findButton(t *testing.T, d *forzaDialog, text string) *widget.Button {
	t.Helper()
	for _, b := range []*widget.Button{d.togli} {
		if b.Text == text {
			return b
		}
	}
	top := d.sc.w.Canvas().Overlays().Top()
	if b := walkButton(top, text); b != nil {
		return b
	}
	t.Fatalf("no button %q", text)
	return nil
}

func walkButton(o fyne.CanvasObject, text string) *widget.Button {
	if b, ok := o.(*widget.Button); ok && b.Text == text {
		return b
	}
	if c, ok := o.(*fyne.Container); ok {
		for _, ch := range c.Objects {
			if b := walkButton(ch, text); b != nil {
				return b
			}
		}
	}
	if w, ok := o.(fyne.Widget); ok {
		for _, ch := range test.WidgetRenderer(w).Objects() {
			if b := walkButton(ch, text); b != nil {
				return b
			}
		}
	}
	return nil
}

// The grid makes only the cells in view and reuses them as it scrolls:
// a cell shows the row it is bound to now, Tab and Shift+Tab move along
// the row and scroll the cell into view.
func TestGridReusesCells(t *testing.T) {
	f := newFixture(t, synth.Plan(3, 80, 3))
	sc := f.sc
	last := len(sc.rows) - 1
	value := func(r int) string {
		if x := sc.reading(r); x != nil {
			return x.Valore
		}
		return ""
	}
	for _, r := range []int{0, last, 7, last - 3, 0} {
		c := f.cell(r, colValore)
		if got := fieldText(c.(fyne.CanvasObject)); got != value(r) {
			t.Fatalf("row %d shows %q, want %q", r, got, value(r))
		}
	}
	if sc.sheet.FocusCell(last, colTarget) {
		t.Error("a label took the focus")
	}
	f.cell(last, colValore)
	f.key(fyne.KeyTab)
	if rr, cc, ok := sc.sheet.FocusedCell(); !ok || rr != last || cc != colData {
		t.Fatalf("Tab went to %d,%d", rr, cc)
	}
	foc := f.w.Canvas().Focused().(desktopKeys)
	foc.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	f.key(fyne.KeyTab)
	foc.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if rr, cc, ok := sc.sheet.FocusedCell(); !ok || rr != last || cc != colValore {
		t.Fatalf("Shift+Tab went to %d,%d", rr, cc)
	}
}

type desktopKeys interface {
	KeyDown(*fyne.KeyEvent)
	KeyUp(*fyne.KeyEvent)
}
