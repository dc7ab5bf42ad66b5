package monitoraggio

import "pianoperformance/ui/session"

// Show opens the checkpoint and the cell a finding of Controlli is about:
// the first indicator of the objective without a reading, or whose degree
// needs a judgement, or the objective's first overdue phase.
func (sc *Screen) Show(t session.Target) {
	p := sc.s.Plan
	sc.tabs.SelectIndex(0)
	if t.Verifica != 0 && p.VerificaByID(t.Verifica) != nil && t.Verifica != sc.verID {
		sc.verID = t.Verifica
	}
	// Whatever hides the row goes: the finding must be seen.
	sc.f = filtro{}
	sc.Refresh()
	row, col := -1, colValore
	for r, x := range sc.rows {
		if (t.ID == 0 && x.ob != nil) || (t.ID != 0 && (x.ob == nil || x.ob.ID != t.ID)) {
			continue
		}
		if row < 0 {
			row = r
		}
		switch t.Campo {
		case "risultati":
			if x.ind.RisultatoAl(sc.verID) == nil {
				sc.focus(r, colValore)
				return
			}
		case "raggiungimento":
			if e := x.esito(sc.stored); e != nil && e.Percentuale == nil {
				sc.focus(r, colStato)
				return
			}
		}
	}
	if row < 0 {
		return
	}
	if t.Campo == "fasi" {
		sc.sheet.ScrollTo(row, colValore)
		sc.sheet.SetCurrent(row)
		sc.panel.focusLateFase()
		return
	}
	sc.focus(row, col)
}

// Cella names the cell being edited, for the window's tests: the
// checkpoint, the objective (0 for the ente's indicators), the indicator
// and the column's title; ok is false when no cell has the focus.
func (sc *Screen) Cella() (verificaID, obiettivoID, indicatoreID int64, colonna string, ok bool) {
	r, c, ok := sc.sheet.FocusedCell()
	if !ok || r >= len(sc.rows) {
		return 0, 0, 0, "", false
	}
	x := sc.rows[r]
	if x.ob != nil {
		obiettivoID = x.ob.ID
	}
	return sc.verID, obiettivoID, x.ind.ID, sc.sheet.Title(c), true
}

func (sc *Screen) focus(r, c int) {
	if !sc.sheet.FocusCell(r, c) {
		sc.sheet.ScrollTo(r, c)
		sc.sheet.SetCurrent(r)
	}
}
