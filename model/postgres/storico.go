package postgres

import (
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model"
)

// Each plan's identity and its history (0004_identita_storico.sql).

// IdentitaPiano is the random code the plan got when it was created on the
// server.
func (r *reader) IdentitaPiano() (string, error) {
	var code string
	err := r.tx.QueryRow(r.ctx, "SELECT codice FROM piani WHERE id = $1", r.s.id).Scan(&code)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", fmt.Errorf("il piano non è più sul server")
	}
	if err != nil {
		return "", fmt.Errorf("lettura dell'identità del piano non riuscita: %w", err)
	}
	return code, nil
}

// Storico lists the plan's history, oldest first.
func (r *reader) Storico() ([]model.EventoStorico, error) {
	out := []model.EventoStorico{}
	err := r.each(`SELECT id, quando, tipo, descrizione, file, area, valori FROM storico
		WHERE piano_id = $1 ORDER BY id`, func(row pgx.Rows) error {
		var e model.EventoStorico
		var tipo string
		if err := row.Scan(&e.ID, &e.Quando, &tipo, &e.Descrizione, &e.File, &e.Area, &e.Valori); err != nil {
			return err
		}
		e.Quando, e.Tipo = e.Quando.UTC(), model.TipoEvento(tipo)
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("lettura dello storico non riuscita: %w", err)
	}
	return out, nil
}

// RegistraStorico appends a line to the plan's history.
func (w *writer) RegistraStorico(e *model.EventoStorico) error {
	if err := e.Valida(); err != nil {
		return err
	}
	return w.do("Registrazione nello storico", func() error {
		var id int64
		err := w.tx.QueryRow(w.ctx, `INSERT INTO storico (piano_id, quando, tipo, descrizione, file, area, valori)
			VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`, w.s.id, e.Quando.UTC().Truncate(time.Microsecond),
			string(e.Tipo), e.Descrizione, e.File, e.Area, e.Valori).Scan(&id)
		if err == nil {
			w.ids.set(&e.ID, id)
		}
		return err
	})
}
