package inizio

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

// Qualita summarises the quality of the objectives (D.Lgs 150/2009 art. 5
// c.2): per requirement how many meet it, how many do not and how many
// wait for the comune's judgement; the Areas with far more objectives than
// the others; the printout for the Nucleo.
type Qualita struct {
	s  *session.Session
	az Azioni

	grid    *fyne.Container
	cells   [][3]*widget.Label // per criterion: sì, no, da confermare
	aree    *fyne.Container
	next    *widget.Button
	print   *widget.Button
	content fyne.CanvasObject
	nextID  int64 // the first objective with a requirement to confirm
	summary *widget.Label
	counts  [3]int
}

// NewQualita builds the panel.
func NewQualita(s *session.Session, az Azioni) *Qualita {
	p := &Qualita{s: s, az: az}
	head := func(t string, align fyne.TextAlign) *widget.Label {
		return widget.NewLabelWithStyle(t, align, fyne.TextStyle{Bold: true})
	}
	p.grid = container.NewGridWithColumns(4,
		head(lang.L("qualita.requisito"), fyne.TextAlignLeading), head(lang.L("qualita.si"), fyne.TextAlignTrailing),
		head(lang.L("qualita.no"), fyne.TextAlignTrailing), head(lang.L("qualita.da.confermare"), fyne.TextAlignTrailing))
	for _, c := range model.CriteriQualita {
		name := widget.NewLabel(c.Titolo)
		if !c.Automatico {
			name.TextStyle.Italic = true
		}
		var row [3]*widget.Label
		p.grid.Add(name)
		for i := range row {
			row[i] = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{})
			p.grid.Add(row[i])
		}
		p.cells = append(p.cells, row)
	}
	p.summary = widget.NewLabel("")
	p.summary.Wrapping = fyne.TextWrapWord
	p.aree = container.NewVBox()
	p.next = widget.NewButtonWithIcon(lang.L("qualita.prossimo"), theme.NavigateNextIcon(), func() {
		if p.az.Obiettivo != nil && p.nextID != 0 {
			p.az.Obiettivo(p.nextID)
		}
	})
	p.print = widget.NewButtonWithIcon(lang.L("qualita.stampa"), theme.DocumentPrintIcon(), call(az.StampaQualita))
	hint := widget.NewLabel(lang.L("qualita.spiega"))
	hint.Wrapping = fyne.TextWrapWord
	hint.TextStyle.Italic = true
	hint.SizeName = theme.SizeNameCaptionText
	p.content = container.NewVBox(p.summary, p.grid, hint, p.aree, container.NewHBox(p.next, p.print))
	return p
}

func (p *Qualita) Title() string              { return lang.L("qualita.titolo") }
func (p *Qualita) Content() fyne.CanvasObject { return p.content }

// Counts are the totals of the outcomes (sì, no, da confermare), for tests.
func (p *Qualita) Counts() [3]int { return p.counts }

// Refresh counts the outcomes again.
func (p *Qualita) Refresh() {
	plan := p.s.Plan
	qq := model.ValutaQualita(plan)
	p.counts = [3]int{}
	p.nextID = 0
	for i, c := range model.CriteriQualita {
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
			p.cells[i][k].SetText(fmt.Sprint(n[k]))
			p.counts[k] += n[k]
		}
		p.cells[i][1].Importance = widget.MediumImportance
		if n[1] > 0 {
			p.cells[i][1].Importance = widget.DangerImportance
		}
		p.cells[i][1].Refresh()
	}
	p.summary.SetText(lang.L("qualita.riepilogo", map[string]any{"N": len(qq)}))
	p.aree.Objects = nil
	for _, f := range model.CheckQualita(plan) {
		l := widget.NewLabel(f.Riga + ": " + f.Valori + ". " + f.Messaggio)
		l.Wrapping = fyne.TextWrapWord
		l.Importance = widget.WarningImportance
		p.aree.Add(l)
	}
	p.aree.Refresh()
	if p.nextID == 0 {
		p.next.Hide()
	} else {
		p.next.Show()
	}
	if len(qq) == 0 {
		p.print.Disable()
	} else {
		p.print.Enable()
	}
}

// Browsing: printing and going to an objective change nothing.
func (p *Qualita) Browsing() []fyne.CanvasObject { return []fyne.CanvasObject{p.print, p.next} }
