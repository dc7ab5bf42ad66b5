package ui

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pianoperformance/assets"
	"pianoperformance/model"
	"pianoperformance/model/sqlite"
	"pianoperformance/model/synth"
	"pianoperformance/ui/field"
	"pianoperformance/ui/field/fieldtest"
	"pianoperformance/ui/session"
)

// newTestFrame opens the main window on a real plan file made from p (the
// example plan when nil); it returns the plan's store without the model's
// checks, for the test to read the file. Work the window does off the UI
// goroutine hands its results to the test (see settle), and the editor's
// pauses in typing come when the test fires them.
func newTestFrame(t testing.TB, p *model.Plan, start string) (*frame, model.Store) {
	t.Helper()
	a := test.NewTempApp(t)
	fieldtest.LoadTranslations(t)
	bg := fieldtest.Background(t)
	clock := fieldtest.ManualTimers(t)
	if p == nil {
		var err error
		if p, err = assets.ExamplePlan(); err != nil {
			t.Fatal(err)
		}
	}
	st, err := sqlite.Create(t.TempDir()+"/piano.db", p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	loaded, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// The stores as the program has them: the model's checks in front.
	checked := func(st *sqlite.Store, err error) (model.Store, error) {
		if err != nil {
			return nil, err
		}
		return model.Checked(st), nil
	}
	f := newFrame(a, Options{Store: model.Checked(st), Plan: loaded, Check: model.CheckAl, Version: "1.0.0", Start: start, Now: testNow,
		Open:         func(path string) (model.Store, error) { return checked(sqlite.Open(path)) },
		OpenReadOnly: func(path string) (model.Store, error) { return checked(sqlite.OpenReadOnly(path)) },
		Create:       func(path string, p *model.Plan) (model.Store, error) { return checked(sqlite.Replace(path, p)) }})
	f.w.Resize(fyne.NewSize(1366, 740))
	settlers[f], clocks[f] = bg, clock
	t.Cleanup(func() { delete(settlers, f); delete(clocks, f) })
	return f, st
}

// testNow is the window's clock in tests: a day in the example plan's
// year, before its first deadline, so the deadlines and the findings
// about them do not depend on the day the tests run.
func testNow() time.Time { return time.Date(2023, time.March, 15, 10, 0, 0, 0, time.Local) }

// settlers are the test frames' background hand-backs; clocks fire their
// fields' pauses in typing.
var (
	settlers = map[*frame]*fieldtest.Settler{}
	clocks   = map[*frame]*field.ManualTimers{}
)

// settle waits for the work the window does off the UI goroutine (opening,
// printing, exporting, charts) and applies its results, as the UI
// goroutine would: after it, the test reads the window race-free.
func settle(f *frame) { settlers[f].Settle() }

func TestTitleNamesYearComuneAndFile(t *testing.T) {
	f, _ := newTestFrame(t, nil, "")
	if got := f.w.Title(); got != "Piano della Performance 2023 — Comune di Albizzate — piano.db" {
		t.Fatalf("title %q", got)
	}
	if f.keys[f.current] != keyInizio {
		t.Fatalf("opens on %q", f.keys[f.current])
	}
}

func TestControlliClickFocusesTheField(t *testing.T) {
	p, _ := assets.ExamplePlan()
	p.Obiettivi[1].Codice = p.Obiettivi[0].Codice // two objectives share EF.1
	f, _ := newTestFrame(t, p, keyControlli)
	if !strings.HasPrefix(f.navLabel(f.index(keyControlli)), "Controlli (") {
		t.Fatalf("nav label %q", f.navLabel(f.index(keyControlli)))
	}
	row := -1
	for i, fd := range f.controlli.Findings() {
		if fd.Campo == "codice" && fd.ID == p.Obiettivi[1].ID {
			row = i
		}
	}
	if row < 0 {
		t.Fatal("no finding for the duplicated code")
	}
	f.controlli.Select(row)
	if f.keys[f.current] != model.SezioneObiettivi {
		t.Fatalf("went to %q", f.keys[f.current])
	}
	if got := focusedText(t, f); got != "EF.1" {
		t.Fatalf("focused field shows %q", got)
	}
	if got := f.obiettivi.Marked(); len(got) != 1 || got[0] != p.Obiettivi[1].ID {
		t.Fatalf("editor shows %v, want objective %d", got, p.Obiettivi[1].ID)
	}
}

// focusedText is the text of the focused field; the screens' fields
// extend widget.Entry, so its Text is reached by name.
func focusedText(t *testing.T, f *frame) string {
	t.Helper()
	foc := f.w.Canvas().Focused()
	if foc == nil {
		t.Fatal("nothing focused")
	}
	v := reflect.ValueOf(foc).Elem().FieldByName("Text")
	if !v.IsValid() {
		t.Fatalf("focused %T is not a text field", foc)
	}
	return v.String()
}

func sessionTarget(f *frame, code string) session.Target {
	for _, o := range f.s.Plan.Obiettivi {
		if o.Codice == code {
			return session.Target{Sezione: model.SezioneObiettivi, ID: o.ID, Campo: "titolo"}
		}
	}
	return session.Target{}
}

func TestNextYearMovesYearsAndTargets(t *testing.T) {
	p, _ := assets.ExamplePlan()
	n, _ := nextYear(p)
	if n.Piano.Anno != 2024 || n.Piano.AnnoInizio != 2024 || n.Piano.AnnoFine != 2026 || n.Piano.Stato != model.StatoBozza {
		t.Fatalf("piano %+v", n.Piano)
	}
	o, old := n.Obiettivi[0], p.Obiettivi[0]
	if o.Anni[0] != old.Anni[0]+1 || o.Indicatori[0].Target[0].Anno != old.Indicatori[0].Target[0].Anno+1 {
		t.Fatalf("objective %+v", o)
	}
	if p.Piano.Anno != 2023 {
		t.Fatal("the current plan was changed")
	}
	// The new file opens in the window like any other.
	f, _ := newTestFrame(t, nil, "")
	st, err := sqlite.Create(t.TempDir()+"/piano-2024.db", n)
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	f.switchTo(st, loaded)
	if !strings.HasPrefix(f.w.Title(), "Piano della Performance 2024 — Comune di Albizzate — piano-2024.db") {
		t.Fatalf("title %q", f.w.Title())
	}
	if len(f.s.Plan.Obiettivi) != len(p.Obiettivi) || f.s.CanUndo() {
		t.Fatalf("%d objectives after switching, undo %v", len(f.s.Plan.Obiettivi), f.s.CanUndo())
	}
}

func TestMarkupMasters(t *testing.T) {
	for _, key := range []string{model.SezioneObiettivi, keyControlli} {
		t.Run(key, func(t *testing.T) {
			f, _ := newTestFrame(t, nil, key)
			if key == model.SezioneObiettivi {
				f.goTo(sessionTarget(f, "TE.2"))
			}
			test.AssertRendersToMarkup(t, key+".xml", f.w.Canvas())
		})
	}
}

// BenchmarkOpenWindow builds the main window on a large synthetic plan as
// the program does at start: the frame, the count of findings and the
// start screen; the other screens wait until they are shown.
func BenchmarkOpenWindow(b *testing.B) { benchOpen(b, func(*frame) {}) }

// BenchmarkOpenEveryScreen is BenchmarkOpenWindow and then every screen
// shown once (the Obiettivi table and index, the Relazione's texts, …):
// what the window cost at start before the screens were built when shown.
func BenchmarkOpenEveryScreen(b *testing.B) {
	benchOpen(b, func(f *frame) {
		for i := range f.screens {
			f.show(i)
		}
	})
}

// benchOpen opens windows on a large synthetic plan, then does then.
func benchOpen(b *testing.B, then func(*frame)) {
	f, st := newTestFrame(b, synth.Plan(10, 500, 3), "")
	plan := f.s.Plan
	f.w.Close()
	b.ResetTimer()
	for b.Loop() {
		fr := newFrame(f.a, Options{Store: st, Plan: plan, Check: model.CheckAl})
		fr.w.Resize(fyne.NewSize(1366, 740))
		then(fr)
		fr.w.Close()
	}
}
