// Package popolazione is the "Popolazione" screen: the yearly demographic
// table edited like a spreadsheet, with the two derived yearly changes side
// by side, the trend chart, and the age bands by year.
package popolazione

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/chart"
	"pianoperformance/model"
	"pianoperformance/ui/chartview"
	"pianoperformance/ui/field"
	"pianoperformance/ui/session"
)

// Screen is the "Popolazione" screen.
type Screen struct {
	s       *session.Session
	w       fyne.Window
	anni    *field.Grid
	fasce   *fasce
	chart   *chartview.View
	content fyne.CanvasObject
}

// campi are the editable columns, by the model's json name, in order.
var campi = []string{"anno", "residenti", "maschi", "femmine", "famiglie", "immigrati", "emigrati", "nati", "morti"}

func get(r model.PopolazioneAnno, campo string) int {
	switch campo {
	case "anno":
		return r.Anno
	case "residenti":
		return r.Residenti
	case "maschi":
		return r.Maschi
	case "femmine":
		return r.Femmine
	case "famiglie":
		return r.Famiglie
	case "immigrati":
		return r.Immigrati
	case "emigrati":
		return r.Emigrati
	case "nati":
		return r.Nati
	}
	return r.Morti
}

func set(r *model.PopolazioneAnno, campo string, v int) {
	switch campo {
	case "residenti":
		r.Residenti = v
	case "maschi":
		r.Maschi = v
	case "femmine":
		r.Femmine = v
	case "famiglie":
		r.Famiglie = v
	case "immigrati":
		r.Immigrati = v
	case "emigrati":
		r.Emigrati = v
	case "nati":
		r.Nati = v
	case "morti":
		r.Morti = v
	}
}

// New builds the screen on the session's plan.
func New(s *session.Session, w fyne.Window) session.Screen {
	p := &Screen{s: s, w: w}
	p.build()
	p.Refresh()
	return p
}

func (p *Screen) Title() string { return lang.L("popolazione.titolo") }

func (p *Screen) Content() fyne.CanvasObject { return p.content }

func (p *Screen) rows() []model.PopolazioneAnno { return p.s.Plan.Popolazione }

func (p *Screen) build() {
	cols := []field.Column{
		field.YearCol(lang.L("popolazione.anno"), 62,
			func(r int) int { return p.rows()[r].Anno },
			func(r, v int) error { return p.setAnno(r, v) }),
	}
	for _, c := range campi[1:] {
		c := c
		cols = append(cols, field.IntCol(lang.L("popolazione."+c), 88,
			func(r int) int { return get(p.rows()[r], c) },
			func(r, v int) error {
				return p.save(r, lang.L("popolazione."+c), func(x *model.PopolazioneAnno) { set(x, c, v) })
			}))
	}
	cols = append(cols,
		field.DerivedCol(lang.L("popolazione.variazione"), 96, func(r int) (string, bool) {
			v, ok := p.s.Plan.Variazione(p.rows()[r].Anno)
			if !ok {
				return "—", false
			}
			return field.FormatSigned(v), v != p.rows()[r].Saldo()
		}),
		field.DerivedCol(lang.L("popolazione.saldo"), 90, func(r int) (string, bool) {
			row := p.rows()[r]
			v, ok := p.s.Plan.Variazione(row.Anno)
			return field.FormatSigned(row.Saldo()), ok && v != row.Saldo()
		}),
		field.DerivedCol(lang.L("popolazione.mf"), 80, func(r int) (string, bool) {
			row := p.rows()[r]
			return model.FormatInt(row.Maschi + row.Femmine), row.Maschi+row.Femmine != row.Residenti
		}),
		field.ButtonCol("", 36, theme.DeleteIcon(), p.askDelete),
	)
	p.anni = field.NewGrid(cols...)
	p.anni.OnInvalid = p.s.ReportInvalid
	add := widget.NewButtonWithIcon(lang.L("popolazione.anno.aggiungi"), theme.ContentAddIcon(), p.addAnno)
	legenda := widget.NewLabel(lang.L("popolazione.legenda"))
	legenda.Wrapping = fyne.TextWrapWord
	legenda.TextStyle.Italic = true

	p.chart = chartview.New(fyne.NewSize(480, 420))
	p.fasce = newFasce(p)
	top := field.Section(lang.L("popolazione.tabella"), p.anni.Content, container.NewHBox(add), legenda)
	p.content = container.NewVScroll(container.NewPadded(container.NewVBox(
		top,
		container.NewGridWithColumns(2,
			field.Section(lang.L("popolazione.grafico"), p.chart),
			p.fasce.content),
	)))
}

// Refresh shows the plan as it is now and redraws the chart.
func (p *Screen) Refresh() {
	p.anni.SetRows(len(p.rows()))
	p.fasce.refresh()
	// Drawn off the UI goroutine, from a copy of the figures.
	snap := &model.Plan{Ente: p.s.Plan.Ente, Piano: p.s.Plan.Piano, Popolazione: slices.Clone(p.s.Plan.Popolazione)}
	p.chart.SetFigure(func() (*chart.Figure, error) { return chart.ResidentiFigure(snap) })
}

// Show focuses the cell of a year and field, or a band count.
func (p *Screen) Show(t session.Target) {
	if t.ID != 0 || t.Campo == "fasce" {
		p.fasce.show(t)
		return
	}
	r := slices.IndexFunc(p.rows(), func(x model.PopolazioneAnno) bool { return x.Anno == t.Anno })
	c := slices.Index(campi, t.Campo)
	if r < 0 {
		r = 0
	}
	if c < 0 {
		c = 1
	}
	p.anni.FocusCell(r, c)
}

// save stores one change of row r, undoably.
func (p *Screen) save(r int, label string, mut func(*model.PopolazioneAnno)) error {
	nu := p.rows()[r]
	mut(&nu)
	return p.s.SavePopolazioneAnno(fmt.Sprintf("%s %d", label, nu.Anno), nu)
}

// setAnno renumbers a year: the store moves the record in one transaction,
// and the undo moves it back the same way.
func (p *Screen) setAnno(r, anno int) error {
	old := p.rows()[r]
	if old.Anno == anno {
		return nil
	}
	if _, exists := p.s.Plan.PopolazioneDi(anno); exists {
		return fmt.Errorf(lang.L("popolazione.anno.esiste"), anno)
	}
	return p.s.RenumberPopolazioneAnno(lang.L("popolazione.anno"), old.Anno, anno)
}

// addAnno adds the year after the last one and puts the cursor on its
// residents, the first figure a clerk types.
func (p *Screen) addAnno() {
	anno := p.s.Plan.Piano.Anno - 1
	if last, ok := p.s.Plan.UltimaPopolazione(); ok {
		anno = last.Anno + 1
	}
	nu := model.PopolazioneAnno{Anno: anno}
	if p.s.SavePopolazioneAnno(fmt.Sprintf(lang.L("popolazione.anno.aggiunto"), anno), nu) == nil {
		r := slices.IndexFunc(p.rows(), func(x model.PopolazioneAnno) bool { return x.Anno == anno })
		p.anni.FocusCell(r, 1)
	}
}

func (p *Screen) askDelete(r int) {
	old := p.rows()[r]
	d := dialog.NewConfirm(lang.L("popolazione.anno.elimina"),
		fmt.Sprintf(lang.L("popolazione.anno.elimina.domanda"), old.Anno),
		func(ok bool) {
			if ok {
				_ = p.s.DeletePopolazioneAnno(fmt.Sprintf(lang.L("popolazione.anno.eliminato"), old.Anno), old.Anno)
			}
		}, p.w)
	d.SetConfirmText(lang.L("comune.elimina"))
	d.SetDismissText(lang.L("comune.annulla"))
	d.Show()
}
