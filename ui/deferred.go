package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"pianoperformance/ui/background"
	"pianoperformance/ui/session"
)

// deferred is an entry of the navigation whose screen is built when first
// shown. A profile of the program's start (docs/benchmark-finestra.md)
// found three quarters of the time before the first frame going into
// screens nobody had asked for yet, the Obiettivi and Relazione screens
// most of all: now the window's first frame waits only for the screen it
// shows. Until it is built a screen has nothing to redraw: built later, it
// reads the plan as it is then.
type deferred struct {
	title string
	make  func() session.Screen
	inner session.Screen
	// built, when set, follows the building (a version's screen is
	// locked then).
	built func(session.Screen)
}

func (d *deferred) screen() session.Screen {
	if d.inner == nil {
		d.inner = d.make()
		if d.built != nil {
			d.built(d.inner)
		}
	}
	return d.inner
}

func (d *deferred) Title() string                 { return d.title }
func (d *deferred) Content() fyne.CanvasObject    { return d.screen().Content() }
func (d *deferred) Show(t session.Target)         { d.screen().Show(t) }
func (d *deferred) Browsing() []fyne.CanvasObject { return browsing(d.inner) }

func (d *deferred) Refresh() {
	if d.inner != nil {
		d.inner.Refresh()
	}
}

// browsing is what of a screen stays enabled when it is locked (see
// session.Browser).
func browsing(sc session.Screen) []fyne.CanvasObject {
	if b, ok := sc.(session.Browser); ok {
		return b.Browsing()
	}
	return nil
}

// deferSection wraps a section of the navigation for session s.
func (f *frame) deferSection(sec section, s *session.Session) session.Screen {
	return &deferred{title: lang.L(sec.title), make: func() session.Screen { return sec.make(s, f.w) }}
}

// findings is how many findings the navigation shows beside Controlli:
// the screen's once it is built; until then the check's own, which costs
// little (7 ms on a plan of 500 objectives) beside building the screen's
// list.
func (f *frame) findings() int {
	if f.controlli != nil {
		return f.controlli.Count()
	}
	if check := f.checkWith(f.s); check != nil && f.s.Plan != nil {
		return len(check(f.s.Plan))
	}
	return 0
}

// screen is the screen of navigation entry i, built if it was not yet.
func (f *frame) screen(i int) session.Screen {
	return innerScreen(f.screens[i], true)
}

// innerScreen is the screen a navigation entry holds, built first when
// build is set, nil when it is not built yet.
func innerScreen(sc session.Screen, build bool) session.Screen {
	var d *deferred
	switch s := sc.(type) {
	case *deferred:
		d = s
	case *frozenScreen:
		d = &s.deferred
	default:
		return sc
	}
	if build {
		return d.screen()
	}
	return d.inner
}

// holdBackground keeps the work off the UI goroutine (a chart below the
// fold of the start screen) from competing with the first frame for the
// processor: it waits until the window has drawn. Functions handed to
// fyne.Do from another goroutine run in the event loop, which the program
// starts after the window's first frame.
func (f *frame) holdBackground() {
	release := background.Hold()
	go fyne.Do(release)
}
