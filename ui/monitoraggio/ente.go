package monitoraggio

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
)

// enteTab is the indicators of the whole ente, attached to no objective
// (the financial health ratios many relazioni report): a list and the
// form of the one chosen. Their readings are typed in the grid, under
// "Indicatori dell'ente".
type enteTab struct {
	sc      *Screen
	list    *widget.List
	sel     int
	loading bool

	nome, unita, base, spanT, annoT *field.Field[string]
	criterio, note                  *field.Field[string]
	annoBase                        *field.Field[int]
	peso                            *field.Field[*float64]
	tipo, dir                       *widget.Select
	annoLabel                       *widget.Label
	form                            fyne.CanvasObject
	empty                           *widget.Label
	del                             *widget.Button
	content                         fyne.CanvasObject
}

func newEnteTab(sc *Screen) *enteTab {
	t := &enteTab{sc: sc, sel: -1}
	t.list = widget.NewList(func() int { return len(sc.s.Plan.IndicatoriEnte) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("Indicatore")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(sc.s.Plan.IndicatoriEnte) {
				o.(*widget.Label).SetText(oneLine(sc.s.Plan.IndicatoriEnte[i].Nome))
			}
		})
	t.list.OnSelected = func(i widget.ListItemID) {
		t.flush()
		t.sel = i
		t.load()
	}
	text := func(set func(in *model.Indicatore, v string)) *field.Field[string] {
		return field.NewText(func(v string) error { return t.save(func(in *model.Indicatore) { set(in, v) }) })
	}
	t.nome = field.NewRequiredText(lang.L("indente.nome.manca"), func(v string) error {
		return t.save(func(in *model.Indicatore) { in.Nome = v })
	})
	t.unita = text(func(in *model.Indicatore, v string) { in.UnitaMisura = v })
	t.base = text(func(in *model.Indicatore, v string) { in.Baseline = v })
	t.annoBase = field.NewOptYear(func(y int) error { return t.save(func(in *model.Indicatore) { in.AnnoBaseline = y }) })
	t.spanT = text(func(in *model.Indicatore, v string) { in.Target = model.ConTarget(in.Target, 0, v) })
	t.spanT.SetPlaceHolder(lang.L("indente.target.esempio"))
	t.annoT = text(func(in *model.Indicatore, v string) { in.Target = model.ConTarget(in.Target, sc.s.Plan.Piano.Anno, v) })
	t.criterio = text(func(in *model.Indicatore, v string) { in.Criterio = v })
	t.note = field.NewMultiLine(3, func(v string) error { return t.save(func(in *model.Indicatore) { in.Note = v }) })
	t.peso = field.NewOptNumber(nonNegative, func(v *float64) error {
		return t.save(func(in *model.Indicatore) {
			in.Peso = 0
			if v != nil {
				in.Peso = *v
			}
		})
	})
	tipi := make([]string, len(model.TipiIndicatore))
	for i, x := range model.TipiIndicatore {
		tipi[i] = x.Label()
	}
	t.tipo = widget.NewSelect(tipi, func(v string) {
		if !t.loading {
			_ = t.save(func(in *model.Indicatore) { in.Tipo = model.TipiIndicatore[slices.Index(tipi, v)] })
		}
	})
	dirs := make([]string, len(model.Direzioni))
	for i, x := range model.Direzioni {
		dirs[i] = x.Label()
	}
	t.dir = widget.NewSelect(dirs, func(v string) {
		if !t.loading {
			_ = t.save(func(in *model.Indicatore) { in.Direzione = model.Direzioni[slices.Index(dirs, v)] })
		}
	})
	for _, f := range t.fields() {
		f.(interface{ SetOnInvalid(func(error)) }).SetOnInvalid(sc.sheet.OnInvalid)
	}
	t.annoLabel = widget.NewLabel("")
	t.form = field.NewForm().
		Add(lang.L("indente.nome"), t.nome).
		Add(lang.L("indente.tipo"), container.NewGridWithColumns(2, t.tipo, t.dir)).
		Add(lang.L("indente.unita"), t.unita).
		Add(lang.L("indente.partenza"), container.NewBorder(nil, nil, nil,
			container.NewHBox(widget.NewLabel(lang.L("indente.anno.partenza")), t.annoBase), t.base)).
		Add(lang.L("indente.target.triennio"), t.spanT).
		Add(lang.L("indente.target.anno"), container.NewBorder(nil, nil, nil, t.annoLabel, t.annoT)).
		Add(lang.L("indente.peso"), t.peso).
		Add(lang.L("indente.criterio"), t.criterio).
		Add(lang.L("indente.note"), t.note)
	t.empty = widget.NewLabel(lang.L("indente.nessuno"))
	t.empty.Wrapping = fyne.TextWrapWord
	add := widget.NewButtonWithIcon(lang.L("indente.aggiungi"), theme.ContentAddIcon(), t.add)
	t.del = widget.NewButtonWithIcon(lang.L("comune.elimina"), theme.DeleteIcon(), t.askDelete)
	left := container.NewBorder(container.NewHBox(add, t.del), nil, nil, nil, t.list)
	split := container.NewHSplit(left, container.NewVScroll(container.NewPadded(container.NewStack(t.empty, t.form))))
	split.Offset = 0.3
	t.content = split
	return t
}

func (t *enteTab) fields() []fyne.CanvasObject {
	return []fyne.CanvasObject{t.nome, t.unita, t.base, t.spanT, t.annoT, t.criterio, t.note, t.annoBase, t.peso}
}

func (t *enteTab) flush() {
	for _, f := range t.fields() {
		f.(interface{ Flush() bool }).Flush()
	}
	for _, f := range t.fields() {
		f.(interface{ Revert() }).Revert()
	}
}

// current is the indicator in the form, nil if none.
func (t *enteTab) current() *model.Indicatore {
	ii := t.sc.s.Plan.IndicatoriEnte
	if t.sel < 0 || t.sel >= len(ii) {
		return nil
	}
	return &ii[t.sel]
}

func (t *enteTab) refresh() {
	n := len(t.sc.s.Plan.IndicatoriEnte)
	if t.sel >= n {
		t.sel = n - 1
	}
	if t.sel < 0 && n > 0 {
		t.sel = 0
	}
	t.list.Refresh()
	if t.sel >= 0 {
		t.list.Select(t.sel)
	}
	t.load()
}

func (t *enteTab) load() {
	in := t.current()
	if in == nil {
		t.form.Hide()
		t.del.Disable()
		t.empty.Show()
		return
	}
	t.loading = true
	defer func() { t.loading = false }()
	t.empty.Hide()
	t.form.Show()
	t.del.Enable()
	anno := t.sc.s.Plan.Piano.Anno
	t.annoLabel.SetText(fmt.Sprint(anno))
	t.nome.SetValue(in.Nome)
	t.unita.SetValue(in.UnitaMisura)
	t.base.SetValue(in.Baseline)
	t.annoBase.SetValue(in.AnnoBaseline)
	t.spanT.SetValue(in.TargetAnno(0))
	t.annoT.SetValue(in.TargetAnno(anno))
	t.criterio.SetValue(in.Criterio)
	t.note.SetValue(in.Note)
	var w *float64
	if in.Peso != 0 {
		w = &in.Peso
	}
	t.peso.SetValue(w)
	t.tipo.SetSelected(in.Tipo.Label())
	t.dir.SetSelected(in.Direzione.Label())
}

// save stores the indicator in the form, changed by change.
func (t *enteTab) save(change func(in *model.Indicatore)) error {
	cur := t.current()
	if cur == nil || t.loading {
		return nil
	}
	nu := cur.Clone()
	change(&nu)
	_, err := t.sc.s.SaveIndicatoreEnte(lang.L("indente.etichetta", map[string]any{"Nome": clip(oneLine(nu.Nome), 40)}), nu)
	return err
}

func (t *enteTab) add() {
	p := t.sc.s.Plan
	in := model.Indicatore{Ordine: len(p.IndicatoriEnte) + 1, Nome: lang.L("indente.nuovo"), Tipo: model.IndNumero,
		Target: []model.Target{}, Risultati: []model.Risultato{}}
	id, err := t.sc.s.SaveIndicatoreEnte(lang.L("indente.aggiunto"), in)
	if err != nil {
		return
	}
	for i, x := range t.sc.s.Plan.IndicatoriEnte {
		if x.ID == id {
			t.sel = i
			t.list.Select(i)
			t.load()
			t.sc.w.Canvas().Focus(t.nome)
		}
	}
}

func (t *enteTab) askDelete() {
	in := t.current()
	if in == nil {
		return
	}
	id, name := in.ID, oneLine(in.Nome)
	d := dialog.NewConfirm(lang.L("indente.elimina"), lang.L("indente.elimina.domanda", map[string]any{"Nome": name}),
		func(ok bool) {
			if ok {
				_ = t.sc.s.DeleteIndicatoreEnte(lang.L("indente.eliminato", map[string]any{"Nome": clip(name, 40)}), id)
			}
		}, t.sc.w)
	d.SetConfirmText(lang.L("comune.elimina"))
	d.SetDismissText(lang.L("comune.annulla"))
	d.Show()
}
