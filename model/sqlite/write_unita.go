package sqlite

import (
	"context"
	"errors"
	"fmt"

	"pianoperformance/model"
)

// SaveUnita inserts or replaces a unit, setting u.ID when new. The parent
// must exist and must not be the unit itself or one of its descendants.
func (w *writer) SaveUnita(u *model.Unita) error {
	return w.do("Salvataggio dell'unità organizzativa", func() error {
		ctx, tx := w.ctx, w.tx
		if u.ParentID != 0 {
			if ok, err := exists(ctx, tx, "unita", u.ParentID); err != nil || !ok {
				if err != nil {
					return err
				}
				return notFound("L'unità superiore", u.ParentID)
			}
			if u.ID != 0 {
				cyc, err := isDescendant(ctx, tx, "unita", u.ParentID, u.ID)
				if err != nil {
					return err
				}
				if cyc {
					return errors.New("un'unità non può stare sotto sé stessa o sotto una sua sotto-unità")
				}
			}
		}
		return saveUnita(ctx, tx, u, &w.ids)
	})
}

// isDescendant reports whether the row id of table (unita or obiettivo,
// trees by parent_id) is root or lies below it.
func isDescendant(ctx context.Context, tx execer, table string, id, root int64) (bool, error) {
	var n int
	err := tx.QueryRowContext(ctx, `WITH RECURSIVE sotto(id) AS (
			SELECT ? UNION SELECT t.id FROM `+table+` t JOIN sotto ON t.parent_id = sotto.id)
		SELECT count(*) FROM sotto WHERE id = ?`, root, id).Scan(&n)
	return n > 0, err
}

func saveUnita(ctx context.Context, tx execer, u *model.Unita, ids *idLog) error {
	id, err := upsert(ctx, tx, "unita", u.ID,
		[]string{"parent_id", "ordine", "tipo", "nome", "intestazione", "responsabile",
			"ruolo_responsabile", "dipendenti", "part_time"},
		nullID(u.ParentID), u.Ordine, string(u.Tipo), u.Nome, u.Intestazione, u.Responsabile,
		string(u.RuoloResponsabile), nullInt(u.Dipendenti), nullInt(u.PartTime))
	if err != nil {
		return err
	}
	ids.set(&u.ID, id)
	return nil
}

// DeleteUnita deletes a unit and returns it. It fails with model.ErrInUse
// while child units or objectives (as Area or as responsible unit) refer
// to it.
func (w *writer) DeleteUnita(id int64) (model.Unita, error) {
	var gone model.Unita
	err := w.do("Eliminazione dell'unità organizzativa", func() error {
		ctx, tx := w.ctx, w.tx
		var p model.Plan
		if err := loadUnita(ctx, tx, &p); err != nil {
			return err
		}
		u := p.UnitaByID(id)
		if u == nil {
			return notFound("L'unità organizzativa", id)
		}
		gone = *u
		nome := u.Nome
		var figli, obiettivi int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM unita WHERE parent_id = ?", id).Scan(&figli); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM obiettivo WHERE area_id = ?1
			OR id IN (SELECT obiettivo_id FROM obiettivo_unita WHERE unita_id = ?1)`, id).Scan(&obiettivi); err != nil {
			return err
		}
		switch {
		case figli > 0 && obiettivi > 0:
			return fmt.Errorf("L'unità «%s» contiene %d unità ed è indicata in %d obiettivi: %w", nome, figli, obiettivi, model.ErrInUse)
		case figli > 0:
			return fmt.Errorf("L'unità «%s» contiene %d unità: spostarle o eliminarle prima: %w", nome, figli, model.ErrInUse)
		case obiettivi > 0:
			return fmt.Errorf("L'unità «%s» è indicata in %d obiettivi: toglierla dagli obiettivi prima: %w", nome, obiettivi, model.ErrInUse)
		}
		_, err := tx.ExecContext(ctx, "DELETE FROM unita WHERE id = ?", id)
		return err
	})
	return gone, err
}
