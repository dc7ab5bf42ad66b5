package sqlite

import (
	"database/sql"
	"errors"
	"fmt"
	"time"

	"pianoperformance/model"
)

// The plan file's identity and its history (0005_identita_storico.sql).

// IdentitaPiano is the random code the file got when it was created.
func (r reader) IdentitaPiano() (string, error) {
	var code string
	err := r.tx.QueryRowContext(r.ctx, "SELECT codice FROM identita WHERE id = 1").Scan(&code)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("il file del piano non ha un codice di identità: è danneggiato")
	}
	if err != nil {
		return "", fmt.Errorf("lettura dell'identità del piano non riuscita: %w", err)
	}
	return code, nil
}

// Storico lists the history, oldest first.
func (r reader) Storico() ([]model.EventoStorico, error) {
	var out []model.EventoStorico
	err := each(r.ctx, r.tx, "SELECT id, quando, tipo, descrizione, file, area, valori FROM storico ORDER BY id", func(rows *sql.Rows) error {
		var e model.EventoStorico
		var quando, tipo string
		if err := rows.Scan(&e.ID, &quando, &tipo, &e.Descrizione, &e.File, &e.Area, &e.Valori); err != nil {
			return err
		}
		t, err := time.Parse(time.RFC3339Nano, quando)
		if err != nil {
			return fmt.Errorf("momento %q non valido nello storico", quando)
		}
		e.Quando, e.Tipo = t.UTC(), model.TipoEvento(tipo)
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("lettura dello storico non riuscita: %w", err)
	}
	return out, nil
}

// RegistraStorico appends a line to the history.
func (w *writer) RegistraStorico(e *model.EventoStorico) error {
	if err := e.Valida(); err != nil {
		return err
	}
	return w.do("Registrazione nello storico", func() error {
		res, err := w.tx.ExecContext(w.ctx, `INSERT INTO storico (quando, tipo, descrizione, file, area, valori)
			VALUES (?, ?, ?, ?, ?, ?)`, e.Quando.UTC().Format(time.RFC3339Nano), string(e.Tipo), e.Descrizione,
			e.File, e.Area, e.Valori)
		if err != nil {
			return err
		}
		id, err := res.LastInsertId()
		if err == nil {
			w.ids.set(&e.ID, id)
		}
		return err
	})
}
