package inizio

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
	"pianoperformance/ui/session"
)

// Qualita summarises the quality of the objectives (D.Lgs 150/2009 art. 5
// c.2): how many requirements are met, how many are not and how many wait
// for the comune's judgement, with the same per requirement a click away
// («Per requisito…»); how many Areas have far more objectives than the
// others (the findings are in Controlli); the printout for the Nucleo.
// Counts and single lines, no paragraphs: the start screen draws at once
// (docs/benchmark-finestra.md).
type Qualita struct {
	s  *session.Session
	w  fyne.Window
	az Azioni

	summary *field.Line
	esiti   [3]*widget.Label // sì, no, da confermare
	aree    *field.Line
	avvisi  *fyne.Container // aree and the way to Controlli
	next    *widget.Button
	print   *widget.Button
	detail  *widget.Button
	content fyne.CanvasObject

	nextID     int64 // the first objective with a requirement to confirm
	counts     [3]int
	perCrit    [][3]int        // per criterion of model.CriteriQualita
	areeAvvisi []model.Finding // the Areas with far more objectives
}

// NewQualita builds the panel.
func NewQualita(s *session.Session, w fyne.Window, az Azioni) *Qualita {
	p := &Qualita{s: s, w: w, az: az}
	p.summary = field.NewLine("")
	for i := range p.esiti {
		p.esiti[i] = widget.NewLabel("")
	}
	p.detail = widget.NewButtonWithIcon(lang.L("qualita.per.requisito"), theme.ListIcon(), p.showDetail)
	p.aree = field.NewLine("")
	p.aree.Importance = widget.WarningImportance
	controlli := widget.NewButtonWithIcon(lang.L("qualita.vedi.controlli"), theme.WarningIcon(), call(az.Controlli))
	p.avvisi = container.NewBorder(nil, nil, nil, controlli, p.aree)
	p.next = widget.NewButtonWithIcon(lang.L("qualita.prossimo"), theme.NavigateNextIcon(), func() {
		if p.az.Obiettivo != nil && p.nextID != 0 {
			p.az.Obiettivo(p.nextID)
		}
	})
	p.print = widget.NewButtonWithIcon(lang.L("qualita.stampa"), theme.DocumentPrintIcon(), call(az.StampaQualita))
	// One count a line: side by side they asked for more width than the
	// window's first size leaves the column, and widened the window.
	counts := container.NewBorder(nil, nil, nil, p.detail, container.NewVBox(p.esiti[0], p.esiti[1], p.esiti[2]))
	p.content = container.NewVBox(p.summary, counts, p.avvisi, container.NewHBox(p.next, p.print))
	return p
}

func (p *Qualita) Title() string              { return lang.L("qualita.titolo") }
func (p *Qualita) Content() fyne.CanvasObject { return p.content }

// Counts are the totals of the outcomes (sì, no, da confermare), for tests.
func (p *Qualita) Counts() [3]int { return p.counts }

// Avvisi are the findings about the Areas the panel counts, for tests.
func (p *Qualita) Avvisi() []model.Finding { return p.areeAvvisi }

// Refresh counts the outcomes again.
func (p *Qualita) Refresh() {
	plan := p.s.Plan
	qq := model.ValutaQualita(plan)
	p.counts = [3]int{}
	p.perCrit = nil
	p.nextID = 0
	for _, c := range model.CriteriQualita {
		var n [3]int
		for _, q := range qq {
			switch q.Voce(c.Criterio).Esito {
			case model.QualitaSi:
				n[0]++
			case model.QualitaNo:
				n[1]++
			default:
				n[2]++
				if p.nextID == 0 {
					p.nextID = q.ObiettivoID
				}
			}
		}
		for k := range n {
			p.counts[k] += n[k]
		}
		p.perCrit = append(p.perCrit, n)
	}
	p.summary.SetText(lang.L("qualita.riepilogo", map[string]any{"N": len(qq)}))
	keys := [3]string{"qualita.conta.si", "qualita.conta.no", "qualita.conta.da.confermare"}
	colours := [3]widget.Importance{widget.SuccessImportance, widget.DangerImportance, widget.WarningImportance}
	for k, l := range p.esiti {
		l.Importance = widget.MediumImportance
		if p.counts[k] > 0 {
			l.Importance = colours[k]
		}
		l.SetText(lang.L(keys[k], map[string]any{"N": p.counts[k]}))
	}
	p.areeAvvisi = model.CheckQualita(plan)
	if n := len(p.areeAvvisi); n > 0 {
		p.aree.SetText(lang.L("qualita.avvisi.aree", map[string]any{"N": n}))
		p.avvisi.Show()
	} else {
		p.avvisi.Hide()
	}
	if p.nextID == 0 {
		p.next.Hide()
	} else {
		p.next.Show()
	}
	if len(qq) == 0 {
		p.print.Disable()
		p.detail.Disable()
	} else {
		p.print.Enable()
		p.detail.Enable()
	}
}

// detailGrid is the outcomes per requirement: what the panel counts,
// requirement by requirement; those only the comune can judge in italics.
func (p *Qualita) detailGrid() *fyne.Container {
	head := func(t string, align fyne.TextAlign) *widget.Label {
		return widget.NewLabelWithStyle(t, align, fyne.TextStyle{Bold: true})
	}
	cells := []fyne.CanvasObject{
		head(lang.L("qualita.requisito"), fyne.TextAlignLeading), head(lang.L("qualita.si"), fyne.TextAlignTrailing),
		head(lang.L("qualita.no"), fyne.TextAlignTrailing), head(lang.L("qualita.da.confermare"), fyne.TextAlignTrailing)}
	for i, c := range model.CriteriQualita {
		name := widget.NewLabel(c.Titolo)
		name.TextStyle.Italic = !c.Automatico
		cells = append(cells, name)
		for k, n := range p.perCrit[i] {
			l := widget.NewLabelWithStyle(fmt.Sprint(n), fyne.TextAlignTrailing, fyne.TextStyle{})
			if k == 1 && n > 0 {
				l.Importance = widget.DangerImportance
			}
			if k == 2 && c.Automatico && n == 0 {
				l.Text = "—" // the program judges it: nothing to confirm
			}
			cells = append(cells, l)
		}
	}
	return container.NewGridWithColumns(4, cells...)
}

// showDetail shows the outcomes per requirement.
func (p *Qualita) showDetail() {
	hint := widget.NewLabel(lang.L("qualita.spiega"))
	hint.Wrapping = fyne.TextWrapWord
	hint.TextStyle.Italic = true
	d := dialog.NewCustom(lang.L("qualita.per.requisito.titolo"), lang.L("qualita.chiudi"),
		container.NewVBox(p.detailGrid(), hint), p.w)
	d.Resize(fyne.NewSize(640, d.MinSize().Height))
	d.Show()
}

// Browsing: looking at the detail, printing and going to an objective or
// to Controlli change nothing.
func (p *Qualita) Browsing() []fyne.CanvasObject {
	return []fyne.CanvasObject{p.print, p.next, p.avvisi, p.detail}
}
