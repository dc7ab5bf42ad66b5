package sqlite

import (
	"context"
	"database/sql"

	"pianoperformance/model"
)

// migraCiclo is the Go part of schema version 4 (0004_ciclo.sql): the SQL kept the old
// readings in risultato_v1; here model.MigraV1 places them at checkpoints
// exactly as the JSON import of format 1 does, and the table is dropped.
func migraCiclo(ctx context.Context, tx *sql.Tx) error {
	legacy := map[int64][]model.RisultatoV1{}
	if err := each(ctx, tx, `SELECT id, indicatore_id, data, valore, raggiungimento, punteggio, finale, validato,
		data_validazione, note FROM risultato_v1 ORDER BY indicatore_id, id`, func(r *sql.Rows) error {
		var x model.RisultatoV1
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
		legacy[ind] = append(legacy[ind], x)
		return nil
	}); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DROP TABLE risultato_v1"); err != nil {
		return err
	}
	p, err := loadPlan(ctx, tx)
	if err != nil {
		return err
	}
	model.MigraV1(p, func(ind *model.Indicatore) []model.RisultatoV1 { return legacy[ind.ID] })
	var ids idLog // every ID is already set
	for i := range p.Verifiche {
		if err := saveVerifica(ctx, tx, &p.Verifiche[i], &ids); err != nil {
			return err
		}
	}
	save := func(ind model.Indicatore) error {
		for _, r := range ind.Risultati {
			if _, err := insertRisultato(ctx, tx, ind.ID, r.ID, r); err != nil {
				return err
			}
		}
		return nil
	}
	for _, o := range p.Obiettivi {
		for _, ind := range o.Indicatori {
			if err := save(ind); err != nil {
				return err
			}
		}
		if o.Validazione != nil {
			if err := insertValidazione(ctx, tx, o.ID, o.Validazione); err != nil {
				return err
			}
		}
	}
	for _, ind := range p.IndicatoriEnte {
		if err := save(ind); err != nil {
			return err
		}
	}
	return nil
}
