package obiettivi

import (
	"errors"
	"fmt"
	"strings"
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
	data          *field.Field[model.Date]
	valore, note  *field.Field[string]
	perc, punti   *field.Field[*float64]
	finale, valid *widget.Check
	dataVal       *field.Field[*model.Date]
}

// risultati lists, under each indicator of the objective, its readings:
// progress during the year and the final value, with the Nucleo di
// Valutazione's validation.
type risultati struct {
	e       *editor
	rows    [][]*risRow // per indicator
	names   []*widget.Label
	box     *fyne.Container
	content fyne.CanvasObject
	sig     string
}

var risCols = cols{1.1, 2, 1, 0.9, 0.9, 1, 1.1, 2.2, -36}

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
			out = append(out, x.data, x.valore, x.perc, x.punti, x.dataVal, x.note)
		}
	}
	return out
}

func (r *risultati) load(o *model.Obiettivo) {
	n := make([]int, len(o.Indicatori))
	for i, ind := range o.Indicatori {
		n[i] = len(ind.Risultati)
	}
	if sig := fmt.Sprint(o.ID, n); sig != r.sig {
		r.sig = sig
		r.rebuild(o)
	}
	for i, ind := range o.Indicatori {
		r.names[i].SetText(oneLine(ind.Nome))
		for j, v := range ind.Risultati {
			x := r.rows[i][j]
			x.data.SetValue(v.Data)
			x.valore.SetValue(v.Valore)
			x.perc.SetValue(v.Raggiungimento)
			x.punti.SetValue(v.Punteggio)
			x.finale.SetChecked(v.Finale)
			x.valid.SetChecked(v.Validato)
			x.dataVal.SetValue(v.DataValidazione)
			x.note.SetValue(v.Note)
		}
	}
}

func (r *risultati) rebuild(o *model.Obiettivo) {
	r.box.Objects = nil
	r.rows, r.names = nil, nil
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
		r.box.Add(container.NewBorder(nil, nil, nil, add, name))
		var rows []*risRow
		if len(ind.Risultati) == 0 {
			none := widget.NewLabel(lang.L("obiettivi.ris.nessuno"))
			none.Importance = widget.LowImportance
			r.box.Add(none)
		} else {
			r.box.Add(container.New(risCols, heads("obiettivi.ris.data", "obiettivi.ris.valore",
				"obiettivi.ris.raggiungimento", "obiettivi.ris.punteggio", "obiettivi.ris.tipo",
				"obiettivi.ris.nucleo", "obiettivi.ris.data.validazione", "obiettivi.ris.note")...))
		}
		for j := range ind.Risultati {
			x := r.newRow(i, j)
			rows = append(rows, x)
			r.box.Add(container.New(risCols, x.data, x.valore, x.perc, x.punti, x.finale, x.valid, x.dataVal, x.note,
				delButton(func() { r.remove(i, j) })))
		}
		r.rows = append(r.rows, rows)
	}
	r.box.Refresh()
}

// newRow makes the widgets of reading j of indicator i.
func (r *risultati) newRow(i, j int) *risRow {
	re := rowEdit[model.Risultato]{r.e, func(o *model.Obiettivo) *model.Risultato {
		if i < len(o.Indicatori) && j < len(o.Indicatori[i].Risultati) {
			return &o.Indicatori[i].Risultati[j]
		}
		return nil
	}}
	data := field.NewDate(nil)
	return &risRow{
		data:   rowField(re, data, func(x *model.Risultato, d model.Date) { x.Data = d }),
		valore: re.text(func(x *model.Risultato, v string) { x.Valore = v }),
		perc:   rowField(re, optNumber(checkRaggiungimento), func(x *model.Risultato, v *float64) { x.Raggiungimento = v }),
		punti:  rowField(re, optNumber(checkPunteggio), func(x *model.Risultato, v *float64) { x.Punteggio = v }),
		finale: re.check(lang.L("obiettivi.ris.finale"), func(x *model.Risultato, on bool) { x.Finale = on }),
		valid: re.check(lang.L("obiettivi.ris.validato"), func(x *model.Risultato, on bool) {
			x.Validato = on
			if on && x.DataValidazione == nil {
				d := today()
				x.DataValidazione = &d
			}
		}),
		dataVal: re.optDate(func(x *model.Risultato, d *model.Date) { x.DataValidazione = d }),
		note:    re.text(func(x *model.Risultato, v string) { x.Note = v }),
	}
}

// add appends a reading dated today to indicator i and puts the cursor on
// its value.
func (r *risultati) add(i int) {
	r.e.save(func(o *model.Obiettivo) {
		if i < len(o.Indicatori) {
			ind := &o.Indicatori[i]
			ind.Risultati = append(ind.Risultati, model.Risultato{Data: today()})
		}
	})
	if i < len(r.rows) {
		if n := len(r.rows[i]); n > 0 {
			r.e.sc.w.Canvas().Focus(r.rows[i][n-1].valore)
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

func today() model.Date {
	t := time.Now()
	return model.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
}

// optNumber is an Italian number that may be left blank (nil), refused
// when check says so.
func optNumber(check func(float64) error) *field.Field[*float64] {
	f := field.New(func(s string) (*float64, error) {
		if strings.TrimSpace(s) == "" {
			return nil, nil
		}
		v, err := model.ParseNumber(s)
		if err == nil {
			err = check(v)
		}
		return &v, err
	}, func(v *float64) string {
		if v == nil {
			return ""
		}
		return trimZeros(model.FormatNumber(*v, 2))
	}, nil)
	f.SetPlaceHolder("—")
	return f
}

// trimZeros drops the decimals that say nothing: 85,50 → 85,5; 100,00 → 100.
func trimZeros(s string) string {
	if !strings.Contains(s, ",") {
		return s
	}
	return strings.TrimSuffix(strings.TrimRight(s, "0"), ",")
}

func checkRaggiungimento(v float64) error {
	if v < 0 || v > 100 {
		return errors.New(lang.L("obiettivi.errore.raggiungimento"))
	}
	return nil
}

func checkPunteggio(v float64) error {
	if v < 0 {
		return errors.New(lang.L("obiettivi.errore.punteggio"))
	}
	return nil
}
