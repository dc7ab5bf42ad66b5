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
			cr.Punteggio = copyPtr(r.Punteggio)
			cr.Forzatura = copyForzatura(r.Forzatura)
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
		cf.Completamento = copyPtr(f.Completamento)
		c.Fasi[i] = cf
	}
	c.Avanzamenti = make([]model.Avanzamento, len(o.Avanzamenti))
	for i, a := range o.Avanzamenti {
		a.Punteggio = copyPtr(a.Punteggio)
		a.Forzatura = copyForzatura(a.Forzatura)
		c.Avanzamenti[i] = a
	}
	if o.Validazione != nil {
		v := *o.Validazione
		v.Percentuale, v.Data = copyPtr(v.Percentuale), copyPtr(v.Data)
		c.Validazione = &v
	}
	return c
}

func copyForzatura(f *model.Forzatura) *model.Forzatura {
	if f == nil {
		return nil
	}
	c := *f
	c.Calcolata = copyPtr(f.Calcolata)
	return &c
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
