// Package servizi is the "Servizi associati" screen: services run jointly
// with other comuni, as a list and a form.
package servizi

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

// statiServizio are the usual states; any other can be typed.
var statiServizio = []string{"attivo", "scaduto", "in rinnovo", "in liquidazione"}

// Screen is the "Servizi associati" screen.
type Screen struct {
	s           *session.Session
	w           fyne.Window
	list        *widget.List
	sel         int
	titolo      *field.Field[string]
	descrizione *field.Field[string]
	partner     *field.Field[[]string]
	firmato     *field.Field[*model.Date]
	scadenza    *field.Field[*model.Date]
	illimitata  *widget.Check
	stato       *widget.SelectEntry
	form, empty fyne.CanvasObject
	del         *widget.Button
	quiet       bool
	content     fyne.CanvasObject
}

// New builds the screen on the session's plan.
func New(s *session.Session, w fyne.Window) session.Screen {
	v := &Screen{s: s, w: w, sel: -1}
	v.build()
	v.Refresh()
	return v
}

func (v *Screen) Title() string { return lang.L("servizi.titolo") }

func (v *Screen) Content() fyne.CanvasObject { return v.content }

func (v *Screen) build() {
	v.list = widget.NewList(func() int { return len(v.s.Plan.Servizi) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("Servizio")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(v.s.Plan.Servizi[i].Titolo) })
	v.list.OnSelected = func(i widget.ListItemID) { v.sel = i; v.load() }
	v.titolo = field.NewRequiredText(lang.L("servizi.titolo.manca"), func(x string) error {
		return v.save(lang.L("servizi.nome"), func(s *model.ServizioAssociato) { s.Titolo = x })
	})
	v.descrizione = field.NewMultiLine(8, func(x string) error {
		return v.save(lang.L("servizi.descrizione"), func(s *model.ServizioAssociato) { s.Descrizione = x })
	})
	v.partner = field.NewList(func(x []string) error {
		return v.save(lang.L("servizi.partner"), func(s *model.ServizioAssociato) { s.Partner = x })
	})
	v.partner.SetPlaceHolder(lang.L("servizi.partner.aiuto"))
	v.firmato = field.NewOptDate(func(x *model.Date) error {
		return v.save(lang.L("servizi.sottoscrizione"), func(s *model.ServizioAssociato) { s.DataSottoscrizione = x })
	})
	v.scadenza = field.NewOptDate(func(x *model.Date) error {
		return v.save(lang.L("servizi.scadenza"), func(s *model.ServizioAssociato) { s.Scadenza = x })
	})
	v.illimitata = widget.NewCheck(lang.L("servizi.illimitata"), func(on bool) {
		if !v.quiet {
			_ = v.save(lang.L("servizi.illimitata"), func(s *model.ServizioAssociato) {
				s.DurataIllimitata = on
				if on {
					s.Scadenza = nil
				}
			})
		}
	})
	v.stato = widget.NewSelectEntry(statiServizio)
	v.stato.OnSubmitted = func(x string) { v.setStato(x) }
	v.stato.OnChanged = func(x string) {
		if !v.quiet && slices.Contains(statiServizio, x) {
			v.setStato(x)
		}
	}
	v.form = field.NewForm().
		Add(lang.L("servizi.nome"), v.titolo).
		Add(lang.L("servizi.descrizione"), v.descrizione).
		Add(lang.L("servizi.partner"), v.partner).
		Add(lang.L("servizi.sottoscrizione"), v.firmato).
		Add(lang.L("servizi.scadenza"), container.NewGridWithColumns(2, v.scadenza, v.illimitata)).
		Add(lang.L("servizi.stato"), v.stato)
	v.empty = widget.NewLabel(lang.L("servizi.nessuno"))
	add := widget.NewButtonWithIcon(lang.L("servizi.aggiungi"), theme.ContentAddIcon(), v.add)
	v.del = widget.NewButtonWithIcon(lang.L("comune.elimina"), theme.DeleteIcon(), v.askDelete)
	left := container.NewBorder(container.NewHBox(add, v.del), nil, nil, nil, v.list)
	split := container.NewHSplit(left, container.NewVScroll(container.NewPadded(container.NewStack(v.empty, v.form))))
	split.Offset = 0.32
	v.content = split
}

func (v *Screen) setStato(x string) {
	if v.sel >= 0 && x != v.s.Plan.Servizi[v.sel].Stato {
		_ = v.save(lang.L("servizi.stato"), func(s *model.ServizioAssociato) { s.Stato = x })
	}
}

// Refresh shows the plan as it is now.
func (v *Screen) Refresh() {
	n := len(v.s.Plan.Servizi)
	v.sel = session.Clamp(v.sel, n)
	v.list.Refresh()
	if v.sel >= 0 {
		v.list.Select(v.sel)
	}
	v.load()
}

func (v *Screen) load() {
	if v.sel < 0 || v.sel >= len(v.s.Plan.Servizi) {
		v.form.Hide()
		v.empty.Show()
		v.del.Disable()
		return
	}
	v.empty.Hide()
	v.form.Show()
	v.del.Enable()
	x := v.s.Plan.Servizi[v.sel]
	v.titolo.SetValue(x.Titolo)
	v.descrizione.SetValue(x.Descrizione)
	v.partner.SetValue(x.Partner)
	v.firmato.SetValue(x.DataSottoscrizione)
	v.scadenza.SetValue(x.Scadenza)
	v.quiet = true
	v.illimitata.SetChecked(x.DurataIllimitata)
	v.stato.SetText(x.Stato)
	v.quiet = false
	if x.DurataIllimitata {
		v.scadenza.Disable()
	} else {
		v.scadenza.Enable()
	}
}

// Show selects a service by ID and focuses the named field.
func (v *Screen) Show(t session.Target) {
	if i := slices.IndexFunc(v.s.Plan.Servizi, func(x model.ServizioAssociato) bool { return x.ID == t.ID }); i >= 0 {
		v.list.Select(i)
	}
	f := map[string]fyne.Focusable{"descrizione": v.descrizione, "partner": v.partner,
		"data_sottoscrizione": v.firmato, "scadenza": v.scadenza, "stato": v.stato}[t.Campo]
	if f == nil {
		f = v.titolo
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(v.content); c != nil {
		c.Focus(f)
	}
}

func (v *Screen) save(label string, mut func(*model.ServizioAssociato)) error {
	if v.sel < 0 {
		return nil
	}
	old := v.s.Plan.Servizi[v.sel]
	nu := old.Clone()
	mut(&nu)
	if nu.DataSottoscrizione != nil && nu.Scadenza != nil && nu.Scadenza.Before(*nu.DataSottoscrizione) {
		return fmt.Errorf("%s", lang.L("servizi.scadenza.prima"))
	}
	_, err := v.s.SaveServizio(label+" «"+old.Titolo+"»", nu)
	return err
}

func (v *Screen) add() {
	ordine := 1
	for _, x := range v.s.Plan.Servizi {
		ordine = max(ordine, x.Ordine+1)
	}
	nu := model.ServizioAssociato{Ordine: ordine, Titolo: lang.L("servizi.nuovo"), Stato: "attivo", Partner: []string{}}
	if id, err := v.s.SaveServizio(lang.L("servizi.aggiungi"), nu); err == nil {
		v.list.Select(slices.IndexFunc(v.s.Plan.Servizi, func(x model.ServizioAssociato) bool { return x.ID == id }))
		if c := fyne.CurrentApp().Driver().CanvasForObject(v.titolo); c != nil {
			c.Focus(v.titolo)
		}
	}
}

func (v *Screen) askDelete() {
	if v.sel < 0 {
		return
	}
	old := v.s.Plan.Servizi[v.sel]
	d := dialog.NewConfirm(lang.L("servizi.elimina"), fmt.Sprintf(lang.L("servizi.elimina.domanda"), old.Titolo), func(ok bool) {
		if ok {
			_ = v.s.DeleteServizio(lang.L("servizi.elimina")+" «"+old.Titolo+"»", old.ID)
		}
	}, v.w)
	d.SetConfirmText(lang.L("comune.elimina"))
	d.SetDismissText(lang.L("comune.annulla"))
	d.Show()
}
