package monitoraggio

import (
	"slices"
	"strings"

	"pianoperformance/model"
)

// riga is one row of the grid: an indicator of an objective, or of the
// whole ente (ob nil). Pointers go into the session's plan, which screens
// only read; the rows are rebuilt after every change.
type riga struct {
	ob     *model.Obiettivo
	ind    *model.Indicatore
	j      int   // the indicator's position in its objective, or among the ente's
	area   int64 // 0: no Area
	target string
	letto  model.TargetLetto
}

// Filter values beyond the plan's own IDs and states.
const (
	areaEnte      int64  = -1          // the ente's own indicators
	statoMancante string = "__manca__" // no reading at the checkpoint
)

// filtro is what the selects above the grid narrow it to.
type filtro struct {
	area  int64  // 0: every Area; areaEnte: the ente's indicators
	unita int64  // 0: every unit
	stato string // "": any; statoMancante; or a model.StatoRilevazione
}

// righe lists the indicators measured at checkpoint v that pass f, in the
// plan's order, the ente's indicators last.
func righe(p *model.Plan, v *model.Verifica, f filtro) []riga {
	if v == nil {
		return nil
	}
	anno := v.Data.Year
	out := make([]riga, 0, len(p.Obiettivi)*2)
	keep := func(ind *model.Indicatore) bool {
		switch r := ind.RisultatoAl(v.ID); {
		case f.stato == "":
			return true
		case f.stato == statoMancante:
			return r == nil
		default:
			return r != nil && string(r.Stato) == f.stato
		}
	}
	add := func(r riga) {
		r.target = r.ind.TargetDi(anno)
		r.letto = model.LeggiTarget(r.target, r.ind.Tipo)
		out = append(out, r)
	}
	if f.area != areaEnte {
		for i := range p.Obiettivi {
			o := &p.Obiettivi[i]
			if !o.InMisura(anno) {
				continue
			}
			a := areaDi(p, o)
			if f.area != 0 && a != f.area {
				continue
			}
			if f.unita != 0 && !o.TutteLeUnita && !slices.Contains(o.UnitaIDs, f.unita) {
				continue
			}
			for j := range o.Indicatori {
				if keep(&o.Indicatori[j]) {
					add(riga{ob: o, ind: &o.Indicatori[j], j: j, area: a})
				}
			}
		}
	}
	if f.area == 0 || f.area == areaEnte {
		if f.unita == 0 {
			for j := range p.IndicatoriEnte {
				if keep(&p.IndicatoriEnte[j]) {
					add(riga{ind: &p.IndicatoriEnte[j], j: j, area: areaEnte})
				}
			}
		}
	}
	return out
}

// areaDi is the objective's Area: its own, or that of its first unit.
func areaDi(p *model.Plan, o *model.Obiettivo) int64 {
	if o.AreaID != 0 {
		if a := p.AreaDi(o.AreaID); a != nil {
			return a.ID
		}
	}
	for _, u := range o.UnitaIDs {
		if a := p.AreaDi(u); a != nil {
			return a.ID
		}
	}
	return 0
}

// codice names the row's objective in the grid.
func (r riga) codice() string {
	if r.ob == nil {
		return "Ente"
	}
	if r.ob.Codice != "" {
		return r.ob.Codice
	}
	return "—"
}

// titolo is the row's objective, for people.
func (r riga) titolo() string {
	if r.ob == nil {
		return "Indicatori dell'ente"
	}
	return oneLine(r.ob.Intestazione())
}

// esito is the row's indicator's result in a measurement; nil when the
// objective is not measured in it.
func (r riga) esito(v *model.Valutazione) *model.EsitoIndicatore {
	if v == nil {
		return nil
	}
	if r.ob == nil {
		if r.j < len(v.IndicatoriEnte) {
			return &v.IndicatoriEnte[r.j]
		}
		return nil
	}
	if e := v.Obiettivo(r.ob.ID); e != nil && r.j < len(e.Indicatori) {
		return &e.Indicatori[r.j]
	}
	return nil
}

// vuoto tells whether a reading holds nothing at all: it is then removed,
// so the indicator counts as not read again.
func vuoto(r model.Risultato) bool {
	return strings.TrimSpace(r.Valore) == "" && r.Stato == model.StatoNonIndicato && r.Causa == "" && r.Azione == "" &&
		r.Note == "" && r.Punteggio == nil && r.Forzatura == nil && r.Data.IsZero()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// perc writes a degree of achievement, "—" for none.
func perc(p *float64) string {
	if p == nil {
		return "—"
	}
	return model.FormatPerc(*p)
}
