package inizio

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
	"pianoperformance/ui/session"
)

// askDone asks when a deadline was met, and with what (a resolution, a
// web address), and records it: from the start screen's short list and
// from the Scadenze screen alike.
func askDone(s *session.Session, w fyne.Window, sc model.Scadenza) {
	data := field.NewDate(func(model.Date) error { return nil })
	data.SetValue(s.Oggi())
	note := widget.NewEntry()
	note.SetPlaceHolder(lang.L("scadenze.fatto.note.esempio"))
	form := field.NewForm().Add(lang.L("scadenze.fatto.data"), data).Add(lang.L("scadenze.fatto.note"), note)
	intro := widget.NewLabel(sc.Titolo)
	intro.Wrapping = fyne.TextWrapWord
	d := field.Ask(lang.L("scadenze.fatto.titolo"), lang.L("scadenze.fatto.registra"), container.NewVBox(intro, form), w, func() bool {
		if !data.Commit() {
			return false
		}
		a := model.Adempimento{Chiave: sc.Chiave, Data: data.Value(), Note: note.Text}
		return s.SegnaFatto(lang.L("scadenze.fatto.cosa", map[string]any{"Titolo": sc.Titolo}), a) == nil
	})
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
}
