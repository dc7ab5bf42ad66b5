package cruscotto

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pianoperformance/assets"
	"pianoperformance/chart"
	"pianoperformance/model"
	"pianoperformance/ui/field/fieldtest"
)

// The dashboard is about the checkpoint the year has reached: the latest
// one past, or the first before any.
func TestMisurareAtTheCheckpointReached(t *testing.T) {
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ oggi, want string }{
		{"01/03/2023", "30/06/2023"}, {"30/06/2023", "30/06/2023"}, {"15/09/2023", "30/06/2023"}, {"15/01/2024", "31/12/2023"},
	} {
		oggi, _ := model.ParseDate(c.oggi)
		m := Misurare(p, oggi)
		if m.Val == nil || m.Val.Verifica.Data.String() != c.want {
			t.Errorf("on %s the dashboard measures at %v, want %s", c.oggi, m.Val, c.want)
		}
	}
	if m := Misurare(&model.Plan{}, model.MustDate(2024, time.January, 1)); m.Val != nil {
		t.Error("a plan without checkpoints has a measurement")
	}
}

// At mid-year the objectives to follow are those with a deviation, with
// their corrective action; what falls due next for the objectives comes
// soonest first.
func TestListeAMetaAnno(t *testing.T) {
	test.NewTempApp(t)
	fieldtest.LoadTranslations(t)
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	m := Misurare(p, model.MustDate(2023, time.July, 10))
	att, sca := newAttenzione(nil, nil), newProssime(nil, nil)
	att.show(m)
	sca.show(m)
	joined := func(vv []model.VoceCruscotto) string {
		var out []string
		for _, v := range vv {
			out = append(out, v.Testo)
		}
		return strings.Join(out, "\n")
	}
	if got := joined(att.Voci()); !strings.Contains(got, "EF.3 «Tempistica»: a rischio") {
		t.Errorf("objectives to follow:\n%s", got)
	}
	vv := sca.Voci()
	if len(vv) == 0 {
		t.Fatal("nothing falls due")
	}
	for i := 1; i < len(vv); i++ {
		if vv[i].Quando.Before(vv[i-1].Quando) {
			t.Fatalf("not soonest first:\n%s", joined(vv))
		}
	}
	if got := joined(vv); !strings.HasPrefix(got, "30/09/2023 — AM.1 «") || !strings.Contains(got, "31/12/2023 — EF.1 «Tempistica»") {
		t.Errorf("what falls due:\n%s", got)
	}
}

// The chart is drawn again only when an Area's figure changed: every
// change of the plan refreshes the dashboard, most change no figure.
func TestChartRedrawnOnlyWhenFiguresChange(t *testing.T) {
	test.NewTempApp(t)
	fieldtest.LoadTranslations(t)
	bg := fieldtest.Background(t)
	drawn := 0
	old := drawAree
	drawAree = func(bars []chart.Barra, title string) (*chart.Figure, error) {
		drawn++
		return old(bars, title)
	}
	t.Cleanup(func() { drawAree = old })
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	a := newAree(nil)
	w := test.NewWindow(a.content)
	defer w.Close()
	w.Resize(fyne.NewSize(700, 500))
	oggi := model.MustDate(2024, time.January, 15)
	a.show(Misurare(p, oggi))
	p.Obiettivi[0].Titolo = "Un altro titolo"
	a.show(Misurare(p, oggi))
	bg.Settle()
	if drawn != 1 {
		t.Fatalf("%d drawings for one set of figures", drawn)
	}
	img := a.chart.Image()
	if img == nil {
		t.Fatalf("no chart: %q", a.chart.Note())
	}
	// Drawn for its place on screen, never smaller than its labels need.
	if sz := a.chart.Size(); img.Bounds().Dx() != int(max(sz.Width, a.chart.MinSize().Width)) {
		t.Fatalf("chart %v for a place of %v", img.Bounds(), sz)
	}
	p.Obiettivi[2].Validazione = nil // EF.3: the Nucleo had raised it from 0% to 50%
	a.show(Misurare(p, oggi))
	bg.Settle()
	if drawn != 2 {
		t.Fatalf("a changed figure drew %d times in all, want 2", drawn)
	}
}
