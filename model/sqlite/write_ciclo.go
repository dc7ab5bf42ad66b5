package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"pianoperformance/model"
)

// The performance cycle's part of the store: checkpoints, readings,
// progress notes, phases' completion, validations, the SMVP, the Relazione
// and the indicators of the whole ente, written inside a transaction of
// Store.Write.

// insertRisultato inserts a reading of indicator indID with ID id (0: a
// new one) and returns its ID.
func insertRisultato(ctx context.Context, tx execer, indID, id int64, r model.Risultato) (int64, error) {
	args := append([]any{indID, r.VerificaID, nullDateV(r.Data), r.Valore, string(r.Stato), r.Causa, r.Azione,
		nullFloat(r.Punteggio), r.Note}, forzaturaArgs(r.Forzatura)...)
	return insertChild(ctx, tx, `INSERT INTO risultato (id, indicatore_id, verifica_id, data, valore, stato, causa,
		azione, punteggio, note, `+forzaturaCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, args...)
}

func insertAvanzamento(ctx context.Context, tx execer, obID int64, a model.Avanzamento) error {
	args := append([]any{obID, a.VerificaID, a.Nota, a.Esito, nullFloat(a.Punteggio)}, forzaturaArgs(a.Forzatura)...)
	_, err := tx.ExecContext(ctx, `INSERT INTO avanzamento (obiettivo_id, verifica_id, nota, esito, punteggio, `+
		forzaturaCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, args...)
	return err
}

func insertValidazione(ctx context.Context, tx execer, obID int64, v *model.Validazione) error {
	_, err := tx.ExecContext(ctx, "INSERT INTO validazione (obiettivo_id, percentuale, data, verbale, note) VALUES (?, ?, ?, ?, ?)",
		obID, nullFloat(v.Percentuale), nullDate(v.Data), v.Verbale, v.Note)
	return err
}

// saveCicloObiettivo rewrites an objective's progress notes and validation
// (its readings go with its indicators).
func saveCicloObiettivo(ctx context.Context, tx execer, obID int64, o *model.Obiettivo) error {
	for _, q := range []string{"DELETE FROM avanzamento WHERE obiettivo_id = ?", "DELETE FROM validazione WHERE obiettivo_id = ?"} {
		if _, err := tx.ExecContext(ctx, q, obID); err != nil {
			return err
		}
	}
	for _, a := range o.Avanzamenti {
		if err := insertAvanzamento(ctx, tx, obID, a); err != nil {
			return err
		}
	}
	if o.Validazione != nil {
		return insertValidazione(ctx, tx, obID, o.Validazione)
	}
	return nil
}

func saveVerifica(ctx context.Context, tx execer, v *model.Verifica, ids *idLog) error {
	var other int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM verifica WHERE data = ?", v.Data.ISO()).Scan(&other)
	if err == nil && other != v.ID {
		return fmt.Errorf("c'è già una verifica al %s: %w", v.Data, model.ErrExists)
	}
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	id, err := upsert(ctx, tx, "verifica", v.ID, []string{"data", "titolo"}, v.Data.ISO(), v.Titolo)
	ids.set(&v.ID, id)
	return err
}

func saveSMVP(ctx context.Context, tx execer, s model.SMVP) error {
	if _, err := upsert(ctx, tx, "smvp", 1, []string{"massimo", "ritardo_tipo", "ritardo_per_mese", "ritardo_tolleranza",
		"prerequisito_effetto", "prerequisito_soglia"}, s.Massimo, string(s.Ritardo.Tipo), s.Ritardo.PerMese,
		s.Ritardo.Tolleranza, string(s.Prerequisito.Effetto), s.Prerequisito.Soglia); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM smvp_fascia"); err != nil {
		return err
	}
	for i, f := range s.Fasce {
		if _, err := tx.ExecContext(ctx, "INSERT INTO smvp_fascia (posizione, da, quota, proporzionale) VALUES (?, ?, ?, ?)",
			i, f.Da, f.Quota, boolInt(f.Proporzionale)); err != nil {
			return err
		}
	}
	return nil
}

func saveRelazione(ctx context.Context, tx execer, r model.Relazione) error {
	_, err := upsert(ctx, tx, "relazione", 1, []string{"sintesi", "contesto", "bilancio_genere", "avvertenza",
		"approvazione_organo", "approvazione_numero", "approvazione_data", "validazione_esito", "validazione_data",
		"validazione_verbale", "validazione_note"},
		r.Sintesi, r.Contesto, r.BilancioGenere, r.Avvertenza, r.Approvazione.Organo, r.Approvazione.Numero,
		nullDate(r.Approvazione.Data), string(r.Validazione.Esito), nullDate(r.Validazione.Data),
		r.Validazione.Verbale, r.Validazione.Note)
	return err
}

// replaceCiclo writes the cycle's plan-wide data for ReplacePlan.
func replaceCiclo(ctx context.Context, tx execer, p *model.Plan, ids *idLog) error {
	for i := range p.Verifiche {
		if err := saveVerifica(ctx, tx, &p.Verifiche[i], ids); err != nil {
			return err
		}
	}
	if err := saveSMVP(ctx, tx, p.SMVP); err != nil {
		return err
	}
	if err := saveRelazione(ctx, tx, p.Relazione); err != nil {
		return err
	}
	for i := range p.IndicatoriEnte {
		if err := saveIndicatore(ctx, tx, 0, &p.IndicatoriEnte[i], ids); err != nil {
			return err
		}
	}
	return nil
}

// SaveMonitoraggio saves a batch of monitoring changes: checkpoints first,
// then the deletions, then readings, progress notes and phases. Readings
// and notes are matched by indicator (objective) and checkpoint; a reading
// keeps the ID it has in the file when the batch gives none. IDs assigned
// are set in m. When anything named is missing, or a check fails, the
// transaction fails.
func (w *writer) SaveMonitoraggio(m *model.Monitoraggio) error {
	return w.do("Salvataggio del monitoraggio", func() error {
		var smvp model.Plan
		if err := loadSMVP(w.ctx, w.tx, &smvp); err != nil {
			return err
		}
		if err := model.ControllaMonitoraggio(m, smvp.SMVP); err != nil {
			return err
		}
		return saveMonitoraggio(w.ctx, w.tx, m, &w.ids)
	})
}

func saveMonitoraggio(ctx context.Context, tx execer, m *model.Monitoraggio, ids *idLog) error {
	for i := range m.Verifiche {
		if err := saveVerifica(ctx, tx, &m.Verifiche[i], ids); err != nil {
			return err
		}
	}
	for _, k := range m.RisultatiRimossi {
		if _, err := tx.ExecContext(ctx, "DELETE FROM risultato WHERE indicatore_id = ? AND verifica_id = ?", k.IndicatoreID, k.VerificaID); err != nil {
			return err
		}
	}
	for _, k := range m.AvanzamentiRimossi {
		if _, err := tx.ExecContext(ctx, "DELETE FROM avanzamento WHERE obiettivo_id = ? AND verifica_id = ?", k.ObiettivoID, k.VerificaID); err != nil {
			return err
		}
	}
	for i := range m.Risultati {
		rd := &m.Risultati[i]
		if err := mustExist(ctx, tx, "indicatore", "L'indicatore", rd.IndicatoreID); err != nil {
			return err
		}
		if err := mustExist(ctx, tx, "verifica", "La verifica", rd.Risultato.VerificaID); err != nil {
			return err
		}
		id := rd.Risultato.ID
		var old int64
		err := tx.QueryRowContext(ctx, "SELECT id FROM risultato WHERE indicatore_id = ? AND verifica_id = ?",
			rd.IndicatoreID, rd.Risultato.VerificaID).Scan(&old)
		switch {
		case err == nil:
			if id == 0 {
				id = old
			}
			if _, err := tx.ExecContext(ctx, "DELETE FROM risultato WHERE id = ?", old); err != nil {
				return err
			}
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		id, err = insertRisultato(ctx, tx, rd.IndicatoreID, id, rd.Risultato)
		if err != nil {
			return err
		}
		ids.set(&rd.Risultato.ID, id)
	}
	for _, ad := range m.Avanzamenti {
		if err := mustExist(ctx, tx, "obiettivo", "L'obiettivo", ad.ObiettivoID); err != nil {
			return err
		}
		if err := mustExist(ctx, tx, "verifica", "La verifica", ad.Avanzamento.VerificaID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM avanzamento WHERE obiettivo_id = ? AND verifica_id = ?",
			ad.ObiettivoID, ad.Avanzamento.VerificaID); err != nil {
			return err
		}
		if err := insertAvanzamento(ctx, tx, ad.ObiettivoID, ad.Avanzamento); err != nil {
			return err
		}
	}
	for _, f := range m.Fasi {
		res, err := tx.ExecContext(ctx, "UPDATE fase SET completata = ?, completamento = ? WHERE id = ?",
			boolInt(f.Completata), nullDate(f.Completamento), f.FaseID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return notFound("La fase", f.FaseID)
		}
	}
	return nil
}

// mustExist fails with the store's not-found error when table has no row id.
func mustExist(ctx context.Context, tx execer, table, what string, id int64) error {
	ok, err := exists(ctx, tx, table, id)
	if err == nil && !ok {
		err = notFound(what, id)
	}
	return err
}

// DeleteVerifica deletes a checkpoint with every reading and progress note
// taken at it, and returns them as the batch that restores them.
func (w *writer) DeleteVerifica(id int64) (*model.Monitoraggio, error) {
	var gone *model.Monitoraggio
	err := w.do("Eliminazione della verifica", func() error {
		var p model.Plan
		if err := loadVerifiche(w.ctx, w.tx, &p); err != nil {
			return err
		}
		var err error
		// What was recorded at the checkpoint: of every objective that
		// has something there, and of the indicators of the whole ente.
		cond := ` WHERE id IN (SELECT i.obiettivo_id FROM risultato r JOIN indicatore i ON i.id = r.indicatore_id
			WHERE r.verifica_id = ? UNION SELECT obiettivo_id FROM avanzamento WHERE verifica_id = ?)`
		var obs []int64
		if err := each(w.ctx, w.tx, "SELECT id FROM obiettivo"+cond, func(r *sql.Rows) error {
			var o int64
			err := r.Scan(&o)
			obs = append(obs, o)
			return err
		}, id, id); err != nil {
			return err
		}
		if p.Obiettivi, err = loadObiettivi(w.ctx, w.tx, orEmpty(obs)); err != nil {
			return err
		}
		ind, err := loadIndicatori(w.ctx, w.tx, enteOnly)
		if err != nil {
			return err
		}
		p.IndicatoriEnte = ind[0]
		if p.VerificaByID(id) == nil {
			return notFound("La verifica", id)
		}
		gone = p.DatiVerifica(id)
		return deleteByID(w.ctx, w.tx, "verifica", "La verifica", id)
	})
	return gone, err
}

// SaveValidazione sets the Nucleo's validation of an objective; nil removes it.
func (w *writer) SaveValidazione(obiettivoID int64, v *model.Validazione) error {
	return w.do("Salvataggio della validazione", func() error {
		ctx, tx := w.ctx, w.tx
		if err := mustExist(ctx, tx, "obiettivo", "L'obiettivo", obiettivoID); err != nil {
			return err
		}
		if v != nil && v.Percentuale != nil && *v.Percentuale < 0 {
			return errors.New("la percentuale validata non può essere negativa")
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM validazione WHERE obiettivo_id = ?", obiettivoID); err != nil {
			return err
		}
		if v == nil {
			return nil
		}
		return insertValidazione(ctx, tx, obiettivoID, v)
	})
}

// SaveSMVP replaces the evaluation system, refusing settings that do not
// hold together (bands out of order, a cap below 100 %…).
func (w *writer) SaveSMVP(v model.SMVP) error {
	if err := v.Valida(); err != nil {
		return err
	}
	return w.do("Salvataggio del sistema di valutazione", func() error { return saveSMVP(w.ctx, w.tx, v) })
}

// SaveRelazione replaces the Relazione's texts, adoption and validation.
func (w *writer) SaveRelazione(r model.Relazione) error {
	return w.do("Salvataggio della relazione", func() error { return saveRelazione(w.ctx, w.tx, r) })
}

// SaveIndicatoreEnte saves an indicator of the whole ente whole, with its
// targets and readings: inserted when its ID is 0, otherwise replaced (or
// created again with its ID). An ID that belongs to an objective's
// indicator is refused.
func (w *writer) SaveIndicatoreEnte(in *model.Indicatore) error {
	return w.do("Salvataggio dell'indicatore dell'ente", func() error {
		if in.ID != 0 {
			if _, err := w.tx.ExecContext(w.ctx, "DELETE FROM indicatore WHERE id = ? AND obiettivo_id IS NULL", in.ID); err != nil {
				return err
			}
		}
		return saveIndicatore(w.ctx, w.tx, 0, in, &w.ids)
	})
}

// DeleteIndicatoreEnte deletes an indicator of the whole ente with its
// targets and readings, and returns it as it was.
func (w *writer) DeleteIndicatoreEnte(id int64) (model.Indicatore, error) {
	var gone model.Indicatore
	err := w.do("Eliminazione dell'indicatore dell'ente", func() error {
		ind, err := loadIndicatori(w.ctx, w.tx, enteOnly)
		if err != nil {
			return err
		}
		for _, in := range ind[0] {
			if in.ID == id {
				gone = in
			}
		}
		res, err := w.tx.ExecContext(w.ctx, "DELETE FROM indicatore WHERE id = ? AND obiettivo_id IS NULL", id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return notFound("L'indicatore dell'ente", id)
		}
		return nil
	})
	return gone, err
}
