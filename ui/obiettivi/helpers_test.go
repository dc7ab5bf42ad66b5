package obiettivi

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pianoperformance/assets"
	"pianoperformance/model"
	"pianoperformance/model/sqlite"
	"pianoperformance/ui/field"
	"pianoperformance/ui/field/fieldtest"
	"pianoperformance/ui/session"
)

// fixture is the screen on a real plan file made from the example plan.
type fixture struct {
	t     *testing.T
	st    *sqlite.Store
	s     *session.Session
	w     fyne.Window
	sc    *Screen
	clock *field.ManualTimers // the editor's pauses in typing come when the test fires them
}

func newFixture(t *testing.T) *fixture { return newFixtureWith(t, nil) }

// newFixtureWith is newFixture on the example plan changed by tweak.
func newFixtureWith(t *testing.T, tweak func(p *model.Plan)) *fixture {
	t.Helper()
	test.NewTempApp(t)
	clock := fieldtest.ManualTimers(t)
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	if tweak != nil {
		tweak(p)
	}
	s, st := fieldtest.PlanFile(t, p)
	sc, w := fieldtest.Show(t, s, NewScreen, fyne.NewSize(1280, 760))
	return &fixture{t: t, st: st, s: s, w: w, sc: sc, clock: clock}
}

// stored reloads the plan from the file and returns the objective.
func (f *fixture) stored(id int64) *model.Obiettivo {
	f.t.Helper()
	p, err := f.st.Load(context.Background())
	if err != nil {
		f.t.Fatal(err)
	}
	return p.ObiettivoByID(id)
}

// byCode finds an objective of the plan in memory.
func (f *fixture) byCode(code string) *model.Obiettivo {
	for i := range f.s.Plan.Obiettivi {
		if f.s.Plan.Obiettivi[i].Codice == code {
			return &f.s.Plan.Obiettivi[i]
		}
	}
	f.t.Fatalf("no objective %s", code)
	return nil
}

// open selects an objective in the table as a click would.
func (f *fixture) open(code string) int64 {
	f.t.Helper()
	id := f.byCode(code).ID
	r := f.sc.rowOf(id)
	if r < 0 {
		f.t.Fatalf("%s not in the table", code)
	}
	f.sc.selectRow(r)
	if f.sc.ed.id != id {
		f.t.Fatalf("editor shows %d, want %d", f.sc.ed.id, id)
	}
	return id
}

// shown lists the codes of the table rows.
func (f *fixture) shown() []string {
	var out []string
	for _, i := range f.sc.list.rows {
		out = append(out, f.s.Plan.Obiettivi[i].Codice)
	}
	return out
}
