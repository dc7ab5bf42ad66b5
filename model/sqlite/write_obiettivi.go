package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"pianoperformance/model"
)

// SaveObiettivo saves the objective whole: its row, responsible units, years,
// indicators with targets and readings, phases with months, progress notes
// and the Nucleo's validation. New records (ID 0) get IDs, written into o,
// nested ones too. The Area, units and parent it names must exist, and the
// parent must not lie below it, or nothing is saved.
func (w *writer) SaveObiettivo(o *model.Obiettivo) error {
	return w.do("Salvataggio dell'obiettivo", func() error {
		if err := checkObiettivoRefs(w.ctx, w.tx, o); err != nil {
			return err
		}
		return saveObiettivo(w.ctx, w.tx, o, &w.ids)
	})
}

// checkObiettivoRefs gives a clear message for references that the foreign
// keys would refuse anyway, and refuses a loop in the tree.
func checkObiettivoRefs(ctx context.Context, tx execer, o *model.Obiettivo) error {
	if o.ParentID != 0 {
		if ok, err := exists(ctx, tx, "obiettivo", o.ParentID); err != nil || !ok {
			if err != nil {
				return err
			}
			return notFound("L'obiettivo superiore", o.ParentID)
		}
		if o.ID != 0 {
			loop, err := isDescendant(ctx, tx, "obiettivo", o.ParentID, o.ID)
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
		if ok, err := exists(ctx, tx, "unita", id); err != nil || !ok {
			if err != nil {
				return err
			}
			return notFound("L'unità organizzativa", id)
		}
	}
	return nil
}

func saveObiettivo(ctx context.Context, tx execer, o *model.Obiettivo, ids *idLog) error {
	id, err := upsert(ctx, tx, "obiettivo", o.ID,
		[]string{"parent_id", "ordine", "codice", "livello", "natura", "area_id", "tutte_le_unita",
			"segretario", "titolo", "descrizione", "programma", "centro_costo", "peso_tipo",
			"peso_valore", "risorse", "personale", "stato_attuazione", "note", "linea_strategica"},
		nullID(o.ParentID), o.Ordine, o.Codice, string(o.Livello), string(o.Natura), nullID(o.AreaID),
		boolInt(o.TutteLeUnita), boolInt(o.Segretario), o.Titolo, o.Descrizione, o.Programma,
		o.CentroCosto, string(o.Peso.Tipo), o.Peso.Valore, o.Risorse, o.Personale,
		o.StatoAttuazione, o.Note, o.LineaStrategica)
	if err != nil {
		return err
	}
	ids.set(&o.ID, id)
	// Children are rewritten from scratch (cascades remove targets, results
	// and months); each keeps its ID, or gets a new one when it has none.
	for _, q := range []string{
		"DELETE FROM obiettivo_unita WHERE obiettivo_id = ?",
		"DELETE FROM obiettivo_anno WHERE obiettivo_id = ?",
		"DELETE FROM indicatore WHERE obiettivo_id = ?",
		"DELETE FROM fase WHERE obiettivo_id = ?",
	} {
		if _, err := tx.ExecContext(ctx, q, id); err != nil {
			return err
		}
	}
	for _, u := range o.UnitaIDs {
		if _, err := tx.ExecContext(ctx, "INSERT INTO obiettivo_unita (obiettivo_id, unita_id) VALUES (?, ?)", id, u); err != nil {
			return err
		}
	}
	for _, a := range o.Anni {
		if _, err := tx.ExecContext(ctx, "INSERT INTO obiettivo_anno (obiettivo_id, anno) VALUES (?, ?)", id, a); err != nil {
			return err
		}
	}
	for i := range o.Indicatori {
		if err := saveIndicatore(ctx, tx, id, &o.Indicatori[i], ids); err != nil {
			return err
		}
	}
	for i := range o.Fasi {
		if err := saveFase(ctx, tx, id, &o.Fasi[i], ids); err != nil {
			return err
		}
	}
	return saveCicloObiettivo(ctx, tx, id, o)
}

// insertChild inserts a child row with its own ID, or a new one when 0.
// Unlike upsert it never takes over a row of another parent: an ID already
// used elsewhere fails the whole save.
func insertChild(ctx context.Context, tx execer, query string, id int64, args ...any) (int64, error) {
	res, err := tx.ExecContext(ctx, query, append([]any{nullID(id)}, args...)...)
	if err != nil || id != 0 {
		return id, err
	}
	return res.LastInsertId()
}

// saveIndicatore inserts an indicator of objective obID (0: of the whole
// ente) with its targets and readings.
func saveIndicatore(ctx context.Context, tx execer, obID int64, in *model.Indicatore, ids *idLog) error {
	id, err := insertChild(ctx, tx, `INSERT INTO indicatore
		(id, obiettivo_id, ordine, nome, tipo, unita_misura, baseline, anno_baseline, direzione, peso, criterio, note)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		in.ID, nullID(obID), in.Ordine, in.Nome, string(in.Tipo), in.UnitaMisura, in.Baseline, in.AnnoBaseline,
		string(in.Direzione), in.Peso, in.Criterio, in.Note)
	if err != nil {
		return err
	}
	ids.set(&in.ID, id)
	for _, t := range in.Target {
		if _, err := tx.ExecContext(ctx, "INSERT INTO target (indicatore_id, anno, valore) VALUES (?, ?, ?)", id, t.Anno, t.Valore); err != nil {
			return err
		}
	}
	for i := range in.Risultati {
		rid, err := insertRisultato(ctx, tx, id, in.Risultati[i].ID, in.Risultati[i])
		if err != nil {
			return err
		}
		ids.set(&in.Risultati[i].ID, rid)
	}
	return nil
}

func saveFase(ctx context.Context, tx execer, obID int64, f *model.Fase, ids *idLog) error {
	id, err := insertChild(ctx, tx, `INSERT INTO fase
		(id, obiettivo_id, ordine, titolo, inizio, fine, responsabile, completata, completamento) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		f.ID, obID, f.Ordine, f.Titolo, nullDate(f.Inizio), nullDate(f.Fine), f.Responsabile, boolInt(f.Completata),
		nullDate(f.Completamento))
	if err != nil {
		return err
	}
	ids.set(&f.ID, id)
	for _, m := range f.Mesi {
		if _, err := tx.ExecContext(ctx, "INSERT INTO fase_mese (fase_id, mese) VALUES (?, ?)", id, m); err != nil {
			return err
		}
	}
	return nil
}

// DeleteObiettivo deletes an objective with everything it holds, including
// its sub-objectives (the tree cascades), and returns them all, read just
// before: the objective first, then each sub-objective after the one above
// it, so that saving them again in order restores the subtree.
func (w *writer) DeleteObiettivo(id int64) ([]model.Obiettivo, error) {
	var gone []model.Obiettivo
	err := w.do("Eliminazione dell'obiettivo", func() error {
		ids, err := subtree(w.ctx, w.tx, id)
		if err != nil {
			return err
		}
		read, err := loadObiettivi(w.ctx, w.tx, ids)
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
		return deleteByID(w.ctx, w.tx, "obiettivo", "L'obiettivo", id)
	})
	return gone, err
}

// subtree lists an objective and every objective below it, each after its
// parent (breadth first).
func subtree(ctx context.Context, tx *sql.Tx, id int64) ([]int64, error) {
	var ids []int64
	rows, err := tx.QueryContext(ctx, `WITH RECURSIVE sotto(id, livello) AS (
			SELECT ?, 0 UNION SELECT o.id, sotto.livello + 1 FROM obiettivo o JOIN sotto ON o.parent_id = sotto.id
			WHERE sotto.livello < 1000)
		SELECT id FROM sotto ORDER BY livello, id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var i int64
		if err := rows.Scan(&i); err != nil {
			return nil, err
		}
		ids = append(ids, i)
	}
	return ids, rows.Err()
}
