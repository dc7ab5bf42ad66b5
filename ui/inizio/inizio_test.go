package inizio

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
	"pianoperformance/ui/field/fieldtest"
	"pianoperformance/ui/session"
)

// screen is the start screen on the example plan in a real file, on a
// given day.
func screen(t *testing.T, day time.Time) (*session.Session, *Screen, *Stato, *Scadenze, *Qualita, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	fieldtest.ManualTimers(t)
	s := fieldtest.Session(t)
	s.SetNow(func() time.Time { return day })
	w := test.NewTempWindow(t, nil)
	st, sc, q := NewStato(s, Azioni{}), NewScadenze(s, w, Azioni{}), NewQualita(s, Azioni{})
	scr := New(s, st, sc, q)
	s.OnChange(scr.Refresh)
	w.SetContent(scr.Content())
	w.Resize(fyne.NewSize(1150, 700))
	return s, scr, st, sc, q, w
}

func atto(n string, d model.Date) model.Atto {
	return model.Atto{Organo: model.OrganoGiunta, Numero: n, Data: &d}
}

// The status follows the plan's life: marked adopted without a kept text,
// adopted, with changes not yet registered, varied.
func TestStatoFollowsThePlansLife(t *testing.T) {
	s, _, st, _, _, _ := screen(t, time.Date(2023, 3, 15, 9, 0, 0, 0, time.Local))
	// The example plan says "adottato" but the file keeps no version.
	if h := st.Headline(); !strings.Contains(h, "il testo adottato non è conservato") {
		t.Fatalf("headline %q", h)
	}
	if !st.adotta.Visible() || st.varia.Visible() {
		t.Fatal("the adoption is not offered")
	}
	if _, err := s.Adotta("Adozione", atto("12", model.MustDate(2023, time.January, 31))); err != nil {
		t.Fatal(err)
	}
	if h := st.Headline(); h != "Adottato con delibera di Giunta comunale n. 12 del 31/01/2023" {
		t.Fatalf("headline %q", h)
	}
	if st.adotta.Visible() || !st.varia.Visible() || st.vedi.Visible() || !strings.Contains(st.changes.Text, "uguale alla versione n. 1") {
		t.Fatalf("after the adoption: %q", st.changes.Text)
	}
	o := s.Plan.Obiettivi[0].Clone()
	o.Titolo, o.Descrizione = "Nuovo titolo", "Nuova descrizione"
	if _, err := s.SaveObiettivo("Obiettivo", o); err != nil {
		t.Fatal(err)
	}
	if got := st.changes.Text; got != "2 modifiche non ancora registrate: 1 obiettivo modificato." || !st.vedi.Visible() || len(st.Modifiche()) != 2 {
		t.Fatalf("changes %q", got)
	}
	if _, err := s.RegistraVariazione("Variazione", atto("40", model.MustDate(2023, time.May, 2)), "Nuovi fondi"); err != nil {
		t.Fatal(err)
	}
	if h := st.Headline(); h != "Variato: Variazione n. 1 approvata con delibera di Giunta comunale n. 40 del 02/05/2023" {
		t.Fatalf("headline %q", h)
	}
	if n := len(st.versions.Objects); n != 2 {
		t.Fatalf("%d versions listed", n)
	}
}

// Each deadline shows its source, date and state; late ones in red.
func TestScadenzeLateInRed(t *testing.T) {
	_, _, _, sc, _, _ := screen(t, time.Date(2024, time.July, 20, 9, 0, 0, 0, time.Local))
	ss := sc.List()
	if len(ss) < 8 {
		t.Fatalf("%d deadlines", len(ss))
	}
	late := 0
	for i, s := range ss {
		data, stato, _ := sc.Row(i)
		if data.Text != s.Data.String() || stato.Text != s.TestoStato() {
			t.Fatalf("row %d shows %q %q", i, data.Text, stato.Text)
		}
		red := data.Importance == widget.DangerImportance && stato.Importance == widget.DangerImportance
		if (s.Stato == model.ScadenzaInRitardo) != red {
			t.Fatalf("%s: %s, red %v", s.Titolo, s.Stato, red)
		}
		if red {
			late++
		}
	}
	if late == 0 {
		t.Fatal("nothing late on 20/07/2024 for the 2023 plan")
	}
	if got := strings.Count(sc.Summary(), "(scadenza "); !strings.HasPrefix(sc.Summary(), "In ritardo: ") || got != late {
		t.Fatalf("summary %q names %d deadlines, %d are late", sc.Summary(), got, late)
	}
	if !strings.Contains(allText(sc.Content()), "D.Lgs 150/2009 art. 10 c.1 lett. b") {
		t.Fatal("the sources are not shown")
	}
}

// The budget's approval date and the rule move the plan's deadline; both
// are saved at once and undone with Ctrl+Z.
func TestScadenzeSettingsSavedAndUndone(t *testing.T) {
	s, _, _, sc, _, w := screen(t, time.Date(2023, 3, 15, 9, 0, 0, 0, time.Local))
	due := func() model.Date { return sc.List()[0].Data }
	before := due()
	w.Canvas().Focus(sc.Bilancio())
	test.Type(sc.Bilancio(), "15/06/2023")
	w.Canvas().Focus(sc.Regola()) // leaving the field commits it
	if got := fieldtest.Reload(t, s).Scadenzario.ApprovazioneBilancio; got == nil || got.String() != "15/06/2023" {
		t.Fatalf("stored %v", got)
	}
	if d := due(); d.String() != "15/07/2023" {
		t.Fatalf("the plan is due %s", d)
	}
	sc.Regola().SetSelected(regolaLabel(model.Regola31Gennaio))
	if fieldtest.Reload(t, s).Scadenzario.Regola != model.Regola31Gennaio || due().String() != "31/01/2023" {
		t.Fatalf("rule not saved, due %s", due())
	}
	for range 2 {
		if err := s.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	if p := fieldtest.Reload(t, s); p.Scadenzario.ApprovazioneBilancio != nil || p.Scadenzario.Regola != "" || due() != before {
		t.Fatalf("after two undos: %+v, due %s", p.Scadenzario, due())
	}
	// A date that does not exist is refused and changes nothing.
	w.Canvas().Focus(sc.Bilancio())
	test.Type(sc.Bilancio(), "31/02/2023")
	w.Canvas().Focus(sc.Regola())
	if sc.Bilancio().Message() == "" || fieldtest.Reload(t, s).Scadenzario.ApprovazioneBilancio != nil {
		t.Fatal("an impossible date was accepted")
	}
}

// «Fatto…» records when a deadline was met; «Da fare» takes it back.
func TestScadenzaMarkedDone(t *testing.T) {
	s, _, _, sc, _, w := screen(t, time.Date(2024, time.July, 20, 9, 0, 0, 0, time.Local))
	i := -1
	for k, x := range sc.List() {
		if strings.HasSuffix(x.Chiave, "/relazione") {
			i = k
		}
	}
	_, _, fatto := sc.Row(i)
	test.Tap(fatto)
	d := w.Canvas().Overlays().Top()
	entries := entriesIn(d)
	entries[0].SetText("")
	test.Type(entries[0], "25/06/2024")
	test.Type(entries[1], "delibera n. 45")
	test.Tap(buttonIn(d, "Registra"))
	p := fieldtest.Reload(t, s)
	var got *model.Adempimento
	for _, a := range p.Scadenzario.Adempimenti {
		if a.Chiave == "2023/relazione" {
			got = &a
		}
	}
	if got == nil || got.Data.String() != "25/06/2024" || got.Note != "delibera n. 45" {
		t.Fatalf("records %+v", p.Scadenzario.Adempimenti)
	}
	_, stato, daFare := sc.Row(i)
	if stato.Text != "fatto il 25/06/2024" || stato.Importance != widget.SuccessImportance || daFare.Text != "Da fare" {
		t.Fatalf("row shows %q, button %q", stato.Text, daFare.Text)
	}
	test.Tap(daFare)
	if _, stato, _ := sc.Row(i); stato.Importance != widget.DangerImportance {
		t.Fatalf("back to do: %q", stato.Text)
	}
}

// The quality panel counts what the checklists of the objectives say.
func TestQualitaCounts(t *testing.T) {
	s, _, _, _, q, _ := screen(t, time.Date(2023, 3, 15, 9, 0, 0, 0, time.Local))
	var want [3]int
	for _, c := range model.ValutaQualita(s.Plan) {
		si, no, dc := c.Conta()
		want[0], want[1], want[2] = want[0]+si, want[1]+no, want[2]+dc
	}
	if q.Counts() != want {
		t.Fatalf("counts %v, want %v", q.Counts(), want)
	}
	c := model.ConfermaQualita{ObiettivoID: s.Plan.Obiettivi[0].ID, Criterio: model.QualitaRilevante, Esito: true}
	if err := s.SaveConfermaQualita("Qualità", c); err != nil {
		t.Fatal(err)
	}
	if got := q.Counts(); got[0] != want[0]+1 || got[2] != want[2]-1 {
		t.Fatalf("after a judgement %v", got)
	}
}

// textField is what the tests type into: an entry, or one of the
// program's fields.
type textField interface {
	fyne.Focusable
	SetText(string)
}

func entriesIn(o fyne.CanvasObject) []textField {
	var out []textField
	walk(o, func(c fyne.CanvasObject) {
		switch v := c.(type) {
		case *widget.Entry:
			out = append(out, v)
		case *field.Field[model.Date]:
			out = append(out, v)
		}
	})
	return out
}

func buttonIn(o fyne.CanvasObject, text string) *widget.Button {
	var found *widget.Button
	walk(o, func(c fyne.CanvasObject) {
		if b, ok := c.(*widget.Button); ok && b.Text == text && found == nil {
			found = b
		}
	})
	return found
}

func allText(o fyne.CanvasObject) string {
	var b strings.Builder
	walk(o, func(c fyne.CanvasObject) {
		if l, ok := c.(*widget.Label); ok {
			b.WriteString(l.Text + "\n")
		}
	})
	return b.String()
}

func walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	fn(o)
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			walk(c, fn)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			walk(c, fn)
		}
	}
}
