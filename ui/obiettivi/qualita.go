package obiettivi

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
)

// qualRow is the widgets of one requirement of the checklist.
type qualRow struct {
	info   model.InfoCriterio
	esito  *widget.Label
	motivo *widget.Label
	// The comune's judgement, where the program cannot tell.
	scelta *widget.RadioGroup
	note   *field.Field[string]
	ask    *fyne.Container
}

// qualita is the objective's checklist against D.Lgs 150/2009 art. 5 c.2:
// for each requirement what the program found and, where it cannot tell,
// the comune's judgement, saved at once and undoable.
type qualita struct {
	e       *editor
	rows    []*qualRow
	area    *widget.Label // the Area has far more objectives than the others
	content fyne.CanvasObject
}

var qualCols = cols{1.3, 0.7, 2.6}

func newQualita(e *editor) *qualita {
	q := &qualita{e: e}
	q.area = widget.NewLabel("")
	q.area.Wrapping = fyne.TextWrapWord
	q.area.Importance = widget.WarningImportance
	q.area.Hide()
	head := container.New(qualCols, bold("qualita.requisito"), bold("qualita.esito"), bold("qualita.motivo"))
	box := container.NewVBox(q.area, head, widget.NewSeparator())
	choices := []string{lang.L("qualita.si"), lang.L("qualita.no"), lang.L("qualita.da.confermare")}
	for _, info := range model.CriteriQualita {
		r := &qualRow{info: info, esito: widget.NewLabel(""), motivo: widget.NewLabel("")}
		r.motivo.Wrapping = fyne.TextWrapWord
		r.esito.TextStyle.Bold = true
		name := widget.NewLabelWithStyle(info.Titolo, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		law := widget.NewLabel(info.Fonte + ": " + info.Testo)
		law.Wrapping = fyne.TextWrapWord
		law.TextStyle.Italic = true
		law.SizeName = theme.SizeNameCaptionText
		r.scelta = widget.NewRadioGroup(choices, nil)
		r.scelta.Horizontal = true
		r.scelta.OnChanged = func(v string) { q.judge(r, v) }
		r.note = typing(e, field.NewText(func(v string) error { return q.annotate(r, v) }))
		r.note.SetPlaceHolder(lang.L("qualita.note"))
		r.ask = container.NewVBox(widget.NewLabel(lang.L("qualita.domanda")), r.scelta, r.note)
		box.Add(container.New(qualCols, container.NewVBox(name, law), r.esito, container.NewVBox(r.motivo, r.ask)))
		box.Add(widget.NewSeparator())
		q.rows = append(q.rows, r)
	}
	q.content = container.NewVScroll(box)
	return q
}

func (q *qualita) entries() []entry {
	var out []entry
	for _, r := range q.rows {
		out = append(out, r.note)
	}
	return out
}

// load shows the checklist of o and says how many requirements it meets.
func (q *qualita) load(p *model.Plan, o *model.Obiettivo) string {
	bare := *p
	bare.ConfermeQualita = nil
	auto := model.QualitaDi(&bare, *o)
	check := model.QualitaDi(p, *o)
	for _, r := range q.rows {
		v := check.Voce(r.info.Criterio)
		r.esito.SetText(esito(v))
		r.esito.Importance = importance(v.Esito)
		r.esito.Refresh()
		r.motivo.SetText(v.Motivo)
		if auto.Voce(r.info.Criterio).Esito != model.QualitaDaConfermare {
			r.ask.Hide()
			continue
		}
		r.ask.Show()
		switch {
		case !v.Confermata:
			r.scelta.SetSelected(lang.L("qualita.da.confermare"))
			r.note.SetValue("")
			r.note.Disable()
		case v.Esito == model.QualitaSi:
			r.scelta.SetSelected(lang.L("qualita.si"))
		default:
			r.scelta.SetSelected(lang.L("qualita.no"))
		}
		if v.Confermata {
			r.motivo.SetText("")
			r.note.SetValue(v.Motivo)
			r.note.Enable()
		}
	}
	q.area.Hide()
	for _, f := range model.CheckQualita(p) {
		if f.ID == o.AreaID && o.AreaID != 0 {
			q.area.SetText(f.Riga + ": " + f.Valori + ". " + f.Messaggio)
			q.area.Show()
		}
	}
	si, _, _ := check.Conta()
	return fmt.Sprintf("%s (%d/%d)", lang.L("obiettivi.tab.qualita"), si, len(check.Voci))
}

func esito(v model.VoceQualita) string {
	s := lang.L("qualita.da.confermare")
	switch v.Esito {
	case model.QualitaSi:
		s = lang.L("qualita.si")
	case model.QualitaNo:
		s = lang.L("qualita.no")
	}
	if v.Confermata {
		s += " " + lang.L("qualita.confermato")
	}
	return s
}

func importance(e model.EsitoQualita) widget.Importance {
	switch e {
	case model.QualitaSi:
		return widget.SuccessImportance
	case model.QualitaNo:
		return widget.DangerImportance
	}
	return widget.WarningImportance
}

// judge saves the comune's judgement of a requirement, or takes it back.
func (q *qualita) judge(r *qualRow, choice string) {
	e := q.e
	if e.loading || e.id == 0 {
		return
	}
	o := e.sc.s.Plan.ObiettivoByID(e.id)
	if o == nil {
		return
	}
	what := lang.L("qualita.etichetta", map[string]any{"Requisito": r.info.Titolo, "Obiettivo": label(o)})
	if choice == lang.L("qualita.da.confermare") {
		if cur := model.QualitaDi(e.sc.s.Plan, *o).Voce(r.info.Criterio); cur.Confermata {
			_ = e.sc.s.DeleteConfermaQualita(what, e.id, r.info.Criterio)
		}
		return
	}
	c := model.ConfermaQualita{ObiettivoID: e.id, Criterio: r.info.Criterio, Esito: choice == lang.L("qualita.si"), Note: r.note.Text}
	_ = e.sc.s.SaveConfermaQualita(what, c)
}

// annotate saves the note of a judgement already given.
func (q *qualita) annotate(r *qualRow, note string) error {
	e := q.e
	o := e.sc.s.Plan.ObiettivoByID(e.id)
	if o == nil {
		return nil
	}
	v := model.QualitaDi(e.sc.s.Plan, *o).Voce(r.info.Criterio)
	if !v.Confermata {
		return nil
	}
	what := lang.L("qualita.etichetta", map[string]any{"Requisito": r.info.Titolo, "Obiettivo": label(o)})
	return e.sc.s.SaveConfermaQualita(what, model.ConfermaQualita{ObiettivoID: e.id, Criterio: r.info.Criterio,
		Esito: v.Esito == model.QualitaSi, Note: note})
}
