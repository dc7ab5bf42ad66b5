package obiettivi

import "pianoperformance/model"

// clone deep-copies an objective, so that the copy kept for undo does not
// change when the editor changes the original's slices.
func clone(o model.Obiettivo) model.Obiettivo {
	c := o
	c.UnitaIDs = append([]int64(nil), o.UnitaIDs...)
	c.Anni = append([]int(nil), o.Anni...)
	c.Indicatori = make([]model.Indicatore, len(o.Indicatori))
	for i, ind := range o.Indicatori {
		ci := ind
		ci.Target = append([]model.Target(nil), ind.Target...)
		ci.Risultati = make([]model.Risultato, len(ind.Risultati))
		for j, r := range ind.Risultati {
			cr := r
			cr.Raggiungimento = copyPtr(r.Raggiungimento)
			cr.Punteggio = copyPtr(r.Punteggio)
			cr.DataValidazione = copyPtr(r.DataValidazione)
			ci.Risultati[j] = cr
		}
		c.Indicatori[i] = ci
	}
	c.Fasi = make([]model.Fase, len(o.Fasi))
	for i, f := range o.Fasi {
		cf := f
		cf.Inizio = copyPtr(f.Inizio)
		cf.Fine = copyPtr(f.Fine)
		cf.Mesi = append([]int(nil), f.Mesi...)
		c.Fasi[i] = cf
	}
	return c
}

func copyPtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

// withoutIDs is a copy to be inserted as a new record (Duplica): the store
// gives new IDs to the objective, its indicators, results and phases.
func withoutIDs(o model.Obiettivo) model.Obiettivo {
	c := clone(o)
	c.ID = 0
	for i := range c.Indicatori {
		c.Indicatori[i].ID = 0
		for j := range c.Indicatori[i].Risultati {
			c.Indicatori[i].Risultati[j].ID = 0
		}
	}
	for i := range c.Fasi {
		c.Fasi[i].ID = 0
	}
	return c
}
