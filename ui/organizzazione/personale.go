package organizzazione

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
	"pianoperformance/ui/session"
)

// personale is the staff-per-year table with its derived ratios, and the
// benchmarks the ratio is compared with.
type personale struct {
	o       *Screen
	anni    *field.Grid
	bench   *field.Grid
	content fyne.CanvasObject
}

func newPersonale(o *Screen) *personale {
	p := &personale{o: o}
	rows := func() []model.PersonaleAnno { return o.s.Plan.Personale }
	intc := func(key string, get func(model.PersonaleAnno) int, set func(*model.PersonaleAnno, int)) field.Column {
		return field.IntCol(lang.L(key), 96, func(r int) int { return get(rows()[r]) },
			func(r, v int) error { return p.save(r, lang.L(key), func(x *model.PersonaleAnno) { set(x, v) }) })
	}
	p.anni = field.NewGrid(
		field.LabelCol(lang.L("personale.anno"), 70, func(r int) string { return fmt.Sprint(rows()[r].Anno) }),
		intc("personale.dipendenti", func(x model.PersonaleAnno) int { return x.Dipendenti }, func(x *model.PersonaleAnno, v int) { x.Dipendenti = v }),
		field.OptIntCol(lang.L("personale.parttime"), 96, func(r int) *int { return rows()[r].PartTime },
			func(r int, v *int) error {
				return p.save(r, lang.L("personale.parttime"), func(x *model.PersonaleAnno) { x.PartTime = v })
			}),
		intc("personale.uomini", func(x model.PersonaleAnno) int { return x.Uomini }, func(x *model.PersonaleAnno, v int) { x.Uomini = v }),
		intc("personale.donne", func(x model.PersonaleAnno) int { return x.Donne }, func(x *model.PersonaleAnno, v int) { x.Donne = v }),
		field.DerivedCol(lang.L("personale.permille"), 120, func(r int) (string, bool) {
			v, ok := o.s.Plan.PerMille(rows()[r].Anno)
			if !ok {
				return lang.L("personale.permille.manca"), false
			}
			return model.FormatNumber(v, 2), false
		}),
		field.DerivedCol(lang.L("personale.percuomini"), 90, func(r int) (string, bool) {
			x := rows()[r]
			return model.FormatNumber(x.PercUomini(), 2), x.Uomini+x.Donne != x.Dipendenti
		}),
		field.DerivedCol(lang.L("personale.percdonne"), 90, func(r int) (string, bool) {
			x := rows()[r]
			return model.FormatNumber(x.PercDonne(), 2), x.Uomini+x.Donne != x.Dipendenti
		}),
		field.ButtonCol("", 36, theme.DeleteIcon(), p.askDelete),
	)
	bs := func() []model.Benchmark { return o.s.Plan.Benchmark }
	p.bench = field.NewGrid(
		field.TextCol(lang.L("benchmark.descrizione"), 380, func(r int) string { return bs()[r].Descrizione },
			func(r int, v string) error { return p.saveB(r, func(b *model.Benchmark) { b.Descrizione = v }) }),
		field.TextCol(lang.L("benchmark.fonte"), 160, func(r int) string { return bs()[r].Fonte },
			func(r int, v string) error { return p.saveB(r, func(b *model.Benchmark) { b.Fonte = v }) }),
		field.YearCol(lang.L("benchmark.anno"), 70, func(r int) int { return bs()[r].Anno },
			func(r, v int) error { return p.saveB(r, func(b *model.Benchmark) { b.Anno = v }) }),
		field.NumberCol(lang.L("benchmark.valore"), 90, 2, func(r int) float64 { return bs()[r].Valore },
			func(r int, v float64) error { return p.saveB(r, func(b *model.Benchmark) { b.Valore = v }) }),
		field.ButtonCol("", 36, theme.DeleteIcon(), p.dropB),
	)
	for _, g := range []*field.Grid{p.anni, p.bench} {
		g.OnInvalid = o.s.ReportInvalid
	}
	addAnno := widget.NewButtonWithIcon(lang.L("personale.anno.aggiungi"), theme.ContentAddIcon(), p.addAnno)
	addB := widget.NewButtonWithIcon(lang.L("benchmark.aggiungi"), theme.ContentAddIcon(), p.addB)
	p.content = container.NewVScroll(container.NewPadded(container.NewVBox(
		field.Section(lang.L("personale.titolo"), p.anni.Content, container.NewHBox(addAnno)),
		field.Section(lang.L("benchmark.titolo"), p.bench.Content, container.NewHBox(addB)),
	)))
	return p
}

func (p *personale) refresh() {
	p.anni.SetRows(len(p.o.s.Plan.Personale))
	p.bench.SetRows(len(p.o.s.Plan.Benchmark))
}

func (p *personale) show(t session.Target) {
	if t.Campo == "benchmark" || t.Anno == 0 {
		r := slices.IndexFunc(p.o.s.Plan.Benchmark, func(b model.Benchmark) bool { return b.ID == t.ID })
		p.bench.FocusCell(max(r, 0), 0)
		return
	}
	r := slices.IndexFunc(p.o.s.Plan.Personale, func(x model.PersonaleAnno) bool { return x.Anno == t.Anno })
	c := map[string]int{"dipendenti": 1, "part_time": 2, "uomini": 3, "donne": 4}[t.Campo]
	p.anni.FocusCell(max(r, 0), max(c, 1))
}

func (p *personale) save(r int, label string, mut func(*model.PersonaleAnno)) error {
	nu := p.o.s.Plan.Personale[r]
	mut(&nu)
	return p.o.s.SavePersonaleAnno(fmt.Sprintf("%s %d", label, nu.Anno), nu)
}

func (p *personale) addAnno() {
	anno := p.o.s.Plan.Piano.Anno - 1
	if n := len(p.o.s.Plan.Personale); n > 0 {
		anno = p.o.s.Plan.Personale[n-1].Anno + 1
	}
	if p.o.s.SavePersonaleAnno(fmt.Sprintf(lang.L("personale.anno.aggiunto"), anno), model.PersonaleAnno{Anno: anno}) == nil {
		p.anni.FocusCell(len(p.o.s.Plan.Personale)-1, 1)
	}
}

func (p *personale) askDelete(r int) {
	old := p.o.s.Plan.Personale[r]
	d := dialog.NewConfirm(lang.L("personale.anno.elimina"), fmt.Sprintf(lang.L("personale.anno.elimina.domanda"), old.Anno), func(ok bool) {
		if ok {
			_ = p.o.s.DeletePersonaleAnno(fmt.Sprintf(lang.L("personale.anno.eliminato"), old.Anno), old.Anno)
		}
	}, p.o.w)
	d.SetConfirmText(lang.L("comune.elimina"))
	d.SetDismissText(lang.L("comune.annulla"))
	d.Show()
}

func (p *personale) saveB(r int, mut func(*model.Benchmark)) error {
	nu := p.o.s.Plan.Benchmark[r]
	mut(&nu)
	_, err := p.o.s.SaveBenchmark(lang.L("benchmark.titolo"), nu)
	return err
}

func (p *personale) addB() {
	ordine := 1
	for _, b := range p.o.s.Plan.Benchmark {
		ordine = max(ordine, b.Ordine+1)
	}
	nu := model.Benchmark{Ordine: ordine, Anno: p.o.s.Plan.Piano.Anno - 1}
	if id, err := p.o.s.SaveBenchmark(lang.L("benchmark.aggiungi"), nu); err == nil {
		p.bench.FocusCell(slices.IndexFunc(p.o.s.Plan.Benchmark, func(b model.Benchmark) bool { return b.ID == id }), 0)
	}
}

// dropB removes a benchmark row at once: a one-line reference figure, undoable.
func (p *personale) dropB(r int) {
	_ = p.o.s.DeleteBenchmark(lang.L("benchmark.elimina"), p.o.s.Plan.Benchmark[r].ID)
}
