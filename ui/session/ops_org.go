package session

import (
	"fmt"
	"reflect"

	"pianoperformance/model"
)

// The operations on the organisation, the joint services and the
// objectives.

// SaveUnita stores a unit of the organisation, a new one when its ID is 0,
// and returns its ID.
func (s *Session) SaveUnita(label string, u model.Unita) (int64, error) {
	return saveRecord(s, label, unita, u)
}

// DeleteUnita deletes a unit; the store refuses while objectives or other
// units refer to it (model.ErrInUse), with a message that says so.
func (s *Session) DeleteUnita(label string, id int64) error {
	return deleteRecord(s, label, unita, id)
}

// SaveServizio stores a joint service, a new one when its ID is 0, and
// returns its ID.
func (s *Session) SaveServizio(label string, v model.ServizioAssociato) (int64, error) {
	return saveRecord(s, label, servizi, v)
}

// DeleteServizio deletes a joint service.
func (s *Session) DeleteServizio(label string, id int64) error {
	return deleteRecord(s, label, servizi, id)
}

// SaveObiettivo stores an objective whole: a new one (added or duplicated)
// when its ID is 0, whose undo deletes it, or a change of an existing one,
// whose undo puts back the objective as the store held it. It returns the
// objective's ID.
func (s *Session) SaveObiettivo(label string, o model.Obiettivo) (int64, error) {
	var id int64
	err := s.apply(label, func(w model.Writer) (undoFunc, model.Scope, error) {
		var prev *model.Obiettivo
		if o.ID != 0 {
			got, err := w.Obiettivi([]int64{o.ID})
			if err != nil {
				return nil, model.Scope{}, err
			}
			if len(got) == 1 {
				prev = &got[0]
			}
		}
		if prev != nil && reflect.DeepEqual(*prev, o) {
			id = o.ID
			return nil, model.Scope{}, nil
		}
		nu := o.Clone()
		if err := w.SaveObiettivo(&nu); err != nil {
			return nil, model.Scope{}, err
		}
		id = nu.ID
		o = nu.Clone() // pinned: a redo recreates it, and what it holds, with these IDs
		sc := model.Scope{Obiettivi: []int64{id}}
		if prev == nil {
			newID := id
			return func(w model.Writer) (model.Scope, error) {
				_, err := w.DeleteObiettivo(newID)
				return sc, err
			}, sc, nil
		}
		old := *prev
		return func(w model.Writer) (model.Scope, error) { return sc, w.SaveObiettivo(&old) }, sc, nil
	})
	return id, err
}

// MoveObiettivo puts an objective in another Area (0 for none), dropping
// the responsible units that belong to the old one, as the store holds
// them.
func (s *Session) MoveObiettivo(label string, id, areaID int64) error {
	return s.apply(label, func(w model.Writer) (undoFunc, model.Scope, error) {
		sc := model.Scope{Obiettivi: []int64{id}}
		got, err := w.Obiettivi([]int64{id})
		if err != nil || len(got) == 0 {
			if err == nil {
				err = notFoundObiettivo(id)
			}
			return nil, sc, err
		}
		old := got[0]
		if old.AreaID == areaID {
			return nil, sc, nil
		}
		var org model.Plan
		if err := w.ReadParts(&org, model.PartUnita); err != nil {
			return nil, sc, err
		}
		nu := old.Clone()
		nu.AreaID = areaID
		nu.UnitaIDs = []int64{}
		for _, u := range old.UnitaIDs {
			if a := org.AreaDi(u); areaID == 0 || (a != nil && a.ID == areaID) {
				nu.UnitaIDs = append(nu.UnitaIDs, u)
			}
		}
		if err := w.SaveObiettivo(&nu); err != nil {
			return nil, sc, err
		}
		return func(w model.Writer) (model.Scope, error) { return sc, w.SaveObiettivo(&old) }, sc, nil
	})
}

// DeleteObiettivo deletes an objective with all its sub-objectives; undo
// saves every one of them again, IDs and all, in one transaction, and
// their quality judgements come back with them.
func (s *Session) DeleteObiettivo(label string, id int64) error {
	return s.apply(label, func(w model.Writer) (undoFunc, model.Scope, error) {
		gone, err := w.DeleteObiettivo(id)
		if err != nil {
			return nil, model.Scope{}, err
		}
		// The judgements of the objectives' quality are not read while
		// their objectives are gone: that part changes too.
		sc := model.Scope{Parts: model.PartQualita}
		for _, o := range gone {
			sc.Obiettivi = append(sc.Obiettivi, o.ID)
		}
		return func(w model.Writer) (model.Scope, error) {
			for _, o := range gone {
				o := o.Clone()
				if err := w.SaveObiettivo(&o); err != nil {
					return sc, err
				}
			}
			return sc, nil
		}, sc, nil
	})
}

func notFoundObiettivo(id int64) error {
	return fmt.Errorf("L'obiettivo %d non esiste più: %w", id, model.ErrNotFound)
}
