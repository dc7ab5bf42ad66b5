package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"

	"pianoperformance/model"
)

// only restricts the queries of loadObiettivi to some objectives: nil
// means every objective. The IDs travel as one JSON array, whatever their
// number, read with SQLite's json_each. enteOnly picks instead the
// indicators of the whole ente, which belong to no objective.
type only struct {
	list string
	ente bool
}

var enteOnly = &only{ente: true}

func newOnly(ids []int64) *only {
	if ids == nil {
		return nil
	}
	b, _ := json.Marshal(ids)
	return &only{list: string(b)}
}

// where is the clause restricting col (an objective ID) to the chosen
// objectives, "" when every objective is read.
func (o *only) where(col string) string {
	switch {
	case o == nil:
		return ""
	case o.ente:
		return " WHERE " + col + " IS NULL"
	}
	return " WHERE " + col + " IN (SELECT value FROM json_each(?))"
}

// args is the query's argument: the list, once per where clause.
func (o *only) args() []any {
	if o == nil || o.ente {
		return nil
	}
	return []any{o.list}
}

// loadObiettivi reads objectives and their parts with one query per table
// (not per objective), then assembles them in memory. ids nil reads them
// all; otherwise only those with the given IDs.
func loadObiettivi(ctx context.Context, tx *sql.Tx, ids []int64) ([]model.Obiettivo, error) {
	f := newOnly(ids)
	unita := map[int64][]int64{}
	if err := each(ctx, tx, "SELECT obiettivo_id, unita_id FROM obiettivo_unita"+f.where("obiettivo_id")+" ORDER BY obiettivo_id, unita_id", func(r *sql.Rows) error {
		var o, u int64
		err := r.Scan(&o, &u)
		unita[o] = append(unita[o], u)
		return err
	}, f.args()...); err != nil {
		return nil, err
	}
	anni := map[int64][]int{}
	if err := each(ctx, tx, "SELECT obiettivo_id, anno FROM obiettivo_anno"+f.where("obiettivo_id")+" ORDER BY obiettivo_id, anno", func(r *sql.Rows) error {
		var o int64
		var a int
		err := r.Scan(&o, &a)
		anni[o] = append(anni[o], a)
		return err
	}, f.args()...); err != nil {
		return nil, err
	}
	ind, err := loadIndicatori(ctx, tx, f)
	if err != nil {
		return nil, err
	}
	fasi, err := loadFasi(ctx, tx, f)
	if err != nil {
		return nil, err
	}
	avanz, err := loadAvanzamenti(ctx, tx, f)
	if err != nil {
		return nil, err
	}
	valid, err := loadValidazioni(ctx, tx, f)
	if err != nil {
		return nil, err
	}

	out := []model.Obiettivo{}
	err = each(ctx, tx, `SELECT id, parent_id, ordine, codice, livello, natura, area_id, tutte_le_unita,
		segretario, titolo, descrizione, programma, centro_costo, peso_tipo, peso_valore, risorse,
		personale, stato_attuazione, note, linea_strategica FROM obiettivo`+f.where("id")+` ORDER BY ordine, id`, func(r *sql.Rows) error {
		var o model.Obiettivo
		var parent, area sql.NullInt64
		var livello, natura, peso string
		if err := r.Scan(&o.ID, &parent, &o.Ordine, &o.Codice, &livello, &natura, &area, &o.TutteLeUnita,
			&o.Segretario, &o.Titolo, &o.Descrizione, &o.Programma, &o.CentroCosto, &peso, &o.Peso.Valore,
			&o.Risorse, &o.Personale, &o.StatoAttuazione, &o.Note, &o.LineaStrategica); err != nil {
			return err
		}
		o.ParentID, o.AreaID = idFrom(parent), idFrom(area)
		o.Livello, o.Natura, o.Peso.Tipo = model.Livello(livello), model.Natura(natura), model.TipoPeso(peso)
		o.UnitaIDs = orEmpty(unita[o.ID])
		o.Anni = orEmpty(anni[o.ID])
		o.Indicatori = orEmpty(ind[o.ID])
		o.Fasi = orEmpty(fasi[o.ID])
		o.Avanzamenti = orEmpty(avanz[o.ID])
		o.Validazione = valid[o.ID]
		out = append(out, o)
		return nil
	}, f.args()...)
	return out, err
}

// orEmpty turns nil into an empty slice (see Load on nil versus empty).
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// loadIndicatori returns indicators by objective ID, with targets and
// readings; those of the whole ente (enteOnly) under 0.
func loadIndicatori(ctx context.Context, tx *sql.Tx, f *only) (map[int64][]model.Indicatore, error) {
	// Targets and results hang from indicators: restrict them through the
	// indicators of the chosen objectives.
	byInd := ""
	if f != nil {
		byInd = " WHERE indicatore_id IN (SELECT id FROM indicatore" + f.where("obiettivo_id") + ")"
	}
	target := map[int64][]model.Target{}
	if err := each(ctx, tx, "SELECT indicatore_id, anno, valore FROM target"+byInd+" ORDER BY indicatore_id, anno", func(r *sql.Rows) error {
		var id int64
		var t model.Target
		err := r.Scan(&id, &t.Anno, &t.Valore)
		target[id] = append(target[id], t)
		return err
	}, f.args()...); err != nil {
		return nil, err
	}
	ris, err := loadRisultati(ctx, tx, byInd, f.args())
	if err != nil {
		return nil, err
	}
	out := map[int64][]model.Indicatore{}
	err = each(ctx, tx, `SELECT id, obiettivo_id, ordine, nome, tipo, unita_misura, baseline, anno_baseline,
		direzione, peso, criterio, note FROM indicatore`+f.where("obiettivo_id")+` ORDER BY obiettivo_id, ordine, id`, func(r *sql.Rows) error {
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
	}, f.args()...)
	return out, err
}

// loadFasi returns phases by objective ID, with their months.
func loadFasi(ctx context.Context, tx *sql.Tx, f *only) (map[int64][]model.Fase, error) {
	byFase := ""
	if f != nil {
		byFase = " WHERE fase_id IN (SELECT id FROM fase" + f.where("obiettivo_id") + ")"
	}
	mesi := map[int64][]int{}
	if err := each(ctx, tx, "SELECT fase_id, mese FROM fase_mese"+byFase+" ORDER BY fase_id, mese", func(r *sql.Rows) error {
		var id int64
		var m int
		err := r.Scan(&id, &m)
		mesi[id] = append(mesi[id], m)
		return err
	}, f.args()...); err != nil {
		return nil, err
	}
	out := map[int64][]model.Fase{}
	err := each(ctx, tx, `SELECT id, obiettivo_id, ordine, titolo, inizio, fine, responsabile, completata, completamento
		FROM fase`+f.where("obiettivo_id")+` ORDER BY obiettivo_id, ordine, id`, func(r *sql.Rows) error {
		var ph model.Fase
		var ob int64
		var ini, fine, done sql.NullString
		if err := r.Scan(&ph.ID, &ob, &ph.Ordine, &ph.Titolo, &ini, &fine, &ph.Responsabile, &ph.Completata, &done); err != nil {
			return err
		}
		var err error
		if ph.Completamento, err = datePtr(done); err != nil {
			return err
		}
		if ph.Inizio, err = datePtr(ini); err != nil {
			return err
		}
		if ph.Fine, err = datePtr(fine); err != nil {
			return err
		}
		ph.Mesi = mesi[ph.ID] // omitempty: nil when none
		out[ob] = append(out[ob], ph)
		return nil
	}, f.args()...)
	return out, err
}
