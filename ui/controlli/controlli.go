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

const (
	colGravita = iota
	colSezione
	colRiga
	colValori
	colMessaggio
	numCols
)

var colWidths = [numCols]float32{110, 190, 170, 240, 620}

// Screen lists the findings.
type Screen struct {
	s        *session.Session
	check    func(*model.Plan) []model.Finding
	goTo     func(session.Target)
	findings []model.Finding
	table    *widget.Table
	summary  *widget.Label
	content  fyne.CanvasObject
	onCount  []func(int)
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
	sc.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(sc.findings), numCols },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, widget.NewIcon(nil), nil, l)
		},
		sc.updateCell,
	)
	sc.table.ShowHeaderColumn = false
	sc.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		l := o.(*widget.Label)
		l.TextStyle.Bold = true
		l.SetText([]string{lang.L("controlli.col.gravita"), lang.L("controlli.col.sezione"), lang.L("controlli.col.riga"),
			lang.L("controlli.col.valori"), lang.L("controlli.col.messaggio")}[id.Col])
	}
	for c, w := range colWidths {
		sc.table.SetColumnWidth(c, w)
	}
	sc.table.OnSelected = func(id widget.TableCellID) {
		sc.table.UnselectAll() // the same finding can be opened again
		if id.Row >= 0 && id.Row < len(sc.findings) && sc.goTo != nil {
			f := sc.findings[id.Row]
			sc.goTo(session.Target{Sezione: f.Sezione, Anno: f.Anno, ID: f.ID, Campo: f.Campo})
		}
	}
	hint := widget.NewLabel(lang.L("controlli.suggerimento"))
	hint.Importance = widget.LowImportance
	sc.content = container.NewBorder(container.NewVBox(sc.summary, hint), nil, nil, nil, sc.table)
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
	sc.table.Select(widget.TableCellID{Row: r, Col: colMessaggio})
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
	sc.table.Refresh()
}

func (sc *Screen) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Row >= len(sc.findings) {
		return
	}
	f := sc.findings[id.Row]
	c := o.(*fyne.Container)
	l := c.Objects[0].(*widget.Label)
	icon := c.Objects[1].(*widget.Icon)
	icon.Hide()
	l.Importance = widget.MediumImportance
	var text string
	switch id.Col {
	case colGravita:
		icon.Show()
		if f.Gravita == model.Errore {
			icon.SetResource(theme.NewErrorThemedResource(theme.ErrorIcon()))
			text = lang.L("controlli.errore")
			l.Importance = widget.DangerImportance
		} else {
			icon.SetResource(theme.NewWarningThemedResource(theme.WarningIcon()))
			text = lang.L("controlli.avviso")
			l.Importance = widget.WarningImportance
		}
	case colSezione:
		text = model.TitoloSezione(f.Sezione)
	case colRiga:
		text = f.Riga
		if text == "" && f.Anno != 0 {
			text = fmt.Sprint(f.Anno)
		}
	case colValori:
		text = f.Valori
	case colMessaggio:
		text = f.Messaggio
	}
	l.SetText(text)
}
