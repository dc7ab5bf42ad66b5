package obiettivi

import (
	"errors"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
)

// risRow is the widgets of one reading of an indicator.
type risRow struct {
	verifica     *widget.Label
	data         *field.Field[model.Date]
	valore, note *field.Field[string]
	stato        *widget.Select
	esito        *widget.Label // the computed degree of achievement
	punti        *field.Field[*float64]
}

// risultati lists, under each indicator of the objective, its readings:
// one per checkpoint of the monitoring, with the degree of achievement the
// program computes from the target.
type risultati struct {
	e       *editor
	rows    [][]*risRow         // per indicator
	buttons []fyne.CanvasObject // add and delete a reading
	names   []*widget.Label
	box     *fyne.Container
	content fyne.CanvasObject
	sig     string
}

var risCols = cols{1.2, 1.1, 1.8, 1.2, 1.6, 0.9, 2.2, -36}

func newRisultati(e *editor) *risultati {
	r := &risultati{e: e, box: container.NewVBox()}
	r.content = container.NewVScroll(r.box)
	return r
}

// countRisultati is the number of readings of an objective, for the tab's label.
func countRisultati(o *model.Obiettivo) int {
	n := 0
	for _, ind := range o.Indicatori {
		n += len(ind.Risultati)
	}
	return n
}

func (r *risultati) entries() []entry {
	var out []entry
	for _, rr := range r.rows {
		for _, x := range rr {
			out = append(out, x.data, x.valore, x.punti, x.note)
		}
	}
	return out
}

func (r *risultati) load(o *model.Obiettivo) {
	n := make([]string, len(o.Indicatori))
	for i, ind := range o.Indicatori {
		n[i] = string(ind.Tipo) + fmt.Sprint(len(ind.Risultati))
	}
	if sig := fmt.Sprint(o.ID, n); sig != r.sig {
		r.sig = sig
		r.rebuild(o)
	}
	p := r.e.sc.s.Plan
	for i := range o.Indicatori {
		ind := &o.Indicatori[i]
		r.names[i].SetText(oneLine(ind.Nome))
		for j, v := range ind.Risultati {
			x := r.rows[i][j]
			x.verifica.SetText(etichettaVerifica(p, v.VerificaID))
			x.data.SetValue(v.Data)
			x.valore.SetValue(v.Valore)
			x.stato.SetSelected(v.Stato.Etichetta())
			x.punti.SetValue(v.Punteggio)
			x.note.SetValue(v.Note)
			x.esito.SetText(esitoText(p, ind, v.VerificaID))
		}
	}
}

func etichettaVerifica(p *model.Plan, id int64) string {
	if v := p.VerificaByID(id); v != nil {
		return v.Etichetta()
	}
	return "—"
}

// esitoText is the computed degree, or a dash when there is none yet.
func esitoText(p *model.Plan, ind *model.Indicatore, verificaID int64) string {
	e, ok := p.EsitoIndicatore(ind, verificaID)
	if !ok || e.Percentuale == nil {
		return "—"
	}
	return model.FormatPerc(*e.Percentuale)
}

func (r *risultati) rebuild(o *model.Obiettivo) {
	r.box.Objects = nil
	r.rows, r.names, r.buttons = nil, nil, nil
	if len(o.Indicatori) == 0 {
		r.box.Add(widget.NewLabel(lang.L("obiettivi.ris.nessun.indicatore")))
	}
	for i, ind := range o.Indicatori {
		if i > 0 {
			r.box.Add(widget.NewSeparator())
		}
		name := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		name.Truncation = fyne.TextTruncateEllipsis
		r.names = append(r.names, name)
		add := widget.NewButtonWithIcon(lang.L("obiettivi.ris.aggiungi"), theme.ContentAddIcon(), func() { r.add(i) })
		r.buttons = append(r.buttons, add)
		r.box.Add(container.NewBorder(nil, nil, nil, add, name))
		var rows []*risRow
		if len(ind.Risultati) == 0 {
			none := widget.NewLabel(lang.L("obiettivi.ris.nessuno"))
			none.Importance = widget.LowImportance
			r.box.Add(none)
		} else {
			r.box.Add(container.New(risCols, heads("obiettivi.ris.verifica", "obiettivi.ris.data", "obiettivi.ris.valore",
				"obiettivi.ris.stato", "obiettivi.ris.raggiungimento", "obiettivi.ris.punteggio", "obiettivi.ris.note")...))
		}
		for j := range ind.Risultati {
			x := r.newRow(i, j, ind.Tipo)
			rows = append(rows, x)
			del := delButton(func() { r.remove(i, j) })
			r.buttons = append(r.buttons, del)
			r.box.Add(container.New(risCols, x.verifica, x.data, x.valore, x.stato, x.esito, x.punti, x.note, del))
		}
		r.rows = append(r.rows, rows)
	}
	r.box.Refresh()
}

// newRow makes the widgets of reading j of indicator i, whose value is
// read for the indicator's type.
func (r *risultati) newRow(i, j int, tipo model.TipoIndicatore) *risRow {
	re := rowEdit[model.Risultato]{r.e, func(o *model.Obiettivo) *model.Risultato {
		if i < len(o.Indicatori) && j < len(o.Indicatori[i].Risultati) {
			return &o.Indicatori[i].Risultati[j]
		}
		return nil
	}}
	valore := field.New(func(s string) (string, error) { return model.NormalizzaValore(tipo, s) },
		func(s string) string { return s }, nil)
	labels := []string{""}
	for _, st := range model.StatiRilevazione {
		labels = append(labels, st.Etichetta())
	}
	stato := widget.NewSelect(labels, nil)
	stato.OnChanged = func(s string) {
		if r.e.loading {
			return
		}
		st, err := model.ParseStato(s)
		if err == nil {
			re.save(func(x *model.Risultato) { x.Stato = st })
		}
	}
	esito := widget.NewLabel("—")
	esito.Alignment = fyne.TextAlignTrailing
	return &risRow{
		verifica: wrapping(widget.NewLabel("")),
		data:     rowField(re, field.NewDate(nil), func(x *model.Risultato, d model.Date) { x.Data = d }),
		valore:   rowField(re, valore, func(x *model.Risultato, v string) { x.Valore = v }),
		stato:    stato,
		esito:    esito,
		punti:    rowField(re, optNumber(checkPunteggio), func(x *model.Risultato, v *float64) { x.Punteggio = v }),
		note:     re.text(func(x *model.Risultato, v string) { x.Note = v }),
	}
}

// add gives indicator i a reading dated today at the first checkpoint that
// has none, and puts the cursor on its value.
func (r *risultati) add(i int) {
	p := r.e.sc.s.Plan
	o := p.ObiettivoByID(r.e.id)
	if o == nil || i >= len(o.Indicatori) {
		return
	}
	var free int64
	for _, v := range p.Verifiche {
		if o.Indicatori[i].RisultatoAl(v.ID) == nil {
			free = v.ID
			break
		}
	}
	if free == 0 {
		r.e.sc.s.Report(lang.L("obiettivi.ris.nessuna.verifica"), true)
		return
	}
	r.e.save(func(o *model.Obiettivo) {
		if i < len(o.Indicatori) {
			ind := &o.Indicatori[i]
			ind.Risultati = append(ind.Risultati, model.Risultato{VerificaID: free, Data: readingDate(p, free, time.Now())})
			sortByVerifica(ind.Risultati, p.Verifiche)
		}
	})
	if i < len(r.rows) {
		for j, x := range o.Indicatori[i].Risultati {
			if x.VerificaID == free && j < len(r.rows[i]) {
				r.e.sc.w.Canvas().Focus(r.rows[i][j].valore)
			}
		}
	}
}

// sortByVerifica keeps readings in the order of their checkpoints, as the
// store returns them.
func sortByVerifica(rr []model.Risultato, vv []model.Verifica) {
	pos := map[int64]int{}
	for k, v := range vv {
		pos[v.ID] = k
	}
	for a := 1; a < len(rr); a++ {
		for b := a; b > 0 && pos[rr[b].VerificaID] < pos[rr[b-1].VerificaID]; b-- {
			rr[b], rr[b-1] = rr[b-1], rr[b]
		}
	}
}

func (r *risultati) remove(i, j int) {
	r.e.save(func(o *model.Obiettivo) {
		if i < len(o.Indicatori) && j < len(o.Indicatori[i].Risultati) {
			rr := o.Indicatori[i].Risultati
			o.Indicatori[i].Risultati = append(rr[:j], rr[j+1:]...)
		}
	})
}

// readingDate is the date a new reading gets: today while it lies in the
// plan's year and not after its checkpoint, else the checkpoint's date
// (a reading entered in January for last year's plan is of that year).
func readingDate(p *model.Plan, verifica int64, now time.Time) model.Date {
	d := model.Date{Year: now.Year(), Month: now.Month(), Day: now.Day()}
	for _, v := range p.Verifiche {
		if v.ID == verifica && (d.Year != p.Piano.Anno || v.Data.Before(d)) {
			return v.Data
		}
	}
	if p.Piano.Anno != 0 && d.Year != p.Piano.Anno {
		return model.MustDate(p.Piano.Anno, time.December, 31)
	}
	return d
}

// optNumber is an Italian number that may be left blank (nil), refused
// when check says so.
func optNumber(check func(float64) error) *field.Field[*float64] {
	return field.NewOptNumber(check, nil)
}

func checkPunteggio(v float64) error {
	if v < 0 {
		return errors.New(lang.L("obiettivi.errore.punteggio"))
	}
	return nil
}

// wrapping makes a label go on two lines rather than over its neighbour.
func wrapping(l *widget.Label) *widget.Label {
	l.Wrapping = fyne.TextWrapWord
	return l
}
