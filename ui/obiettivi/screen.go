// Package obiettivi is the Obiettivi screen: a filterable, sortable table
// of the plan's objectives above an editor of the selected one. Every change
// is saved at once through the session, whole objective by whole objective.
package obiettivi

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
	"pianoperformance/ui/session"
)

// Screen is the Obiettivi entry of the navigation.
type Screen struct {
	s *session.Session
	w fyne.Window

	list   *list
	filter filter
	marked map[int64]bool // ticked for printing
	selID  int64          // the objective in the editor, 0 if none

	table   *widget.Table
	areaSel *widget.Select
	unitSel *widget.Select
	yearSel *widget.Select
	search  *field.Search
	count   *widget.Label
	ed      *editor
	content fyne.CanvasObject
	actions *fyne.Container // new, duplicate, delete, move
	lock    field.Locker    // the actions, for a role that may not use them

	// option label → ID for the filter Selects
	areaIDs map[string]int64
	unitIDs map[string]int64
}

// New builds the screen on the session's plan.
func New(s *session.Session, w fyne.Window) session.Screen { return NewScreen(s, w) }

// NewScreen is New with the concrete type, for the frame's menu actions
// (Nuovo obiettivo, Cerca, printing the ticked objectives).
func NewScreen(s *session.Session, w fyne.Window) *Screen {
	sc := &Screen{s: s, w: w, list: newList(), marked: map[int64]bool{}}
	sc.build()
	sc.Refresh()
	return sc
}

func (sc *Screen) Title() string              { return lang.L("nav.obiettivi") }
func (sc *Screen) Content() fyne.CanvasObject { return sc.content }

func (sc *Screen) build() {
	sc.table = sc.newTable()
	sc.areaSel = widget.NewSelect(nil, func(v string) {
		sc.filter.areaID = sc.areaIDs[v]
		sc.followSearch()
	})
	sc.unitSel = widget.NewSelect(nil, func(v string) {
		sc.filter.unitID = sc.unitIDs[v]
		sc.followSearch()
	})
	sc.yearSel = widget.NewSelect(nil, func(v string) {
		sc.filter.anno = 0
		fmt.Sscan(v, &sc.filter.anno)
		sc.followSearch()
	})
	sc.search = field.NewSearch()
	sc.search.SetPlaceHolder(lang.L("obiettivi.cerca.suggerimento"))
	sc.search.ActionItem = widget.NewButtonWithIcon("", theme.CancelIcon(), func() { sc.search.SetText("") })
	sc.search.OnChanged = func(q string) {
		sc.filter.query = q
		sc.followSearch()
	}
	sc.count = widget.NewLabel("")

	sc.actions = container.NewHBox(
		widget.NewButtonWithIcon(lang.L("obiettivi.nuovo"), theme.ContentAddIcon(), sc.NewObiettivo),
		widget.NewButtonWithIcon(lang.L("obiettivi.duplica"), theme.ContentCopyIcon(), sc.duplica),
		widget.NewButtonWithIcon(lang.L("obiettivi.elimina"), theme.DeleteIcon(), sc.elimina),
		widget.NewButtonWithIcon(lang.L("obiettivi.sposta"), theme.MailForwardIcon(), sc.sposta),
	)
	// Two rows: what to do with the objective, then what to look at.
	filters := container.New(cols{1.2, 1.2, 0.7}, sc.areaSel, sc.unitSel, sc.yearSel)
	bar := container.NewVBox(
		container.NewBorder(nil, nil, sc.actions, sc.count),
		container.New(cols{1.3, 1.4}, sc.search, filters),
	)

	sc.ed = newEditor(sc)
	split := container.NewVSplit(container.NewBorder(bar, nil, nil, nil, sc.table), sc.ed.content)
	// The table keeps a little more than half the height: on a 1366×768
	// laptop it shows six objectives, the editor below scrolls.
	split.Offset = 0.56
	sc.content = split
}

// Refresh rebuilds the table and the editor from the session's plan.
func (sc *Screen) Refresh() {
	p := sc.s.Plan
	if p == nil {
		return
	}
	if sc.s.CanEditAll() {
		sc.lock.Unlock()
	} else {
		sc.lock.Lock(sc.actions, nil)
	}
	sc.list.reindex(p)
	sc.refreshFilterOptions()
	sc.applyFilter()
	if p.ObiettivoByID(sc.selID) == nil {
		sc.selID = 0
	}
	if sc.selID == 0 && len(sc.list.rows) > 0 {
		// Never an empty editor when there is something to show.
		sc.selectRow(0)
		return
	}
	sc.ed.load(sc.selID)
}

func (sc *Screen) applyFilter() {
	if sc.list.plan == nil {
		return
	}
	sc.list.apply(sc.filter)
	count := lang.L("obiettivi.conteggio", map[string]any{"Righe": len(sc.list.rows), "Totale": len(sc.list.plan.Obiettivi)})
	if len(sc.list.rows) == 0 && len(sc.list.plan.Obiettivi) > 0 {
		count = lang.L("obiettivi.nessuno.trovato")
	}
	sc.count.SetText(count)
	sc.table.UnselectAll()
	sc.table.Refresh()
	if r := sc.rowOf(sc.selID); r >= 0 {
		sc.selectRow(r)
	}
}

// search_ applies a search or filter the clerk just changed: the table
// scrolls to the first result and the editor follows it, so it never shows
// an objective that is not among the results; with no result the editor
// says so. (A change saved while the table is filtered does not move the
// editor: the clerk may be typing in an objective that no longer matches.)
func (sc *Screen) followSearch() {
	sc.applyFilter()
	if sc.rowOf(sc.selID) >= 0 {
		return
	}
	if len(sc.list.rows) > 0 {
		sc.selectRow(0)
		return
	}
	sc.selID = 0
	sc.ed.load(0)
	sc.ed.setEmpty(lang.L("obiettivi.nessuno.trovato.spiegazione"))
}

// refreshFilterOptions fills the Selects from the organisation and the span.
func (sc *Screen) refreshFilterOptions() {
	p := sc.s.Plan
	all, allU := lang.L("obiettivi.filtro.tutte.aree"), lang.L("obiettivi.filtro.tutte.unita")
	var areas, units []string
	areas, sc.areaIDs = field.AreeOptions(p, all)
	units, sc.unitIDs = field.UnitaOptions(p, allU)
	allY := lang.L("obiettivi.filtro.tutti.anni")
	years := []string{allY}
	for y := p.Piano.AnnoInizio; y <= p.Piano.AnnoFine && y > 0; y++ {
		years = append(years, fmt.Sprint(y))
	}
	field.SetOptions(sc.areaSel, areas, field.LabelFor(sc.areaIDs, sc.filter.areaID, all))
	field.SetOptions(sc.unitSel, units, field.LabelFor(sc.unitIDs, sc.filter.unitID, allU))
	yl := allY
	if sc.filter.anno != 0 {
		yl = fmt.Sprint(sc.filter.anno)
	}
	field.SetOptions(sc.yearSel, years, yl)
}

func (sc *Screen) rowOf(id int64) int {
	if id == 0 {
		return -1
	}
	for r, i := range sc.list.rows {
		if sc.list.plan.Obiettivi[i].ID == id {
			return r
		}
	}
	return -1
}

// current is the objective in the editor, or nil.
func (sc *Screen) current() *model.Obiettivo { return sc.s.Plan.ObiettivoByID(sc.selID) }

// Ticked is the objectives ticked for printing, in table order.
func (sc *Screen) Ticked() []int64 {
	var out []int64
	for _, i := range sc.list.rows {
		if id := sc.list.plan.Obiettivi[i].ID; sc.marked[id] {
			out = append(out, id)
		}
	}
	return out
}

// Marked is the ticked objectives, or the one in the editor when none is
// ticked.
func (sc *Screen) Marked() []int64 {
	out := sc.Ticked()
	if len(out) == 0 && sc.selID != 0 {
		out = []int64{sc.selID}
	}
	return out
}

// AreaFilter is the Area the table is filtered on, 0 for all.
func (sc *Screen) AreaFilter() int64 { return sc.filter.areaID }

// FocusSearch puts the cursor in the search box (Ctrl+F).
func (sc *Screen) FocusSearch() { sc.w.Canvas().Focus(sc.search) }

// Show selects the target's objective and focuses the field it is about.
// A target that is an Area (weights that do not add up) filters the table.
func (sc *Screen) Show(t session.Target) {
	p := sc.s.Plan
	if p.ObiettivoByID(t.ID) == nil {
		if u := p.UnitaByID(t.ID); u != nil && u.ParentID == 0 {
			sc.filter = filter{areaID: u.ID}
			sc.search.SetText("")
			sc.refreshFilterOptions()
			sc.applyFilter()
			if len(sc.list.rows) > 0 {
				sc.selectRow(0)
			}
			sc.ed.focus(t.Campo)
		}
		return
	}
	if sc.rowOf(t.ID) < 0 {
		sc.filter = filter{}
		sc.search.SetText("")
		sc.refreshFilterOptions()
		sc.applyFilter()
	}
	sc.selectRow(sc.rowOf(t.ID))
	sc.ed.focus(t.Campo)
}
