// Command benchbare is the baseline of scripts/bench-window.sh: the least a
// Fyne program can do to show a useful window (a 1,000-row table), built
// with the same Fyne and the same flags as the program, so that the time
// the program takes to show its window can be read as a ratio to it.
package main

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("it.comune.pianoperformance.riferimento")
	w := a.NewWindow("Finestra di riferimento")
	t := widget.NewTable(
		func() (int, int) { return 1000, 4 },
		func() fyne.CanvasObject { return widget.NewLabel("Obiettivo 0000, colonna 0") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText("Obiettivo " + strconv.Itoa(id.Row+1) + ", colonna " + strconv.Itoa(id.Col+1))
		},
	)
	w.SetContent(t)
	w.Resize(fyne.NewSize(1280, 660)) // the program's first size (ui/window.go)
	w.ShowAndRun()
}
