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

var tipoIndValues = model.TipiIndicatore

func tipiInd() []string {
	var out []string
	for _, t := range tipoIndValues {
		out = append(out, t.Label())
	}
	return out
}

// indRow is the widgets of one indicator: the first line as in the plan's
// table, the second what plans of other comuni add (the year of the
// baseline, which way is better, a weight, the verification criterion, a
// note).
type indRow struct {
	nome, unita, base, span *field.Field[string]
	tipo                    *widget.Select
	target                  []*field.Field[string]
	extra                   indExtra
}

// indicatori is the sub-table of an objective's indicators: name, kind,
// unit, baseline and one target per year of the plan's span.
type indicatori struct {
	e       *editor
	rows    []*indRow
	box     *fyne.Container
	scroll  *container.Scroll
	addBtn  *widget.Button
	content fyne.CanvasObject
	sig     string
	anni    []int
}

func newIndicatori(e *editor) *indicatori {
	in := &indicatori{e: e, box: container.NewVBox()}
	in.addBtn = widget.NewButtonWithIcon(lang.L("obiettivi.ind.aggiungi"), theme.ContentAddIcon(), in.add)
	in.scroll = container.NewVScroll(in.box)
	in.content = container.NewBorder(nil, container.NewHBox(in.addBtn), nil, nil, in.scroll)
	return in
}

func (in *indicatori) layout() cols {
	c := cols{2.4, 1.3, 1.1, 1.1, 1.3}
	for range in.anni {
		c = append(c, 1.6)
	}
	return append(c, -36)
}

func (in *indicatori) entries() []entry {
	var out []entry
	for _, r := range in.rows {
		out = append(out, r.nome, r.unita, r.base, r.span)
		for _, t := range r.target {
			out = append(out, t)
		}
		out = append(out, r.extra.entries()...)
	}
	return out
}

// load rebuilds the rows when the objective, the span or the number of
// indicators changed, and otherwise only updates their text.
func (in *indicatori) load(p *model.Plan, o *model.Obiettivo) {
	var anni []int
	for y := p.Piano.AnnoInizio; y <= p.Piano.AnnoFine && y > 0; y++ {
		anni = append(anni, y)
	}
	sig := fmt.Sprint(o.ID, len(o.Indicatori), anni)
	if sig != in.sig {
		in.sig, in.anni = sig, anni
		in.rebuild(o)
	}
	for i, ind := range o.Indicatori {
		r := in.rows[i]
		r.nome.SetValue(ind.Nome)
		r.unita.SetValue(ind.UnitaMisura)
		r.base.SetValue(ind.Baseline)
		r.tipo.SetSelected(tipiInd()[indexOf(tipoIndValues, ind.Tipo)])
		r.span.SetValue(ind.TargetAnno(0))
		r.span.SetPlaceHolder(targetHint(ind.Tipo, p.Piano.AnnoFine))
		for j, y := range in.anni {
			r.target[j].SetValue(ind.TargetAnno(y))
			r.target[j].SetPlaceHolder(targetHint(ind.Tipo, y))
		}
		r.extra.load(ind)
	}
}

// targetHint is an example of a target of the indicator's kind, for the
// empty field: a date for a deadline, a share for a percentage.
func targetHint(t model.TipoIndicatore, anno int) string {
	if t == "" {
		t = model.IndTempo
	}
	return lang.L("obiettivi.ind.target.esempio."+string(t), map[string]any{"Anno": anno})
}

func (in *indicatori) rebuild(o *model.Obiettivo) {
	l := in.layout()
	head := []fyne.CanvasObject{bold("obiettivi.ind.nome"), bold("obiettivi.ind.tipo"), bold("obiettivi.ind.unita"),
		bold("obiettivi.ind.baseline"), bold("obiettivi.ind.target.triennio")}
	for _, y := range in.anni {
		h := bold("obiettivi.ind.target")
		h.SetText(lang.L("obiettivi.ind.target", map[string]any{"Anno": y}))
		head = append(head, h)
	}
	head = append(head, widget.NewLabel(""))
	in.box.Objects = []fyne.CanvasObject{container.New(l, head...)}
	in.rows = nil
	for i := range o.Indicatori {
		r := in.newRow(i)
		in.rows = append(in.rows, r)
		objs := []fyne.CanvasObject{r.nome, r.tipo, r.unita, r.base, r.span}
		for _, t := range r.target {
			objs = append(objs, t)
		}
		objs = append(objs, delButton(func() { in.remove(i) }))
		if i > 0 {
			in.box.Add(widget.NewSeparator())
		}
		in.box.Add(container.New(l, objs...))
		in.box.Add(r.extra.line())
	}
	if len(o.Indicatori) == 0 {
		in.box.Add(widget.NewLabel(lang.L("obiettivi.ind.nessuno")))
	}
	in.box.Refresh()
}

// bold is a sub-table's heading: longer than its column, it goes on two
// lines, never over the next heading.
func bold(key string) *widget.Label {
	l := widget.NewLabelWithStyle(lang.L(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Wrapping = fyne.TextWrapWord
	return l
}

// newRow makes the widgets of indicator i; each saves its own field.
func (in *indicatori) newRow(i int) *indRow {
	e := in.e
	re := rowEdit[model.Indicatore]{e, item(i, func(o *model.Obiettivo) []model.Indicatore { return o.Indicatori })}
	r := &indRow{
		nome:  re.text(func(ind *model.Indicatore, v string) { ind.Nome = v }),
		unita: re.text(func(ind *model.Indicatore, v string) { ind.UnitaMisura = v }),
		base:  re.text(func(ind *model.Indicatore, v string) { ind.Baseline = v }),
		span:  re.text(func(ind *model.Indicatore, v string) { ind.Target = model.ConTarget(ind.Target, 0, v) }),
		extra: newIndExtra(re),
	}
	labels := tipiInd()
	r.tipo = widget.NewSelect(labels, func(v string) {
		if !e.loading {
			re.save(func(ind *model.Indicatore) { ind.Tipo = tipoIndValues[indexOf(labels, v)] })
		}
	})
	for _, y := range in.anni {
		anno := y
		t := re.text(func(ind *model.Indicatore, v string) { ind.Target = model.ConTarget(ind.Target, anno, v) })
		r.target = append(r.target, t)
	}
	return r
}

func (in *indicatori) add() {
	e := in.e
	e.save(func(o *model.Obiettivo) {
		o.Indicatori = append(o.Indicatori, model.Indicatore{
			Ordine: len(o.Indicatori) + 1, Tipo: model.IndTempo,
			Nome: lang.L("obiettivi.ind.nuovo"), Target: []model.Target{}, Risultati: []model.Risultato{},
		})
	})
	if n := len(in.rows); n > 0 {
		e.startTyping(in.scroll, in.rows[n-1].nome)
	}
}

func (in *indicatori) remove(i int) {
	in.e.save(func(o *model.Obiettivo) {
		if i < len(o.Indicatori) {
			o.Indicatori = append(o.Indicatori[:i], o.Indicatori[i+1:]...)
			for j := range o.Indicatori {
				o.Indicatori[j].Ordine = j + 1
			}
		}
	})
}
