package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"

	"pianoperformance/model"
)

// only restricts the queries of loadObiettivi to some objectives: nil
// means every objective. The IDs travel as one JSON array, whatever their
// number, read with SQLite's json_each.
type only struct{ list string }

func newOnly(ids []int64) *only {
	if ids == nil {
		return nil
	}
	b, _ := json.Marshal(ids)
	return &only{string(b)}
}

// where is the clause restricting col (an objective ID) to the chosen
// objectives, "" when every objective is read.
func (o *only) where(col string) string {
	if o == nil {
		return ""
	}
	return " WHERE " + col + " IN (SELECT value FROM json_each(?))"
}

// args is the query's argument: the list, once per where clause.
func (o *only) args() []any {
	if o == nil {
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

	out := []model.Obiettivo{}
	err = each(ctx, tx, `SELECT id, parent_id, ordine, codice, livello, natura, area_id, tutte_le_unita,
		segretario, titolo, descrizione, programma, centro_costo, peso_tipo, peso_valore, risorse,
		personale, stato_attuazione, note FROM obiettivo`+f.where("id")+` ORDER BY ordine, id`, func(r *sql.Rows) error {
		var o model.Obiettivo
		var parent, area sql.NullInt64
		var livello, natura, peso string
		if err := r.Scan(&o.ID, &parent, &o.Ordine, &o.Codice, &livello, &natura, &area, &o.TutteLeUnita,
			&o.Segretario, &o.Titolo, &o.Descrizione, &o.Programma, &o.CentroCosto, &peso, &o.Peso.Valore,
			&o.Risorse, &o.Personale, &o.StatoAttuazione, &o.Note); err != nil {
			return err
		}
		o.ParentID, o.AreaID = idFrom(parent), idFrom(area)
		o.Livello, o.Natura, o.Peso.Tipo = model.Livello(livello), model.Natura(natura), model.TipoPeso(peso)
		o.UnitaIDs = orEmpty(unita[o.ID])
		o.Anni = orEmpty(anni[o.ID])
		o.Indicatori = orEmpty(ind[o.ID])
		o.Fasi = orEmpty(fasi[o.ID])
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

// loadIndicatori returns indicators by objective ID, with targets and results.
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
	ris := map[int64][]model.Risultato{}
	if err := each(ctx, tx, `SELECT id, indicatore_id, data, valore, raggiungimento, punteggio, finale, validato,
		data_validazione, note FROM risultato`+byInd+` ORDER BY indicatore_id, data, id`, func(r *sql.Rows) error {
		var x model.Risultato
		var ind int64
		var data, dataVal sql.NullString
		var ragg, punt sql.NullFloat64
		if err := r.Scan(&x.ID, &ind, &data, &x.Valore, &ragg, &punt, &x.Finale, &x.Validato, &dataVal, &x.Note); err != nil {
			return err
		}
		var err error
		if x.Data, err = dateVal(data); err != nil {
			return err
		}
		if x.DataValidazione, err = datePtr(dataVal); err != nil {
			return err
		}
		x.Raggiungimento, x.Punteggio = floatPtr(ragg), floatPtr(punt)
		ris[ind] = append(ris[ind], x)
		return nil
	}, f.args()...); err != nil {
		return nil, err
	}
	out := map[int64][]model.Indicatore{}
	err := each(ctx, tx, `SELECT id, obiettivo_id, ordine, nome, tipo, unita_misura, baseline
		FROM indicatore`+f.where("obiettivo_id")+` ORDER BY obiettivo_id, ordine, id`, func(r *sql.Rows) error {
		var in model.Indicatore
		var ob int64
		var tipo string
		err := r.Scan(&in.ID, &ob, &in.Ordine, &in.Nome, &tipo, &in.UnitaMisura, &in.Baseline)
		in.Tipo = model.TipoIndicatore(tipo)
		in.Target = orEmpty(target[in.ID])
		in.Risultati = orEmpty(ris[in.ID])
		out[ob] = append(out[ob], in)
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
	err := each(ctx, tx, `SELECT id, obiettivo_id, ordine, titolo, inizio, fine, responsabile, completata
		FROM fase`+f.where("obiettivo_id")+` ORDER BY obiettivo_id, ordine, id`, func(r *sql.Rows) error {
		var ph model.Fase
		var ob int64
		var ini, fine sql.NullString
		if err := r.Scan(&ph.ID, &ob, &ph.Ordine, &ph.Titolo, &ini, &fine, &ph.Responsabile, &ph.Completata); err != nil {
			return err
		}
		var err error
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
