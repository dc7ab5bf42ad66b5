package inizio

import (
	"fmt"
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
// given day, and the Scadenze screen on the same session (shown in the
// window).
func screen(t *testing.T, day time.Time) (*session.Session, *Screen, *Stato, *Scadenze, *Qualita, fyne.Window) {
	t.Helper()
	s, scr, st, sc, q, w, _ := screenWith(t, day, Azioni{})
	return s, scr, st, sc, q, w
}

func screenWith(t *testing.T, day time.Time, az Azioni) (*session.Session, *Screen, *Stato, *Scadenze, *Qualita, fyne.Window, *Prossime) {
	t.Helper()
	test.NewTempApp(t)
	fieldtest.ManualTimers(t)
	s := fieldtest.Session(t)
	s.SetNow(func() time.Time { return day })
	w := test.NewTempWindow(t, nil)
	st, pr, q := NewStato(s, az), NewProssime(s, w, az), NewQualita(s, w, az)
	scr := New(s, st, pr, q)
	sc := NewScadenze(s, w, az)
	s.OnChange(func() { scr.Refresh(); sc.Refresh() })
	w.SetContent(sc.Content())
	w.Resize(fyne.NewSize(1150, 700))
	return s, scr, st, sc, q, w, pr
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

// The start screen lists the open deadlines in short, one line each, the
// late ones first and in red, and counts them; a row opens its deadline
// on the Scadenze screen, and one marked done there leaves the list.
func TestProssimeOpenDeadlinesInShort(t *testing.T) {
	var opened []string
	az := Azioni{Scadenze: func(chiave string) { opened = append(opened, chiave) }}
	s, _, _, sc, _, w, pr := screenWith(t, time.Date(2024, time.February, 20, 9, 0, 0, 0, time.Local), az)
	var late, open []model.Scadenza
	for _, x := range sc.List() {
		if x.Stato == model.ScadenzaInRitardo {
			late = append(late, x)
		}
		if x.Stato != model.ScadenzaFatta {
			open = append(open, x)
		}
	}
	if len(late) == 0 || len(open) <= len(late) {
		t.Fatalf("on 20/02/2024: %d late of %d open", len(late), len(open))
	}
	voci := pr.Voci()
	if len(voci) != min(len(open), righeProssime) {
		t.Fatalf("%d deadlines listed of %d open", len(voci), len(open))
	}
	for i, v := range voci {
		data, titolo, stato, _ := pr.Row(i)
		if data.Text != v.Data.String() || titolo.Full() != v.Titolo || stato.Text != v.TestoStato() {
			t.Fatalf("row %d shows %q %q %q", i, data.Text, titolo.Full(), stato.Text)
		}
		if titolo.Wrapping != fyne.TextWrapOff || !strings.HasPrefix(v.Titolo, strings.TrimSuffix(titolo.Text, "…")) {
			t.Fatalf("row %d: the title %q, may take more than one line", i, titolo.Text)
		}
		red := data.Importance == widget.DangerImportance && stato.Importance == widget.DangerImportance
		if (v.Stato == model.ScadenzaInRitardo) != red || (i < len(late)) != red {
			t.Fatalf("row %d %s: %s, red %v; the late ones come first", i, v.Titolo, v.Stato, red)
		}
		if i > 0 && red && v.Data.Before(voci[i-1].Data) {
			t.Fatalf("the late ones not by date: %s before %s", voci[i-1].Data, v.Data)
		}
	}
	if want := fmt.Sprintf("%d in ritardo", len(late)); !strings.HasPrefix(pr.Summary(), want) {
		t.Fatalf("summary %q, want %q first", pr.Summary(), want)
	}
	_, _, _, apri := pr.Row(0)
	test.Tap(apri)
	test.Tap(buttonIn(pr.Content(), "Tutte le scadenze, con le fonti…"))
	if len(opened) != 2 || opened[0] != voci[0].Chiave || opened[1] != "" {
		t.Fatalf("opened %q", opened)
	}
	// Marked done on the Scadenze screen, the first leaves the list.
	first := voci[0].Chiave
	for i, x := range sc.List() {
		if x.Chiave == first {
			_, _, fatto := sc.Row(i)
			test.Tap(fatto)
		}
	}
	d := w.Canvas().Overlays().Top()
	test.Tap(buttonIn(d, "Registra"))
	if fieldtest.Reload(t, s).Scadenzario.Adempimenti == nil {
		t.Fatal("nothing recorded")
	}
	for _, v := range pr.Voci() {
		if v.Chiave == first {
			t.Fatalf("%s still listed once done", v.Titolo)
		}
	}
	if want := fmt.Sprintf("%d in ritardo", len(late)-1); !strings.HasPrefix(pr.Summary(), want) {
		t.Fatalf("summary %q, want %q first", pr.Summary(), want)
	}
}

// The quality panel counts what the checklists of the objectives say.
func TestQualitaCounts(t *testing.T) {
	s, _, _, _, q, w := screen(t, time.Date(2023, 3, 15, 9, 0, 0, 0, time.Local))
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
	if got := allText(q.Content()); !strings.Contains(got, fmt.Sprintf("%d soddisfatti", want[0]+1)) ||
		!strings.Contains(got, fmt.Sprintf("%d da confermare", want[2]-1)) {
		t.Fatalf("the panel says:\n%s", got)
	}
	// Per requirement, a click away: the judgement counts for «Rilevante».
	var rilevante [3]int
	for _, c := range model.ValutaQualita(fieldtest.Reload(t, s)) {
		switch c.Voce(model.QualitaRilevante).Esito {
		case model.QualitaSi:
			rilevante[0]++
		case model.QualitaNo:
			rilevante[1]++
		default:
			rilevante[2]++
		}
	}
	test.Tap(buttonIn(q.Content(), "Per requisito…"))
	d := w.Canvas().Overlays().Top()
	if d == nil {
		t.Fatal("no detail per requirement")
	}
	var titolo string
	for _, c := range model.CriteriQualita {
		if c.Criterio == model.QualitaRilevante {
			titolo = c.Titolo
		}
	}
	row := fmt.Sprintf("%s\n%d\n%d\n%d\n", titolo, rilevante[0], rilevante[1], rilevante[2])
	if got := allText(d); !strings.Contains(got, row) {
		t.Fatalf("the detail lacks %q:\n%s", row, got)
	}
}

// An Area with far more objectives than the others is counted, not
// explained: its finding is in Controlli, a click away.
func TestQualitaCountsAreasOverloaded(t *testing.T) {
	controlli := 0
	s, _, _, _, q, _, _ := screenWith(t, time.Date(2023, 3, 15, 9, 0, 0, 0, time.Local), Azioni{Controlli: func() { controlli++ }})
	if len(q.Avvisi()) != 0 || q.avvisi.Visible() {
		t.Fatalf("the example warns: %v", q.Avvisi())
	}
	var first model.Obiettivo // of the Area with the most objectives
	count := map[int64]int{}
	for _, o := range s.Plan.Obiettivi {
		if count[o.AreaID]++; o.AreaID != 0 && count[o.AreaID] > count[first.AreaID] {
			first = o
		}
	}
	for i := range 6 {
		o := first.WithoutIDs()
		o.Codice = fmt.Sprintf("%s.%d", first.Codice, i+1)
		if _, err := s.SaveObiettivo("Obiettivo", o); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(model.CheckQualita(fieldtest.Reload(t, s))); n != 1 || len(q.Avvisi()) != 1 {
		t.Fatalf("%d findings stored, %d counted", n, len(q.Avvisi()))
	}
	if !q.avvisi.Visible() || q.aree.Full() != "Aree con molti più obiettivi delle altre: 1" {
		t.Fatalf("the panel says %q", q.aree.Full())
	}
	test.Tap(buttonIn(q.Content(), "Vedi in Controlli"))
	if controlli != 1 {
		t.Fatal("Controlli not opened")
	}
}

// A panel below the fold comes once the window has drawn (the hand-back
// of background work), refreshed, in the card that held its place; a
// change before it came does not touch it.
func TestBelowComesAfterTheFirstFrame(t *testing.T) {
	test.NewTempApp(t)
	fieldtest.ManualTimers(t)
	bg := fieldtest.Background(t)
	s := fieldtest.Session(t)
	w := test.NewTempWindow(t, nil)
	q := NewQualita(s, w, Azioni{})
	scr := New(s, NewStato(s, Azioni{}), Below(q, 3))
	filled := 0
	scr.Filled = func() { filled++ }
	w.SetContent(scr.Content())
	if scr.Panels()[1] != Panel(q) || scr.cards[1].Content == q.Content() || q.Counts() != [3]int{} {
		t.Fatal("the panel below came with the first frame")
	}
	scr.Refresh()
	if q.Counts() != [3]int{} {
		t.Fatal("refreshed before it came")
	}
	bg.Settle()
	if scr.cards[1].Content != q.Content() || q.Counts() == [3]int{} || filled != 1 {
		t.Fatalf("after the first frame: in %v, counts %v, filled %d", scr.cards[1].Content == q.Content(), q.Counts(), filled)
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
