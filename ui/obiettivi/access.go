package obiettivi

import (
	"fyne.io/fyne/v2"

	"pianoperformance/model"
)

// permit disables what the user's role may not change in objective o
// (plans on a database server): for a Responsabile di Area everything
// but the progress, the notes, the readings (not their score) and the
// phases' completion of the objectives of their Area; for the Nucleo and
// the Giunta everything. The server refuses such changes anyway; the
// window's role bar says why.
func (e *editor) permit(o *model.Obiettivo) {
	s := e.sc.s
	if s.CanEditAll() {
		return
	}
	allowed := map[fyne.CanvasObject]bool{}
	if s.CanEditReadings(o) {
		allowed[e.stato], allowed[e.not] = true, true
		for _, rr := range e.ris.rows {
			for _, x := range rr {
				allowed[x.data], allowed[x.valore], allowed[x.stato], allowed[x.note] = true, true, true, true
			}
		}
		for _, b := range e.ris.buttons {
			allowed[b] = true
		}
		for _, r := range e.fasi.rows {
			allowed[r.fatta] = true
		}
	}
	e.lock.Lock(e.tabs, func(w fyne.CanvasObject) bool { return allowed[w] })
}
