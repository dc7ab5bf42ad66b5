package session

import (
	"reflect"
	"slices"

	"pianoperformance/model"
)

// The operations of the year's monitoring: checkpoints, readings, progress
// notes and phases, each a batch (model.Monitoraggio) saved in one
// transaction, whose undo is the inverse batch the plan computes from what
// the store held before.

// SaveMonitoraggio saves a batch: a typed cell of the monitoring grid, a
// progress note, a phase done, new or changed checkpoints. The batch is
// checked against the plan as the store holds it (model.ValidaMonitoraggio:
// values that fit their indicators, dates in the plan's years, overrides
// with a reason and within the cap); what would change nothing is left out,
// and a batch left empty is no change at all. Undo saves the inverse batch
// and deletes the checkpoints the batch added.
func (s *Session) SaveMonitoraggio(label string, m model.Monitoraggio) error {
	_, err := s.saveMonitoraggio(label, m)
	return err
}

// SaveVerifiche adds checkpoints (ID 0) or changes them, in one batch, and
// returns their IDs in the order given.
func (s *Session) SaveVerifiche(label string, vv ...model.Verifica) ([]int64, error) {
	added, err := s.saveMonitoraggio(label, model.Monitoraggio{Verifiche: vv})
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(vv))
	for i := range vv {
		ids[i] = vv[i].ID
		if ids[i] == 0 && len(added) > 0 {
			ids[i], added = added[0], added[1:]
		}
	}
	return ids, nil
}

// saveMonitoraggio returns the IDs of the checkpoints the batch added, in
// the batch's order.
func (s *Session) saveMonitoraggio(label string, m model.Monitoraggio) ([]int64, error) {
	var added []int64
	err := s.apply(label, func(w model.Writer) (undoFunc, model.Scope, error) {
		prior, err := s.priorMonitoraggio(w, &m)
		if err != nil {
			return nil, model.Scope{}, err
		}
		if err := prior.ValidaMonitoraggio(&m); err != nil {
			return nil, model.Scope{}, err
		}
		batch := changesOnly(prior, &m)
		sc := scopeMonitoraggio(prior, batch)
		if batch.Vuoto() {
			return nil, sc, nil
		}
		inv := prior.InversoMonitoraggio(batch)
		var fresh []int
		for i, vf := range batch.Verifiche {
			if vf.ID == 0 || prior.VerificaByID(vf.ID) == nil { // new, or a redo bringing it back
				fresh = append(fresh, i)
			}
		}
		if err := w.SaveMonitoraggio(batch); err != nil {
			return nil, sc, err
		}
		m = *cloneMonitoraggio(batch) // pinned: a redo recreates checkpoints and readings with these IDs
		var newIDs []int64
		for _, i := range fresh {
			newIDs = append(newIDs, batch.Verifiche[i].ID)
		}
		added = newIDs
		return func(w model.Writer) (model.Scope, error) {
			b := cloneMonitoraggio(inv)
			if !b.Vuoto() {
				if err := w.SaveMonitoraggio(b); err != nil {
					return sc, err
				}
			}
			for _, id := range newIDs {
				if _, err := w.DeleteVerifica(id); err != nil {
					return sc, err
				}
			}
			return sc, nil
		}, sc, nil
	})
	if err != nil {
		return nil, err
	}
	return added, nil
}

// DeleteVerifica deletes a checkpoint with everything recorded at it; undo
// saves back the batch the store said it removed, IDs and all.
func (s *Session) DeleteVerifica(label string, id int64) error {
	// Readings of any objective may go: every objective is read back.
	sc := model.Scope{Parts: model.PartVerifiche | model.PartObiettivi | model.PartIndicatoriEnte}
	return s.apply(label, func(w model.Writer) (undoFunc, model.Scope, error) {
		gone, err := w.DeleteVerifica(id)
		if err != nil {
			return nil, sc, err
		}
		return func(w model.Writer) (model.Scope, error) {
			return sc, w.SaveMonitoraggio(cloneMonitoraggio(gone))
		}, sc, nil
	})
}

// priorMonitoraggio reads what a batch touches as the store holds it: the
// plan's years, checkpoints, evaluation system, the indicators of the
// ente, and the objectives of the readings, notes and phases in the batch
// (found through the plan in memory, which is what the store held at the
// last read-back).
func (s *Session) priorMonitoraggio(r model.Reader, m *model.Monitoraggio) (*model.Plan, error) {
	p := &model.Plan{}
	if err := r.ReadParts(p, model.PartPiano|model.PartVerifiche|model.PartSMVP|model.PartIndicatoriEnte); err != nil {
		return nil, err
	}
	ids, _ := toccati(m, s.Plan)
	if len(ids) > 0 {
		obs, err := r.Obiettivi(ids)
		if err != nil {
			return nil, err
		}
		p.Obiettivi = obs
	}
	return p, nil
}

// changesOnly is the part of m that changes something in prior: a reading
// or a note equal to the one stored, a phase already in that state, a
// checkpoint unchanged or a removal of what is not there are left out.
// Readings keep the ID the store gave them.
func changesOnly(prior *model.Plan, m *model.Monitoraggio) *model.Monitoraggio {
	out := &model.Monitoraggio{}
	for _, vf := range m.Verifiche {
		if old := prior.VerificaByID(vf.ID); vf.ID == 0 || old == nil || *old != vf {
			out.Verifiche = append(out.Verifiche, vf)
		}
	}
	for _, rd := range m.Risultati {
		ind, _ := prior.IndicatoreByID(rd.IndicatoreID)
		if ind == nil {
			continue // ValidaMonitoraggio has refused it already
		}
		if old := ind.RisultatoAl(rd.Risultato.VerificaID); old != nil {
			rd.Risultato.ID = old.ID
			if reflect.DeepEqual(*old, rd.Risultato) {
				continue
			}
		}
		out.Risultati = append(out.Risultati, rd)
	}
	for _, k := range m.RisultatiRimossi {
		if ind, _ := prior.IndicatoreByID(k.IndicatoreID); ind != nil && ind.RisultatoAl(k.VerificaID) != nil {
			out.RisultatiRimossi = append(out.RisultatiRimossi, k)
		}
	}
	for _, ad := range m.Avanzamenti {
		o := prior.ObiettivoByID(ad.ObiettivoID)
		if o == nil {
			continue
		}
		if old := o.AvanzamentoAl(ad.Avanzamento.VerificaID); old != nil && reflect.DeepEqual(*old, ad.Avanzamento) {
			continue
		}
		out.Avanzamenti = append(out.Avanzamenti, ad)
	}
	for _, k := range m.AvanzamentiRimossi {
		if o := prior.ObiettivoByID(k.ObiettivoID); o != nil && o.AvanzamentoAl(k.VerificaID) != nil {
			out.AvanzamentiRimossi = append(out.AvanzamentiRimossi, k)
		}
	}
	for _, sf := range m.Fasi {
		if f, _ := prior.FaseByID(sf.FaseID); f != nil && f.Completata == sf.Completata &&
			reflect.DeepEqual(f.Completamento, sf.Completamento) {
			continue
		}
		out.Fasi = append(out.Fasi, sf)
	}
	return cloneMonitoraggio(out)
}

// scopeMonitoraggio is what a batch touches: the checkpoints, the
// objectives of its readings, notes and phases, the indicators of the
// ente; every objective when a checkpoint moves, since the store orders
// readings by their checkpoint's date.
func scopeMonitoraggio(prior *model.Plan, m *model.Monitoraggio) model.Scope {
	var sc model.Scope
	ids, ente := toccati(m, prior)
	sc.Obiettivi = ids
	if ente {
		sc.Parts |= model.PartIndicatoriEnte
	}
	if len(m.Verifiche) > 0 {
		sc.Parts |= model.PartVerifiche
	}
	for _, vf := range m.Verifiche {
		if old := prior.VerificaByID(vf.ID); old != nil && old.Data != vf.Data {
			sc.Parts |= model.PartObiettivi | model.PartIndicatoriEnte
		}
	}
	return sc
}

// toccati are the objectives whose readings, notes or phases a batch
// touches, as p places them, and whether it touches an indicator that is
// no objective's (the ente's, or one p does not know).
func toccati(m *model.Monitoraggio, p *model.Plan) (ids []int64, ente bool) {
	add := func(id int64) {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	ind := func(id int64) {
		if _, o := p.IndicatoreByID(id); o != nil {
			add(o.ID)
		} else {
			ente = true
		}
	}
	for _, rd := range m.Risultati {
		ind(rd.IndicatoreID)
	}
	for _, k := range m.RisultatiRimossi {
		ind(k.IndicatoreID)
	}
	for _, ad := range m.Avanzamenti {
		add(ad.ObiettivoID)
	}
	for _, k := range m.AvanzamentiRimossi {
		add(k.ObiettivoID)
	}
	for _, sf := range m.Fasi {
		if _, o := p.FaseByID(sf.FaseID); o != nil {
			add(o.ID)
		}
	}
	return ids, ente
}

// cloneMonitoraggio copies a batch deep enough that the store setting IDs
// in it, or a later change by the caller, touches no other copy: undo
// steps hold values.
func cloneMonitoraggio(m *model.Monitoraggio) *model.Monitoraggio {
	c := &model.Monitoraggio{
		Verifiche:          slices.Clone(m.Verifiche),
		Risultati:          slices.Clone(m.Risultati),
		RisultatiRimossi:   slices.Clone(m.RisultatiRimossi),
		Avanzamenti:        slices.Clone(m.Avanzamenti),
		AvanzamentiRimossi: slices.Clone(m.AvanzamentiRimossi),
		Fasi:               slices.Clone(m.Fasi),
	}
	for i := range c.Risultati {
		r := &c.Risultati[i].Risultato
		r.Punteggio = clonePtr(r.Punteggio)
		if r.Forzatura != nil {
			f := *r.Forzatura
			f.Calcolata = clonePtr(f.Calcolata)
			r.Forzatura = &f
		}
	}
	for i := range c.Avanzamenti {
		a := &c.Avanzamenti[i].Avanzamento
		a.Punteggio = clonePtr(a.Punteggio)
		if a.Forzatura != nil {
			f := *a.Forzatura
			f.Calcolata = clonePtr(f.Calcolata)
			a.Forzatura = &f
		}
	}
	for i := range c.Fasi {
		c.Fasi[i].Completamento = clonePtr(c.Fasi[i].Completamento)
	}
	return c
}

func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}
