// Package monitoraggio is the Monitoraggio screen: the year's monitoring
// at one checkpoint, as a spreadsheet of every indicator of the plan (value,
// day of the reading, state, cause and corrective action) with the degree
// of achievement the program computes as the value is typed, and under it
// the objective of the row being edited: its progress note, its outcome
// and the state of its phases. Every cell is saved through the session as
// one batch of the monitoring, undoable like any change.
package monitoraggio

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
	"pianoperformance/ui/session"
)

// Screen is the Monitoraggio entry of the navigation.
type Screen struct {
	s *session.Session
	w fyne.Window

	verID int64 // the checkpoint shown
	f     filtro
	rows  []riga
	// stored is the measurement of the plan as saved; shown is what the
	// figures show: stored, or the measurement with the value being typed.
	stored, shown *model.Valutazione
	preview       int // the row whose typed value shown reflects, -1 if none

	sheet                   *field.Sheet
	verSel, areaSel         *widget.Select
	unitSel, statoSel       *widget.Select
	verIDs, areaIDs, unitID map[string]int64
	statoKeys               map[string]string
	count                   *widget.Label
	totEnte, totArea, totOb *widget.Label
	empty                   *widget.Label
	panel                   *pannello
	ente                    *enteTab
	verifiche               *verificheDialog
	forza                   *forzaDialog
	tabs                    *container.AppTabs
	content                 fyne.CanvasObject
}

// New builds the screen on the session's plan.
func New(s *session.Session, w fyne.Window) session.Screen { return NewScreen(s, w) }

// NewScreen is New with the concrete type.
func NewScreen(s *session.Session, w fyne.Window) *Screen {
	sc := &Screen{s: s, w: w, preview: -1}
	sc.build()
	sc.Refresh()
	return sc
}

func (sc *Screen) Title() string { return lang.L("nav.monitoraggio") }

// Browsing are the controls that only choose what to look at: they stay
// enabled on a version shown read-only.
func (sc *Screen) Browsing() []fyne.CanvasObject {
	return []fyne.CanvasObject{sc.verSel, sc.areaSel, sc.unitSel, sc.statoSel}
}
func (sc *Screen) Content() fyne.CanvasObject { return sc.content }

func (sc *Screen) build() {
	sc.sheet = sc.newSheet()
	sc.verSel = widget.NewSelect(nil, func(v string) {
		if id, ok := sc.verIDs[v]; ok && id != sc.verID {
			sc.verID = id
			sc.Refresh()
		}
	})
	sc.areaSel = widget.NewSelect(nil, func(v string) {
		sc.f.area = sc.areaIDs[v]
		sc.refreshRows()
	})
	sc.unitSel = widget.NewSelect(nil, func(v string) {
		sc.f.unita = sc.unitID[v]
		sc.refreshRows()
	})
	sc.statoSel = widget.NewSelect(nil, func(v string) {
		sc.f.stato = sc.statoKeys[v]
		sc.refreshRows()
	})
	sc.verifiche = newVerificheDialog(sc)
	manage := widget.NewButtonWithIcon(lang.L("monitoraggio.verifiche"), theme.SettingsIcon(), sc.verifiche.show)
	sc.count = widget.NewLabel("")
	bold := func() *widget.Label {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	sc.totEnte, sc.totArea, sc.totOb = bold(), bold(), bold()
	// The checkpoint chosen sets what everything else shows: it comes
	// first and is never cut short.
	verBox := container.NewGridWrap(fyne.NewSize(250, sc.verSel.MinSize().Height), sc.verSel)
	bar := container.NewVBox(
		container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel(lang.L("monitoraggio.verifica")), verBox, manage), nil,
			container.NewGridWithColumns(3, sc.areaSel, sc.unitSel, sc.statoSel)),
		container.NewBorder(nil, nil, nil, sc.count, container.NewHBox(sc.totEnte, sc.totArea, sc.totOb)),
	)
	sc.empty = widget.NewLabel("")
	sc.empty.Wrapping = fyne.TextWrapWord
	sc.empty.Hide()
	sc.panel = newPannello(sc)
	sc.forza = newForzaDialog(sc)
	grid := container.NewBorder(bar, nil, nil, nil, container.NewStack(sc.sheet.Content, container.NewPadded(sc.empty)))
	split := container.NewVSplit(grid, sc.panel.content)
	split.Offset = 0.68
	sc.ente = newEnteTab(sc)
	sc.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("monitoraggio.tab.rilevazioni"), split),
		container.NewTabItem(lang.L("monitoraggio.tab.ente"), sc.ente.content),
	)
	sc.content = sc.tabs
}

// Refresh shows the plan as it is now: the checkpoints, the filters' options,
// the rows and their figures.
func (sc *Screen) Refresh() {
	p := sc.s.Plan
	if p == nil {
		return
	}
	if p.VerificaByID(sc.verID) == nil {
		sc.verID = defaultVerifica(p, sc.s.Oggi())
	}
	sc.refreshOptions()
	sc.measure()
	sc.refreshRows()
	sc.ente.refresh()
	sc.verifiche.refresh()
}

// defaultVerifica is the checkpoint a clerk works on: the first one not
// yet past, else the last.
func defaultVerifica(p *model.Plan, oggi model.Date) int64 {
	for _, v := range p.Verifiche {
		if !v.Data.Before(oggi) {
			return v.ID
		}
	}
	if v := p.VerificaFinale(); v != nil {
		return v.ID
	}
	return 0
}

// measure computes the degrees of achievement of the plan as stored.
func (sc *Screen) measure() {
	sc.stored = nil
	if sc.verID != 0 {
		sc.stored, _ = model.Valuta(sc.s.Plan, sc.verID)
	}
	sc.shown, sc.preview = sc.stored, -1
}

// refreshRows applies the filters and reloads the grid.
func (sc *Screen) refreshRows() {
	p := sc.s.Plan
	sc.rows = righe(p, p.VerificaByID(sc.verID), sc.f)
	sc.sheet.SetRows(len(sc.rows))
	if sc.sheet.Current() < 0 && len(sc.rows) > 0 {
		// Never an empty panel when there is a row to show.
		sc.sheet.SetCurrent(0)
	}
	total := 0
	for _, o := range p.Obiettivi {
		total += len(o.Indicatori)
	}
	sc.count.SetText(lang.L("monitoraggio.conteggio", map[string]any{"Righe": len(sc.rows), "Totale": total + len(p.IndicatoriEnte)}))
	switch {
	case len(p.Verifiche) == 0:
		sc.empty.SetText(lang.L("monitoraggio.nessuna.verifica"))
		sc.empty.Show()
	case len(sc.rows) == 0:
		sc.empty.SetText(lang.L("monitoraggio.nessuna.riga"))
		sc.empty.Show()
	default:
		sc.empty.Hide()
	}
	sc.refreshTotals()
	sc.panel.load()
}

// refreshOptions fills the selects from the plan.
func (sc *Screen) refreshOptions() {
	p := sc.s.Plan
	sc.verIDs = map[string]int64{}
	var vers []string
	sel := ""
	for _, v := range p.Verifiche {
		l := v.Etichetta()
		sc.verIDs[l] = v.ID
		vers = append(vers, l)
		if v.ID == sc.verID {
			sel = l
		}
	}
	field.SetOptions(sc.verSel, vers, sel)

	all, allU := lang.L("monitoraggio.filtro.tutte.aree"), lang.L("monitoraggio.filtro.tutte.unita")
	areas, ids := field.AreeOptions(p, all)
	ente := lang.L("monitoraggio.filtro.ente")
	areas = append(areas, ente)
	ids[ente] = areaEnte
	sc.areaIDs = ids
	var units []string
	units, sc.unitID = field.UnitaOptions(p, allU)
	// A filter on an Area or unit that is gone (another plan opened, a unit
	// deleted) would hide every row under a list saying «all».
	if !hasID(sc.areaIDs, sc.f.area) {
		sc.f.area = 0
	}
	if !hasID(sc.unitID, sc.f.unita) {
		sc.f.unita = 0
	}
	field.SetOptions(sc.areaSel, areas, field.LabelFor(sc.areaIDs, sc.f.area, all))
	field.SetOptions(sc.unitSel, units, field.LabelFor(sc.unitID, sc.f.unita, allU))

	allS := lang.L("monitoraggio.filtro.tutti.stati")
	sc.statoKeys = map[string]string{allS: "", lang.L("monitoraggio.filtro.mancanti"): statoMancante}
	stati := []string{allS, lang.L("monitoraggio.filtro.mancanti")}
	selS := allS
	for _, st := range model.StatiRilevazione {
		l := st.Etichetta()
		stati = append(stati, l)
		sc.statoKeys[l] = string(st)
	}
	for l, k := range sc.statoKeys {
		if k == sc.f.stato {
			selS = l
		}
	}
	field.SetOptions(sc.statoSel, stati, selS)
}

func hasID(m map[string]int64, id int64) bool {
	for _, v := range m {
		if v == id {
			return true
		}
	}
	return false
}

// verifica is the checkpoint shown; nil when the plan has none.
func (sc *Screen) verifica() *model.Verifica { return sc.s.Plan.VerificaByID(sc.verID) }

// refreshTotals writes the ente's result and those of the Area and the
// objective of the row being edited.
func (sc *Screen) refreshTotals() {
	v := sc.shown
	if v == nil {
		sc.totEnte.SetText("")
		sc.totArea.SetText("")
		sc.totOb.SetText("")
		return
	}
	sc.totEnte.SetText(lang.L("monitoraggio.totale.ente", map[string]any{"Perc": figura(v.Ente.Percentuale, v.Ente.Validata)}))
	r := sc.sheet.Current()
	var area int64
	switch {
	case r >= 0 && r < len(sc.rows):
		area = sc.rows[r].area
	case sc.f.area > 0:
		area = sc.f.area
	}
	sc.totArea.SetText("")
	if a := v.Area(area); a != nil && area != areaEnte {
		sc.totArea.SetText(lang.L("monitoraggio.totale.area", map[string]any{"Area": a.Nome(), "Perc": figura(a.Percentuale, a.Validata)}))
	}
	sc.totOb.SetText("")
	if r >= 0 && r < len(sc.rows) && sc.rows[r].ob != nil {
		if e := v.Obiettivo(sc.rows[r].ob.ID); e != nil {
			sc.totOb.SetText(lang.L("monitoraggio.totale.obiettivo", map[string]any{"Codice": sc.rows[r].codice(), "Perc": figura(e.Percentuale, e.Validata)}))
		}
	}
}

// figura writes a computed result and, when the Nucleo has validated a
// different one, that too: "92,5% (validato 95%)".
func figura(calc, valid *float64) string {
	s := perc(calc)
	if valid != nil && (calc == nil || model.FormatPerc(*calc) != model.FormatPerc(*valid)) {
		s += " " + lang.L("monitoraggio.validato", map[string]any{"Perc": model.FormatPerc(*valid)})
	}
	return s
}
