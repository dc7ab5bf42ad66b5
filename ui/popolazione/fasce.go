package popolazione

import (
	"errors"
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

// fasce edits the age bands a comune configures and the residents of each
// band by year, with a total per year checked against the residents.
type fasce struct {
	p       *Screen
	bande   *field.Grid
	conte   *field.Grid
	holder  *fyne.Container
	anni    []int // year columns of conte
	extra   []int // years added on screen, not yet holding any count
	content fyne.CanvasObject
}

func newFasce(p *Screen) *fasce {
	f := &fasce{p: p}
	fs := func() []model.FasciaEta { return p.s.Plan.Fasce }
	f.bande = field.NewGrid(
		field.TextCol(lang.L("fasce.nome"), 300,
			func(r int) string { return fs()[r].Nome },
			func(r int, v string) error {
				return f.saveFascia(r, func(x *model.FasciaEta) { x.Nome = v })
			}),
		field.OptIntCol(lang.L("fasce.da"), 70,
			func(r int) *int { return fs()[r].EtaMin },
			func(r int, v *int) error { return f.saveFascia(r, func(x *model.FasciaEta) { x.EtaMin = v }) }),
		field.OptIntCol(lang.L("fasce.a"), 70,
			func(r int) *int { return fs()[r].EtaMax },
			func(r int, v *int) error { return f.saveFascia(r, func(x *model.FasciaEta) { x.EtaMax = v }) }),
		field.ButtonCol("", 36, theme.DeleteIcon(), f.askDelete),
	)
	f.bande.OnInvalid = p.s.ReportInvalid
	addBand := widget.NewButtonWithIcon(lang.L("fasce.aggiungi"), theme.ContentAddIcon(), f.addFascia)
	addYear := widget.NewButtonWithIcon(lang.L("fasce.anno.aggiungi"), theme.ContentAddIcon(), f.addAnno)
	f.holder = container.NewStack()
	f.content = container.NewVBox(
		field.Section(lang.L("fasce.titolo"), f.bande.Content, container.NewHBox(addBand)),
		field.Section(lang.L("fasce.residenti"), f.holder, container.NewHBox(addYear)),
	)
	return f
}

// years is every year with counts plus those added on screen.
func (f *fasce) years() []int {
	ys := f.p.s.Plan.AnniFasce()
	for _, y := range f.extra {
		if !slices.Contains(ys, y) {
			ys = append(ys, y)
		}
	}
	slices.Sort(ys)
	return ys
}

func (f *fasce) refresh() {
	f.bande.SetRows(len(f.p.s.Plan.Fasce))
	if ys := f.years(); !slices.Equal(ys, f.anni) || f.conte == nil {
		// The year columns changed (rare): build the count grid anew.
		f.anni = ys
		f.conte = f.buildConte(ys)
		f.holder.Objects = []fyne.CanvasObject{f.conte.Content}
		f.holder.Refresh()
	}
	f.conte.SetRows(len(f.p.s.Plan.Fasce))
}

func (f *fasce) buildConte(ys []int) *field.Grid {
	plan := func() *model.Plan { return f.p.s.Plan }
	cols := []field.Column{field.LabelCol(lang.L("fasce.fascia"), 200, func(r int) string { return plan().Fasce[r].Nome })}
	footer := []func() (string, bool){func() (string, bool) { return lang.L("fasce.totale"), false }}
	for _, y := range ys {
		y := y
		cols = append(cols, field.IntCol(fmt.Sprint(y), 80,
			func(r int) int { n, _ := plan().FasciaResidenti(plan().Fasce[r].ID, y); return n },
			func(r, v int) error { return f.saveConta(plan().Fasce[r], y, v) }))
		footer = append(footer, func() (string, bool) {
			tot := 0
			for _, b := range plan().Fasce {
				n, _ := plan().FasciaResidenti(b.ID, y)
				tot += n
			}
			r, ok := plan().PopolazioneDi(y)
			return model.FormatInt(tot), ok && r.Residenti != tot
		})
	}
	g := field.NewGrid(cols...)
	g.OnInvalid = f.p.s.ReportInvalid
	g.SetFooter(footer...)
	return g
}

// show focuses the count of band t.ID in year t.Anno, or the band itself.
func (f *fasce) show(t session.Target) {
	r := slices.IndexFunc(f.p.s.Plan.Fasce, func(x model.FasciaEta) bool { return x.ID == t.ID })
	if r < 0 {
		r = 0
	}
	if c := slices.Index(f.anni, t.Anno); c >= 0 {
		f.conte.FocusCell(r, c+1)
		return
	}
	f.bande.FocusCell(r, 0)
}

func (f *fasce) saveFascia(r int, mut func(*model.FasciaEta)) error {
	nu := f.p.s.Plan.Fasce[r]
	name := nu.Nome
	mut(&nu)
	if nu.EtaMin != nil && nu.EtaMax != nil && *nu.EtaMin > *nu.EtaMax {
		return errors.New(lang.L("fasce.eta.ordine"))
	}
	_, err := f.p.s.SaveFascia(lang.L("fasce.modifica")+" «"+name+"»", nu)
	return err
}

func (f *fasce) addFascia() {
	ordine := 1
	for _, b := range f.p.s.Plan.Fasce {
		ordine = max(ordine, b.Ordine+1)
	}
	nu := model.FasciaEta{Ordine: ordine, Nome: lang.L("fasce.nuova")}
	if id, err := f.p.s.SaveFascia(lang.L("fasce.aggiungi"), nu); err == nil {
		f.bande.FocusCell(slices.IndexFunc(f.p.s.Plan.Fasce, func(x model.FasciaEta) bool { return x.ID == id }), 0)
	}
}

// askDelete removes a band with its counts, after confirmation; undo puts
// back the band and every count it had, in one transaction.
func (f *fasce) askDelete(r int) {
	old := f.p.s.Plan.Fasce[r]
	d := dialog.NewConfirm(lang.L("fasce.elimina"), fmt.Sprintf(lang.L("fasce.elimina.domanda"), old.Nome), func(ok bool) {
		if ok {
			_ = f.p.s.DeleteFascia(lang.L("fasce.elimina")+" «"+old.Nome+"»", old.ID)
		}
	}, f.p.w)
	d.SetConfirmText(lang.L("comune.elimina"))
	d.SetDismissText(lang.L("comune.annulla"))
	d.Show()
}

// saveConta stores a band's count for a year. Undoing a first count
// removes it, so the year shows no count again rather than a zero.
func (f *fasce) saveConta(b model.FasciaEta, anno, v int) error {
	return f.p.s.SaveConta(fmt.Sprintf("%s %d", b.Nome, anno), model.PopolazioneFascia{FasciaID: b.ID, Anno: anno, Residenti: v})
}

// addAnno adds a year column; it is stored with its first count.
func (f *fasce) addAnno() {
	y := f.p.s.Plan.Piano.Anno - 1
	if ys := f.years(); len(ys) > 0 {
		y = ys[len(ys)-1] + 1
	}
	f.extra = append(f.extra, y)
	f.refresh()
	f.conte.FocusCell(0, len(f.anni))
}
