package session

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"pianoperformance/model"
	"pianoperformance/ui/errmsg"
)

// The operations on the plan's cycle: deadlines, the quality of
// objectives, adoption and variations.

// SaveScadenzario stores the deadline settings and records.
func (s *Session) SaveScadenzario(label string, sc model.Scadenzario) error {
	return single(s, label, model.PartScadenzario, func(p *model.Plan) model.Scadenzario { return p.Scadenzario },
		model.Writer.SaveScadenzario, sc)
}

// SegnaFatto records that a deadline was met, with its date and a note,
// in place of any earlier record of the same deadline (a.Chiave).
func (s *Session) SegnaFatto(label string, a model.Adempimento) error {
	return s.editScadenzario(label, func(sc *model.Scadenzario) {
		sc.Adempimenti = append(senza(sc.Adempimenti, a.Chiave), a)
	})
}

// TogliFatto removes the record that a deadline was met: it is due again.
func (s *Session) TogliFatto(label, chiave string) error {
	return s.editScadenzario(label, func(sc *model.Scadenzario) { sc.Adempimenti = senza(sc.Adempimenti, chiave) })
}

func senza(aa []model.Adempimento, chiave string) []model.Adempimento {
	return slices.DeleteFunc(slices.Clone(aa), func(a model.Adempimento) bool { return a.Chiave == chiave })
}

// editScadenzario changes the deadline records as the store holds them,
// in the transaction: a record made elsewhere meanwhile is kept.
func (s *Session) editScadenzario(label string, edit func(sc *model.Scadenzario)) error {
	scope := model.Scope{Parts: model.PartScadenzario}
	return s.apply(label, func(w model.Writer) (undoFunc, model.Scope, error) {
		var p model.Plan
		if err := w.ReadParts(&p, model.PartScadenzario); err != nil {
			return nil, scope, err
		}
		old := p.Scadenzario
		nu := old.Clone()
		edit(&nu)
		// In the store's order, so that the same records are no change.
		slices.SortStableFunc(nu.Adempimenti, func(a, b model.Adempimento) int { return strings.Compare(a.Chiave, b.Chiave) })
		if len(nu.Adempimenti) == 0 {
			nu.Adempimenti = nil
		}
		if reflect.DeepEqual(old, nu) {
			return nil, scope, nil
		}
		if err := w.SaveScadenzario(nu); err != nil {
			return nil, scope, err
		}
		return func(w model.Writer) (model.Scope, error) { return scope, w.SaveScadenzario(old) }, scope, nil
	})
}

// SaveConfermaQualita stores the user's judgement of a criterion for an
// objective. Undoing a first judgement removes it.
func (s *Session) SaveConfermaQualita(label string, c model.ConfermaQualita) error {
	sc := model.Scope{Parts: model.PartQualita}
	return s.apply(label, func(w model.Writer) (undoFunc, model.Scope, error) {
		var p model.Plan
		if err := w.ReadParts(&p, model.PartQualita); err != nil {
			return nil, sc, err
		}
		var prev *model.ConfermaQualita
		for _, x := range p.ConfermeQualita {
			if x.ObiettivoID == c.ObiettivoID && x.Criterio == c.Criterio {
				prev = &x
			}
		}
		if prev != nil && *prev == c {
			return nil, sc, nil
		}
		if err := w.SaveConfermaQualita(c); err != nil {
			return nil, sc, err
		}
		if prev == nil {
			return func(w model.Writer) (model.Scope, error) {
				_, err := w.DeleteConfermaQualita(c.ObiettivoID, c.Criterio)
				return sc, err
			}, sc, nil
		}
		old := *prev
		return func(w model.Writer) (model.Scope, error) { return sc, w.SaveConfermaQualita(old) }, sc, nil
	})
}

// DeleteConfermaQualita removes the user's judgement of a criterion.
func (s *Session) DeleteConfermaQualita(label string, obiettivoID int64, criterio model.CriterioQualita) error {
	sc := model.Scope{Parts: model.PartQualita}
	return s.apply(label, func(w model.Writer) (undoFunc, model.Scope, error) {
		gone, err := w.DeleteConfermaQualita(obiettivoID, criterio)
		if err != nil {
			return nil, sc, err
		}
		return func(w model.Writer) (model.Scope, error) { return sc, w.SaveConfermaQualita(gone) }, sc, nil
	})
}

// Adotta records the Giunta's resolution adopting the plan and freezes it
// as version 1; RegistraVariazione records a variation and freezes the
// next version. A frozen version cannot be taken back, so these are not
// undoable; the rest of the history stays.
func (s *Session) Adotta(label string, atto model.Atto) (model.Versione, error) {
	return s.freeze(label, func(w model.Writer) (model.Versione, error) { return w.Adotta(atto) })
}

// RegistraVariazione: see Adotta.
func (s *Session) RegistraVariazione(label string, atto model.Atto, motivo string) (model.Versione, error) {
	return s.freeze(label, func(w model.Writer) (model.Versione, error) { return w.RegistraVariazione(atto, motivo) })
}

func (s *Session) freeze(label string, do func(w model.Writer) (model.Versione, error)) (model.Versione, error) {
	var v model.Versione
	sc := model.Scope{Parts: model.PartPiano}
	back := &model.Plan{}
	err := s.Store.Write(context.Background(), func(w model.Writer) error {
		var err error
		if v, err = do(w); err != nil {
			return err
		}
		return readBack(w, back, sc)
	})
	if err != nil {
		s.report("Non salvato: "+errmsg.Text(err), true)
		return v, err
	}
	s.forgetVersions()
	s.Plan.Apply(back, sc)
	s.report(fmt.Sprintf("%s: salvato alle %s", label, s.now().Format("15:04:05")), false)
	s.changed()
	return v, nil
}
