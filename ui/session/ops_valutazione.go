package session

import (
	"reflect"

	"pianoperformance/model"
)

// The operations of the year's measurement: the Nucleo's validation, the
// comune's evaluation system, the Relazione's texts and the indicators of
// the whole ente.

// SaveValidazione sets the Nucleo di Valutazione's validation of an
// objective (nil removes it), checked against the plan's years and the
// evaluation system's cap; undo puts back the one the store held.
func (s *Session) SaveValidazione(label string, obiettivoID int64, v *model.Validazione) error {
	sc := model.Scope{Obiettivi: []int64{obiettivoID}}
	return s.apply(label, func(w model.Writer) (undoFunc, model.Scope, error) {
		prior := &model.Plan{}
		if err := w.ReadParts(prior, model.PartPiano|model.PartSMVP); err != nil {
			return nil, sc, err
		}
		obs, err := w.Obiettivi([]int64{obiettivoID})
		if err != nil {
			return nil, sc, err
		}
		prior.Obiettivi = obs
		if err := prior.ValidaValidazione(obiettivoID, v); err != nil {
			return nil, sc, err
		}
		old := obs[0].Validazione
		if reflect.DeepEqual(old, v) {
			return nil, sc, nil
		}
		nu := clonePtr(v)
		if nu != nil {
			nu.Percentuale, nu.Data = clonePtr(nu.Percentuale), clonePtr(nu.Data)
		}
		if err := w.SaveValidazione(obiettivoID, nu); err != nil {
			return nil, sc, err
		}
		return func(w model.Writer) (model.Scope, error) { return sc, w.SaveValidazione(obiettivoID, old) }, sc, nil
	})
}

// SaveSMVP replaces the comune's evaluation system; settings that do not
// hold together (bands out of order, a cap below 100%…) are refused with
// what is expected.
func (s *Session) SaveSMVP(label string, v model.SMVP) error {
	if err := v.Valida(); err != nil {
		s.report("Non salvato: "+err.Error(), true)
		return err
	}
	return single(s, label, model.PartSMVP, func(p *model.Plan) model.SMVP { return p.SMVP }, model.Writer.SaveSMVP, v)
}

// SaveRelazione stores the Relazione's texts, its adoption by the Giunta
// and the Nucleo's validation of it, with their dates checked against the
// plan's years.
func (s *Session) SaveRelazione(label string, r model.Relazione) error {
	if err := s.Plan.ValidaRelazione(r); err != nil {
		s.report("Non salvato: "+err.Error(), true)
		return err
	}
	return single(s, label, model.PartRelazione, func(p *model.Plan) model.Relazione { return p.Relazione },
		model.Writer.SaveRelazione, r)
}

// SaveIndicatoreEnte stores an indicator of the whole ente, with its
// targets and readings, a new one when its ID is 0, and returns its ID.
func (s *Session) SaveIndicatoreEnte(label string, ind model.Indicatore) (int64, error) {
	if err := s.Plan.ValidaIndicatoreEnte(ind); err != nil {
		s.report("Non salvato: "+err.Error(), true)
		return 0, err
	}
	return saveRecord(s, label, indicatoriEnte, ind.Clone())
}

// DeleteIndicatoreEnte deletes an indicator of the whole ente with its
// readings; undo saves it back whole.
func (s *Session) DeleteIndicatoreEnte(label string, id int64) error {
	return deleteRecord(s, label, indicatoriEnte, id)
}

var indicatoriEnte = record[model.Indicatore]{model.PartIndicatoriEnte,
	func(v *model.Indicatore) *int64 { return &v.ID },
	func(p *model.Plan) []model.Indicatore { return p.IndicatoriEnte },
	func(w model.Writer, v *model.Indicatore) error {
		// The store sets the IDs of new targets and readings in v: a copy
		// keeps the undo step's value as it was.
		c := v.Clone()
		if err := w.SaveIndicatoreEnte(&c); err != nil {
			return err
		}
		*v = c
		return nil
	},
	model.Writer.DeleteIndicatoreEnte}
