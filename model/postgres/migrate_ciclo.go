package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model"
)

// migraCiclo is the Go part of schema version 3 (0003_ciclo.sql): the SQL
// kept the old readings in risultato_v1; here model.MigraV1 places them at
// checkpoints, plan by plan, exactly as the SQLite store's upgrade and the
// JSON import of format 1 do, and the table is dropped. Every record of a
// plan so changed counts as changed.
func migraCiclo(ctx context.Context, tx pgx.Tx) error {
	legacy := map[int64]map[int64][]model.RisultatoV1{} // plan → indicator → readings
	res, err := tx.Query(ctx, `SELECT piano_id, indicatore_id, id, data, valore, raggiungimento, punteggio, finale,
		validato, data_validazione, note FROM risultato_v1 ORDER BY piano_id, indicatore_id, id`)
	if err != nil {
		return err
	}
	var plan, ind int64
	var x model.RisultatoV1
	var data, dataVal *time.Time
	if _, err := pgx.ForEachRow(res, []any{&plan, &ind, &x.ID, &data, &x.Valore, &x.Raggiungimento, &x.Punteggio,
		&x.Finale, &x.Validato, &dataVal, &x.Note}, func() error {
		x.Data, x.DataValidazione = dateVal(data), datePtr(dataVal)
		if legacy[plan] == nil {
			legacy[plan] = map[int64][]model.RisultatoV1{}
		}
		legacy[plan][ind] = append(legacy[plan][ind], x)
		return nil
	}); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, "DROP TABLE risultato_v1"); err != nil {
		return err
	}
	plans, err := tx.Query(ctx, "SELECT id FROM piani ORDER BY id")
	if err != nil {
		return err
	}
	ids, err := pgx.CollectRows(plans, pgx.RowTo[int64])
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := migraPiano(ctx, tx, id, legacy[id]); err != nil {
			return err
		}
	}
	return nil
}

// migraPiano gives one plan its checkpoints and puts its old readings at
// them.
func migraPiano(ctx context.Context, tx pgx.Tx, id int64, legacy map[int64][]model.RisultatoV1) error {
	s := &Store{id: id, seen: map[string]int64{}, pids: map[uint32]bool{}}
	w := &writer{reader: reader{ctx: ctx, tx: tx, s: s}, claimed: map[string]bool{}, expect: map[string]int64{}}
	p := &model.Plan{}
	if err := w.ReadParts(p, model.AllParts); err != nil {
		return err
	}
	model.MigraV1(p, func(in *model.Indicatore) []model.RisultatoV1 { return legacy[in.ID] })
	// MigraV1 numbers the checkpoints it adds from 1; a plan's IDs come
	// from the sequence and those numbers may be taken by other tables'
	// rows, which does not matter: each table has keys of its own.
	const what = "Aggiornamento del monitoraggio"
	for _, v := range p.Verifiche {
		if err := w.put(what, rows{t: tVerifica, where: "id = $2", args: []any{v.ID}, want: [][]any{verificaRow(v)}}); err != nil {
			return err
		}
	}
	for i := range p.Obiettivi {
		if err := w.put(what, obiettivoRows(&p.Obiettivi[i])...); err != nil {
			return err
		}
	}
	for i := range p.IndicatoriEnte {
		if err := w.put(what, indicatoreEnteRows(&p.IndicatoriEnte[i])...); err != nil {
			return err
		}
	}
	_, err := tx.Exec(ctx, "SELECT registra_piano($1)", id)
	return err
}
