package ente

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field/fieldtest"
	"pianoperformance/ui/session"
)

func open(t *testing.T) (*session.Session, *Screen, fyne.Window) {
	s, sc, w := fieldtest.Open(t, New, fyne.NewSize(1100, 760))
	scr := sc.(*Screen)
	return s, scr, w
}

func TestEnteRendersExamplePlan(t *testing.T) {
	_, scr, w := open(t)
	if scr.nome.Text != "Albizzate" || scr.anno.Text != "2023" {
		t.Fatalf("nome %q anno %q", scr.nome.Text, scr.anno.Text)
	}
	test.AssertRendersToMarkup(t, "ente.xml", w.Canvas())
	scr.tabs.Select(scr.capT)
	test.AssertRendersToMarkup(t, "capitoli.xml", w.Canvas())
}

func TestEnteCommitStoresAndUndoRestores(t *testing.T) {
	s, scr, w := open(t)
	fieldtest.Retype(w.Canvas(), scr.provincia, scr.provincia.SetText, "Varese (VA)")
	fieldtest.Retype(w.Canvas(), scr.data, scr.data.SetText, "17.1.2023")
	p := fieldtest.Reload(t, s)
	if p.Ente.Provincia != "Varese (VA)" {
		t.Fatalf("provincia stored %q", p.Ente.Provincia)
	}
	if d := p.Piano.Approvazione.Data; d == nil || *d != model.MustDate(2023, 1, 17) || scr.data.Text != "17/01/2023" {
		t.Fatalf("data stored %v shown %q", d, scr.data.Text)
	}
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	p = fieldtest.Reload(t, s)
	if p.Ente.Provincia != "Varese" || scr.provincia.Text != "Varese" {
		t.Fatalf("after undo stored %q shown %q", p.Ente.Provincia, scr.provincia.Text)
	}
}

func TestEnteInvalidRefused(t *testing.T) {
	s, scr, w := open(t)
	before := fieldtest.Reload(t, s).Piano
	fieldtest.Retype(w.Canvas(), scr.data, scr.data.SetText, "31/02/2023")
	if !strings.Contains(scr.data.Message(), "non esiste") {
		t.Fatalf("message %q", scr.data.Message())
	}
	fieldtest.Retype(w.Canvas(), scr.anno, scr.anno.SetText, "abc")
	if !strings.Contains(scr.anno.Message(), "non è un numero") {
		t.Fatalf("message %q", scr.anno.Message())
	}
	// A triennio that ends before it starts is refused too.
	fieldtest.Retype(w.Canvas(), scr.inizio, scr.inizio.SetText, "2030")
	if !strings.Contains(scr.inizio.Message(), "triennio") {
		t.Fatalf("message %q", scr.inizio.Message())
	}
	after := fieldtest.Reload(t, s).Piano
	if dstr(after.Approvazione.Data) != dstr(before.Approvazione.Data) || after.Anno != before.Anno || after.AnnoInizio != before.AnnoInizio {
		t.Fatalf("invalid values stored: %+v", after)
	}
	fieldtest.Retype(w.Canvas(), scr.nome, scr.nome.SetText, "  ")
	if fieldtest.Reload(t, s).Ente.Nome != "Albizzate" || scr.nome.Message() == "" {
		t.Fatal("empty name accepted")
	}
}

func TestStatoAndStemma(t *testing.T) {
	s, scr, _ := open(t)
	scr.stato.SetSelected("Variato")
	if fieldtest.Reload(t, s).Piano.Stato != model.StatoVariato {
		t.Fatal("stato not stored")
	}
	if err := scr.stemma.set([]byte("non è un'immagine")); err == nil {
		t.Fatal("text accepted as coat of arms")
	}
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x03\x00\x08\xfc\x02\xfe\xa7\x9a\xa0\xa0\x00\x00\x00\x00IEND\xaeB`\x82")
	if err := scr.stemma.set(png); err != nil {
		t.Fatal(err)
	}
	if len(fieldtest.Reload(t, s).Ente.Stemma) != len(png) || !scr.stemma.remove.Visible() || scr.stemma.remove.Disabled() {
		t.Fatal("coat of arms not stored")
	}
	test.Tap(scr.stemma.remove)
	if len(fieldtest.Reload(t, s).Ente.Stemma) != 0 {
		t.Fatal("Rimuovi did not remove the coat of arms")
	}
	_ = s.Undo()
	if len(fieldtest.Reload(t, s).Ente.Stemma) != len(png) {
		t.Fatal("undo did not restore the coat of arms")
	}
}

func TestCapitoli(t *testing.T) {
	s, scr, w := open(t)
	scr.tabs.Select(scr.capT)
	c := scr.cap
	n := len(s.Plan.Capitoli)
	first := s.Plan.Capitoli[0]
	// Edit the text of the first chapter.
	c.list.Select(0)
	fieldtest.Retype(w.Canvas(), c.testo, c.testo.SetText, "Primo paragrafo.\n\n- un punto")
	if got := fieldtest.Reload(t, s).Capitoli[0].Testo; got != "Primo paragrafo.\n\n- un punto" {
		t.Fatalf("testo stored %q", got)
	}
	// Move it down, then undo the move.
	test.Tap(c.down)
	if p := fieldtest.Reload(t, s); p.Capitoli[1].ID != first.ID {
		t.Fatalf("move down: order %v", ids(p.Capitoli))
	}
	_ = s.Undo()
	if p := fieldtest.Reload(t, s); p.Capitoli[0].ID != first.ID {
		t.Fatalf("undo move: order %v", ids(p.Capitoli))
	}
	// Add one, then delete it with confirmation.
	test.Tap(widgetButton(t, c, "Nuovo capitolo"))
	if got := len(fieldtest.Reload(t, s).Capitoli); got != n+1 {
		t.Fatalf("after add %d chapters, want %d", got, n+1)
	}
	test.Tap(c.del)
	fieldtest.TapDialogButton(t, w, "Elimina capitolo")
	if got := len(fieldtest.Reload(t, s).Capitoli); got != n {
		t.Fatalf("after delete %d chapters, want %d", got, n)
	}
	// Delete the first chapter, undo brings it back with its ID and text.
	c.list.Select(0)
	test.Tap(c.del)
	fieldtest.TapDialogButton(t, w, "Elimina capitolo")
	if p := fieldtest.Reload(t, s); len(p.Capitoli) != n-1 {
		t.Fatal("delete not stored")
	}
	_ = s.Undo()
	if p := fieldtest.Reload(t, s); len(p.Capitoli) != n || p.Capitoli[0].ID != first.ID {
		t.Fatalf("undo delete: %v", ids(p.Capitoli))
	}
}

func TestShowFocuses(t *testing.T) {
	s, scr, w := open(t)
	scr.Show(session.Target{Sezione: "ente", Campo: "sottosezione"})
	if w.Canvas().Focused() != scr.sottosezione {
		t.Fatalf("focused %v", w.Canvas().Focused())
	}
	id := s.Plan.Capitoli[1].ID
	scr.Show(session.Target{Sezione: "ente", ID: id, Campo: "testo"})
	if w.Canvas().Focused() != scr.cap.testo || scr.cap.sel != 1 {
		t.Fatalf("chapter: focused %v sel %d", w.Canvas().Focused(), scr.cap.sel)
	}
}

func ids(cs []model.Capitolo) []int64 {
	var out []int64
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

func widgetButton(t *testing.T, c *capitoli, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *widget.Button:
			if v.Text == text {
				found = v
			}
		case *fyne.Container:
			for _, ch := range v.Objects {
				walk(ch)
			}
		case *container.Split:
			walk(v.Leading)
			walk(v.Trailing)
		}
	}
	walk(c.content)
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	return found
}

func dstr(d *model.Date) string {
	if d == nil {
		return ""
	}
	return d.String()
}
