package obiettivi

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
)

// faseRow is the widgets of one phase.
type faseRow struct {
	titolo, inizio, fine, resp *fieldEntry
	fatta                      *widget.Check
}

// fasi is the sub-table of an objective's phases, with Italian dates.
type fasi struct {
	e       *editor
	rows    []*faseRow
	box     *fyne.Container
	content fyne.CanvasObject
	sig     string
}

var faseCols = cols{3, 1, 1, 1.6, 1, -36}

func newFasi(e *editor) *fasi {
	f := &fasi{e: e, box: container.NewVBox()}
	add := widget.NewButtonWithIcon(lang.L("obiettivi.fase.aggiungi"), theme.ContentAddIcon(), f.add)
	f.content = container.NewBorder(nil, container.NewHBox(add), nil, nil, container.NewVScroll(f.box))
	return f
}

func (f *fasi) entries() []*fieldEntry {
	var out []*fieldEntry
	for _, r := range f.rows {
		out = append(out, r.titolo, r.inizio, r.fine, r.resp)
	}
	return out
}

func dateText(d *model.Date) string {
	if d == nil {
		return ""
	}
	return d.String()
}

// parseDate reads an optional Italian date: empty means none.
func parseDate(s string) (*model.Date, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	d, err := model.ParseDate(s)
	if err != nil {
		return nil, err
	}
	return &d, nil
}

func (f *fasi) load(o *model.Obiettivo) {
	sig := fmt.Sprint(o.ID, len(o.Fasi))
	if sig != f.sig {
		f.sig = sig
		f.rebuild(o)
	}
	for i, ph := range o.Fasi {
		r := f.rows[i]
		r.titolo.set(ph.Titolo)
		r.inizio.set(dateText(ph.Inizio))
		r.fine.set(dateText(ph.Fine))
		r.resp.set(ph.Responsabile)
		r.fatta.SetChecked(ph.Completata)
	}
}

func (f *fasi) rebuild(o *model.Obiettivo) {
	head := []fyne.CanvasObject{bold("obiettivi.fase.titolo"), bold("obiettivi.fase.inizio"), bold("obiettivi.fase.fine"),
		bold("obiettivi.fase.responsabile"), bold("obiettivi.fase.completata"), widget.NewLabel("")}
	f.box.Objects = []fyne.CanvasObject{container.New(faseCols, head...)}
	f.rows = nil
	for i := range o.Fasi {
		r := f.newRow(i)
		f.rows = append(f.rows, r)
		del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { f.remove(i) })
		del.Importance = widget.LowImportance
		f.box.Add(container.New(faseCols, r.titolo, r.inizio, r.fine, r.resp, r.fatta, del))
	}
	if len(o.Fasi) == 0 {
		f.box.Add(widget.NewLabel(lang.L("obiettivi.fase.nessuna")))
	}
	f.box.Refresh()
}

func (f *fasi) newRow(i int) *faseRow {
	e := f.e
	field := func(set func(ph *model.Fase, v string)) *fieldEntry {
		fe := newField(false, nil)
		fe.invalid = e.invalid
		fe.commit = func(v string) {
			e.save(func(o *model.Obiettivo) {
				if i < len(o.Fasi) {
					set(&o.Fasi[i], v)
				}
			})
		}
		return fe
	}
	date := func(set func(ph *model.Fase, d *model.Date)) *fieldEntry {
		fe := field(func(ph *model.Fase, v string) {
			if d, err := parseDate(v); err == nil {
				set(ph, d)
			}
		})
		fe.Validator = func(s string) error { _, err := parseDate(s); return err }
		fe.SetPlaceHolder("31/12/2023")
		return fe
	}
	r := &faseRow{
		titolo: field(func(ph *model.Fase, v string) { ph.Titolo = strings.TrimSpace(v) }),
		inizio: date(func(ph *model.Fase, d *model.Date) { ph.Inizio = d }),
		fine:   date(func(ph *model.Fase, d *model.Date) { ph.Fine = d }),
		resp:   field(func(ph *model.Fase, v string) { ph.Responsabile = strings.TrimSpace(v) }),
	}
	r.fatta = widget.NewCheck(lang.L("obiettivi.fase.fatta"), func(on bool) {
		if e.loading {
			return
		}
		e.save(func(o *model.Obiettivo) {
			if i < len(o.Fasi) {
				o.Fasi[i].Completata = on
			}
		})
	})
	return r
}

func (f *fasi) add() {
	e := f.e
	e.save(func(o *model.Obiettivo) {
		o.Fasi = append(o.Fasi, model.Fase{Ordine: len(o.Fasi) + 1, Titolo: lang.L("obiettivi.fase.nuova")})
	})
	if n := len(f.rows); n > 0 {
		e.sc.w.Canvas().Focus(f.rows[n-1].titolo)
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
