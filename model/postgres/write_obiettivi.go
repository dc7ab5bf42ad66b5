package postgres

import (
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model"
)

// SaveObiettivo saves the objective whole: its row, responsible units,
// years, indicators with targets and results, and phases with months,
// writing only the rows that changed. New records (ID 0) get IDs, written
// into o, nested ones too. The Area, units and parent it names must exist,
// and the parent must not lie below it, or nothing is saved.
func (w *writer) SaveObiettivo(o *model.Obiettivo) error {
	const what = "Salvataggio dell'obiettivo"
	return w.do(what, func() error {
		if err := w.checkObiettivoRefs(o); err != nil {
			return err
		}
		if err := w.obiettivoIDs(o); err != nil {
			return err
		}
		if err := w.claim("obiettivo", o.ID, ""); err != nil {
			return err
		}
		// An indicator or phase ID that belongs to another objective
		// would be taken over: refuse it, as the SQLite store does.
		var other int64
		err := w.tx.QueryRow(w.ctx, `SELECT id FROM indicatore WHERE piano_id = $1 AND id = ANY($2) AND obiettivo_id IS DISTINCT FROM $3
			UNION ALL SELECT id FROM fase WHERE piano_id = $1 AND id = ANY($4) AND obiettivo_id IS DISTINCT FROM $3
			UNION ALL SELECT id FROM risultato WHERE piano_id = $1 AND id = ANY($5) AND obiettivo_id IS DISTINCT FROM $3 LIMIT 1`,
			w.s.id, childIDs(o, 'i'), o.ID, childIDs(o, 'f'), childIDs(o, 'r')).Scan(&other)
		if err == nil {
			return fmt.Errorf("l'elemento %d appartiene a un altro obiettivo: %w", other, model.ErrExists)
		}
		if !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
		return w.put(what, obiettivoRows(o)...)
	})
}

func childIDs(o *model.Obiettivo, kind byte) []int64 {
	out := []int64{}
	for _, in := range o.Indicatori {
		switch kind {
		case 'i':
			out = append(out, in.ID)
		case 'r':
			for _, r := range in.Risultati {
				out = append(out, r.ID)
			}
		}
	}
	if kind == 'f' {
		for _, f := range o.Fasi {
			out = append(out, f.ID)
		}
	}
	return out
}

// obiettivoIDs gives IDs to the objective and to what it holds that has
// none, from the sequence in one request.
func (w *writer) obiettivoIDs(o *model.Obiettivo) error { return w.giveIDs(obiettivoIDRefs(o)) }

// obiettivoIDRefs are the IDs of an objective and of what it holds.
func obiettivoIDRefs(o *model.Obiettivo) []*int64 {
	dst := []*int64{&o.ID}
	for i := range o.Indicatori {
		in := &o.Indicatori[i]
		dst = append(dst, &in.ID)
		for j := range in.Risultati {
			dst = append(dst, &in.Risultati[j].ID)
		}
	}
	for i := range o.Fasi {
		dst = append(dst, &o.Fasi[i].ID)
	}
	return dst
}

// checkObiettivoRefs gives a clear message for references that the foreign
// keys would refuse anyway, and refuses a loop in the tree.
func (w *writer) checkObiettivoRefs(o *model.Obiettivo) error {
	if o.ParentID != 0 {
		if ok, err := w.has("obiettivo", "id = $2", o.ParentID); err != nil || !ok {
			if err == nil {
				err = notFound("L'obiettivo superiore", o.ParentID)
			}
			return err
		}
		if o.ID != 0 {
			loop, err := w.isDescendant("obiettivo", o.ParentID, o.ID)
			if err != nil {
				return err
			}
			if loop {
				return errors.New("un obiettivo non può stare sotto sé stesso o sotto un suo sotto-obiettivo")
			}
		}
	}
	refs := o.UnitaIDs
	if o.AreaID != 0 {
		refs = append([]int64{o.AreaID}, refs...)
	}
	for _, id := range refs {
		if ok, err := w.has("unita", "id = $2", id); err != nil || !ok {
			if err == nil {
				err = notFound("L'unità organizzativa", id)
			}
			return err
		}
	}
	return nil
}

// isDescendant reports whether the row id of table (unita or obiettivo,
// trees by parent_id) is root or lies below it.
func (w *writer) isDescendant(table string, id, root int64) (bool, error) {
	var ok bool
	err := w.tx.QueryRow(w.ctx, `WITH RECURSIVE sotto(id) AS (
			SELECT $2::bigint UNION SELECT t.id FROM `+table+` t JOIN sotto ON t.parent_id = sotto.id AND t.piano_id = $1)
		SELECT EXISTS (SELECT 1 FROM sotto WHERE id = $3)`, w.s.id, root, id).Scan(&ok)
	return ok, err
}

// DeleteObiettivo deletes an objective with all its sub-objectives and
// returns them, each after the one above it.
func (w *writer) DeleteObiettivo(id int64) ([]model.Obiettivo, error) {
	const what = "Eliminazione dell'obiettivo"
	var gone []model.Obiettivo
	err := w.do(what, func() error {
		ids, err := w.subtree(id)
		if err != nil {
			return err
		}
		for _, i := range ids {
			if err := w.claim("obiettivo", i, ""); err != nil {
				return err
			}
		}
		read, err := loadObiettivi(&w.reader, ids)
		if err != nil {
			return err
		}
		byID := map[int64]model.Obiettivo{}
		for _, o := range read {
			byID[o.ID] = o
		}
		for _, i := range ids {
			if o, ok := byID[i]; ok {
				gone = append(gone, o)
			}
		}
		if len(gone) == 0 {
			return notFound("L'obiettivo", id)
		}
		// Deepest first, each with all it holds: no cascade is left to
		// remove a row behind the policies' back.
		for i := len(gone) - 1; i >= 0; i-- {
			empty := obiettivoRows(&model.Obiettivo{ID: gone[i].ID})
			for j := range empty {
				empty[j].want = nil
			}
			if err := w.put(what, empty...); err != nil {
				return err
			}
		}
		return nil
	})
	return gone, err
}

// subtree lists an objective and every objective below it, each after its
// parent (breadth first).
func (w *writer) subtree(id int64) ([]int64, error) {
	res, err := w.tx.Query(w.ctx, `WITH RECURSIVE sotto(id, livello) AS (
			SELECT $2::bigint, 0 UNION SELECT o.id, sotto.livello + 1 FROM obiettivo o JOIN sotto ON o.parent_id = sotto.id
			WHERE o.piano_id = $1 AND sotto.livello < 1000)
		SELECT id FROM sotto ORDER BY livello, id`, w.s.id, id)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(res, pgx.RowTo[int64])
}
