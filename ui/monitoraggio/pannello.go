package monitoraggio

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
)

// pannello is the objective of the row being edited, at the checkpoint
// shown: how the indicator's degree was reached, the progress note, the
// outcome of the objective as a whole and the state of its phases.
type pannello struct {
	sc    *Screen
	obID  int64 // the objective shown, 0 for none (or the ente's indicators)
	title *widget.Label
	how   *widget.Label // the row's target as read, and how its degree came

	nota            *field.Field[string]
	esito           *field.Field[string]
	punteggio       *field.Field[*float64]
	mano            *widget.Button
	manoNote        *widget.Label
	left            fyne.CanvasObject
	fasiBox         *fyne.Container
	fasiSig         string
	fasi            []*faseRow
	right           fyne.CanvasObject
	content, detail fyne.CanvasObject
}

type faseRow struct {
	id    int64
	fatta *widget.Check
	data  *field.Field[*model.Date]
	stato *widget.Label
}

func newPannello(sc *Screen) *pannello {
	p := &pannello{sc: sc}
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.Truncation = fyne.TextTruncateEllipsis
	p.how = widget.NewLabel("")
	p.how.Wrapping = fyne.TextWrapWord
	p.how.TextStyle.Italic = true
	p.nota = field.NewMultiLine(2, func(v string) error { return p.saveAvanzamento(func(a *model.Avanzamento) { a.Nota = v }) })
	p.esito = field.NewText(func(v string) error { return p.saveAvanzamento(func(a *model.Avanzamento) { a.Esito = v }) })
	p.esito.SetPlaceHolder(lang.L("monitoraggio.esito.esempio"))
	p.punteggio = field.NewOptNumber(nonNegative, func(v *float64) error {
		return p.saveAvanzamento(func(a *model.Avanzamento) { a.Punteggio = v })
	})
	for _, f := range []interface{ SetOnInvalid(func(error)) }{p.nota, p.esito, p.punteggio} {
		f.SetOnInvalid(sc.sheet.OnInvalid)
	}
	p.mano = widget.NewButton("", p.askForzatura)
	p.manoNote = widget.NewLabel("")
	p.manoNote.Wrapping = fyne.TextWrapWord
	form := field.NewForm().
		Add(lang.L("monitoraggio.nota"), p.nota).
		Add(lang.L("monitoraggio.esito"), p.esito).
		Add(lang.L("monitoraggio.punteggio"), p.punteggio).
		Add(lang.L("monitoraggio.grado.obiettivo"), container.NewVBox(container.NewHBox(p.mano), p.manoNote))
	p.left = form
	p.fasiBox = container.NewVBox()
	p.right = field.Section(lang.L("monitoraggio.fasi"), p.fasiBox)
	split := container.NewHSplit(p.left, p.right)
	split.Offset = 0.55
	p.detail = split
	p.content = container.NewVScroll(container.NewVBox(p.title, p.how, p.detail))
	return p
}

func nonNegative(v float64) error {
	if v < 0 {
		return fmt.Errorf("%s", lang.L("monitoraggio.errore.punteggio"))
	}
	return nil
}

// row is the grid row being edited, nil if none.
func (p *pannello) row() *riga {
	r := p.sc.sheet.Current()
	if r < 0 || r >= len(p.sc.rows) {
		return nil
	}
	return &p.sc.rows[r]
}

// load shows the objective of the row being edited.
func (p *pannello) load() {
	row := p.row()
	var id int64
	if row != nil && row.ob != nil {
		id = row.ob.ID
	}
	if id != p.obID {
		// What was typed for the objective left behind is saved to it.
		for _, f := range []interface{ Flush() bool }{p.nota, p.esito, p.punteggio} {
			f.Flush()
		}
		for _, f := range []interface{ Revert() }{p.nota, p.esito, p.punteggio} {
			f.Revert()
		}
		p.obID = id
	}
	p.refreshFigures()
	v := p.sc.verifica()
	if row == nil || v == nil {
		p.title.SetText(lang.L("monitoraggio.pannello.vuoto"))
		p.detail.Hide()
		return
	}
	p.title.SetText(row.codice() + " – " + row.titolo())
	if row.ob == nil {
		p.detail.Hide()
		return
	}
	p.detail.Show()
	o := row.ob
	a := o.AvanzamentoAl(v.ID)
	var av model.Avanzamento
	if a != nil {
		av = *a
	}
	p.nota.SetValue(av.Nota)
	p.esito.SetValue(av.Esito)
	p.punteggio.SetValue(av.Punteggio)
	p.loadFasi(o, v)
	p.permit(o)
}

// permit enables in the panel what the user may change of objective o:
// a Responsabile di Area the progress, the note and the phases of their
// Area's objectives; the score and the override only who may change the
// whole plan.
func (p *pannello) permit(o *model.Obiettivo) {
	s := p.sc.s
	mine := !s.ReadOnly() && s.CanEditReadings(o)
	all := !s.ReadOnly() && s.CanEditAll()
	enable(mine, p.nota, p.esito)
	enable(all, p.punteggio, p.mano)
	for _, r := range p.fasi {
		enable(mine, r.fatta, r.data)
	}
}

func enable(on bool, ww ...fyne.Disableable) {
	for _, w := range ww {
		if on {
			w.Enable()
		} else {
			w.Disable()
		}
	}
}

// refreshFigures writes how the row's degree was reached and the
// objective's override, as the value being typed changes them.
func (p *pannello) refreshFigures() {
	row := p.row()
	if row == nil {
		p.how.SetText("")
		return
	}
	how := lang.L("monitoraggio.target.letto", map[string]any{"Target": oneLine(row.target), "Letto": row.letto.Capito})
	if row.target == "" {
		how = lang.L("monitoraggio.target.manca")
	}
	if e := row.esito(p.sc.shown); e != nil {
		how += "\n" + lang.L("monitoraggio.calcolo", map[string]any{"Calcolo": e.Spiegazione()})
		if s := e.Scostamento(); s != "" {
			how += " (" + s + ")"
		}
	}
	p.how.SetText(how)
	p.mano.SetText(lang.L("monitoraggio.grado.inserisci"))
	p.manoNote.SetText("")
	if row.ob == nil || p.sc.shown == nil {
		return
	}
	if e := p.sc.shown.Obiettivo(row.ob.ID); e != nil {
		p.mano.SetText(lang.L("monitoraggio.grado.calcolato", map[string]any{"Perc": perc(e.Calcolata)}))
		if a := e.Avanzamento; a != nil && a.Forzatura != nil {
			p.mano.SetText(lang.L("monitoraggio.grado.forzato", map[string]any{"Perc": model.FormatPerc(a.Forzatura.Percentuale)}))
			p.manoNote.SetText(descriviForzatura(a.Forzatura))
		}
	}
}

// saveAvanzamento saves the progress of the objective shown at the
// checkpoint, changed by change; a note left empty is removed.
func (p *pannello) saveAvanzamento(change func(a *model.Avanzamento)) error {
	o := p.sc.s.Plan.ObiettivoByID(p.obID)
	v := p.sc.verifica()
	if o == nil || v == nil {
		return nil
	}
	cur := model.Avanzamento{VerificaID: v.ID}
	old := o.AvanzamentoAl(v.ID)
	if old != nil {
		cur = *old
	}
	change(&cur)
	var b model.Monitoraggio
	switch {
	case cur.Nota != "" || cur.Esito != "" || cur.Punteggio != nil || cur.Forzatura != nil:
		b.Avanzamenti = []model.AvanzamentoDi{{ObiettivoID: o.ID, Avanzamento: cur}}
	case old != nil:
		b.AvanzamentiRimossi = []model.ChiaveAvanzamento{{ObiettivoID: o.ID, VerificaID: v.ID}}
	default:
		return nil
	}
	return p.sc.s.SaveMonitoraggio(lang.L("monitoraggio.etichetta.avanzamento",
		map[string]any{"Codice": codiceOf(o), "Data": v.Data.String()}), b)
}

func codiceOf(o *model.Obiettivo) string {
	if o.Codice != "" {
		return o.Codice
	}
	return clip(oneLine(o.Intestazione()), 40)
}

// loadFasi shows each phase with whether it was done at the checkpoint's
// date, or late.
func (p *pannello) loadFasi(o *model.Obiettivo, v *model.Verifica) {
	sig := fmt.Sprint(o.ID, len(o.Fasi))
	if sig != p.fasiSig {
		p.fasiSig = sig
		p.fasiBox.Objects = nil
		p.fasi = nil
		if len(o.Fasi) == 0 {
			p.fasiBox.Add(widget.NewLabel(lang.L("monitoraggio.fasi.nessuna")))
		}
		for _, f := range o.Fasi {
			p.fasi = append(p.fasi, p.newFase(f.ID))
		}
		for i, r := range p.fasi {
			name := widget.NewLabel(oneLine(o.Fasi[i].Titolo))
			name.Truncation = fyne.TextTruncateEllipsis
			end := ""
			if f := o.Fasi[i].Fine; f != nil {
				end = lang.L("monitoraggio.fase.fine", map[string]any{"Data": f.String()})
			}
			p.fasiBox.Add(container.NewBorder(nil, nil, r.fatta, widget.NewLabel(end), name))
			p.fasiBox.Add(container.NewBorder(nil, nil, widget.NewLabel(lang.L("monitoraggio.fase.il")), nil,
				container.NewGridWithColumns(2, r.data, r.stato)))
		}
		p.fasiBox.Refresh()
	}
	for i, f := range o.Fasi {
		r := p.fasi[i]
		r.fatta.OnChanged = nil
		r.fatta.SetChecked(f.Completata)
		id := r.id
		r.fatta.OnChanged = func(on bool) { p.saveFase(id, on, nil) }
		r.data.SetValue(f.Completamento)
		r.stato.SetText(statoFase(f, v.Data))
		r.stato.Importance = widget.MediumImportance
		if st := model.StatoFaseAl(f, v.Data); st.InRitardo {
			r.stato.Importance = widget.DangerImportance
		}
		r.stato.Refresh()
	}
}

func (p *pannello) newFase(id int64) *faseRow {
	r := &faseRow{id: id}
	r.fatta = widget.NewCheck(lang.L("monitoraggio.fase.conclusa"), nil)
	r.data = field.NewOptDate(func(d *model.Date) error { return p.saveFase(id, d != nil || r.fatta.Checked, d) })
	r.data.SetOnInvalid(p.sc.sheet.OnInvalid)
	r.stato = widget.NewLabel("")
	return r
}

// saveFase marks a phase done (on the day d, when known) or not done.
func (p *pannello) saveFase(id int64, done bool, d *model.Date) error {
	f, o := p.sc.s.Plan.FaseByID(id)
	if f == nil {
		return nil
	}
	if !done {
		d = nil
	}
	return p.sc.s.SaveMonitoraggio(lang.L("monitoraggio.etichetta.fase", map[string]any{"Codice": codiceOf(o), "Fase": clip(oneLine(f.Titolo), 40)}),
		model.Monitoraggio{Fasi: []model.StatoFase{{FaseID: id, Completata: done, Completamento: d}}})
}

// statoFase says where a phase stood at day al.
func statoFase(f model.Fase, al model.Date) string {
	st := model.StatoFaseAl(f, al)
	switch {
	case st.Completata && st.InRitardo:
		return lang.L("monitoraggio.fase.conclusa.ritardo", map[string]any{"Giorni": st.Giorni})
	case st.Completata:
		return lang.L("monitoraggio.fase.conclusa.tempo")
	case st.InRitardo:
		return lang.L("monitoraggio.fase.ritardo", map[string]any{"Giorni": st.Giorni})
	case f.Fine != nil:
		return lang.L("monitoraggio.fase.in.corso")
	}
	return ""
}

// focusLateFase puts the cursor on the first overdue phase's day.
func (p *pannello) focusLateFase() {
	o := p.sc.s.Plan.ObiettivoByID(p.obID)
	if o == nil {
		return
	}
	for i, f := range o.Fasi {
		if st := model.StatoFaseAl(f, p.sc.s.Oggi()); st.InRitardo && !st.Completata && i < len(p.fasi) {
			if c := fyne.CurrentApp().Driver().CanvasForObject(p.fasi[i].data); c != nil {
				c.Focus(p.fasi[i].data)
			}
			return
		}
	}
}
