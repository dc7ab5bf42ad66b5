// Package ente is the "Ente e piano" screen: the comune, the plan's
// identity and approval act, and the free-text chapters of the document.
package ente

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
	"pianoperformance/ui/session"
)

// Screen is the "Ente e piano" screen.
type Screen struct {
	s    *session.Session
	w    fyne.Window
	tabs *container.AppTabs
	main *container.TabItem
	capT *container.TabItem

	nome, provincia, regione, istat *field.Field[string]
	stemma                          *stemma

	anno, inizio, fine                    *field.Field[int]
	titolo, sezione, sottosezione, organo *field.Field[string]
	numero                                *field.Field[string]
	data                                  *field.Field[*model.Date]
	stato                                 *widget.Select
	adottato                              *widget.Label // says the act comes from the adoption
	focus                                 map[string]fyne.Focusable
	cap                                   *capitoli
	refreshing                            bool
}

var stati = model.StatiPiano

func statoLabel(st model.StatoPiano) string { return st.Label() }

// New builds the screen on the session's plan.
func New(s *session.Session, w fyne.Window) session.Screen {
	e := &Screen{s: s, w: w}
	e.build()
	e.Refresh()
	return e
}

func (e *Screen) Title() string { return lang.L("ente.titolo") }

func (e *Screen) Content() fyne.CanvasObject { return e.tabs }

func (e *Screen) build() {
	ente := func(label string, set func(*model.Ente, string)) *field.Field[string] {
		return field.NewText(func(v string) error {
			return e.saveEnte(label, func(x *model.Ente) { set(x, v) })
		})
	}
	e.nome = field.NewRequiredText(lang.L("ente.nome.manca"), func(v string) error {
		return e.saveEnte(lang.L("ente.nome"), func(x *model.Ente) { x.Nome = v })
	})
	e.provincia = ente(lang.L("ente.provincia"), func(x *model.Ente, v string) { x.Provincia = v })
	e.regione = ente(lang.L("ente.regione"), func(x *model.Ente, v string) { x.Regione = v })
	e.istat = ente(lang.L("ente.istat"), func(x *model.Ente, v string) { x.CodiceISTAT = v })
	e.stemma = newStemma(e)

	piano := func(label string, set func(*model.Piano, string)) *field.Field[string] {
		return field.NewText(func(v string) error {
			return e.savePiano(label, func(x *model.Piano) { set(x, v) })
		})
	}
	year := func(label string, set func(*model.Piano, int)) *field.Field[int] {
		return field.NewYear(func(v int) error {
			return e.savePiano(label, func(x *model.Piano) { set(x, v) })
		})
	}
	e.anno = year(lang.L("ente.anno"), func(x *model.Piano, v int) { x.Anno = v })
	e.inizio = year(lang.L("ente.triennio.da"), func(x *model.Piano, v int) { x.AnnoInizio = v })
	e.fine = year(lang.L("ente.triennio.a"), func(x *model.Piano, v int) { x.AnnoFine = v })
	e.titolo = piano(lang.L("ente.piano.titolo"), func(x *model.Piano, v string) { x.Titolo = v })
	e.sezione = piano(lang.L("ente.sezione"), func(x *model.Piano, v string) { x.Sezione = v })
	e.sottosezione = piano(lang.L("ente.sottosezione"), func(x *model.Piano, v string) { x.Sottosezione = v })
	e.organo = piano(lang.L("ente.organo"), func(x *model.Piano, v string) { x.Approvazione.Organo = v })
	e.numero = piano(lang.L("ente.numero"), func(x *model.Piano, v string) { x.Approvazione.Numero = v })
	e.data = field.NewOptDate(func(v *model.Date) error {
		return e.savePiano(lang.L("ente.data"), func(x *model.Piano) { x.Approvazione.Data = v })
	})
	var opts []string
	for _, st := range stati {
		opts = append(opts, statoLabel(st))
	}
	e.stato = widget.NewSelect(opts, func(label string) {
		if e.refreshing {
			return
		}
		for _, st := range stati {
			if statoLabel(st) == label && st != e.s.Plan.Piano.Stato {
				_ = e.savePiano(lang.L("ente.stato"), func(x *model.Piano) { x.Stato = st })
			}
		}
	})

	e.focus = map[string]fyne.Focusable{
		"nome": e.nome, "provincia": e.provincia, "regione": e.regione, "codice_istat": e.istat,
		"anno": e.anno, "anno_inizio": e.inizio, "anno_fine": e.fine, "titolo": e.titolo,
		"sezione": e.sezione, "sottosezione": e.sottosezione, "organo": e.organo,
		"numero": e.numero, "data": e.data, "approvazione": e.organo,
	}

	comune := field.NewForm().
		Add(lang.L("ente.nome"), e.nome).
		Add(lang.L("ente.provincia"), e.provincia).
		Add(lang.L("ente.regione"), e.regione).
		Add(lang.L("ente.istat"), e.istat).
		Add(lang.L("ente.stemma"), e.stemma.content)
	triennio := container.NewGridWithColumns(3, e.inizio, widget.NewLabelWithStyle(lang.L("ente.triennio.a"), fyne.TextAlignCenter, fyne.TextStyle{}), e.fine)
	doc := field.NewForm().
		Add(lang.L("ente.anno"), e.anno).
		Add(lang.L("ente.triennio"), triennio).
		Add(lang.L("ente.piano.titolo"), e.titolo).
		Add(lang.L("ente.sezione"), e.sezione).
		Add(lang.L("ente.sottosezione"), e.sottosezione).
		Add(lang.L("ente.stato"), e.stato)
	atto := field.NewForm().
		Add(lang.L("ente.organo"), e.organo).
		Add(lang.L("ente.numero"), e.numero).
		Add(lang.L("ente.data"), e.data)
	e.adottato = widget.NewLabel(lang.L("ente.da.adozione"))
	e.adottato.Wrapping = fyne.TextWrapWord
	e.adottato.TextStyle.Italic = true
	e.adottato.Hide()
	left := field.Section(lang.L("ente.comune"), comune)
	right := container.NewVBox(field.Section(lang.L("ente.piano"), doc),
		field.Section(lang.L("ente.approvazione"), container.NewVBox(atto, e.adottato)))
	e.main = container.NewTabItem(lang.L("ente.tab.ente"), container.NewVScroll(container.NewPadded(container.NewGridWithColumns(2, left, right))))
	e.cap = newCapitoli(e)
	e.capT = container.NewTabItem(lang.L("ente.tab.capitoli"), e.cap.content)
	e.tabs = container.NewAppTabs(e.main, e.capT)
}

// Refresh shows the plan as it is now (after any change or undo).
func (e *Screen) Refresh() {
	p := e.s.Plan
	e.refreshing = true
	defer func() { e.refreshing = false }()
	e.nome.SetValue(p.Ente.Nome)
	e.provincia.SetValue(p.Ente.Provincia)
	e.regione.SetValue(p.Ente.Regione)
	e.istat.SetValue(p.Ente.CodiceISTAT)
	e.stemma.refresh(p.Ente.Stemma)
	e.anno.SetValue(p.Piano.Anno)
	e.inizio.SetValue(p.Piano.AnnoInizio)
	e.fine.SetValue(p.Piano.AnnoFine)
	e.titolo.SetValue(p.Piano.Titolo)
	e.sezione.SetValue(p.Piano.Sezione)
	e.sottosezione.SetValue(p.Piano.Sottosezione)
	e.organo.SetValue(p.Piano.Approvazione.Organo)
	e.numero.SetValue(p.Piano.Approvazione.Numero)
	e.data.SetValue(p.Piano.Approvazione.Data)
	if p.Piano.Stato == "" {
		e.stato.ClearSelected()
	} else {
		e.stato.SetSelected(statoLabel(p.Piano.Stato))
	}
	e.lockAdoption()
	e.cap.refresh()
}

// lockAdoption keeps the status and the approval act out of reach once
// the plan has frozen versions: they are the adoption's (Piano › Adotta il
// piano…), and the session would not change them anyway.
func (e *Screen) lockAdoption() {
	vv, _ := e.s.Versioni()
	for _, w := range []fyne.Disableable{e.stato, e.organo, e.numero, e.data} {
		if len(vv) > 0 {
			w.Disable()
		} else {
			w.Enable()
		}
	}
	if len(vv) > 0 {
		e.adottato.Show()
	} else {
		e.adottato.Hide()
	}
}

// Show focuses the field a target names: an Ente or Piano field, or a
// chapter (by ID) and one of its fields.
func (e *Screen) Show(t session.Target) {
	if t.ID != 0 || t.Campo == "testo" {
		e.tabs.Select(e.capT)
		e.cap.show(t.ID, t.Campo)
		return
	}
	e.tabs.Select(e.main)
	if f, ok := e.focus[t.Campo]; ok {
		if c := fyne.CurrentApp().Driver().CanvasForObject(e.tabs); c != nil {
			c.Focus(f)
		}
	}
}

// saveEnte stores a change of the comune and makes it undoable.
func (e *Screen) saveEnte(label string, mut func(*model.Ente)) error {
	nu := e.s.Plan.Ente
	mut(&nu)
	return e.s.SaveEnte(label, nu)
}

var errTriennio = errors.New("il triennio deve iniziare non dopo la fine (es. 2023–2025)")

// savePiano stores a change of the plan's identity and makes it undoable.
func (e *Screen) savePiano(label string, mut func(*model.Piano)) error {
	nu := e.s.Plan.Piano
	mut(&nu)
	if nu.AnnoInizio != 0 && nu.AnnoFine != 0 && nu.AnnoInizio > nu.AnnoFine {
		return errTriennio
	}
	return e.s.SavePiano(label, nu)
}
