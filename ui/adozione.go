package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
	"pianoperformance/ui/inizio"
)

// Piano › Adotta il piano… and Registra la variazione…: the Giunta's
// resolution is asked for and checked, the clerk confirms that what is
// frozen cannot be undone, and the session freezes the plan.

// attoForm is the dialog's form of a resolution.
type attoForm struct {
	organo, numero *field.Field[string]
	data           *field.Field[*model.Date]
	motivo         *field.Field[string] // variations only
	msg            *widget.Label
}

func (f *frame) adotta() { f.askAtto(model.VersioneAdozione) }
func (f *frame) varia()  { f.askAtto(model.VersioneVariazione) }

// askAtto asks for the resolution of an adoption or a variation.
func (f *frame) askAtto(tipo model.TipoVersione) {
	f.closeVersion()
	s := f.s
	if s.ReadOnly() {
		f.showError(errors.New(lang.L("adozione.sola.lettura")))
		return
	}
	if a, ok := s.Accesso(); ok && !a.Tutto() {
		// Said before the form is filled in: the server would refuse it.
		f.showError(errors.New(lang.L("adozione.ruolo", map[string]any{"Chi": a.Chi(), "Perche": a.Perché()})))
		return
	}
	vv, err := s.Versioni()
	if err != nil {
		f.showError(err)
		return
	}
	var mods []model.Modifica
	switch {
	case tipo == model.VersioneAdozione && len(vv) > 0:
		f.inform("adozione.titolo", lang.L("adozione.gia", map[string]any{"Atto": vv[0].Atto.Testo()}))
		return
	case tipo == model.VersioneVariazione && len(vv) == 0:
		f.inform("variazione.titolo", lang.L("variazione.prima.adotta"))
		return
	case tipo == model.VersioneVariazione:
		if mods, err = s.NonRegistrate(); err != nil {
			f.showError(err)
			return
		}
		if len(mods) == 0 {
			f.inform("variazione.titolo", lang.L("variazione.nessuna", map[string]any{"N": len(vv)}))
			return
		}
	}
	a := &attoForm{
		organo: field.NewRequiredText(lang.L("adozione.organo.manca"), nil),
		numero: field.NewText(nil),
		data:   field.NewOptDate(nil),
		msg:    widget.NewLabel(""),
	}
	a.organo.SetValue(model.OrganoGiunta)
	a.msg.Importance = widget.DangerImportance
	a.msg.Wrapping = fyne.TextWrapWord
	a.msg.Hide()
	form := field.NewForm().
		Add(lang.L("adozione.organo"), a.organo).
		Add(lang.L("adozione.numero"), a.numero).
		Add(lang.L("adozione.data"), a.data)
	intro, title, ok := lang.L("adozione.spiega"), lang.L("adozione.titolo"), lang.L("adozione.conferma")
	if tipo == model.VersioneVariazione {
		a.motivo = field.NewMultiLine(3, nil)
		a.motivo.SetPlaceHolder(lang.L("variazione.motivo.esempio"))
		form.Add(lang.L("variazione.motivo"), a.motivo)
		intro = lang.L("variazione.spiega", map[string]any{"Modifiche": inizio.TestoModifiche(mods), "N": len(vv)})
		title, ok = lang.L("variazione.titolo"), lang.L("variazione.conferma")
	}
	head := widget.NewLabel(intro)
	head.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	d = field.Ask(title, ok, container.NewVBox(head, form, a.msg), f.w, func() bool {
		atto, motivo, err := a.read(tipo)
		if err != nil {
			a.msg.SetText(err.Error())
			a.msg.Show()
			return false
		}
		a.msg.Hide()
		f.confirmFreeze(tipo, atto, motivo, d)
		return false // the form stays until the clerk confirms
	})
	// Twice: the text wraps at the new width, and needs less height then.
	for range 2 {
		d.Resize(fyne.NewSize(620, d.MinSize().Height))
	}
	f.w.Canvas().Focus(a.numero)
}

// read checks the form as the store will: every part of the act, the
// reason of a variation, the limits of the model.
func (a *attoForm) read(tipo model.TipoVersione) (model.Atto, string, error) {
	fields := []interface{ Commit() bool }{a.organo, a.numero, a.data}
	if a.motivo != nil {
		fields = append(fields, a.motivo)
	}
	for _, fl := range fields {
		if !fl.Commit() {
			return model.Atto{}, "", errors.New(lang.L("adozione.correggi"))
		}
	}
	atto := model.Atto{Organo: strings.TrimSpace(a.organo.Value()), Numero: strings.TrimSpace(a.numero.Value()), Data: a.data.Value()}
	motivo := ""
	if a.motivo != nil {
		motivo = strings.TrimSpace(a.motivo.Value())
	}
	if err := model.ValidaAtto(atto); err != nil {
		return atto, motivo, err
	}
	if tipo == model.VersioneVariazione && motivo == "" {
		return atto, motivo, errors.New(lang.L("variazione.motivo.manca"))
	}
	return atto, motivo, model.CheckAtto(atto, motivo)
}

// confirmFreeze says that what is frozen cannot be undone, and freezes on
// the clerk's word; form is the dialog of the resolution, closed then.
func (f *frame) confirmFreeze(tipo model.TipoVersione, atto model.Atto, motivo string, form *dialog.CustomDialog) {
	key, ok := "adozione.irreversibile", lang.L("adozione.conferma")
	if tipo == model.VersioneVariazione {
		key, ok = "variazione.irreversibile", lang.L("variazione.conferma")
	}
	msg := widget.NewLabel(lang.L(key, map[string]any{"Atto": atto.Testo()}))
	msg.Wrapping = fyne.TextWrapWord
	c := dialog.NewCustomConfirm(lang.L("adozione.sicuro"), ok, lang.L("Cancel"), msg, func(yes bool) {
		if !yes {
			return
		}
		s := f.s
		var v model.Versione
		var err error
		if tipo == model.VersioneAdozione {
			v, err = s.Adotta(lang.L("adozione.titolo"), atto)
		} else {
			v, err = s.RegistraVariazione(lang.L("variazione.titolo"), atto, motivo)
		}
		if err != nil {
			f.showError(err) // the form stays open, to correct
			return
		}
		form.Hide()
		// What the window shows is read again from the file, whole.
		_ = s.Reload(model.Scope{Parts: model.AllParts})
		done := "adozione.fatta"
		if tipo == model.VersioneVariazione {
			done = "variazione.fatta"
		}
		s.Report(lang.L(done, map[string]any{"Atto": v.Atto.Testo(), "N": v.Numero, "Etichetta": strings.ToLower(v.Etichetta())}), false)
		f.goToSection(keyInizio)
	}, f.w)
	c.Resize(fyne.NewSize(560, c.MinSize().Height))
	c.Show()
}

// inform shows why an action cannot be done now.
func (f *frame) inform(titleKey, msg string) {
	l := widget.NewLabel(msg)
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.L(titleKey), lang.L("OK"), l, f.w)
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	d.Show()
}
