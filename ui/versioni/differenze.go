package versioni

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
)

// colonne are what changed, the old and the new text.
var colonne = field.Cols{1, 1.6, 1.6}

// maxRighe bounds the changes drawn on screen: a variation that rewrote
// the plan would take the window a long time to lay out, and its full
// list is what the printed Variazione is for.
const maxRighe = 300

// differenze lists changes by part of the plan and by record, each with
// what changed and the old and new text side by side.
type differenze struct {
	mm      []model.Modifica
	box     *fyne.Container
	content fyne.CanvasObject
}

func newDifferenze() *differenze {
	d := &differenze{box: container.NewVBox()}
	head := container.New(colonne, bold(lang.L("versioni.cosa")), bold(lang.L("versioni.prima")), bold(lang.L("versioni.dopo")))
	d.content = container.NewBorder(container.NewVBox(head, widget.NewSeparator()), nil, nil, nil, container.NewVScroll(d.box))
	return d
}

func bold(t string) *widget.Label {
	return widget.NewLabelWithStyle(t, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

func wrap(t string) *widget.Label {
	l := widget.NewLabel(t)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func (d *differenze) show(mm []model.Modifica) {
	d.mm = mm
	d.box.Objects = nil
	section, object := "", ""
	for i, m := range mm {
		if i == maxRighe {
			more := wrap(lang.L("versioni.altre", map[string]any{"N": len(mm) - maxRighe}))
			more.TextStyle.Italic = true
			d.box.Add(more)
			break
		}
		if m.Sezione != section {
			section, object = m.Sezione, ""
			h := bold(model.TitoloSezione(section))
			h.SizeName = theme.SizeNameSubHeadingText
			d.box.Add(h)
		}
		if m.Oggetto != object {
			object = m.Oggetto
			o := wrap(object)
			o.TextStyle.Bold = true
			d.box.Add(o)
		}
		prima, dopo := testo(m.Prima, m.Tipo != model.ModificaAggiunto), testo(m.Dopo, m.Tipo != model.ModificaRimosso)
		if m.Tipo == model.ModificaModificato && m.Prima != "" && m.Dopo != "" {
			if a, b, simili := model.ConfrontaParole(m.Prima, m.Dopo); simili {
				prima, dopo = evidenziato(a, theme.ColorNameError), evidenziato(b, theme.ColorNameSuccess)
			}
		}
		d.box.Add(container.New(colonne, cosa(m), prima, dopo))
		d.box.Add(widget.NewSeparator())
	}
	d.box.Refresh()
}

// cosa says what happened: "modificato · Titolo", coloured by kind.
func cosa(m model.Modifica) fyne.CanvasObject {
	kind := widget.NewLabelWithStyle(tipo(m.Tipo), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	switch m.Tipo {
	case model.ModificaAggiunto:
		kind.Importance = widget.SuccessImportance
	case model.ModificaRimosso:
		kind.Importance = widget.DangerImportance
	case model.ModificaSpostato:
		kind.Importance = widget.WarningImportance
	}
	campo := m.Campo
	if campo == "" {
		campo = lang.L("versioni.intero")
	}
	return container.NewVBox(kind, wrap(campo))
}

func tipo(t model.TipoModifica) string {
	switch t {
	case model.ModificaAggiunto:
		return lang.L("versioni.aggiunto")
	case model.ModificaRimosso:
		return lang.L("versioni.eliminato")
	case model.ModificaSpostato:
		return lang.L("versioni.spostato")
	}
	return lang.L("versioni.modificato")
}

// testo is the old or new text; "—" when there was none.
func testo(s string, applies bool) fyne.CanvasObject {
	if !applies || s == "" {
		l := widget.NewLabel("—")
		l.Importance = widget.LowImportance
		return l
	}
	return wrap(s)
}
