package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"pianoperformance/model"
)

// SavePopolazioneAnno inserts or replaces the record of p.Anno.
func (s *Store) SavePopolazioneAnno(ctx context.Context, p model.PopolazioneAnno) error {
	return s.inTx(ctx, "Salvataggio della popolazione", func(tx *sql.Tx) error {
		return savePopolazioneAnno(ctx, tx, p)
	})
}

func savePopolazioneAnno(ctx context.Context, tx execer, p model.PopolazioneAnno) error {
	_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO popolazione
		(anno, residenti, maschi, femmine, famiglie, immigrati, emigrati, nati, morti, variazione_stampata)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		p.Anno, p.Residenti, p.Maschi, p.Femmine, p.Famiglie, p.Immigrati, p.Emigrati,
		p.Nati, p.Morti, nullInt(p.VariazioneStampata))
	return err
}

// DeletePopolazioneAnno deletes the record of one year.
func (s *Store) DeletePopolazioneAnno(ctx context.Context, anno int) error {
	return s.inTx(ctx, "Eliminazione della popolazione", func(tx *sql.Tx) error {
		return deleteYear(ctx, tx, "popolazione", "I dati della popolazione del", anno)
	})
}

// RenumberPopolazioneAnno moves the record of year from to year to.
func (s *Store) RenumberPopolazioneAnno(ctx context.Context, from, to int) error {
	return s.inTx(ctx, "Cambio dell'anno della popolazione", func(tx *sql.Tx) error {
		return renumberYear(ctx, tx, "popolazione", "I dati della popolazione del", from, to)
	})
}

// RenumberPersonaleAnno moves the staff record of year from to year to.
func (s *Store) RenumberPersonaleAnno(ctx context.Context, from, to int) error {
	return s.inTx(ctx, "Cambio dell'anno del personale", func(tx *sql.Tx) error {
		return renumberYear(ctx, tx, "personale", "I dati del personale del", from, to)
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
func (s *Store) SaveFascia(ctx context.Context, f *model.FasciaEta) error {
	var ids idLog
	err := s.inTx(ctx, "Salvataggio della fascia d'età", func(tx *sql.Tx) error {
		return saveFascia(ctx, tx, f, &ids)
	})
	if err == nil {
		ids.apply()
	}
	return err
}

func saveFascia(ctx context.Context, tx execer, f *model.FasciaEta, ids *idLog) error {
	id, err := upsert(ctx, tx, "fascia_eta", f.ID,
		[]string{"ordine", "nome", "eta_min", "eta_max"},
		f.Ordine, f.Nome, nullInt(f.EtaMin), nullInt(f.EtaMax))
	ids.set(&f.ID, id)
	return err
}

// DeleteFascia deletes an age band with its counts (cascade).
func (s *Store) DeleteFascia(ctx context.Context, id int64) error {
	return s.inTx(ctx, "Eliminazione della fascia d'età", func(tx *sql.Tx) error {
		return deleteByID(ctx, tx, "fascia_eta", "La fascia d'età", id)
	})
}

// SaveFasciaConConteggi saves a band with exactly counts as its counts, in
// one transaction; f.ID and the counts' FasciaID are set after the commit.
func (s *Store) SaveFasciaConConteggi(ctx context.Context, f *model.FasciaEta, counts []model.PopolazioneFascia) error {
	var ids idLog
	err := s.inTx(ctx, "Salvataggio della fascia d'età", func(tx *sql.Tx) error {
		if err := saveFascia(ctx, tx, f, &ids); err != nil {
			return err
		}
		id := ids[len(ids)-1].id // the band's ID, just logged by saveFascia
		if _, err := tx.ExecContext(ctx, "DELETE FROM popolazione_fascia WHERE fascia_id = ?", id); err != nil {
			return err
		}
		for i, c := range counts {
			if _, err := tx.ExecContext(ctx, "INSERT INTO popolazione_fascia (fascia_id, anno, residenti) VALUES (?, ?, ?)",
				id, c.Anno, c.Residenti); err != nil {
				return fmt.Errorf("residenti %d della fascia «%s»: %w", c.Anno, f.Nome, err)
			}
			ids.set(&counts[i].FasciaID, id)
		}
		return nil
	})
	if err == nil {
		ids.apply()
	}
	return err
}

// DeletePopolazioneFascia deletes the count of one band and year.
func (s *Store) DeletePopolazioneFascia(ctx context.Context, fasciaID int64, anno int) error {
	return s.inTx(ctx, "Eliminazione della popolazione per fascia", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "DELETE FROM popolazione_fascia WHERE fascia_id = ? AND anno = ?", fasciaID, anno)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("I residenti %d della fascia %d non esistono più: %w", anno, fasciaID, ErrNotFound)
		}
		return nil
	})
}

// SavePopolazioneFascia inserts or replaces the count of one band and year.
func (s *Store) SavePopolazioneFascia(ctx context.Context, pf model.PopolazioneFascia) error {
	return s.inTx(ctx, "Salvataggio della popolazione per fascia", func(tx *sql.Tx) error {
		if ok, err := exists(ctx, tx, "fascia_eta", pf.FasciaID); err != nil || !ok {
			if err != nil {
				return err
			}
			return notFound("La fascia d'età", pf.FasciaID)
		}
		return savePopolazioneFascia(ctx, tx, pf)
	})
}

func savePopolazioneFascia(ctx context.Context, tx execer, pf model.PopolazioneFascia) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO popolazione_fascia (fascia_id, anno, residenti)
		VALUES (?, ?, ?) ON CONFLICT (fascia_id, anno) DO UPDATE SET residenti = excluded.residenti`,
		pf.FasciaID, pf.Anno, pf.Residenti)
	return err
}

// SavePersonaleAnno inserts or replaces the staff record of p.Anno.
func (s *Store) SavePersonaleAnno(ctx context.Context, p model.PersonaleAnno) error {
	return s.inTx(ctx, "Salvataggio del personale", func(tx *sql.Tx) error {
		return savePersonaleAnno(ctx, tx, p)
	})
}

func savePersonaleAnno(ctx context.Context, tx execer, p model.PersonaleAnno) error {
	_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO personale
		(anno, dipendenti, part_time, uomini, donne, abitanti_stampati, per_mille_stampato,
		 perc_uomini_stampata, perc_donne_stampata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		p.Anno, p.Dipendenti, nullInt(p.PartTime), p.Uomini, p.Donne, nullInt(p.AbitantiStampati),
		nullFloat(p.PerMilleStampato), nullFloat(p.PercUominiStampata), nullFloat(p.PercDonneStampata))
	return err
}

// DeletePersonaleAnno deletes the staff record of one year.
func (s *Store) DeletePersonaleAnno(ctx context.Context, anno int) error {
	return s.inTx(ctx, "Eliminazione del personale", func(tx *sql.Tx) error {
		return deleteYear(ctx, tx, "personale", "I dati del personale del", anno)
	})
}

// SaveBenchmark inserts or replaces a benchmark, setting b.ID when new.
func (s *Store) SaveBenchmark(ctx context.Context, b *model.Benchmark) error {
	var ids idLog
	err := s.inTx(ctx, "Salvataggio del benchmark", func(tx *sql.Tx) error {
		return saveBenchmark(ctx, tx, b, &ids)
	})
	if err == nil {
		ids.apply()
	}
	return err
}

func saveBenchmark(ctx context.Context, tx execer, b *model.Benchmark, ids *idLog) error {
	id, err := upsert(ctx, tx, "benchmark", b.ID,
		[]string{"ordine", "descrizione", "fonte", "anno", "valore"},
		b.Ordine, b.Descrizione, b.Fonte, b.Anno, b.Valore)
	ids.set(&b.ID, id)
	return err
}

// DeleteBenchmark deletes a benchmark.
func (s *Store) DeleteBenchmark(ctx context.Context, id int64) error {
	return s.inTx(ctx, "Eliminazione del benchmark", func(tx *sql.Tx) error {
		return deleteByID(ctx, tx, "benchmark", "Il benchmark", id)
	})
}

// SaveServizio inserts or replaces a joint service with its partners,
// setting sv.ID when new.
func (s *Store) SaveServizio(ctx context.Context, sv *model.ServizioAssociato) error {
	var ids idLog
	err := s.inTx(ctx, "Salvataggio del servizio associato", func(tx *sql.Tx) error {
		return saveServizio(ctx, tx, sv, &ids)
	})
	if err == nil {
		ids.apply()
	}
	return err
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

// DeleteServizio deletes a joint service with its partners.
func (s *Store) DeleteServizio(ctx context.Context, id int64) error {
	return s.inTx(ctx, "Eliminazione del servizio associato", func(tx *sql.Tx) error {
		return deleteByID(ctx, tx, "servizio", "Il servizio associato", id)
	})
}
