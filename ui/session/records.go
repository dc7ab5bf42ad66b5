package session

import (
	"reflect"

	"pianoperformance/model"
)

// record describes a kind of record kept by ID in one part of the plan, so
// that saving and deleting any of them is one piece of code.
type record[T any] struct {
	part   model.Parts
	id     func(v *T) *int64
	list   func(p *model.Plan) []T
	save   func(w model.Writer, v *T) error
	delete func(w model.Writer, id int64) (T, error)
}

// stored finds the record with the given ID as the store holds it now.
func (k record[T]) stored(r model.Reader, id int64) (*T, error) {
	if id == 0 {
		return nil, nil
	}
	var p model.Plan
	if err := r.ReadParts(&p, k.part); err != nil {
		return nil, err
	}
	list := k.list(&p)
	for i := range list {
		if *k.id(&list[i]) == id {
			return &list[i], nil
		}
	}
	return nil, nil
}

// saveRecord saves v, a new record when its ID is 0, and returns its ID.
// Undo deletes a new record and puts back the old one otherwise.
func saveRecord[T any](s *Session, label string, k record[T], v T) (int64, error) {
	var id int64
	sc := model.Scope{Parts: k.part}
	err := s.apply(label, func(w model.Writer) (undoFunc, model.Scope, error) {
		prev, err := k.stored(w, *k.id(&v))
		if err != nil || (prev != nil && reflect.DeepEqual(*prev, v)) {
			id = *k.id(&v)
			return nil, sc, err
		}
		nu := v
		if err := k.save(w, &nu); err != nil {
			return nil, sc, err
		}
		id = *k.id(&nu)
		v = nu // pinned: a redo recreates the record with this ID
		if prev == nil {
			newID := id
			return func(w model.Writer) (model.Scope, error) {
				_, err := k.delete(w, newID)
				return sc, err
			}, sc, nil
		}
		old := *prev
		return func(w model.Writer) (model.Scope, error) { return sc, k.save(w, &old) }, sc, nil
	})
	return id, err
}

// deleteRecord deletes the record with the given ID; undo saves again what
// the store said it removed.
func deleteRecord[T any](s *Session, label string, k record[T], id int64) error {
	sc := model.Scope{Parts: k.part}
	return s.apply(label, func(w model.Writer) (undoFunc, model.Scope, error) {
		gone, err := k.delete(w, id)
		if err != nil {
			return nil, sc, err
		}
		return func(w model.Writer) (model.Scope, error) {
			g := gone
			return sc, k.save(w, &g)
		}, sc, nil
	})
}

var (
	capitoli = record[model.Capitolo]{model.PartCapitoli,
		func(v *model.Capitolo) *int64 { return &v.ID },
		func(p *model.Plan) []model.Capitolo { return p.Capitoli },
		model.Writer.SaveCapitolo, model.Writer.DeleteCapitolo}
	fasce = record[model.FasciaEta]{model.PartFasce,
		func(v *model.FasciaEta) *int64 { return &v.ID },
		func(p *model.Plan) []model.FasciaEta { return p.Fasce },
		model.Writer.SaveFascia, func(w model.Writer, id int64) (model.FasciaEta, error) {
			// Only the undo of a new band, which has no counts yet, deletes
			// a band this way; DeleteFascia keeps the counts.
			f, _, err := w.DeleteFascia(id)
			return f, err
		}}
	benchmark = record[model.Benchmark]{model.PartBenchmark,
		func(v *model.Benchmark) *int64 { return &v.ID },
		func(p *model.Plan) []model.Benchmark { return p.Benchmark },
		model.Writer.SaveBenchmark, model.Writer.DeleteBenchmark}
	unita = record[model.Unita]{model.PartUnita,
		func(v *model.Unita) *int64 { return &v.ID },
		func(p *model.Plan) []model.Unita { return p.Unita },
		model.Writer.SaveUnita, model.Writer.DeleteUnita}
	servizi = record[model.ServizioAssociato]{model.PartServizi,
		func(v *model.ServizioAssociato) *int64 { return &v.ID },
		func(p *model.Plan) []model.ServizioAssociato { return p.Servizi },
		model.Writer.SaveServizio, model.Writer.DeleteServizio}
)
