package ui

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/assets"
	"pianoperformance/model"
	"pianoperformance/ui/field"
	"pianoperformance/ui/monitoraggio"
)

// examplePlan is the built-in example changed by tweak.
func examplePlan(t *testing.T, tweak func(p *model.Plan)) *model.Plan {
	t.Helper()
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	tweak(p)
	return p
}

func obiettivo(t *testing.T, p *model.Plan, code string) *model.Obiettivo {
	t.Helper()
	for i := range p.Obiettivi {
		if p.Obiettivi[i].Codice == code {
			return &p.Obiettivi[i]
		}
	}
	t.Fatalf("no objective %s", code)
	return nil
}

// The monitoring's findings in Controlli open the Monitoraggio at their
// checkpoint, on the cell to fill in: a missing reading on its value, a
// year-end degree to judge on its state, an overdue phase on the day it
// was done.
func TestMonitoringFindingsOpenTheCell(t *testing.T) {
	p := examplePlan(t, func(p *model.Plan) {
		am9 := obiettivo(t, p, "AM.9")
		am9.Indicatori[0].Risultati = am9.Indicatori[0].Risultati[:1] // no reading at 31/12
		am3 := obiettivo(t, p, "AM.3")
		am3.Indicatori[0].Risultati[1].Stato = model.StatoNonIndicato // a text target nobody judged
		te1 := obiettivo(t, p, "TE.1")
		te1.Fasi = []model.Fase{{ID: 900, Ordine: 1, Titolo: "Progetto esecutivo", Fine: model.DatePtr(2023, time.September, 30)}}
	})
	f, _ := newTestFrame(t, p, keyControlli)
	// After the year: the readings at 31/12 are due, the phase is late.
	f.s.SetNow(func() time.Time { return time.Date(2024, time.January, 20, 9, 0, 0, 0, time.Local) })
	f.controlli.Refresh()
	mon := f.screen(f.index(model.SezioneMonitoraggio)).(*monitoraggio.Screen)
	find := func(campo, code string) int {
		t.Helper()
		for i, fd := range f.controlli.Findings() {
			if fd.Sezione == model.SezioneMonitoraggio && fd.Campo == campo && fd.Riga == code {
				return i
			}
		}
		t.Fatalf("no finding %s on %s among %v", campo, code, f.controlli.Findings())
		return -1
	}
	fin := p.VerificaFinale().ID

	for _, c := range []struct{ campo, code, col string }{{"risultati", "AM.9", "Valore"}, {"raggiungimento", "AM.3", "Stato"}} {
		f.controlli.Select(find(c.campo, c.code))
		if f.keys[f.current] != model.SezioneMonitoraggio {
			t.Fatalf("%s: went to %q", c.campo, f.keys[f.current])
		}
		v, ob, _, col, ok := mon.Cella()
		if !ok || v != fin || ob != obiettivo(t, f.s.Plan, c.code).ID || col != c.col {
			t.Errorf("%s on %s opened checkpoint %d, objective %d, column %q (focused: %v)", c.campo, c.code, v, ob, col, ok)
		}
		f.nav.Select(f.index(keyControlli))
	}

	f.controlli.Select(find("fasi", "TE.1"))
	if _, ok := f.w.Canvas().Focused().(*field.Field[*model.Date]); !ok {
		t.Errorf("an overdue phase focuses %T, want the day it was done", f.w.Canvas().Focused())
	}
}

// Stampa offers the cycle's documents; the Relazione comes out as a PDF
// whose text says what it is.
func TestPrintRelazione(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	f, _ := newTestFrame(t, nil, "")
	f.print()
	d := f.w.Canvas().Overlays().Top()
	kind := radioIn(d)
	if kind == nil {
		t.Fatal("no choice of document")
	}
	kind.SetSelected("Relazione sulla performance (risultati dell'anno, validazione del Nucleo)")
	if kind.Selected == "" {
		t.Fatalf("the Relazione is not among %q", kind.Options)
	}
	test.Tap(buttonIn(d, "Stampa"))
	settle(f)
	files, _ := filepath.Glob(filepath.Join(tmp, printPrefix+"*", "piano-relazione-*.pdf"))
	if len(files) != 1 {
		t.Fatalf("status %q, files %v", f.status.Text, files)
	}
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext non installato (pacchetto poppler-utils)")
	}
	out, err := exec.Command(bin, files[0], "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	for _, w := range []string{"Relazione sulla performance", "Nucleo di Valutazione", "EF.1"} {
		if !strings.Contains(text, w) {
			t.Errorf("the PDF lacks %q", w)
		}
	}
	os.Remove(files[0])
}

// radioIn finds the choice of document among o and its children.
func radioIn(o fyne.CanvasObject) *widget.RadioGroup {
	if r, ok := o.(*widget.RadioGroup); ok && len(r.Options) > 3 {
		return r
	}
	var kids []fyne.CanvasObject
	if c, ok := o.(*fyne.Container); ok {
		kids = c.Objects
	} else if w, ok := o.(fyne.Widget); ok {
		kids = test.WidgetRenderer(w).Objects()
	}
	for _, k := range kids {
		if r := radioIn(k); r != nil {
			return r
		}
	}
	return nil
}

// The cycle's dashboard is on the start screen: how far each Area got,
// the objectives to follow; one of them opens in the Monitoraggio.
func TestDashboardOnTheStartScreenOpensAnObjective(t *testing.T) {
	f, _ := newTestFrame(t, nil, keyInizio)
	settle(f) // the chart is drawn off the UI goroutine
	// Asked for the dashboard (as -schermata cruscotto does), the start
	// screen scrolls down to the cycle's panels, below the plan's own.
	scroll := f.pv.inizio.Content().(*container.Scroll)
	f.startWith("cruscotto")
	if f.keys[f.current] != keyInizio || scroll.Offset.Y <= 0 {
		t.Fatalf("the dashboard: screen %q, scrolled to %v", f.keys[f.current], scroll.Offset.Y)
	}
	var att interface {
		Voci() []model.VoceCruscotto
		List() *widget.List
	}
	titles := []string{}
	for _, p := range f.pv.inizio.Panels() {
		titles = append(titles, p.Title())
		if l, ok := p.(interface {
			Voci() []model.VoceCruscotto
			List() *widget.List
		}); ok && p.Title() == "Obiettivi da seguire" {
			att = l
		}
	}
	if !strings.Contains(strings.Join(titles, "|"), "Raggiungimento per Area") || att == nil {
		t.Fatalf("the start screen's panels: %q", titles)
	}
	voci := att.Voci()
	if len(voci) == 0 || !strings.Contains(voci[0].Testo, "AM.9") {
		t.Fatalf("objectives to follow: %v", voci)
	}
	att.List().Select(0)
	if f.keys[f.current] != model.SezioneMonitoraggio {
		t.Fatalf("went to %q", f.keys[f.current])
	}
	mon := f.screen(f.current).(*monitoraggio.Screen)
	if _, ob, _, _, ok := mon.Cella(); !ok || ob != voci[0].Obiettivo.ID {
		t.Errorf("the Monitoraggio edits objective %d, want %d", ob, voci[0].Obiettivo.ID)
	}
}
