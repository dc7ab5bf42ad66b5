package obiettivi

import "fyne.io/fyne/v2"

// Browsing are the controls that only choose which objectives to look at:
// they still work on a version shown read-only.
func (sc *Screen) Browsing() []fyne.CanvasObject {
	return []fyne.CanvasObject{sc.search, sc.areaSel, sc.unitSel, sc.yearSel}
}
