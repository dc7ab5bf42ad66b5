package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"pianoperformance/model"
)

// The deadline settings and records, and the user's judgements of the
// quality of objectives: small tables that Load and ReplacePlan carry with
// the rest of the plan.

// SaveScadenzario replaces the deadline settings and records.
func (w *writer) SaveScadenzario(sc model.Scadenzario) error {
	return w.do("Salvataggio delle scadenze", func() error { return saveScadenzario(w.ctx, w.tx, sc) })
}

func saveScadenzario(ctx context.Context, tx execer, sc model.Scadenzario) error {
	if _, err := upsert(ctx, tx, "scadenzario", 1,
		[]string{"approvazione_bilancio", "termine_bilancio", "regola", "giorni"},
		nullDate(sc.ApprovazioneBilancio), nullDate(sc.TermineBilancio), string(sc.Regola), sc.Giorni); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM adempimento"); err != nil {
		return err
	}
	for _, a := range sc.Adempimenti {
		if a.Chiave == "" || a.Data.IsZero() {
			return fmt.Errorf("l'adempimento %q non indica la scadenza o la data", a.Chiave)
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO adempimento (chiave, data, note) VALUES (?, ?, ?)",
			a.Chiave, a.Data.ISO(), a.Note); err != nil {
			return err
		}
	}
	return nil
}

func loadScadenzario(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
	sc := &p.Scadenzario
	var appr, term sql.NullString
	var regola string
	err := tx.QueryRowContext(ctx, "SELECT approvazione_bilancio, termine_bilancio, regola, giorni FROM scadenzario WHERE id = 1").
		Scan(&appr, &term, &regola, &sc.Giorni)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	sc.Regola = model.RegolaTermine(regola)
	var e1, e2 error
	sc.ApprovazioneBilancio, e1 = datePtr(appr)
	sc.TermineBilancio, e2 = datePtr(term)
	if err := errors.Join(e1, e2); err != nil {
		return err
	}
	return each(ctx, tx, "SELECT chiave, data, note FROM adempimento ORDER BY chiave", func(r *sql.Rows) error {
		var a model.Adempimento
		var d sql.NullString
		if err := r.Scan(&a.Chiave, &d, &a.Note); err != nil {
			return err
		}
		var err error
		a.Data, err = dateVal(d)
		sc.Adempimenti = append(sc.Adempimenti, a)
		return err
	})
}

// SaveConfermaQualita saves the user's judgement of one criterion.
func (w *writer) SaveConfermaQualita(c model.ConfermaQualita) error {
	return w.do("Salvataggio della valutazione di qualità", func() error {
		ctx, tx := w.ctx, w.tx
		ok, err := exists(ctx, tx, "obiettivo", c.ObiettivoID)
		if err != nil {
			return err
		}
		if !ok {
			return notFound("L'obiettivo", c.ObiettivoID)
		}
		return saveConferma(ctx, tx, c)
	})
}

func saveConferma(ctx context.Context, tx execer, c model.ConfermaQualita) error {
	if _, ok := model.InfoQualita(c.Criterio); !ok {
		return fmt.Errorf("criterio di qualità %q sconosciuto", c.Criterio)
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO conferma_qualita (obiettivo_id, criterio, esito, note) VALUES (?, ?, ?, ?)
		ON CONFLICT (obiettivo_id, criterio) DO UPDATE SET esito = excluded.esito, note = excluded.note`,
		c.ObiettivoID, string(c.Criterio), boolInt(c.Esito), c.Note)
	return err
}

// DeleteConfermaQualita removes the user's judgement of one criterion and
// returns it.
func (w *writer) DeleteConfermaQualita(obiettivoID int64, criterio model.CriterioQualita) (model.ConfermaQualita, error) {
	c := model.ConfermaQualita{ObiettivoID: obiettivoID, Criterio: criterio}
	err := w.do("Eliminazione della valutazione di qualità", func() error {
		ctx, tx := w.ctx, w.tx
		err := tx.QueryRowContext(ctx, "SELECT esito, note FROM conferma_qualita WHERE obiettivo_id = ? AND criterio = ?",
			obiettivoID, string(criterio)).Scan(&c.Esito, &c.Note)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("la valutazione %q dell'obiettivo %d non esiste più: %w", criterio, obiettivoID, ErrNotFound)
		}
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, "DELETE FROM conferma_qualita WHERE obiettivo_id = ? AND criterio = ?", obiettivoID, string(criterio))
		return err
	})
	return c, err
}

func loadConferme(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
	return each(ctx, tx, `SELECT c.obiettivo_id, c.criterio, c.esito, c.note FROM conferma_qualita c
		JOIN obiettivo o ON o.id = c.obiettivo_id ORDER BY c.obiettivo_id, c.criterio`, func(r *sql.Rows) error {
		var c model.ConfermaQualita
		var crit string
		err := r.Scan(&c.ObiettivoID, &crit, &c.Esito, &c.Note)
		c.Criterio = model.CriterioQualita(crit)
		p.ConfermeQualita = append(p.ConfermeQualita, c)
		return err
	})
}

// replaceScadenzeQualita writes the deadline settings and the judgements of
// a whole plan (ReplacePlan has emptied their tables).
func replaceScadenzeQualita(ctx context.Context, tx execer, p *model.Plan) error {
	if err := saveScadenzario(ctx, tx, p.Scadenzario); err != nil {
		return err
	}
	for _, c := range p.ConfermeQualita {
		if err := saveConferma(ctx, tx, c); err != nil {
			return err
		}
	}
	return nil
}
