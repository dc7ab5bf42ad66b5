// Package inizio is the start screen: where the plan stands (a draft,
// adopted, varied, and what changed since its last version), the
// deadlines open, the quality of its objectives, and whatever panels
// other parts of the program add (the performance cycle's progress); and
// the Scadenze screen, every deadline with its legal source.
//
// The screen is a list of panels: to add one, implement Panel and pass it
// to New where the window composes the screen (ui/piano.go).
package inizio

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/background"
	"pianoperformance/ui/field"
	"pianoperformance/ui/session"
)

// Panel is one block of the start screen.
type Panel interface {
	Title() string
	Content() fyne.CanvasObject
	// Refresh redraws from the session's plan after a change or an undo.
	Refresh()
}

// Shower is a panel that can bring a target into view (a deadline that
// a finding of Controlli is about).
type Shower interface {
	Show(t session.Target) bool
}

// Azioni are what the start screen's buttons do beyond the session's
// operations: dialogs, files and other screens, which the window owns.
type Azioni struct {
	Adotta, Varia func()
	// Modifiche shows the changes not yet registered; Versioni the list
	// of versions, with version n chosen (0: the plan as it is).
	Modifiche func()
	Versioni  func(n int)
	// Calendario writes the deadlines to a calendar file.
	Calendario func(ss []model.Scadenza)
	// StampaQualita prints the quality of the objectives for the Nucleo.
	StampaQualita func()
	// Obiettivo opens an objective in the Obiettivi screen.
	Obiettivo func(id int64)
	// Scadenze opens the screen of every deadline, at the one with key
	// chiave if given; Controlli the findings.
	Scadenze  func(chiave string)
	Controlli func()
}

// Screen is the start screen.
type Screen struct {
	s       *session.Session
	panels  []Panel
	cards   []*widget.Card // each panel's, in order
	later   []bool         // panels put in after the first frame, not yet in
	scroll  *container.Scroll
	content fyne.CanvasObject

	// Filled, when set, follows the panels put in after the first frame
	// (the window locks what the role may not change).
	Filled func()
}

// Below marks a panel that stands below the fold of the start screen,
// last in its column: the screen puts it in once the window has drawn its
// first frame, in a place as tall as lines lines until then. Nothing
// above it moves when it comes, and the first frame does not wait for
// it (docs/benchmark-finestra.md).
func Below(p Panel, lines int) Panel { return below{p, lines} }

type below struct {
	Panel
	lines int
}

// New builds the start screen from its panels: in two columns, the first
// panel on the left, the second on the right, and so on down.
func New(s *session.Session, panels ...Panel) *Screen {
	sc := &Screen{s: s}
	var left, right []fyne.CanvasObject
	for i, p := range panels {
		content, later := fyne.CanvasObject(nil), false
		if b, ok := p.(below); ok {
			p, later = b.Panel, true
			content = placeholder(b.lines)
		} else {
			content = p.Content()
		}
		card := widget.NewCard(p.Title(), "", content)
		sc.panels = append(sc.panels, p)
		sc.cards = append(sc.cards, card)
		sc.later = append(sc.later, later)
		if i%2 == 0 {
			left = append(left, card)
		} else {
			right = append(right, card)
		}
	}
	// The columns made whole: a box lays itself out at every Add.
	sc.scroll = container.NewVScroll(container.NewPadded(container.NewGridWithColumns(2,
		container.NewVBox(left...), container.NewVBox(right...))))
	sc.content = sc.scroll
	sc.Refresh()
	if slices.Contains(sc.later, true) {
		// The hand-back of background work waits for the first frame.
		background.Go(func() {}, sc.fill)
	}
	return sc
}

// placeholder is an empty place as tall as lines lines of text.
func placeholder(lines int) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(0, float32(lines)*(field.NewLine("").MinSize().Height+theme.Padding())))
	return r
}

// fill puts in the panels below the fold.
func (sc *Screen) fill() {
	filled := false
	for i, p := range sc.panels {
		if sc.later[i] {
			sc.later[i], filled = false, true
			p.Refresh()
			sc.cards[i].SetContent(p.Content())
		}
	}
	if filled && sc.Filled != nil {
		sc.Filled()
	}
}

func (sc *Screen) Title() string              { return lang.L("nav.inizio") }
func (sc *Screen) Content() fyne.CanvasObject { return sc.content }

// Refresh redraws every panel that is in.
func (sc *Screen) Refresh() {
	for i, p := range sc.panels {
		if !sc.later[i] {
			p.Refresh()
		}
	}
}

// Show lets the first panel that knows the target show it, and scrolls
// that panel into view.
func (sc *Screen) Show(t session.Target) {
	sc.fill() // asked for something, the screen is whole
	for i, p := range sc.panels {
		if sh, ok := p.(Shower); ok && sh.Show(t) {
			sc.scroll.ScrollToOffset(fyne.NewPos(0, sc.cards[i].Position().Y))
			return
		}
	}
}

// Browsing gathers what the panels keep working on a version shown
// read-only.
func (sc *Screen) Browsing() []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, p := range sc.panels {
		if b, ok := p.(session.Browser); ok {
			out = append(out, b.Browsing()...)
		}
	}
	return out
}

// Panels are the screen's panels, in order.
func (sc *Screen) Panels() []Panel { return sc.panels }
