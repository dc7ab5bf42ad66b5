package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
)

// nextYear is the plan for the following year, with the years inside its
// texts moved on, and the list of what was moved or left alone (see
// model.PianoAnnoSuccessivoConTesti), which the window shows once the new
// plan is open.
func nextYear(cur *model.Plan) (*model.Plan, []model.Revisione) {
	return model.PianoAnnoSuccessivoConTesti(cur)
}

// emptyPlan keeps only the comune and starts the year after the current
// plan (or this year), with the usual checkpoints and evaluation system:
// the clerk fills in the rest.
func emptyPlan(cur *model.Plan) *model.Plan {
	anno := time.Now().Year()
	p := &model.Plan{Piano: model.Piano{Titolo: "Piano della Performance e Piano degli Obiettivi", Stato: model.StatoBozza},
		SMVP: model.SMVPPredefinito()}
	if cur != nil {
		p.Ente = cur.Ente
		p.Piano.Sezione, p.Piano.Sottosezione = cur.Piano.Sezione, cur.Piano.Sottosezione
		if cur.Piano.Anno != 0 {
			anno = cur.Piano.Anno + 1
		}
		if len(cur.SMVP.Fasce) > 0 || cur.SMVP.Massimo != 0 {
			p.SMVP = cur.SMVP
		}
	}
	p.Piano.Anno, p.Piano.AnnoInizio, p.Piano.AnnoFine = anno, anno, anno+2
	p.Verifiche = model.VerificheStandard(anno)
	for i := range p.Verifiche {
		p.Verifiche[i].ID = int64(i + 1)
	}
	model.NormalizePlan(p)
	return p
}

// showReview lists what next year's plan moved in its texts, and the
// years it left alone for the clerk to look at; once.
func (f *frame) showReview() {
	rev := f.review
	f.review = nil
	if len(rev) == 0 {
		return
	}
	var changed, doubts []string
	for _, r := range rev {
		for _, c := range r.Cambi {
			changed = append(changed, "- "+r.Dove+": "+c)
		}
		for _, d := range r.Dubbi {
			doubts = append(doubts, "- "+r.Dove+": "+d)
		}
	}
	var md strings.Builder
	md.WriteString(lang.L("revisione.intro") + "\n\n")
	if len(doubts) > 0 {
		md.WriteString("## " + lang.L("revisione.dubbi", map[string]any{"N": len(doubts)}) + "\n\n")
		md.WriteString(strings.Join(doubts, "\n") + "\n\n")
	}
	if len(changed) > 0 {
		md.WriteString("## " + lang.L("revisione.cambi", map[string]any{"N": len(changed)}) + "\n\n")
		md.WriteString(strings.Join(changed, "\n") + "\n")
	}
	text := widget.NewRichTextFromMarkdown(md.String())
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.L("revisione.titolo"), lang.L("revisione.chiudi"), container.NewVScroll(text), f.w)
	sz := f.w.Canvas().Size()
	d.Resize(fyne.NewSize(min(900, max(sz.Width-60, 500)), min(560, max(sz.Height-60, 400))))
	d.Show()
	f.reviewDialog = d
}
