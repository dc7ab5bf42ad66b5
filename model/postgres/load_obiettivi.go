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
	where, args := " WHERE piano_id = $1", []any(nil)
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
	byID := where
	if ids != nil {
		byID = " WHERE piano_id = $1 AND id = ANY($2)"
	}
	out := []model.Obiettivo{}
	err = r.each(`SELECT id, coalesce(parent_id, 0), ordine, codice, livello, natura, coalesce(area_id, 0), tutte_le_unita,
		segretario, titolo, descrizione, programma, centro_costo, peso_tipo, peso_valore, risorse,
		personale, stato_attuazione, note FROM obiettivo`+byID+` ORDER BY ordine, id`, func(row pgx.Rows) error {
		var o model.Obiettivo
		var livello, natura, peso string
		if err := row.Scan(&o.ID, &o.ParentID, &o.Ordine, &o.Codice, &livello, &natura, &o.AreaID, &o.TutteLeUnita,
			&o.Segretario, &o.Titolo, &o.Descrizione, &o.Programma, &o.CentroCosto, &peso, &o.Peso.Valore,
			&o.Risorse, &o.Personale, &o.StatoAttuazione, &o.Note); err != nil {
			return err
		}
		o.Livello, o.Natura, o.Peso.Tipo = model.Livello(livello), model.Natura(natura), model.TipoPeso(peso)
		o.UnitaIDs = orEmpty(unita[o.ID])
		o.Anni = orEmpty(anni[o.ID])
		o.Indicatori = orEmpty(ind[o.ID])
		o.Fasi = orEmpty(fasi[o.ID])
		out = append(out, o)
		return nil
	}, args...)
	return out, err
}

// loadIndicatori returns indicators by objective ID, with targets and
// results.
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
	ris := map[int64][]model.Risultato{}
	// NULL dates first, as SQLite orders them.
	if err := r.each(`SELECT id, indicatore_id, data, valore, raggiungimento, punteggio, finale, validato,
		data_validazione, note FROM risultato`+where+` ORDER BY indicatore_id, data NULLS FIRST, id`, func(row pgx.Rows) error {
		var x model.Risultato
		var ind int64
		var data, dataVal *time.Time
		if err := row.Scan(&x.ID, &ind, &data, &x.Valore, &x.Raggiungimento, &x.Punteggio, &x.Finale, &x.Validato, &dataVal, &x.Note); err != nil {
			return err
		}
		x.Data, x.DataValidazione = dateVal(data), datePtr(dataVal)
		ris[ind] = append(ris[ind], x)
		return nil
	}, args...); err != nil {
		return nil, err
	}
	out := map[int64][]model.Indicatore{}
	err := r.each(`SELECT id, obiettivo_id, ordine, nome, tipo, unita_misura, baseline
		FROM indicatore`+where+` ORDER BY obiettivo_id, ordine, id`, func(row pgx.Rows) error {
		var in model.Indicatore
		var ob int64
		var tipo string
		err := row.Scan(&in.ID, &ob, &in.Ordine, &in.Nome, &tipo, &in.UnitaMisura, &in.Baseline)
		in.Tipo = model.TipoIndicatore(tipo)
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
	err := r.each(`SELECT id, obiettivo_id, ordine, titolo, inizio, fine, responsabile, completata
		FROM fase`+where+` ORDER BY obiettivo_id, ordine, id`, func(row pgx.Rows) error {
		var ph model.Fase
		var ob int64
		var ini, fine *time.Time
		if err := row.Scan(&ph.ID, &ob, &ph.Ordine, &ph.Titolo, &ini, &fine, &ph.Responsabile, &ph.Completata); err != nil {
			return err
		}
		ph.Inizio, ph.Fine = datePtr(ini), datePtr(fine)
		ph.Mesi = mesi[ph.ID] // omitempty: nil when none
		out[ob] = append(out[ob], ph)
		return nil
	}, args...)
	return out, err
}
