package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"pianoperformance/model"
)

// SaveUnita inserts or replaces a unit, setting u.ID when new. The parent
// must exist and must not be the unit itself or one of its descendants.
func (s *Store) SaveUnita(ctx context.Context, u *model.Unita) error {
	var ids idLog
	err := s.inTx(ctx, "Salvataggio dell'unità organizzativa", func(tx *sql.Tx) error {
		if u.ParentID != 0 {
			if ok, err := exists(ctx, tx, "unita", u.ParentID); err != nil || !ok {
				if err != nil {
					return err
				}
				return notFound("L'unità superiore", u.ParentID)
			}
			if u.ID != 0 {
				cyc, err := isUnitaDescendant(ctx, tx, u.ParentID, u.ID)
				if err != nil {
					return err
				}
				if cyc {
					return errors.New("un'unità non può stare sotto sé stessa o sotto una sua sotto-unità")
				}
			}
		}
		return saveUnita(ctx, tx, u, &ids)
	})
	if err == nil {
		ids.apply()
	}
	return err
}

// isUnitaDescendant reports whether unit id is root or lies below it.
func isUnitaDescendant(ctx context.Context, tx execer, id, root int64) (bool, error) {
	var n int
	err := tx.QueryRowContext(ctx, `WITH RECURSIVE sotto(id) AS (
			SELECT ? UNION SELECT u.id FROM unita u JOIN sotto ON u.parent_id = sotto.id)
		SELECT count(*) FROM sotto WHERE id = ?`, root, id).Scan(&n)
	return n > 0, err
}

func saveUnita(ctx context.Context, tx execer, u *model.Unita, ids *idLog) error {
	id, err := upsert(ctx, tx, "unita", u.ID,
		[]string{"parent_id", "ordine", "tipo", "nome", "intestazione", "responsabile",
			"ruolo_responsabile", "dipendenti", "part_time"},
		nullID(u.ParentID), u.Ordine, string(u.Tipo), u.Nome, u.Intestazione, u.Responsabile,
		string(u.RuoloResponsabile), nullInt(u.Dipendenti), nullInt(u.PartTime))
	ids.set(&u.ID, id)
	return err
}

// DeleteUnita deletes a unit. It fails with model.ErrInUse while child
// units or objectives (as Area or as responsible unit) refer to it.
func (s *Store) DeleteUnita(ctx context.Context, id int64) error {
	return s.inTx(ctx, "Eliminazione dell'unità organizzativa", func(tx *sql.Tx) error {
		var nome string
		err := tx.QueryRowContext(ctx, "SELECT nome FROM unita WHERE id = ?", id).Scan(&nome)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("L'unità organizzativa", id)
		}
		if err != nil {
			return err
		}
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
		_, err = tx.ExecContext(ctx, "DELETE FROM unita WHERE id = ?", id)
		return err
	})
}
