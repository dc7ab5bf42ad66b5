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
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
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
	scroll  *container.Scroll
	content fyne.CanvasObject
}

// New builds the start screen from its panels: in two columns, the first
// panel on the left, the second on the right, and so on down.
func New(s *session.Session, panels ...Panel) *Screen {
	sc := &Screen{s: s, panels: panels}
	left, right := container.NewVBox(), container.NewVBox()
	for i, p := range panels {
		card := widget.NewCard(p.Title(), "", p.Content())
		sc.cards = append(sc.cards, card)
		if i%2 == 0 {
			left.Add(card)
		} else {
			right.Add(card)
		}
	}
	sc.scroll = container.NewVScroll(container.NewPadded(container.NewGridWithColumns(2, left, right)))
	sc.content = sc.scroll
	sc.Refresh()
	return sc
}

func (sc *Screen) Title() string              { return lang.L("nav.inizio") }
func (sc *Screen) Content() fyne.CanvasObject { return sc.content }

// Refresh redraws every panel.
func (sc *Screen) Refresh() {
	for _, p := range sc.panels {
		p.Refresh()
	}
}

// Show lets the first panel that knows the target show it, and scrolls
// that panel into view.
func (sc *Screen) Show(t session.Target) {
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
