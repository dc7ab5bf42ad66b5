package session

import "fyne.io/fyne/v2"

// Target names a place in the plan that a screen can show and focus: the
// Controlli screen jumps to the field a finding is about.
type Target struct {
	Sezione string // model.Sezione* key, or "ente"
	Anno    int    // for yearly tables
	ID      int64  // for records with an ID
	Campo   string // the field, e.g. "maschi"
	// Verifica is the monitoring checkpoint, for the monitoring's findings.
	Verifica int64
}

// Screen is one entry of the navigation list.
type Screen interface {
	Title() string
	Content() fyne.CanvasObject
	// Refresh redraws from Session.Plan after a change or an undo.
	Refresh()
	// Show brings the target's field into view and focuses it.
	Show(t Target)
}

// Browser is a Screen with controls that only choose what to look at or
// print (a search box, filters, the list of versions): they stay enabled
// when the plan is shown read-only. A container stands for all it holds.
type Browser interface {
	Browsing() []fyne.CanvasObject
}
