package postgres

import (
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model"
)

// SaveScadenzario replaces the deadline settings and records.
func (w *writer) SaveScadenzario(sc model.Scadenzario) error {
	const what = "Salvataggio delle scadenze"
	return w.do(what, func() error {
		if err := checkAdempimenti(sc); err != nil {
			return err
		}
		if err := w.claim("scadenzario", 0, ""); err != nil {
			return err
		}
		return w.put(what, scadenzarioRows(sc)...)
	})
}

func checkAdempimenti(sc model.Scadenzario) error {
	for _, a := range sc.Adempimenti {
		if a.Chiave == "" || a.Data.IsZero() {
			return fmt.Errorf("l'adempimento %q non indica la scadenza o la data", a.Chiave)
		}
	}
	return nil
}

func loadScadenzario(r *reader, p *model.Plan) error {
	sc := &p.Scadenzario
	var appr, term *time.Time
	var regola string
	if _, err := r.one("SELECT approvazione_bilancio, termine_bilancio, regola, giorni FROM scadenzario WHERE piano_id = $1",
		&appr, &term, &regola, &sc.Giorni); err != nil {
		return err
	}
	sc.Regola = model.RegolaTermine(regola)
	sc.ApprovazioneBilancio, sc.TermineBilancio = datePtr(appr), datePtr(term)
	return r.each(`SELECT chiave, data, note FROM adempimento WHERE piano_id = $1 ORDER BY chiave COLLATE "C"`, func(row pgx.Rows) error {
		var a model.Adempimento
		var d *time.Time
		err := row.Scan(&a.Chiave, &d, &a.Note)
		a.Data = dateVal(d)
		sc.Adempimenti = append(sc.Adempimenti, a)
		return err
	})
}

// SaveConfermaQualita saves the user's judgement of one criterion.
func (w *writer) SaveConfermaQualita(c model.ConfermaQualita) error {
	const what = "Salvataggio della valutazione di qualità"
	return w.do(what, func() error {
		if ok, err := w.has("obiettivo", "id = $2", c.ObiettivoID); err != nil || !ok {
			if err == nil {
				err = notFound("L'obiettivo", c.ObiettivoID)
			}
			return err
		}
		if _, ok := model.InfoQualita(c.Criterio); !ok {
			return fmt.Errorf("criterio di qualità %q sconosciuto", c.Criterio)
		}
		if err := w.claim("qualita", c.ObiettivoID, string(c.Criterio)); err != nil {
			return err
		}
		return w.put(what, confermaRows(c.ObiettivoID, c.Criterio, confermaRow(c)))
	})
}

func confermaRows(ob int64, crit model.CriterioQualita, want ...[]any) rows {
	return rows{t: tConferma, where: "obiettivo_id = $2 AND criterio = $3", args: []any{ob, string(crit)}, want: want}
}

// DeleteConfermaQualita removes the user's judgement of one criterion and
// returns it.
func (w *writer) DeleteConfermaQualita(obiettivoID int64, criterio model.CriterioQualita) (model.ConfermaQualita, error) {
	const what = "Eliminazione della valutazione di qualità"
	c := model.ConfermaQualita{ObiettivoID: obiettivoID, Criterio: criterio}
	err := w.do(what, func() error {
		if err := w.claim("qualita", obiettivoID, string(criterio)); err != nil {
			return err
		}
		err := w.tx.QueryRow(w.ctx, "SELECT esito, note FROM conferma_qualita WHERE piano_id = $1 AND obiettivo_id = $2 AND criterio = $3",
			w.s.id, obiettivoID, string(criterio)).Scan(&c.Esito, &c.Note)
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("la valutazione %q dell'obiettivo %d non esiste più: %w", criterio, obiettivoID, model.ErrNotFound)
		}
		if err != nil {
			return err
		}
		return w.put(what, confermaRows(obiettivoID, criterio))
	})
	return c, err
}

func loadConferme(r *reader, p *model.Plan) error {
	return r.each(`SELECT c.obiettivo_id, c.criterio, c.esito, c.note FROM conferma_qualita c
		JOIN obiettivo o ON o.piano_id = c.piano_id AND o.id = c.obiettivo_id
		WHERE c.piano_id = $1 ORDER BY c.obiettivo_id, c.criterio COLLATE "C"`, func(row pgx.Rows) error {
		var c model.ConfermaQualita
		var crit string
		err := row.Scan(&c.ObiettivoID, &crit, &c.Esito, &c.Note)
		c.Criterio = model.CriterioQualita(crit)
		p.ConfermeQualita = append(p.ConfermeQualita, c)
		return err
	})
}
