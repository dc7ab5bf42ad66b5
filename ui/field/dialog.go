package field

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Ask shows a dialog with a form and two buttons, «Annulla» and confirm.
// confirm runs done, and the dialog closes only when done says the form
// was accepted: a refused value stays on screen with its message under
// it, for the clerk to correct.
func Ask(title, confirm string, content fyne.CanvasObject, w fyne.Window, done func() bool) *dialog.CustomDialog {
	d := dialog.NewCustomWithoutButtons(title, content, w)
	ok := widget.NewButton(confirm, func() {
		if done() {
			d.Hide()
		}
	})
	ok.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("Cancel"), d.Hide), ok})
	d.Show()
	return d
}
