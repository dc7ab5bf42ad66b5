package relazione

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
)

// validazioni is the Nucleo's validation: a sheet with one row per
// objective measured at the year-end checkpoint (the degree computed
// beside the one validated, the date, the minute and the remarks, and the
// share of incentive the bands give), and under it the verdict on the
// Relazione as a whole.
type validazioni struct {
	sc    *Screen
	val   *model.Valutazione
	rows  []*model.EsitoObiettivo
	sheet *field.Sheet
	note  *widget.Label

	esito             *widget.Select
	esiti             []model.EsitoValidazione
	data              *field.Field[*model.Date]
	verbale, osservaz *field.Field[string]
	loading           bool
	totale            *widget.Label
	content           fyne.CanvasObject
	relForm           fyne.CanvasObject
}

const (
	vCodice = iota
	vTitolo
	vCalcolato
	vValidato
	vData
	vVerbale
	vNote
	vQuota
	vNumCols
)

func newValidazioni(sc *Screen) *validazioni {
	v := &validazioni{sc: sc}
	label := func(bold bool, align fyne.TextAlign) func(func() int) fyne.CanvasObject {
		return func(func() int) fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			l.TextStyle.Bold, l.Alignment = bold, align
			return l
		}
	}
	text := func(get func(e *model.EsitoObiettivo) string) func(int, fyne.CanvasObject) {
		return func(r int, o fyne.CanvasObject) { o.(*widget.Label).SetText(get(v.rows[r])) }
	}
	col := func(key string, w float32, create func(func() int) fyne.CanvasObject, update func(int, fyne.CanvasObject)) field.SheetColumn {
		return field.SheetColumn{Title: lang.L(key), Width: w, Create: create, Update: update}
	}
	cols := make([]field.SheetColumn, vNumCols)
	cols[vCodice] = col("relazione.col.codice", 74, label(true, fyne.TextAlignLeading), text(func(e *model.EsitoObiettivo) string {
		return e.Obiettivo.Codice
	}))
	cols[vTitolo] = col("relazione.col.obiettivo", 240, label(false, fyne.TextAlignLeading), text(func(e *model.EsitoObiettivo) string {
		return oneLine(e.Obiettivo.Intestazione())
	}))
	cols[vCalcolato] = col("relazione.col.calcolato", 96, label(true, fyne.TextAlignTrailing), text(func(e *model.EsitoObiettivo) string {
		return perc(e.Percentuale)
	}))
	cols[vValidato] = col("relazione.col.validato", 104, func(row func() int) fyne.CanvasObject {
		return field.NewOptNumber(v.checkCap, func(p *float64) error {
			return v.save(row(), func(x *model.Validazione) { x.Percentuale = p })
		})
	}, func(r int, o fyne.CanvasObject) { o.(*field.Field[*float64]).SetValue(v.current(r).Percentuale) })
	cols[vData] = col("relazione.col.data", 116, func(row func() int) fyne.CanvasObject {
		return field.NewOptDate(func(d *model.Date) error { return v.save(row(), func(x *model.Validazione) { x.Data = d }) })
	}, func(r int, o fyne.CanvasObject) { o.(*field.Field[*model.Date]).SetValue(v.current(r).Data) })
	cols[vVerbale] = col("relazione.col.verbale", 96, func(row func() int) fyne.CanvasObject {
		return field.NewText(func(s string) error { return v.save(row(), func(x *model.Validazione) { x.Verbale = s }) })
	}, func(r int, o fyne.CanvasObject) { o.(*field.Field[string]).SetValue(v.current(r).Verbale) })
	cols[vNote] = col("relazione.col.note", 300, func(row func() int) fyne.CanvasObject {
		return field.NewText(func(s string) error { return v.save(row(), func(x *model.Validazione) { x.Note = s }) })
	}, func(r int, o fyne.CanvasObject) { o.(*field.Field[string]).SetValue(v.current(r).Note) })
	cols[vQuota] = col("relazione.col.quota", 112, label(false, fyne.TextAlignTrailing), text(func(e *model.EsitoObiettivo) string {
		return perc(e.Quota)
	}))
	v.sheet = field.NewSheet(2, cols...)
	v.sheet.OnInvalid = sc.invalid
	v.sheet.Undo = func() { _ = sc.s.Undo() }
	v.sheet.ReadOnly = func(int, int) bool { return sc.s.ReadOnly() || !sc.s.CanEditAll() }
	v.note = widget.NewLabel("")
	v.note.Wrapping = fyne.TextWrapWord
	v.totale = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.totale.Wrapping = fyne.TextWrapWord

	// The Relazione as a whole.
	v.esiti = []model.EsitoValidazione{model.ValidazioneNonAncora, model.ValidazioneValidata, model.ValidazioneConRilievi, model.ValidazioneNonValidata}
	var labels []string
	for _, e := range v.esiti {
		labels = append(labels, e.Etichetta())
	}
	v.esito = widget.NewSelect(labels, func(l string) {
		if v.loading {
			return
		}
		for i, x := range labels {
			if x == l {
				_ = v.saveRel(func(r *model.ValidazioneRelazione) { r.Esito = v.esiti[i] })
			}
		}
	})
	v.data = field.NewOptDate(func(d *model.Date) error { return v.saveRel(func(r *model.ValidazioneRelazione) { r.Data = d }) })
	v.verbale = field.NewText(func(s string) error { return v.saveRel(func(r *model.ValidazioneRelazione) { r.Verbale = s }) })
	v.osservaz = field.NewMultiLine(2, func(s string) error {
		return v.saveRel(func(r *model.ValidazioneRelazione) { r.Note = s })
	})
	for _, f := range []interface{ SetOnInvalid(func(error)) }{v.data, v.verbale, v.osservaz} {
		f.SetOnInvalid(sc.invalid)
	}
	v.relForm = field.NewForm().
		Add(lang.L("relazione.esito"), container.NewGridWithColumns(3, v.esito,
			container.NewBorder(nil, nil, widget.NewLabel(lang.L("relazione.data")), nil, v.data),
			container.NewBorder(nil, nil, widget.NewLabel(lang.L("relazione.verbale")), nil, v.verbale))).
		Add(lang.L("relazione.osservazioni"), v.osservaz)
	head := container.NewVBox(v.note, v.totale)
	bottom := field.Section(lang.L("relazione.validazione.intera"), v.relForm)
	v.content = container.NewBorder(head, bottom, nil, nil, v.sheet.Content)
	return v
}

// current is row r's validation as stored, or an empty one.
func (v *validazioni) current(r int) model.Validazione {
	if r >= 0 && r < len(v.rows) {
		if x := v.rows[r].Obiettivo.Validazione; x != nil {
			return *x
		}
	}
	return model.Validazione{}
}

// checkCap refuses a validated degree out of 0 and the evaluation
// system's cap, with what is expected.
func (v *validazioni) checkCap(x float64) error {
	t := v.sc.s.Plan.SMVP.Tetto()
	if x < 0 || x > t+1e-9 {
		return errors.New(lang.L("relazione.errore.validato", map[string]any{"Max": model.FormatPerc(t)}))
	}
	return nil
}

// save stores row r's validation changed by change; one left empty is
// removed.
func (v *validazioni) save(r int, change func(x *model.Validazione)) error {
	if r < 0 || r >= len(v.rows) {
		return nil
	}
	o := v.rows[r].Obiettivo
	cur := v.current(r)
	change(&cur)
	var nu *model.Validazione
	if cur.Percentuale != nil || cur.Data != nil || cur.Verbale != "" || cur.Note != "" {
		nu = &cur
	}
	code := o.Codice
	if code == "" {
		code = oneLine(o.Intestazione())
	}
	return v.sc.s.SaveValidazione(lang.L("relazione.etichetta.validazione", map[string]any{"Codice": code}), o.ID, nu)
}

func (v *validazioni) saveRel(change func(r *model.ValidazioneRelazione)) error {
	if v.loading {
		return nil
	}
	rel := v.sc.s.Plan.Relazione
	change(&rel.Validazione)
	return v.sc.s.SaveRelazione(lang.L("relazione.etichetta.validazione.relazione"), rel)
}

// refresh measures the plan at its year-end checkpoint and reloads.
func (v *validazioni) refresh() {
	p := v.sc.s.Plan
	v.val, v.rows = nil, nil
	if fin := p.VerificaFinale(); fin != nil {
		v.val, _ = model.Valuta(p, fin.ID)
	}
	if v.val != nil {
		for i := range v.val.Obiettivi {
			v.rows = append(v.rows, &v.val.Obiettivi[i])
		}
		v.note.SetText(lang.L("relazione.validazione.nota", map[string]any{"Data": v.val.Verifica.Data.String()}))
		e := v.val.Ente
		t := lang.L("relazione.ente", map[string]any{"Calcolato": perc(e.Percentuale), "Validato": perc(e.Validata),
			"Validati": e.Validati, "Totale": len(v.rows)})
		if e.Quota != nil {
			t += " " + lang.L("relazione.quota", map[string]any{"Quota": perc(e.Quota)})
		}
		v.totale.SetText(t)
	} else {
		v.note.SetText(lang.L("relazione.senza.verifiche"))
		v.totale.SetText("")
	}
	v.sheet.SetRows(len(v.rows))
	v.loading = true
	defer func() { v.loading = false }()
	rel := p.Relazione.Validazione
	for i, e := range v.esiti {
		if e == rel.Esito {
			v.esito.SetSelected(v.esito.Options[i])
		}
	}
	v.data.SetValue(rel.Data)
	v.verbale.SetValue(rel.Verbale)
	v.osservaz.SetValue(rel.Note)
}

// show focuses the validated degree of an objective.
func (v *validazioni) show(id int64) {
	for r, e := range v.rows {
		if e.Obiettivo.ID == id {
			v.sheet.FocusCell(r, vValidato)
			return
		}
	}
}
