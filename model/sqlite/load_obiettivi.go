package sqlite

import (
	"context"
	"database/sql"

	"pianoperformance/model"
)

// loadObiettivi reads objectives and their parts with one query per table
// (not per objective), then assembles them in memory.
func loadObiettivi(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
	unita := map[int64][]int64{}
	if err := each(ctx, tx, "SELECT obiettivo_id, unita_id FROM obiettivo_unita ORDER BY obiettivo_id, unita_id", func(r *sql.Rows) error {
		var o, u int64
		err := r.Scan(&o, &u)
		unita[o] = append(unita[o], u)
		return err
	}); err != nil {
		return err
	}
	anni := map[int64][]int{}
	if err := each(ctx, tx, "SELECT obiettivo_id, anno FROM obiettivo_anno ORDER BY obiettivo_id, anno", func(r *sql.Rows) error {
		var o int64
		var a int
		err := r.Scan(&o, &a)
		anni[o] = append(anni[o], a)
		return err
	}); err != nil {
		return err
	}
	ind, err := loadIndicatori(ctx, tx)
	if err != nil {
		return err
	}
	fasi, err := loadFasi(ctx, tx)
	if err != nil {
		return err
	}
	avanz, err := loadAvanzamenti(ctx, tx)
	if err != nil {
		return err
	}
	valid, err := loadValidazioni(ctx, tx)
	if err != nil {
		return err
	}
	p.IndicatoriEnte = orEmpty(ind[0])

	p.Obiettivi = []model.Obiettivo{}
	return each(ctx, tx, `SELECT id, parent_id, ordine, codice, livello, natura, area_id, tutte_le_unita,
		segretario, titolo, descrizione, programma, centro_costo, peso_tipo, peso_valore, risorse,
		personale, stato_attuazione, note, linea_strategica FROM obiettivo ORDER BY ordine, id`, func(r *sql.Rows) error {
		var o model.Obiettivo
		var parent, area sql.NullInt64
		var livello, natura, peso string
		if err := r.Scan(&o.ID, &parent, &o.Ordine, &o.Codice, &livello, &natura, &area, &o.TutteLeUnita,
			&o.Segretario, &o.Titolo, &o.Descrizione, &o.Programma, &o.CentroCosto, &peso, &o.Peso.Valore,
			&o.Risorse, &o.Personale, &o.StatoAttuazione, &o.Note, &o.LineaStrategica); err != nil {
			return err
		}
		o.Avanzamenti = orEmpty(avanz[o.ID])
		o.Validazione = valid[o.ID]
		o.ParentID, o.AreaID = idFrom(parent), idFrom(area)
		o.Livello, o.Natura, o.Peso.Tipo = model.Livello(livello), model.Natura(natura), model.TipoPeso(peso)
		o.UnitaIDs = orEmpty(unita[o.ID])
		o.Anni = orEmpty(anni[o.ID])
		o.Indicatori = orEmpty(ind[o.ID])
		o.Fasi = orEmpty(fasi[o.ID])
		p.Obiettivi = append(p.Obiettivi, o)
		return nil
	})
}

// orEmpty turns nil into an empty slice (see Load on nil versus empty).
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// loadIndicatori returns indicators by objective ID (0 for those of the
// whole ente), with targets and readings.
func loadIndicatori(ctx context.Context, tx *sql.Tx) (map[int64][]model.Indicatore, error) {
	target := map[int64][]model.Target{}
	if err := each(ctx, tx, "SELECT indicatore_id, anno, valore FROM target ORDER BY indicatore_id, anno", func(r *sql.Rows) error {
		var id int64
		var t model.Target
		err := r.Scan(&id, &t.Anno, &t.Valore)
		target[id] = append(target[id], t)
		return err
	}); err != nil {
		return nil, err
	}
	ris, err := loadRisultati(ctx, tx)
	if err != nil {
		return nil, err
	}
	out := map[int64][]model.Indicatore{}
	err = each(ctx, tx, `SELECT id, obiettivo_id, ordine, nome, tipo, unita_misura, baseline, anno_baseline,
		direzione, peso, criterio, note FROM indicatore ORDER BY obiettivo_id, ordine, id`, func(r *sql.Rows) error {
		var in model.Indicatore
		var ob sql.NullInt64
		var tipo, dir string
		err := r.Scan(&in.ID, &ob, &in.Ordine, &in.Nome, &tipo, &in.UnitaMisura, &in.Baseline, &in.AnnoBaseline,
			&dir, &in.Peso, &in.Criterio, &in.Note)
		in.Tipo, in.Direzione = model.TipoIndicatore(tipo), model.Direzione(dir)
		in.Target = orEmpty(target[in.ID])
		in.Risultati = orEmpty(ris[in.ID])
		out[idFrom(ob)] = append(out[idFrom(ob)], in) // 0: indicators of the whole ente
		return err
	})
	return out, err
}

// loadFasi returns phases by objective ID, with their months.
func loadFasi(ctx context.Context, tx *sql.Tx) (map[int64][]model.Fase, error) {
	mesi := map[int64][]int{}
	if err := each(ctx, tx, "SELECT fase_id, mese FROM fase_mese ORDER BY fase_id, mese", func(r *sql.Rows) error {
		var id int64
		var m int
		err := r.Scan(&id, &m)
		mesi[id] = append(mesi[id], m)
		return err
	}); err != nil {
		return nil, err
	}
	out := map[int64][]model.Fase{}
	err := each(ctx, tx, `SELECT id, obiettivo_id, ordine, titolo, inizio, fine, responsabile, completata, completamento
		FROM fase ORDER BY obiettivo_id, ordine, id`, func(r *sql.Rows) error {
		var f model.Fase
		var ob int64
		var ini, fine, done sql.NullString
		if err := r.Scan(&f.ID, &ob, &f.Ordine, &f.Titolo, &ini, &fine, &f.Responsabile, &f.Completata, &done); err != nil {
			return err
		}
		var err error
		if f.Completamento, err = datePtr(done); err != nil {
			return err
		}
		if f.Inizio, err = datePtr(ini); err != nil {
			return err
		}
		if f.Fine, err = datePtr(fine); err != nil {
			return err
		}
		f.Mesi = mesi[f.ID] // omitempty: nil when none
		out[ob] = append(out[ob], f)
		return nil
	})
	return out, err
}
