package session

import (
	"reflect"

	"pianoperformance/model"
)

// The operations on the document itself: the comune, the plan's identity,
// the territory and the free-text chapters.

// single saves one of the plan's single records (Ente, Piano, Territorio):
// current reads it from a plan the store filled with part.
func single[T any](s *Session, label string, part model.Parts, current func(p *model.Plan) T,
	save func(w model.Writer, v T) error, v T) error {
	return singleAs(s, label, part, current, nil, save, v)
}

// singleAs is single with the value first made what the store will hold
// (norm, when not nil), so that a change the store would not keep is no
// change at all and leaves no step to undo.
func singleAs[T any](s *Session, label string, part model.Parts, current func(p *model.Plan) T,
	norm func(r model.Reader, v T) T, save func(w model.Writer, v T) error, v T) error {
	sc := model.Scope{Parts: part}
	return s.apply(label, func(w model.Writer) (undoFunc, model.Scope, error) {
		var p model.Plan
		if err := w.ReadParts(&p, part); err != nil {
			return nil, sc, err
		}
		old := current(&p)
		if norm != nil {
			v = norm(w, v)
		}
		if reflect.DeepEqual(old, v) {
			return nil, sc, nil
		}
		if err := save(w, v); err != nil {
			return nil, sc, err
		}
		return func(w model.Writer) (model.Scope, error) {
			if norm != nil {
				return sc, save(w, norm(w, old))
			}
			return sc, save(w, old)
		}, sc, nil
	})
}

// SaveEnte stores the comune's data.
func (s *Session) SaveEnte(label string, e model.Ente) error {
	return single(s, label, model.PartEnte, func(p *model.Plan) model.Ente { return p.Ente }, model.Writer.SaveEnte, e)
}

// SavePiano stores the plan's identity and approval act. Once the plan is
// adopted its status and approval act are the frozen versions' (see
// model.PianoAdottato), and stay so whatever is saved or undone: an undo
// of a change made before the adoption must not turn the plan back into a
// draft.
func (s *Session) SavePiano(label string, pi model.Piano) error {
	return singleAs(s, label, model.PartPiano, func(p *model.Plan) model.Piano { return p.Piano },
		pianoAdottato, model.Writer.SavePiano, pi)
}

// pianoAdottato is pi as the versions the store holds want it; pi itself
// when the store cannot say, and the save then fails on the same error.
func pianoAdottato(r model.Reader, pi model.Piano) model.Piano {
	vv, err := r.Versioni()
	if err != nil {
		return pi
	}
	return model.PianoAdottato(pi, vv)
}

// SaveTerritorio stores the territory with its lists.
func (s *Session) SaveTerritorio(label string, t model.Territorio) error {
	return single(s, label, model.PartTerritorio, func(p *model.Plan) model.Territorio { return p.Territorio },
		model.Writer.SaveTerritorio, t)
}

// SaveCapitolo stores a chapter, a new one when its ID is 0, and returns
// its ID.
func (s *Session) SaveCapitolo(label string, c model.Capitolo) (int64, error) {
	return saveRecord(s, label, capitoli, c)
}

// DeleteCapitolo deletes a chapter.
func (s *Session) DeleteCapitolo(label string, id int64) error {
	return deleteRecord(s, label, capitoli, id)
}

// MoveCapitolo swaps a chapter with its neighbour above (delta -1) or below
// (+1), both saved in one transaction; so is the undo. At the top or the
// bottom nothing happens.
func (s *Session) MoveCapitolo(label string, id int64, delta int) error {
	sc := model.Scope{Parts: model.PartCapitoli}
	return s.apply(label, func(w model.Writer) (undoFunc, model.Scope, error) {
		var p model.Plan
		if err := w.ReadParts(&p, model.PartCapitoli); err != nil {
			return nil, sc, err
		}
		caps := p.Capitoli
		i := -1
		for k := range caps {
			if caps[k].ID == id {
				i = k
			}
		}
		j := i + delta
		if i < 0 || j < 0 || j >= len(caps) {
			return nil, sc, nil
		}
		a, b := caps[i], caps[j]
		a2, b2 := a, b
		a2.Ordine, b2.Ordine = b.Ordine, a.Ordine
		if a2.Ordine == b2.Ordine { // equal orders: make the move visible
			a2.Ordine += delta
		}
		if err := saveAll(w, a2, b2); err != nil {
			return nil, sc, err
		}
		return func(w model.Writer) (model.Scope, error) { return sc, saveAll(w, a, b) }, sc, nil
	})
}

func saveAll(w model.Writer, cc ...model.Capitolo) error {
	for i := range cc {
		if err := w.SaveCapitolo(&cc[i]); err != nil {
			return err
		}
	}
	return nil
}
