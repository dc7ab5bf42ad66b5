package postgres

import (
	"time"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model"
)

// loadObiettivi reads objectives and their parts with one query per table
// (not per objective), then assembles them in memory. ids nil reads them
// all; otherwise only those with the given IDs. Every table below an
// objective carries obiettivo_id, so each query filters on it alone.
func loadObiettivi(r *reader, ids []int64) ([]model.Obiettivo, error) {
	where, args := " WHERE piano_id = $1 AND obiettivo_id IS NOT NULL", []any(nil)
	if ids != nil {
		where, args = " WHERE piano_id = $1 AND obiettivo_id = ANY($2)", []any{ids}
	}
	unita := map[int64][]int64{}
	if err := r.each("SELECT obiettivo_id, unita_id FROM obiettivo_unita"+where+" ORDER BY obiettivo_id, unita_id", func(row pgx.Rows) error {
		var o, u int64
		err := row.Scan(&o, &u)
		unita[o] = append(unita[o], u)
		return err
	}, args...); err != nil {
		return nil, err
	}
	anni := map[int64][]int{}
	if err := r.each("SELECT obiettivo_id, anno FROM obiettivo_anno"+where+" ORDER BY obiettivo_id, anno", func(row pgx.Rows) error {
		var o int64
		var a int
		err := row.Scan(&o, &a)
		anni[o] = append(anni[o], a)
		return err
	}, args...); err != nil {
		return nil, err
	}
	ind, err := loadIndicatori(r, where, args)
	if err != nil {
		return nil, err
	}
	fasi, err := loadFasi(r, where, args)
	if err != nil {
		return nil, err
	}
	avanz, err := loadAvanzamenti(r, where, args)
	if err != nil {
		return nil, err
	}
	valid, err := loadValidazioni(r, where, args)
	if err != nil {
		return nil, err
	}
	byID := " WHERE piano_id = $1"
	if ids != nil {
		byID = " WHERE piano_id = $1 AND id = ANY($2)"
	}
	out := []model.Obiettivo{}
	err = r.each(`SELECT id, coalesce(parent_id, 0), ordine, codice, livello, natura, coalesce(area_id, 0), tutte_le_unita,
		segretario, titolo, descrizione, programma, centro_costo, peso_tipo, peso_valore, risorse,
		personale, stato_attuazione, note, linea_strategica FROM obiettivo`+byID+` ORDER BY ordine, id`, func(row pgx.Rows) error {
		var o model.Obiettivo
		var livello, natura, peso string
		if err := row.Scan(&o.ID, &o.ParentID, &o.Ordine, &o.Codice, &livello, &natura, &o.AreaID, &o.TutteLeUnita,
			&o.Segretario, &o.Titolo, &o.Descrizione, &o.Programma, &o.CentroCosto, &peso, &o.Peso.Valore,
			&o.Risorse, &o.Personale, &o.StatoAttuazione, &o.Note, &o.LineaStrategica); err != nil {
			return err
		}
		o.Livello, o.Natura, o.Peso.Tipo = model.Livello(livello), model.Natura(natura), model.TipoPeso(peso)
		o.UnitaIDs = orEmpty(unita[o.ID])
		o.Anni = orEmpty(anni[o.ID])
		o.Indicatori = orEmpty(ind[o.ID])
		o.Fasi = orEmpty(fasi[o.ID])
		o.Avanzamenti = orEmpty(avanz[o.ID])
		o.Validazione = valid[o.ID]
		out = append(out, o)
		return nil
	}, args...)
	return out, err
}

// enteWhere picks the rows below the indicators of the whole ente.
const enteWhere = " WHERE piano_id = $1 AND obiettivo_id IS NULL"

// loadIndicatori returns indicators by objective ID, with targets and
// readings; those of the whole ente (enteWhere) under 0.
func loadIndicatori(r *reader, where string, args []any) (map[int64][]model.Indicatore, error) {
	target := map[int64][]model.Target{}
	if err := r.each("SELECT indicatore_id, anno, valore FROM target"+where+" ORDER BY indicatore_id, anno", func(row pgx.Rows) error {
		var id int64
		var t model.Target
		err := row.Scan(&id, &t.Anno, &t.Valore)
		target[id] = append(target[id], t)
		return err
	}, args...); err != nil {
		return nil, err
	}
	ris, err := loadRisultati(r, where, args)
	if err != nil {
		return nil, err
	}
	out := map[int64][]model.Indicatore{}
	err = r.each(`SELECT id, coalesce(obiettivo_id, 0), ordine, nome, tipo, unita_misura, baseline, anno_baseline,
		direzione, peso, criterio, note FROM indicatore`+where+` ORDER BY obiettivo_id, ordine, id`, func(row pgx.Rows) error {
		var in model.Indicatore
		var ob int64
		var tipo, dir string
		err := row.Scan(&in.ID, &ob, &in.Ordine, &in.Nome, &tipo, &in.UnitaMisura, &in.Baseline, &in.AnnoBaseline,
			&dir, &in.Peso, &in.Criterio, &in.Note)
		in.Tipo, in.Direzione = model.TipoIndicatore(tipo), model.Direzione(dir)
		in.Target = orEmpty(target[in.ID])
		in.Risultati = orEmpty(ris[in.ID])
		out[ob] = append(out[ob], in)
		return err
	}, args...)
	return out, err
}

// loadFasi returns phases by objective ID, with their months.
func loadFasi(r *reader, where string, args []any) (map[int64][]model.Fase, error) {
	mesi := map[int64][]int{}
	if err := r.each("SELECT fase_id, mese FROM fase_mese"+where+" ORDER BY fase_id, mese", func(row pgx.Rows) error {
		var id int64
		var m int
		err := row.Scan(&id, &m)
		mesi[id] = append(mesi[id], m)
		return err
	}, args...); err != nil {
		return nil, err
	}
	out := map[int64][]model.Fase{}
	err := r.each(`SELECT id, obiettivo_id, ordine, titolo, inizio, fine, responsabile, completata, completamento
		FROM fase`+where+` ORDER BY obiettivo_id, ordine, id`, func(row pgx.Rows) error {
		var ph model.Fase
		var ob int64
		var ini, fine, done *time.Time
		if err := row.Scan(&ph.ID, &ob, &ph.Ordine, &ph.Titolo, &ini, &fine, &ph.Responsabile, &ph.Completata, &done); err != nil {
			return err
		}
		ph.Inizio, ph.Fine, ph.Completamento = datePtr(ini), datePtr(fine), datePtr(done)
		ph.Mesi = mesi[ph.ID] // omitempty: nil when none
		out[ob] = append(out[ob], ph)
		return nil
	}, args...)
	return out, err
}
