// Package fieldtest helps the section screens' tests: a session on a real
// SQLite file holding the example plan, the Italian strings loaded, and
// small helpers to answer the confirmation dialogs.
package fieldtest

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/assets"
	"pianoperformance/model"
	"pianoperformance/model/sqlite"
	"pianoperformance/ui/background"
	"pianoperformance/ui/field"
	"pianoperformance/ui/session"
	"pianoperformance/ui/translations"
)

// Session creates a plan file with the example plan in a temporary folder
// and opens a session on it, with the Italian strings registered.
func Session(t *testing.T) *session.Session {
	s, _ := PlanFile(t, nil)
	return s
}

// PlanFile creates a plan file holding p (the example plan when nil) in a
// temporary folder and opens a session on it, the model's checks in front
// as the program has them, with the Italian strings registered. The store
// is returned too, for tests that read the file back.
func PlanFile(t testing.TB, p *model.Plan) (*session.Session, *sqlite.Store) {
	t.Helper()
	LoadTranslations(t)
	if p == nil {
		var err error
		if p, err = assets.ExamplePlan(); err != nil {
			t.Fatal(err)
		}
	}
	st, err := sqlite.Create(filepath.Join(t.TempDir(), "p.db"), p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	loaded, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return session.New(model.Checked(st), loaded), st
}

// Reload reads the plan back from the file, so tests assert on what was
// really stored and not on the copy in memory.
func Reload(t *testing.T, s *session.Session) *model.Plan {
	t.Helper()
	p, err := s.Store.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// LoadTranslations gives Fyne the window's Italian strings, as the
// program does, so masters show the Italian labels.
func LoadTranslations(t testing.TB) {
	t.Helper()
	if err := translations.Load(); err != nil {
		t.Fatal(err)
	}
}

// TapDialogButton taps the button with the given text in the topmost
// dialog of w (e.g. "Elimina" in a confirmation).
func TapDialogButton(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	if b := findButton(top, text); b != nil {
		test.Tap(b)
		return
	}
	t.Fatalf("no button %q in the dialog", text)
}

func findButton(o fyne.CanvasObject, text string) *widget.Button {
	if b, ok := o.(*widget.Button); ok && b.Text == text {
		return b
	}
	if c, ok := o.(*fyne.Container); ok {
		for _, ch := range c.Objects {
			if b := findButton(ch, text); b != nil {
				return b
			}
		}
	}
	if w, ok := o.(fyne.Widget); ok {
		for _, ch := range test.WidgetRenderer(w).Objects() {
			if b := findButton(ch, text); b != nil {
				return b
			}
		}
	}
	return nil
}

// Retype replaces the text of an entry as a user would and leaves it with
// Tab, which commits.
func Retype(c fyne.Canvas, f fyne.Focusable, set func(string), text string) {
	c.Focus(f)
	set("")
	test.Type(f, text)
	c.Unfocus()
}

// settleTimeout bounds how long a test waits for work done off the UI
// goroutine: generous, for a loaded machine and the race detector.
const settleTimeout = 2 * time.Minute

// Background makes the work the screens do off the UI goroutine (charts,
// printing, opening files) hand its results to the test, which takes
// them with Settle; work still running when the test ends is waited for.
func Background(t testing.TB) *Settler {
	q := &background.Queue{}
	restore := background.Use(q)
	s := &Settler{t: t, q: q}
	t.Cleanup(func() {
		s.Settle()
		restore()
	})
	return s
}

// Settler settles a test's background work.
type Settler struct {
	t testing.TB
	q *background.Queue
}

// Settle waits for the work under way and applies its results on the
// test's goroutine, failing the test if it does not end in time.
func (s *Settler) Settle() {
	s.t.Helper()
	if err := s.q.Settle(settleTimeout); err != nil {
		s.t.Fatal(err)
	}
}

// Until settles the background work again and again, each time something
// is handed back (another window's change arriving on its own), until ok
// holds; it fails the test when nothing more comes within the generous
// deadline.
func (s *Settler) Until(what string, ok func() bool) {
	s.t.Helper()
	deadline := time.Now().Add(settleTimeout)
	for {
		s.Settle()
		if ok() {
			return
		}
		if !s.q.Await(time.Until(deadline)) {
			s.t.Fatalf("%s: non è successo entro %v", what, settleTimeout)
		}
	}
}

// Open shows a screen built by newScreen in a test window of the given
// size, on a fresh session with the example plan, refreshed after every
// change as the frame does.
func Open(t *testing.T, newScreen func(*session.Session, fyne.Window) session.Screen, size fyne.Size) (*session.Session, session.Screen, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	s := Session(t)
	scr, w := Show(t, s, newScreen, size)
	return s, scr, w
}

// Show puts the screen newScreen builds on s in a test window of the given
// size, refreshed after every change as the frame does.
func Show[S session.Screen](t testing.TB, s *session.Session, newScreen func(*session.Session, fyne.Window) S, size fyne.Size) (S, fyne.Window) {
	t.Helper()
	w := test.NewTempWindow(t, nil)
	scr := newScreen(s, w)
	s.OnChange(scr.Refresh)
	w.SetContent(scr.Content())
	w.Resize(size)
	return scr, w
}

// ManualTimers makes the fields' debounce wait, for the rest of the test,
// on a clock the test fires by hand (see field.ManualTimers).
func ManualTimers(t testing.TB) *field.ManualTimers {
	c := &field.ManualTimers{}
	t.Cleanup(field.SetTimers(c))
	return c
}
