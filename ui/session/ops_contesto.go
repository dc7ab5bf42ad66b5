package session

import (
	"reflect"

	"pianoperformance/model"
)

// The operations on the context tables: population by year and by age
// band, staff by year and the benchmarks.

// yearly describes a table of records keyed by year.
type yearly[T any] struct {
	part   model.Parts
	list   func(p *model.Plan) []T
	anno   func(v T) int
	save   func(w model.Writer, v T) error
	delete func(w model.Writer, anno int) (T, error)
}

var (
	popolazione = yearly[model.PopolazioneAnno]{model.PartPopolazione,
		func(p *model.Plan) []model.PopolazioneAnno { return p.Popolazione },
		func(v model.PopolazioneAnno) int { return v.Anno },
		model.Writer.SavePopolazioneAnno, model.Writer.DeletePopolazioneAnno}
	personale = yearly[model.PersonaleAnno]{model.PartPersonale,
		func(p *model.Plan) []model.PersonaleAnno { return p.Personale },
		func(v model.PersonaleAnno) int { return v.Anno },
		model.Writer.SavePersonaleAnno, model.Writer.DeletePersonaleAnno}
)

// saveYear stores the record of v's year, a new one if the year has none;
// undo deletes a new year and puts back the old record otherwise.
func saveYear[T any](s *Session, label string, k yearly[T], v T) error {
	sc := model.Scope{Parts: k.part}
	return s.apply(label, func(w model.Writer) (undoFunc, model.Scope, error) {
		var p model.Plan
		if err := w.ReadParts(&p, k.part); err != nil {
			return nil, sc, err
		}
		var prev *T
		for _, x := range k.list(&p) {
			if k.anno(x) == k.anno(v) {
				prev = &x
			}
		}
		if prev != nil && reflect.DeepEqual(*prev, v) {
			return nil, sc, nil
		}
		if err := k.save(w, v); err != nil {
			return nil, sc, err
		}
		if prev == nil {
			anno := k.anno(v)
			return func(w model.Writer) (model.Scope, error) {
				_, err := k.delete(w, anno)
				return sc, err
			}, sc, nil
		}
		old := *prev
		return func(w model.Writer) (model.Scope, error) { return sc, k.save(w, old) }, sc, nil
	})
}

// deleteYear deletes the record of a year; undo saves it again.
func deleteYear[T any](s *Session, label string, k yearly[T], anno int) error {
	sc := model.Scope{Parts: k.part}
	return s.apply(label, func(w model.Writer) (undoFunc, model.Scope, error) {
		gone, err := k.delete(w, anno)
		if err != nil {
			return nil, sc, err
		}
		return func(w model.Writer) (model.Scope, error) { return sc, k.save(w, gone) }, sc, nil
	})
}

// SavePopolazioneAnno stores the population record of r.Anno.
func (s *Session) SavePopolazioneAnno(label string, r model.PopolazioneAnno) error {
	return saveYear(s, label, popolazione, r)
}

// DeletePopolazioneAnno deletes the population record of a year.
func (s *Session) DeletePopolazioneAnno(label string, anno int) error {
	return deleteYear(s, label, popolazione, anno)
}

// RenumberPopolazioneAnno moves the population record of year from to year
// to, figures unchanged; undo moves it back. A year already taken is
// refused (model.ErrExists) and nothing changes.
func (s *Session) RenumberPopolazioneAnno(label string, from, to int) error {
	sc := model.Scope{Parts: model.PartPopolazione}
	return s.apply(label, func(w model.Writer) (undoFunc, model.Scope, error) {
		if from == to {
			return nil, sc, nil
		}
		if err := w.RenumberPopolazioneAnno(from, to); err != nil {
			return nil, sc, err
		}
		return func(w model.Writer) (model.Scope, error) { return sc, w.RenumberPopolazioneAnno(to, from) }, sc, nil
	})
}

// SavePersonaleAnno stores the staff record of r.Anno.
func (s *Session) SavePersonaleAnno(label string, r model.PersonaleAnno) error {
	return saveYear(s, label, personale, r)
}

// DeletePersonaleAnno deletes the staff record of a year.
func (s *Session) DeletePersonaleAnno(label string, anno int) error {
	return deleteYear(s, label, personale, anno)
}

// SaveFascia stores an age band, a new one when its ID is 0, and returns
// its ID.
func (s *Session) SaveFascia(label string, f model.FasciaEta) (int64, error) {
	return saveRecord(s, label, fasce, f)
}

// DeleteFascia deletes an age band with its counts; undo puts back the
// band and every count it had, in one transaction.
func (s *Session) DeleteFascia(label string, id int64) error {
	sc := model.Scope{Parts: model.PartFasce}
	return s.apply(label, func(w model.Writer) (undoFunc, model.Scope, error) {
		band, counts, err := w.DeleteFascia(id)
		if err != nil {
			return nil, sc, err
		}
		return func(w model.Writer) (model.Scope, error) {
			b := band
			if err := w.SaveFascia(&b); err != nil {
				return sc, err
			}
			for _, c := range counts {
				if err := w.SavePopolazioneFascia(c); err != nil {
					return sc, err
				}
			}
			return sc, nil
		}, sc, nil
	})
}

// SaveConta stores the residents of one band in one year. Undoing a first
// count removes it, so the year shows no count again rather than a zero.
func (s *Session) SaveConta(label string, c model.PopolazioneFascia) error {
	sc := model.Scope{Parts: model.PartFasce}
	return s.apply(label, func(w model.Writer) (undoFunc, model.Scope, error) {
		var p model.Plan
		if err := w.ReadParts(&p, model.PartFasce); err != nil {
			return nil, sc, err
		}
		n, had := p.FasciaResidenti(c.FasciaID, c.Anno)
		if had && n == c.Residenti {
			return nil, sc, nil
		}
		if err := w.SavePopolazioneFascia(c); err != nil {
			return nil, sc, err
		}
		if !had {
			return func(w model.Writer) (model.Scope, error) {
				_, err := w.DeletePopolazioneFascia(c.FasciaID, c.Anno)
				return sc, err
			}, sc, nil
		}
		old := c
		old.Residenti = n
		return func(w model.Writer) (model.Scope, error) { return sc, w.SavePopolazioneFascia(old) }, sc, nil
	})
}

// SaveBenchmark stores a benchmark, a new one when its ID is 0, and
// returns its ID.
func (s *Session) SaveBenchmark(label string, b model.Benchmark) (int64, error) {
	return saveRecord(s, label, benchmark, b)
}

// DeleteBenchmark deletes a benchmark.
func (s *Session) DeleteBenchmark(label string, id int64) error {
	return deleteRecord(s, label, benchmark, id)
}
