package relazione

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
)

// testi is what the Relazione adds to the figures (D.Lgs 150/2009 art. 10
// c.1 lett. b): the summary of the results, the context and resources with
// what changed against the plan, the bilancio di genere, the notice printed
// on the cover, and the Giunta's resolution adopting it.
type testi struct {
	sc                                *Screen
	sintesi, contesto, genere, avviso *field.Field[string]
	organo, numero                    *field.Field[string]
	data                              *field.Field[*model.Date]
	content                           fyne.CanvasObject
}

func newTesti(sc *Screen) *testi {
	t := &testi{sc: sc}
	long := func(rows int, set func(r *model.Relazione, v string)) *field.Field[string] {
		f := field.NewMultiLine(rows, func(v string) error { return t.save(func(r *model.Relazione) { set(r, v) }) })
		f.Debounce = debounce
		return f
	}
	t.sintesi = long(5, func(r *model.Relazione, v string) { r.Sintesi = v })
	t.contesto = long(5, func(r *model.Relazione, v string) { r.Contesto = v })
	t.genere = long(4, func(r *model.Relazione, v string) { r.BilancioGenere = v })
	t.avviso = long(2, func(r *model.Relazione, v string) { r.Avvertenza = v })
	t.organo = field.NewText(func(v string) error { return t.save(func(r *model.Relazione) { r.Approvazione.Organo = v }) })
	t.organo.SetPlaceHolder("Giunta comunale")
	t.numero = field.NewText(func(v string) error { return t.save(func(r *model.Relazione) { r.Approvazione.Numero = v }) })
	t.data = field.NewOptDate(func(d *model.Date) error { return t.save(func(r *model.Relazione) { r.Approvazione.Data = d }) })
	for _, f := range []interface{ SetOnInvalid(func(error)) }{t.sintesi, t.contesto, t.genere, t.avviso, t.organo, t.numero, t.data} {
		f.SetOnInvalid(sc.invalid)
	}
	hint := func(key string) *widget.Label {
		l := widget.NewLabel(lang.L(key))
		l.Wrapping = fyne.TextWrapWord
		l.TextStyle.Italic = true
		return l
	}
	form := field.NewForm().
		Add(lang.L("relazione.sintesi"), container.NewVBox(t.sintesi, hint("relazione.sintesi.aiuto"))).
		Add(lang.L("relazione.contesto"), container.NewVBox(t.contesto, hint("relazione.contesto.aiuto"))).
		Add(lang.L("relazione.genere"), container.NewVBox(t.genere, hint("relazione.genere.aiuto"))).
		Add(lang.L("relazione.avvertenza"), container.NewVBox(t.avviso, hint("relazione.avvertenza.aiuto"))).
		Add(lang.L("relazione.approvazione"), container.NewGridWithColumns(3, t.organo,
			container.NewBorder(nil, nil, widget.NewLabel(lang.L("relazione.numero")), nil, t.numero),
			container.NewBorder(nil, nil, widget.NewLabel(lang.L("relazione.del")), nil, t.data)))
	t.content = container.NewVScroll(container.NewPadded(form))
	return t
}

func (t *testi) load() {
	r := t.sc.s.Plan.Relazione
	t.sintesi.SetValue(r.Sintesi)
	t.contesto.SetValue(r.Contesto)
	t.genere.SetValue(r.BilancioGenere)
	t.avviso.SetValue(r.Avvertenza)
	t.organo.SetValue(r.Approvazione.Organo)
	t.numero.SetValue(r.Approvazione.Numero)
	t.data.SetValue(r.Approvazione.Data)
}

func (t *testi) save(change func(r *model.Relazione)) error {
	r := t.sc.s.Plan.Relazione
	change(&r)
	return t.sc.s.SaveRelazione(lang.L("relazione.etichetta.testi"), r)
}
