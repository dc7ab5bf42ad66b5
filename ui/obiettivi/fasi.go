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

// faseRow is the widgets of one phase.
type faseRow struct {
	titolo, resp *field.Field[string]
	inizio, fine *field.Field[*model.Date]
	fatta        *widget.Check
}

// fasi is the sub-table of an objective's phases, with Italian dates.
type fasi struct {
	e       *editor
	rows    []*faseRow
	box     *fyne.Container
	scroll  *container.Scroll
	addBtn  *widget.Button
	content fyne.CanvasObject
	sig     string
}

var faseCols = cols{3, 1, 1, 1.6, 1, -36}

func newFasi(e *editor) *fasi {
	f := &fasi{e: e, box: container.NewVBox()}
	f.addBtn = widget.NewButtonWithIcon(lang.L("obiettivi.fase.aggiungi"), theme.ContentAddIcon(), f.add)
	f.scroll = container.NewVScroll(f.box)
	f.content = container.NewBorder(nil, container.NewHBox(f.addBtn), nil, nil, f.scroll)
	return f
}

func (f *fasi) entries() []entry {
	var out []entry
	for _, r := range f.rows {
		out = append(out, r.titolo, r.inizio, r.fine, r.resp)
	}
	return out
}

func (f *fasi) load(o *model.Obiettivo) {
	sig := fmt.Sprint(o.ID, len(o.Fasi))
	if sig != f.sig {
		f.sig = sig
		f.rebuild(o)
	}
	for i, ph := range o.Fasi {
		r := f.rows[i]
		r.titolo.SetValue(ph.Titolo)
		r.inizio.SetValue(ph.Inizio)
		r.fine.SetValue(ph.Fine)
		r.resp.SetValue(ph.Responsabile)
		r.fatta.SetChecked(ph.Completata)
	}
}

func (f *fasi) rebuild(o *model.Obiettivo) {
	head := heads("obiettivi.fase.titolo", "obiettivi.fase.inizio", "obiettivi.fase.fine",
		"obiettivi.fase.responsabile", "obiettivi.fase.completata")
	f.box.Objects = []fyne.CanvasObject{container.New(faseCols, head...)}
	f.rows = nil
	for i := range o.Fasi {
		r := f.newRow(i)
		f.rows = append(f.rows, r)
		f.box.Add(container.New(faseCols, r.titolo, r.inizio, r.fine, r.resp, r.fatta, delButton(func() { f.remove(i) })))
	}
	if len(o.Fasi) == 0 {
		f.box.Add(widget.NewLabel(lang.L("obiettivi.fase.nessuna")))
	}
	f.box.Refresh()
}

func (f *fasi) newRow(i int) *faseRow {
	r := rowEdit[model.Fase]{f.e, item(i, func(o *model.Obiettivo) []model.Fase { return o.Fasi })}
	return &faseRow{
		titolo: r.text(func(ph *model.Fase, v string) { ph.Titolo = v }),
		inizio: r.optDate(func(ph *model.Fase, d *model.Date) { ph.Inizio = d }),
		fine:   r.optDate(func(ph *model.Fase, d *model.Date) { ph.Fine = d }),
		resp:   r.text(func(ph *model.Fase, v string) { ph.Responsabile = v }),
		fatta:  r.check(lang.L("obiettivi.fase.fatta"), func(ph *model.Fase, on bool) { ph.Completata = on }),
	}
}

func (f *fasi) add() {
	e := f.e
	e.save(func(o *model.Obiettivo) {
		o.Fasi = append(o.Fasi, model.Fase{Ordine: len(o.Fasi) + 1, Titolo: lang.L("obiettivi.fase.nuova")})
	})
	if n := len(f.rows); n > 0 {
		e.startTyping(f.scroll, f.rows[n-1].titolo)
	}
}

func (f *fasi) remove(i int) {
	f.e.save(func(o *model.Obiettivo) {
		if i < len(o.Fasi) {
			o.Fasi = append(o.Fasi[:i], o.Fasi[i+1:]...)
			for j := range o.Fasi {
				o.Fasi[j].Ordine = j + 1
			}
		}
	})
}
