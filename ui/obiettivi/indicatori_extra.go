package obiettivi

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
)

// indExtra is the second line of an indicator: what real plans add to
// name, baseline and targets.
type indExtra struct {
	annoBase       *field.Field[int]
	dir            *widget.Select
	peso           *field.Field[*float64]
	criterio, note *field.Field[string]
}

func newIndExtra(re rowEdit[model.Indicatore]) indExtra {
	dirs := make([]string, len(model.Direzioni))
	for i, d := range model.Direzioni {
		dirs[i] = d.Label()
	}
	x := indExtra{
		annoBase: rowField(re, field.NewOptYear(nil), func(ind *model.Indicatore, y int) { ind.AnnoBaseline = y }),
		peso: rowField(re, field.NewOptNumber(checkPunteggio, nil), func(ind *model.Indicatore, v *float64) {
			ind.Peso = 0
			if v != nil {
				ind.Peso = *v
			}
		}),
		criterio: re.text(func(ind *model.Indicatore, v string) { ind.Criterio = v }),
		note:     re.text(func(ind *model.Indicatore, v string) { ind.Note = v }),
	}
	x.dir = widget.NewSelect(dirs, func(v string) {
		if !re.e.loading {
			re.save(func(ind *model.Indicatore) { ind.Direzione = model.Direzioni[indexOf(dirs, v)] })
		}
	})
	x.peso.SetPlaceHolder(lang.L("obiettivi.ind.peso.uguale"))
	return x
}

func (x indExtra) entries() []entry { return []entry{x.annoBase, x.peso, x.criterio, x.note} }

func (x indExtra) load(ind model.Indicatore) {
	x.annoBase.SetValue(ind.AnnoBaseline)
	x.dir.SetSelected(ind.Direzione.Label())
	var w *float64
	if ind.Peso != 0 {
		w = &ind.Peso
	}
	x.peso.SetValue(w)
	x.criterio.SetValue(ind.Criterio)
	x.note.SetValue(ind.Note)
}

// line lays the fields out under the indicator, each after its name: the
// names take what they need, the fields share the rest.
func (x indExtra) line() fyne.CanvasObject {
	var objs []fyne.CanvasObject
	var layout cols
	for _, f := range []struct {
		key    string
		obj    fyne.CanvasObject
		weight float32
	}{{"obiettivi.ind.anno.partenza", x.annoBase, 0.8}, {"obiettivi.ind.direzione", x.dir, 1.7},
		{"obiettivi.ind.peso", x.peso, 0.8}, {"obiettivi.ind.criterio", x.criterio, 2}, {"obiettivi.ind.note", x.note, 2}} {
		l := widget.NewLabel(lang.L(f.key))
		l.Alignment = fyne.TextAlignTrailing
		objs = append(objs, l, f.obj)
		layout = append(layout, -l.MinSize().Width, f.weight)
	}
	return container.New(append(layout, -36), append(objs, widget.NewLabel(""))...)
}
