// Package controlli is the Controlli screen: the consistency findings of
// the plan, refreshed on every change. Tapping a finding opens the screen
// and the field it is about.
package controlli

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/session"
)

// Screen lists the findings.
type Screen struct {
	s        *session.Session
	check    func(*model.Plan) []model.Finding
	goTo     func(session.Target)
	findings []model.Finding
	list     *widget.List
	summary  *widget.Label
	content  fyne.CanvasObject
}

// New builds the screen. check is model.Check (nil shows that no check is
// available); goTo opens the finding's section and calls its Show.
func New(s *session.Session, w fyne.Window, check func(*model.Plan) []model.Finding, goTo func(session.Target)) session.Screen {
	return NewScreen(s, w, check, goTo)
}

// NewScreen is New with the concrete type, for the frame's counter.
func NewScreen(s *session.Session, _ fyne.Window, check func(*model.Plan) []model.Finding, goTo func(session.Target)) *Screen {
	sc := &Screen{s: s, check: check, goTo: goTo}
	sc.summary = widget.NewLabel("")
	// One finding per item: what and where on the first line, the message
	// on the second, the figures on the third; nothing is cut short.
	sc.list = widget.NewList(
		func() int { return len(sc.findings) },
		func() fyne.CanvasObject {
			head := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			msg := widget.NewLabel("")
			msg.Truncation = fyne.TextTruncateEllipsis
			val := widget.NewLabel("")
			// Italic, not the faint low-importance colour: in the light theme the
			// figures would be barely readable, and they are the point.
			val.TextStyle.Italic = true
			val.Truncation = fyne.TextTruncateEllipsis
			fix := widget.NewButton(lang.L("controlli.usa.calcolato"), nil)
			fix.Hide()
			return container.NewBorder(nil, nil, container.NewPadded(widget.NewIcon(theme.WarningIcon())),
				container.NewCenter(fix), container.New(tight{}, head, msg, val))
		},
		sc.updateItem,
	)
	sc.list.OnSelected = func(id widget.ListItemID) {
		sc.list.UnselectAll() // the same finding can be opened again
		if id >= 0 && id < len(sc.findings) && sc.goTo != nil {
			f := sc.findings[id]
			sc.goTo(session.Target{Sezione: f.Sezione, Anno: f.Anno, ID: f.ID, Campo: f.Campo, Verifica: f.VerificaID})
		}
	}
	hint := widget.NewLabel(lang.L("controlli.suggerimento"))
	hint.TextStyle.Italic = true
	sc.content = container.NewBorder(container.NewVBox(sc.summary, hint), nil, nil, nil, sc.list)
	sc.Refresh()
	return sc
}

func (sc *Screen) Title() string              { return lang.L("nav.controlli") }
func (sc *Screen) Content() fyne.CanvasObject { return sc.content }
func (sc *Screen) Show(session.Target)        {}

// Count is the number of findings, shown in the navigation label.
func (sc *Screen) Count() int { return len(sc.findings) }

// Findings is what the table shows, in order.
func (sc *Screen) Findings() []model.Finding { return sc.findings }

// Select opens finding r as a tap on its row would.
func (sc *Screen) Select(r int) {
	sc.list.Select(r)
}

// Refresh runs the check again on the plan in memory.
func (sc *Screen) Refresh() {
	sc.findings = nil
	if sc.check != nil && sc.s.Plan != nil {
		sc.findings = sc.check(sc.s.Plan)
	}
	errs := 0
	for _, f := range sc.findings {
		if f.Gravita == model.Errore {
			errs++
		}
	}
	switch {
	case sc.check == nil:
		sc.summary.SetText(lang.L("controlli.non.disponibile"))
	case len(sc.findings) == 0:
		sc.summary.SetText(lang.L("controlli.nessuno"))
	default:
		sc.summary.SetText(lang.L("controlli.riepilogo", map[string]any{
			"Errori": errs, "Avvisi": len(sc.findings) - errs}))
	}
	sc.list.Refresh()
}

func (sc *Screen) updateItem(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(sc.findings) {
		return
	}
	f := sc.findings[id]
	c := o.(*fyne.Container)
	texts := c.Objects[0].(*fyne.Container).Objects
	icon := c.Objects[1].(*fyne.Container).Objects[0].(*widget.Icon)
	fix := c.Objects[2].(*fyne.Container).Objects[0].(*widget.Button)
	if isPrinted(f) && !sc.s.ReadOnly() { // a plan or a version read-only is not fixed here
		fix.OnTapped = func() { _ = dropPrinted(sc.s, f, lang.L("controlli.usa.calcolato")) }
		fix.Show()
	} else {
		fix.Hide()
	}
	head, msg, val := texts[0].(*widget.Label), texts[1].(*widget.Label), texts[2].(*widget.Label)
	gravita := lang.L("controlli.avviso")
	icon.SetResource(theme.NewWarningThemedResource(theme.WarningIcon()))
	if f.Gravita == model.Errore {
		gravita = lang.L("controlli.errore")
		icon.SetResource(theme.NewErrorThemedResource(theme.ErrorIcon()))
	}
	riga := f.Riga
	if riga == "" && f.Anno != 0 {
		riga = fmt.Sprint(f.Anno)
	}
	where := model.TitoloSezione(f.Sezione)
	if riga != "" {
		where += " › " + riga
	}
	head.SetText(gravita + " — " + where)
	msg.SetText(f.Messaggio)
	if f.Valori != "" {
		val.SetText(lang.L("controlli.valori", map[string]any{"Valori": f.Valori}))
	} else {
		val.SetText("")
	}
}

// tight stacks the three lines of an item with no padding between them.
type tight struct{}

func (tight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height - theme.Padding()
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h+theme.Padding()))
		y += h
	}
}

func (tight) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objs {
		m := o.MinSize()
		w = max(w, m.Width)
		h += m.Height - theme.Padding()
	}
	return fyne.NewSize(w, h+theme.Padding())
}
