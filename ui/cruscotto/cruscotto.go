// Package cruscotto is the dashboard of the year's cycle: how far each
// Area got at the latest checkpoint (with a chart), the objectives that
// need attention, and what falls due next. It is made of panels, so that
// a start screen can show them among its own; the Cruscotto screen shows
// them together. Tapping an objective opens it in the Monitoraggio.
package cruscotto

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/session"
)

// Key is the screen's navigation key.
const Key = "cruscotto"

// Panel is one block of the dashboard.
type Panel interface {
	Title() string
	Content() fyne.CanvasObject
	// Refresh redraws from the measurement of the plan as it is now.
	Refresh(m *Misura)
}

// Misura is what the panels show: the plan measured at the checkpoint
// the dashboard is about, on day Oggi.
type Misura struct {
	Plan *model.Plan
	Val  *model.Valutazione // nil when the plan has no checkpoint
	Oggi model.Date
}

// Misurare measures the plan at the checkpoint the year has reached: the
// latest already past on day oggi, else the first.
func Misurare(p *model.Plan, oggi model.Date) *Misura {
	m := &Misura{Plan: p, Oggi: oggi}
	var v *model.Verifica
	for i := range p.Verifiche { // in date order
		if !oggi.Before(p.Verifiche[i].Data) {
			v = &p.Verifiche[i]
		}
	}
	if v == nil && len(p.Verifiche) > 0 {
		v = &p.Verifiche[0]
	}
	if v != nil {
		m.Val, _ = model.Valuta(p, v.ID)
	}
	return m
}

// Panels are the dashboard's panels on a session; goTo opens a target in
// its screen (an objective in the Monitoraggio).
func Panels(s *session.Session, goTo func(session.Target)) []Panel {
	return []Panel{newAree(), newAttenzione(goTo), newScadenze(goTo)}
}

// Screen shows the panels together: the Areas on the left, what needs
// attention and what falls due on the right.
type Screen struct {
	s       *session.Session
	panels  []Panel
	head    *widget.Label
	oggi    func() model.Date
	content fyne.CanvasObject
}

// New builds the Cruscotto screen.
func New(s *session.Session, goTo func(session.Target)) *Screen {
	sc := &Screen{s: s, panels: Panels(s, goTo), oggi: model.Oggi}
	sc.head = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	sc.head.Wrapping = fyne.TextWrapWord
	box := func(p Panel) fyne.CanvasObject {
		t := widget.NewLabelWithStyle(p.Title(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		return container.NewBorder(t, nil, nil, nil, p.Content())
	}
	right := container.NewVSplit(box(sc.panels[1]), box(sc.panels[2]))
	split := container.NewHSplit(box(sc.panels[0]), right)
	split.Offset = 0.5
	sc.content = container.NewBorder(sc.head, nil, nil, nil, split)
	sc.Refresh()
	return sc
}

func (sc *Screen) Title() string              { return lang.L("nav.cruscotto") }
func (sc *Screen) Content() fyne.CanvasObject { return sc.content }
func (sc *Screen) Show(session.Target)        {}

// Panels are the screen's panels, for tests.
func (sc *Screen) Panels() []Panel { return sc.panels }

// Refresh measures the plan again and redraws every panel.
func (sc *Screen) Refresh() {
	if sc.s.Plan == nil {
		return
	}
	m := Misurare(sc.s.Plan, sc.oggi())
	if m.Val == nil {
		sc.head.SetText(lang.L("cruscotto.senza.verifiche"))
	} else {
		sc.head.SetText(lang.L("cruscotto.intestazione", map[string]any{"Data": m.Val.Verifica.Data.String(),
			"Ente": perc(m.Val.Ente.Percentuale), "Validato": validato(m.Val.Ente.Validata)}))
	}
	for _, p := range sc.panels {
		p.Refresh(m)
	}
}

func perc(p *float64) string {
	if p == nil {
		return "—"
	}
	return model.FormatPerc(*p)
}

// validato is ", validato 92%" or nothing.
func validato(p *float64) string {
	if p == nil {
		return ""
	}
	return lang.L("cruscotto.validato", map[string]any{"Perc": model.FormatPerc(*p)})
}
