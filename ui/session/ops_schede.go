package session

import (
	"slices"

	"pianoperformance/model"
	"pianoperformance/workbook"
)

// LeggiSchede saves what the Area managers' workbooks brought back: the
// batch m and a line of the plan's history per workbook, in one
// transaction, as one undoable step. Undoing it puts back every value as
// the store held it just before, and writes that in the history too.
func (s *Session) LeggiSchede(label string, m *model.Monitoraggio, eventi []model.EventoStorico) error {
	sc := scopeMonitoraggio(s.Plan, m)
	return s.apply(label, func(w model.Writer) (undoFunc, model.Scope, error) {
		if m.Vuoto() {
			return nil, sc, nil
		}
		// The undo is built from what the store holds, in this transaction.
		before := &model.Plan{}
		if err := readBack(w, before, sc.Join(model.Scope{Parts: model.PartVerifiche})); err != nil {
			return nil, sc, err
		}
		inv := before.InversoMonitoraggio(m)
		saved := slices.Clone(eventi)
		if err := workbook.Registra(w, m, saved); err != nil {
			return nil, sc, err
		}
		return func(w model.Writer) (model.Scope, error) {
			return sc, workbook.Registra(w, inv, []model.EventoStorico{workbook.Annullamento(saved, s.now())})
		}, sc, nil
	})
}
