package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"pianoperformance/model"
)

// SavePopolazioneAnno inserts or replaces the record of r.Anno.
func (w *writer) SavePopolazioneAnno(r model.PopolazioneAnno) error {
	return w.do("Salvataggio della popolazione", func() error { return savePopolazioneAnno(w.ctx, w.tx, r) })
}

func savePopolazioneAnno(ctx context.Context, tx execer, p model.PopolazioneAnno) error {
	_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO popolazione
		(anno, residenti, maschi, femmine, famiglie, immigrati, emigrati, nati, morti, variazione_stampata)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		p.Anno, p.Residenti, p.Maschi, p.Femmine, p.Famiglie, p.Immigrati, p.Emigrati,
		p.Nati, p.Morti, nullInt(p.VariazioneStampata))
	return err
}

// DeletePopolazioneAnno deletes the record of one year and returns it.
func (w *writer) DeletePopolazioneAnno(anno int) (model.PopolazioneAnno, error) {
	var r model.PopolazioneAnno
	err := w.do("Eliminazione della popolazione", func() error {
		var p model.Plan
		if err := loadPopolazione(w.ctx, w.tx, &p); err != nil {
			return err
		}
		r, _ = p.PopolazioneDi(anno)
		return deleteYear(w.ctx, w.tx, "popolazione", "I dati della popolazione del", anno)
	})
	return r, err
}

// RenumberPopolazioneAnno moves the record of year from to year to.
func (w *writer) RenumberPopolazioneAnno(from, to int) error {
	return w.do("Cambio dell'anno della popolazione", func() error {
		return renumberYear(w.ctx, w.tx, "popolazione", "I dati della popolazione del", from, to)
	})
}

// RenumberPersonaleAnno moves the staff record of year from to year to.
func (w *writer) RenumberPersonaleAnno(from, to int) error {
	return w.do("Cambio dell'anno del personale", func() error {
		return renumberYear(w.ctx, w.tx, "personale", "I dati del personale del", from, to)
	})
}

// renumberYear changes the key of one yearly row, refusing a year taken
// (model.ErrExists) and a missing one (ErrNotFound).
func renumberYear(ctx context.Context, tx execer, table, what string, from, to int) error {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+table+" WHERE anno = ?", to).Scan(&n); err != nil {
		return err
	}
	if n > 0 && from != to {
		return fmt.Errorf("%s %d esistono già: scegliere un altro anno o eliminarli prima: %w", what, to, model.ErrExists)
	}
	res, err := tx.ExecContext(ctx, "UPDATE "+table+" SET anno = ? WHERE anno = ?", to, from)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("%s %d non esistono più: %w", what, from, ErrNotFound)
	}
	return nil
}

// deleteYear deletes the row of one year, reporting ErrNotFound if none.
func deleteYear(ctx context.Context, tx execer, table, what string, anno int) error {
	res, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE anno = ?", anno)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("%s %d non esistono più: %w", what, anno, ErrNotFound)
	}
	return nil
}

// SaveFascia inserts or replaces an age band, setting f.ID when new.
func (w *writer) SaveFascia(f *model.FasciaEta) error {
	return w.do("Salvataggio della fascia d'età", func() error { return saveFascia(w.ctx, w.tx, f, &w.ids) })
}

func saveFascia(ctx context.Context, tx execer, f *model.FasciaEta, ids *idLog) error {
	id, err := upsert(ctx, tx, "fascia_eta", f.ID,
		[]string{"ordine", "nome", "eta_min", "eta_max"},
		f.Ordine, f.Nome, nullInt(f.EtaMin), nullInt(f.EtaMax))
	if err != nil {
		return err
	}
	ids.set(&f.ID, id)
	return nil
}

// DeleteFascia deletes an age band with its counts (cascade) and returns
// both.
func (w *writer) DeleteFascia(id int64) (model.FasciaEta, []model.PopolazioneFascia, error) {
	var f model.FasciaEta
	var counts []model.PopolazioneFascia
	err := w.do("Eliminazione della fascia d'età", func() error {
		var p model.Plan
		if err := loadFasce(w.ctx, w.tx, &p); err != nil {
			return err
		}
		for _, x := range p.Fasce {
			if x.ID == id {
				f = x
			}
		}
		for _, c := range p.PopolazioneFasce {
			if c.FasciaID == id {
				counts = append(counts, c)
			}
		}
		return deleteByID(w.ctx, w.tx, "fascia_eta", "La fascia d'età", id)
	})
	return f, counts, err
}

// DeletePopolazioneFascia deletes the count of one band and year and
// returns it.
func (w *writer) DeletePopolazioneFascia(fasciaID int64, anno int) (model.PopolazioneFascia, error) {
	c := model.PopolazioneFascia{FasciaID: fasciaID, Anno: anno}
	err := w.do("Eliminazione della popolazione per fascia", func() error {
		err := w.tx.QueryRowContext(w.ctx, "SELECT residenti FROM popolazione_fascia WHERE fascia_id = ? AND anno = ?",
			fasciaID, anno).Scan(&c.Residenti)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("I residenti %d della fascia %d non esistono più: %w", anno, fasciaID, ErrNotFound)
		}
		if err != nil {
			return err
		}
		_, err = w.tx.ExecContext(w.ctx, "DELETE FROM popolazione_fascia WHERE fascia_id = ? AND anno = ?", fasciaID, anno)
		return err
	})
	return c, err
}

// SavePopolazioneFascia inserts or replaces the count of one band and year.
func (w *writer) SavePopolazioneFascia(pf model.PopolazioneFascia) error {
	return w.do("Salvataggio della popolazione per fascia", func() error {
		if ok, err := exists(w.ctx, w.tx, "fascia_eta", pf.FasciaID); err != nil || !ok {
			if err != nil {
				return err
			}
			return notFound("La fascia d'età", pf.FasciaID)
		}
		return savePopolazioneFascia(w.ctx, w.tx, pf)
	})
}

func savePopolazioneFascia(ctx context.Context, tx execer, pf model.PopolazioneFascia) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO popolazione_fascia (fascia_id, anno, residenti)
		VALUES (?, ?, ?) ON CONFLICT (fascia_id, anno) DO UPDATE SET residenti = excluded.residenti`,
		pf.FasciaID, pf.Anno, pf.Residenti)
	return err
}

// SavePersonaleAnno inserts or replaces the staff record of r.Anno.
func (w *writer) SavePersonaleAnno(r model.PersonaleAnno) error {
	return w.do("Salvataggio del personale", func() error { return savePersonaleAnno(w.ctx, w.tx, r) })
}

func savePersonaleAnno(ctx context.Context, tx execer, p model.PersonaleAnno) error {
	_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO personale
		(anno, dipendenti, part_time, uomini, donne, abitanti_stampati, per_mille_stampato,
		 perc_uomini_stampata, perc_donne_stampata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		p.Anno, p.Dipendenti, nullInt(p.PartTime), p.Uomini, p.Donne, nullInt(p.AbitantiStampati),
		nullFloat(p.PerMilleStampato), nullFloat(p.PercUominiStampata), nullFloat(p.PercDonneStampata))
	return err
}

// DeletePersonaleAnno deletes the staff record of one year and returns it.
func (w *writer) DeletePersonaleAnno(anno int) (model.PersonaleAnno, error) {
	var r model.PersonaleAnno
	err := w.do("Eliminazione del personale", func() error {
		var p model.Plan
		if err := loadPersonale(w.ctx, w.tx, &p); err != nil {
			return err
		}
		r, _ = p.PersonaleDi(anno)
		return deleteYear(w.ctx, w.tx, "personale", "I dati del personale del", anno)
	})
	return r, err
}

// SaveBenchmark inserts or replaces a benchmark, setting b.ID when new.
func (w *writer) SaveBenchmark(b *model.Benchmark) error {
	return w.do("Salvataggio del benchmark", func() error { return saveBenchmark(w.ctx, w.tx, b, &w.ids) })
}

func saveBenchmark(ctx context.Context, tx execer, b *model.Benchmark, ids *idLog) error {
	id, err := upsert(ctx, tx, "benchmark", b.ID,
		[]string{"ordine", "descrizione", "fonte", "anno", "valore"},
		b.Ordine, b.Descrizione, b.Fonte, b.Anno, b.Valore)
	if err != nil {
		return err
	}
	ids.set(&b.ID, id)
	return nil
}

// DeleteBenchmark deletes a benchmark and returns it.
func (w *writer) DeleteBenchmark(id int64) (model.Benchmark, error) {
	var b model.Benchmark
	err := w.do("Eliminazione del benchmark", func() error {
		var p model.Plan
		if err := loadBenchmark(w.ctx, w.tx, &p); err != nil {
			return err
		}
		for _, x := range p.Benchmark {
			if x.ID == id {
				b = x
			}
		}
		return deleteByID(w.ctx, w.tx, "benchmark", "Il benchmark", id)
	})
	return b, err
}

// SaveServizio inserts or replaces a joint service with its partners,
// setting sv.ID when new.
func (w *writer) SaveServizio(sv *model.ServizioAssociato) error {
	return w.do("Salvataggio del servizio associato", func() error { return saveServizio(w.ctx, w.tx, sv, &w.ids) })
}

func saveServizio(ctx context.Context, tx execer, sv *model.ServizioAssociato, ids *idLog) error {
	id, err := upsert(ctx, tx, "servizio", sv.ID,
		[]string{"ordine", "titolo", "descrizione", "data_sottoscrizione", "scadenza", "durata_illimitata", "stato"},
		sv.Ordine, sv.Titolo, sv.Descrizione, nullDate(sv.DataSottoscrizione), nullDate(sv.Scadenza),
		boolInt(sv.DurataIllimitata), sv.Stato)
	if err != nil {
		return err
	}
	ids.set(&sv.ID, id)
	if _, err := tx.ExecContext(ctx, "DELETE FROM servizio_partner WHERE servizio_id = ?", id); err != nil {
		return err
	}
	for i, p := range sv.Partner {
		if _, err := tx.ExecContext(ctx, "INSERT INTO servizio_partner (servizio_id, posizione, nome) VALUES (?, ?, ?)", id, i, p); err != nil {
			return err
		}
	}
	return nil
}

// DeleteServizio deletes a joint service with its partners and returns it.
func (w *writer) DeleteServizio(id int64) (model.ServizioAssociato, error) {
	var sv model.ServizioAssociato
	err := w.do("Eliminazione del servizio associato", func() error {
		var p model.Plan
		if err := loadServizi(w.ctx, w.tx, &p); err != nil {
			return err
		}
		for _, x := range p.Servizi {
			if x.ID == id {
				sv = x
			}
		}
		return deleteByID(w.ctx, w.tx, "servizio", "Il servizio associato", id)
	})
	return sv, err
}
