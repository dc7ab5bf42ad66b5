package monitoraggio

import (
	"errors"

	"fyne.io/fyne/v2/lang"

	"pianoperformance/model"
)

// saveRisultato saves row r's reading at the checkpoint shown, changed by
// change: one batch of the monitoring, undoable. A reading left with
// nothing in it is removed, so the indicator counts as not read again.
func (sc *Screen) saveRisultato(r int, change func(x *model.Risultato)) error {
	if r < 0 || r >= len(sc.rows) {
		return nil
	}
	v := sc.verifica()
	if v == nil {
		return errors.New(lang.L("monitoraggio.nessuna.verifica"))
	}
	row := sc.rows[r]
	cur := model.Risultato{VerificaID: v.ID}
	old := row.ind.RisultatoAl(v.ID)
	if old != nil {
		cur = *old
	}
	change(&cur)
	var b model.Monitoraggio
	switch {
	case !vuoto(cur):
		b.Risultati = []model.RisultatoDi{{IndicatoreID: row.ind.ID, Risultato: cur}}
	case old != nil:
		b.RisultatiRimossi = []model.ChiaveRisultato{{IndicatoreID: row.ind.ID, VerificaID: v.ID}}
	default:
		return nil
	}
	return sc.s.SaveMonitoraggio(sc.label(row, v), b)
}

// label names a row's reading on the status line and in the undo menu:
// "rilevazione EF.1 «Tempistica» al 30/06/2023".
func (sc *Screen) label(row riga, v *model.Verifica) string {
	return lang.L("monitoraggio.etichetta", map[string]any{"Codice": row.codice(), "Indicatore": clip(oneLine(row.ind.Nome), 40),
		"Data": v.Data.String()})
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// typed shows the degrees of achievement the value being typed in row r
// would give, before it is saved: the indicator's, its objective's, its
// Area's and the ente's. The plan is not touched: the reading goes into a
// copy that shares every list the change does not touch, and the whole
// plan is measured again (model.Valuta, a few milliseconds on a large
// plan). Text that is not a value yet leaves the stored figures.
func (sc *Screen) typed(r int, text string) {
	if r < 0 || r >= len(sc.rows) || sc.stored == nil {
		return
	}
	row := sc.rows[r]
	val, err := model.NormalizzaValore(row.ind.Tipo, text)
	cur := model.Risultato{VerificaID: sc.verID}
	old := row.ind.RisultatoAl(sc.verID)
	if old != nil {
		cur = *old
	}
	prev := sc.preview
	if err != nil || val == cur.Valore {
		sc.shown, sc.preview = sc.stored, -1
	} else {
		cur.Valore = val
		trial := *sc.s.Plan
		trial.ApplicaMonitoraggio(&model.Monitoraggio{Risultati: []model.RisultatoDi{{IndicatoreID: row.ind.ID, Risultato: cur}}})
		if v, err := model.Valuta(&trial, sc.verID); err == nil {
			sc.shown, sc.preview = v, r
		}
	}
	sc.refreshFigures(r)
	if prev >= 0 && prev != r {
		sc.refreshFigures(prev)
	}
}

// refreshFigures redraws the degrees of the rows of row r's objective and
// the totals, leaving every cell being typed in alone.
func (sc *Screen) refreshFigures(r int) {
	row := sc.rows[r]
	same := func(k int) bool { return sameObiettivo(sc.rows[k], row) }
	sc.sheet.RefreshColumn(colPerc, same)
	sc.sheet.RefreshColumn(colPercOb, same)
	sc.refreshTotals()
	sc.panel.refreshFigures()
}

func sameObiettivo(a, b riga) bool {
	if a.ob == nil || b.ob == nil {
		return a.ob == nil && b.ob == nil
	}
	return a.ob.ID == b.ob.ID
}
