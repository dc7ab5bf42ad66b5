package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// AskReadOnly shows, in a window of its own, that the plan is open in
// another program and by whom (err says it), and offers to open it
// read-only or to quit. readOnly opens it and shows the main window; an
// error it returns is shown in place of the question.
func AskReadOnly(a fyne.App, err error, readOnly func() error) fyne.Window {
	return askReadOnly(a, a.NewWindow(programName), err, readOnly)
}

// askReadOnly asks in w, a window made and not yet shown.
func askReadOnly(a fyne.App, w fyne.Window, err error, readOnly func() error) fyne.Window {
	w.SetTitle(lang.L("file.bloccato.titolo"))
	counted(w, nil)
	msg := widget.NewLabel(lockedMessage(err))
	msg.Wrapping = fyne.TextWrapWord
	var open *widget.Button
	open = widget.NewButton(lang.L("file.bloccato.sola.lettura"), func() {
		if err := readOnly(); err != nil {
			msg.SetText(Message(err))
			open.Disable()
			return
		}
		w.Close()
	})
	open.Importance = widget.HighImportance
	quit := widget.NewButton(lang.L("file.bloccato.esci"), func() { quit(a) })
	w.SetContent(container.NewBorder(nil, container.NewCenter(container.NewHBox(quit, open)), nil, nil,
		container.NewPadded(msg)))
	w.Resize(fyne.NewSize(600, 180))
	w.Show()
	return w
}
