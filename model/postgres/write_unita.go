package postgres

import (
	"errors"
	"fmt"

	"pianoperformance/model"
)

// SaveUnita inserts or replaces a unit, setting u.ID when new. The parent
// must exist and must not be the unit itself or one of its descendants.
func (w *writer) SaveUnita(u *model.Unita) error {
	const what = "Salvataggio dell'unità organizzativa"
	return w.do(what, func() error {
		if u.ParentID != 0 {
			if ok, err := w.has("unita", "id = $2", u.ParentID); err != nil || !ok {
				if err == nil {
					err = notFound("L'unità superiore", u.ParentID)
				}
				return err
			}
			if u.ID != 0 {
				cyc, err := w.isDescendant("unita", u.ParentID, u.ID)
				if err != nil {
					return err
				}
				if cyc {
					return errors.New("un'unità non può stare sotto sé stessa o sotto una sua sotto-unità")
				}
			}
		}
		if err := w.giveID(&u.ID); err != nil {
			return err
		}
		if err := w.claim("unita", u.ID, ""); err != nil {
			return err
		}
		return w.put(what, rows{t: tUnita, where: "id = $2", args: []any{u.ID}, want: [][]any{unitaRow(*u)}})
	})
}

// DeleteUnita deletes a unit and returns it. It fails with model.ErrInUse
// while child units or objectives (as Area or as responsible unit) refer
// to it.
func (w *writer) DeleteUnita(id int64) (model.Unita, error) {
	const what = "Eliminazione dell'unità organizzativa"
	var gone model.Unita
	err := w.do(what, func() error {
		if err := w.claim("unita", id, ""); err != nil {
			return err
		}
		var p model.Plan
		if err := loadUnita(&w.reader, &p); err != nil {
			return err
		}
		u := p.UnitaByID(id)
		if u == nil {
			return notFound("L'unità organizzativa", id)
		}
		gone = *u
		var figli, obiettivi int
		if err := w.tx.QueryRow(w.ctx, `SELECT
				(SELECT count(*) FROM unita WHERE piano_id = $1 AND parent_id = $2),
				(SELECT count(*) FROM obiettivo WHERE piano_id = $1 AND (area_id = $2
					OR id IN (SELECT obiettivo_id FROM obiettivo_unita WHERE piano_id = $1 AND unita_id = $2)))`,
			w.s.id, id).Scan(&figli, &obiettivi); err != nil {
			return err
		}
		nome := u.Nome
		switch {
		case figli > 0 && obiettivi > 0:
			return fmt.Errorf("L'unità «%s» contiene %d unità ed è indicata in %d obiettivi: %w", nome, figli, obiettivi, model.ErrInUse)
		case figli > 0:
			return fmt.Errorf("L'unità «%s» contiene %d unità: spostarle o eliminarle prima: %w", nome, figli, model.ErrInUse)
		case obiettivi > 0:
			return fmt.Errorf("L'unità «%s» è indicata in %d obiettivi: toglierla dagli obiettivi prima: %w", nome, obiettivi, model.ErrInUse)
		}
		return w.put(what, rows{t: tUnita, where: "id = $2", args: []any{id}})
	})
	return gone, err
}
