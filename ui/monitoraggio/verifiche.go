package monitoraggio

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
)

// verificheDialog manages the checkpoints: their dates and titles, a new
// one (30/09, or any day), the quarterly ones, the usual 30/06 and 31/12
// for a plan that has none, and deleting one with what was read at it.
type verificheDialog struct {
	sc    *Screen
	d     *dialog.CustomDialog
	grid  *field.Grid
	msg   *widget.Label
	nuova *field.Field[*model.Date]
	std   *widget.Button
	trim  *widget.Button
	sett  *widget.Button
}

func newVerificheDialog(sc *Screen) *verificheDialog {
	vd := &verificheDialog{sc: sc}
	list := func() []model.Verifica { return sc.s.Plan.Verifiche }
	save := func(r int, change func(v *model.Verifica)) error {
		if r >= len(list()) {
			return nil
		}
		v := list()[r]
		change(&v)
		_, err := sc.s.SaveVerifiche(lang.L("verifiche.etichetta", map[string]any{"Data": v.Data.String()}), v)
		return err
	}
	vd.grid = field.NewGrid(
		field.Column{Title: lang.L("verifiche.data"), Width: 130,
			Create: func(r int) fyne.CanvasObject {
				return field.NewDate(func(d model.Date) error { return save(r, func(v *model.Verifica) { v.Data = d }) })
			},
			Update: func(r int, c fyne.CanvasObject) { c.(*field.Field[model.Date]).SetValue(list()[r].Data) }},
		field.TextCol(lang.L("verifiche.titolo"), 260, func(r int) string { return list()[r].Titolo },
			func(r int, t string) error { return save(r, func(v *model.Verifica) { v.Titolo = t }) }),
		field.DerivedCol(lang.L("verifiche.rilevazioni"), 110, func(r int) (string, bool) {
			return fmt.Sprint(letture(sc.s.Plan, list()[r].ID)), false
		}),
		field.ButtonCol("", 36, theme.DeleteIcon(), func(r int) { vd.askDelete(list()[r]) }),
	)
	vd.grid.OnInvalid = sc.s.ReportInvalid
	vd.msg = widget.NewLabel("")
	vd.msg.Importance = widget.DangerImportance
	vd.msg.Wrapping = fyne.TextWrapWord
	vd.msg.Hide()
	vd.nuova = field.NewOptDate(nil)
	add := widget.NewButtonWithIcon(lang.L("verifiche.aggiungi"), theme.ContentAddIcon(), func() {
		if vd.nuova.Commit() && vd.nuova.Value() != nil {
			if vd.add(model.Verifica{Data: *vd.nuova.Value()}) {
				vd.nuova.SetValue(nil)
			}
		}
	})
	vd.sett = widget.NewButton("", func() { vd.add(model.Verifica{Data: model.MustDate(sc.s.Plan.Piano.Anno, time.September, 30)}) })
	vd.trim = widget.NewButton(lang.L("verifiche.trimestrali"), func() { vd.add(model.VerificheTrimestrali(sc.s.Plan.Piano.Anno)...) })
	vd.std = widget.NewButton(lang.L("verifiche.standard"), func() { vd.add(model.VerificheStandard(sc.s.Plan.Piano.Anno)...) })
	hint := widget.NewLabel(lang.L("verifiche.suggerimento"))
	hint.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(hint, vd.grid.Content,
		container.NewBorder(nil, nil, widget.NewLabel(lang.L("verifiche.nuova")), add, vd.nuova),
		container.NewHBox(vd.sett, vd.trim, vd.std), vd.msg)
	vd.d = dialog.NewCustom(lang.L("verifiche.titolo.dialogo"), lang.L("verifiche.chiudi"), container.NewVScroll(content), sc.w)
	vd.d.Resize(fyne.NewSize(640, 480))
	return vd
}

// letture counts the readings taken at a checkpoint.
func letture(p *model.Plan, id int64) int {
	n := 0
	for _, o := range p.Obiettivi {
		for _, ind := range o.Indicatori {
			if ind.RisultatoAl(id) != nil {
				n++
			}
		}
	}
	for _, ind := range p.IndicatoriEnte {
		if ind.RisultatoAl(id) != nil {
			n++
		}
	}
	return n
}

func (vd *verificheDialog) show() {
	vd.refresh()
	vd.msg.Hide()
	vd.d.Show()
}

// refresh shows the checkpoints as they are now, and offers only the
// additions that are missing.
func (vd *verificheDialog) refresh() {
	p := vd.sc.s.Plan
	vd.grid.SetRows(len(p.Verifiche))
	anno := p.Piano.Anno
	missing := func(vv []model.Verifica) bool {
		for _, v := range vv {
			if p.VerificaAl(v.Data) == nil {
				return true
			}
		}
		return false
	}
	sett := model.MustDate(anno, time.September, 30)
	vd.sett.SetText(lang.L("verifiche.aggiungi.data", map[string]any{"Data": sett.String()}))
	show(vd.sett, anno > 0 && p.VerificaAl(sett) == nil)
	show(vd.trim, anno > 0 && missing(model.VerificheTrimestrali(anno)))
	show(vd.std, anno > 0 && len(p.Verifiche) == 0)
}

func show(o fyne.CanvasObject, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}

// add saves the checkpoints of vv the plan does not have yet, in one
// change; false when refused (the message says why).
func (vd *verificheDialog) add(vv ...model.Verifica) bool {
	p := vd.sc.s.Plan
	var nu []model.Verifica
	for _, v := range vv {
		if p.VerificaAl(v.Data) == nil {
			nu = append(nu, v)
		}
	}
	if len(nu) == 0 {
		return true
	}
	label := lang.L("verifiche.aggiunte", map[string]any{"N": len(nu)})
	if len(nu) == 1 {
		label = lang.L("verifiche.aggiunta", map[string]any{"Data": nu[0].Data.String()})
	}
	if _, err := vd.sc.s.SaveVerifiche(label, nu...); err != nil {
		vd.msg.SetText(err.Error())
		vd.msg.Show()
		return false
	}
	vd.msg.Hide()
	return true
}

// askDelete deletes a checkpoint with its readings, after asking.
func (vd *verificheDialog) askDelete(v model.Verifica) {
	n := letture(vd.sc.s.Plan, v.ID)
	c := dialog.NewConfirm(lang.L("verifiche.elimina"), lang.L("verifiche.elimina.domanda",
		map[string]any{"Data": v.Data.String(), "N": n}), func(ok bool) {
		if ok {
			_ = vd.sc.s.DeleteVerifica(lang.L("verifiche.eliminata", map[string]any{"Data": v.Data.String()}), v.ID)
		}
	}, vd.sc.w)
	c.SetConfirmText(lang.L("comune.elimina"))
	c.SetDismissText(lang.L("comune.annulla"))
	c.Show()
}
