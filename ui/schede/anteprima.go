// Package schede holds the window's dialogs of the Area managers'
// monitoring workbooks: the preview of reading them back, with the
// conflicts side by side and a choice for each. What is read and what is
// saved is the workbook package's and the session's business.
package schede

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/workbook"
)

// Vista is the preview of reading workbooks back: a summary, the files
// refused, and one list with, per workbook, the conflicts (both sides and
// a choice), the values to save (before and after), the rows with problems
// and those left empty. It creates only the rows on screen, so the
// workbooks of a large plan open at once.
type Vista struct {
	Contenuto fyne.CanvasObject
	Salva     *widget.Button
	// TuttiProgramma and TuttiScheda settle every conflict at once; nil
	// when there is none.
	TuttiProgramma, TuttiScheda *widget.Button

	a       *workbook.Anteprima
	scelte  workbook.Scelte
	voci    []voce
	lista   *widget.List
	riepilo *widget.Label
}

// NuovaVista builds the preview of a; salva gets the user's choices for
// the conflicts when «Salva» is tapped (disabled when a file was refused
// or nothing would be saved).
func NuovaVista(a *workbook.Anteprima, salva func(workbook.Scelte)) *Vista {
	v := &Vista{a: a, scelte: workbook.Scelte{}, voci: voci(a)}
	v.riepilo = widget.NewLabel(riepilogo(a))
	v.riepilo.Wrapping = fyne.TextWrapWord
	v.Salva = widget.NewButton("", func() { salva(v.Scelte()) })
	v.Salva.Importance = widget.HighImportance
	v.lista = widget.NewList(func() int { return len(v.voci) }, nuovaRiga, func(id widget.ListItemID, o fyne.CanvasObject) {
		o.(*riga).mostra(v.voci[id], v)
	})
	for i, x := range v.voci {
		if h := x.altezza(); h > 0 {
			v.lista.SetItemHeight(i, h)
		}
	}
	top := []fyne.CanvasObject{v.riepilo}
	for _, r := range a.Rifiuti {
		l := widget.NewLabel(lang.L("schede.anteprima.rifiuto", map[string]any{"File": r.File, "Motivo": r.Motivo}))
		l.Wrapping, l.Importance = fyne.TextWrapWord, widget.DangerImportance
		top = append(top, l)
	}
	if len(a.Rifiuti) > 0 {
		l := widget.NewLabel(lang.L("schede.anteprima.rifiutate"))
		l.Wrapping, l.TextStyle = fyne.TextWrapWord, fyne.TextStyle{Bold: true}
		top = append(top, l)
	}
	if a.Conta(workbook.Conflitto) > 0 {
		v.TuttiProgramma = widget.NewButton(lang.L("schede.anteprima.tutti.programma"), func() { v.tutti(false) })
		v.TuttiScheda = widget.NewButton(lang.L("schede.anteprima.tutti.scheda"), func() { v.tutti(true) })
	}
	v.Contenuto = container.NewBorder(container.NewVBox(top...), nil, nil, nil, v.lista)
	v.aggiorna()
	return v
}

// Scelte are the choices made so far: true takes the workbook's values.
func (v *Vista) Scelte() workbook.Scelte {
	out := workbook.Scelte{}
	for k, b := range v.scelte {
		out[k] = b
	}
	return out
}

// scegli records the choice of a conflict.
func (v *Vista) scegli(chiave string, scheda bool) {
	if v.scelte[chiave] == scheda {
		return
	}
	v.scelte[chiave] = scheda
	v.aggiorna()
}

func (v *Vista) tutti(scheda bool) {
	for _, x := range v.voci {
		if x.tipo == vScelta {
			v.scelte[x.chiave] = scheda
		}
	}
	v.lista.Refresh()
	v.aggiorna()
}

// aggiorna names on «Salva» how many values the choices save.
func (v *Vista) aggiorna() {
	n := 0
	if m, _ := v.a.Lotto(v.scelte, time.Time{}); m != nil {
		n = len(m.Risultati) + len(m.Avanzamenti) + len(m.Fasi)
	}
	v.Salva.SetText(lang.N("schede.anteprima.salva", n, map[string]any{"N": n}))
	if n == 0 || len(v.a.Rifiuti) > 0 {
		v.Salva.Disable()
	} else {
		v.Salva.Enable()
	}
}

// Mostra shows the preview in a dialog over w; salva runs with the choices
// once the dialog is closed by «Salva».
func Mostra(w fyne.Window, a *workbook.Anteprima, salva func(workbook.Scelte)) *dialog.CustomDialog {
	var d *dialog.CustomDialog
	v := NuovaVista(a, func(s workbook.Scelte) { d.Hide(); salva(s) })
	d = dialog.NewCustomWithoutButtons(lang.L("schede.anteprima.titolo"), v.Contenuto, w)
	buttons := []fyne.CanvasObject{widget.NewButton(lang.L("Cancel"), func() { d.Hide() })}
	if v.TuttiProgramma != nil {
		buttons = append(buttons, v.TuttiProgramma, v.TuttiScheda)
	}
	d.SetButtons(append(buttons, v.Salva))
	size := w.Canvas().Size()
	d.Resize(fyne.NewSize(max(760, size.Width*0.92), max(480, size.Height*0.88)))
	d.Show()
	return d
}

func riepilogo(a *workbook.Anteprima) string {
	n := func(key string, k int) string { return lang.N(key, k, map[string]any{"N": k}) }
	s := n("schede.anteprima.schede", len(a.Schede)) + " " + n("schede.anteprima.modifiche", a.Conta(workbook.Modifica)) +
		", " + n("schede.anteprima.conflitti", a.Conta(workbook.Conflitto)) +
		", " + n("schede.anteprima.vuote", a.Conta(workbook.Vuota)) +
		", " + n("schede.anteprima.problemi", a.Conta(workbook.Problema)) + "."
	if a.Conta(workbook.Modifica)+a.Conta(workbook.Conflitto) == 0 && len(a.Rifiuti) == 0 {
		s += " " + lang.L("schede.anteprima.niente")
	}
	return s
}

func giorno(t time.Time) string {
	l := t.Local()
	return model.Date{Year: l.Year(), Month: l.Month(), Day: l.Day()}.String()
}
