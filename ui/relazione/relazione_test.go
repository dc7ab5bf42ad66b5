package relazione

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pianoperformance/model"
	"pianoperformance/model/sqlite"
	"pianoperformance/ui/field"
	"pianoperformance/ui/field/fieldtest"
	"pianoperformance/ui/session"
)

type fixture struct {
	t  *testing.T
	st *sqlite.Store
	s  *session.Session
	w  fyne.Window
	sc *Screen
}

func newFixture(t *testing.T) *fixture {
	test.NewTempApp(t)
	fieldtest.ManualTimers(t)
	s, st := fieldtest.PlanFile(t, nil)
	sc, w := fieldtest.Show(t, s, NewScreen, fyne.NewSize(1160, 640))
	return &fixture{t: t, st: st, s: s, w: w, sc: sc}
}

func (f *fixture) stored() *model.Plan {
	p, err := f.st.Load(context.Background())
	if err != nil {
		f.t.Fatal(err)
	}
	return p
}

// retype replaces a field's text as a user would and leaves it: with Tab
// in the sheet, which moves along the row, elsewhere by focusing away.
func retype(f *fixture, c fyne.Focusable, set func(string), text string, tab bool) {
	f.w.Canvas().Focus(c)
	set("")
	test.Type(c, text)
	if tab {
		c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	} else {
		f.w.Canvas().Unfocus()
	}
}

// The Nucleo's validated degree is typed in the sheet and saved; above the
// evaluation system's cap it is refused with what is expected.
func TestValidazioneTyped(t *testing.T) {
	f := newFixture(t)
	v := f.sc.val
	row := -1
	for r, e := range v.rows {
		if e.Obiettivo.Codice == "TE.6" {
			row = r
		}
	}
	if row < 0 {
		t.Fatal("no TE.6")
	}
	if !v.sheet.FocusCell(row, vValidato) {
		t.Fatal("the validated degree takes no focus")
	}
	c := v.sheet.Cell(row, vValidato).(*field.Field[*float64])
	before := f.stored()
	retype(f, c, c.SetText, "120", true)
	if msg := v.sheet.Message(); !strings.Contains(msg, "tra 0% e 100%") {
		t.Errorf("above the cap: %q", msg)
	}
	if !reflect.DeepEqual(f.stored(), before) {
		t.Fatal("a refused degree changed the file")
	}
	c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	retype(f, c, c.SetText, "87,5", true)
	var got *model.Validazione
	for _, o := range f.stored().Obiettivi {
		if o.Codice == "TE.6" {
			got = o.Validazione
		}
	}
	if got == nil || got.Percentuale == nil || *got.Percentuale != 87.5 || got.Verbale != "2/2024" {
		t.Fatalf("stored validation %+v", got)
	}
	if err := f.s.Undo(); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(f.stored(), before) {
		t.Error("undo did not put the validation back")
	}
}

// Settings of the evaluation system that do not hold together are refused
// with what is expected; good ones are saved and described in words.
func TestSMVPSettings(t *testing.T) {
	f := newFixture(t)
	f.sc.tabs.SelectIndex(2)
	m := f.sc.smvp
	before := f.stored()
	retype(f, m.massimo, m.massimo.SetText, "90", false)
	if !m.msg.Visible() || !strings.Contains(m.msg.Text, "deve stare tra 100% e 200%") {
		t.Errorf("a cap of 90%%: %q", m.msg.Text)
	}
	if !reflect.DeepEqual(f.stored(), before) {
		t.Fatal("refused settings changed the file")
	}
	m.massimo.Revert()
	m.ritardo.SetSelectedIndex(1)
	if got := f.stored().SMVP.Ritardo; got.Tipo != model.RitardoPerMese || got.PerMese != 10 {
		t.Fatalf("late rule stored %+v", got)
	}
	if !strings.Contains(m.descr.Text, "per ogni mese o frazione di ritardo si tolgono 10 punti") {
		t.Errorf("description %q", m.descr.Text)
	}
}

// The Relazione's texts are saved when the field is left.
func TestTestiRelazione(t *testing.T) {
	f := newFixture(t)
	f.sc.tabs.SelectIndex(1)
	tx := f.sc.testi
	f.w.Canvas().Focus(tx.genere)
	tx.genere.SetText("")
	test.Type(tx.genere, "Le donne sono il 72% del personale.")
	f.w.Canvas().Unfocus()
	if got := f.stored().Relazione.BilancioGenere; got != "Le donne sono il 72% del personale." {
		t.Fatalf("stored %q", got)
	}
}
