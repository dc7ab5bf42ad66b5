package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"pianoperformance/model"
)

// Frozen versions of the plan: each is the plan's canonical JSON as it
// stood when the Giunta's resolution was recorded. The table's triggers
// refuse any change to a version once written (0002_versioni.sql).

// Adotta freezes the plan as adopted (version 1).
func (w *writer) Adotta(atto model.Atto) (model.Versione, error) {
	var v model.Versione
	err := w.do("Salvataggio dell'adozione", func() error {
		var err error
		v, err = freeze(w.ctx, w.tx, model.VersioneAdozione, atto, "")
		return err
	})
	return v, err
}

// RegistraVariazione freezes the plan as the next version.
func (w *writer) RegistraVariazione(atto model.Atto, motivo string) (model.Versione, error) {
	var v model.Versione
	err := w.do("Salvataggio della variazione", func() error {
		var err error
		v, err = freeze(w.ctx, w.tx, model.VersioneVariazione, atto, motivo)
		return err
	})
	return v, err
}

// freeze checks the rules, updates the plan's status and writes the
// version, all inside tx.
func freeze(ctx context.Context, tx *sql.Tx, tipo model.TipoVersione, atto model.Atto, motivo string) (model.Versione, error) {
	vv, err := versioni(ctx, tx)
	if err != nil {
		return model.Versione{}, err
	}
	cur, err := loadPlan(ctx, tx)
	if err != nil {
		return model.Versione{}, err
	}
	var prev *model.Plan
	if len(vv) > 0 {
		if prev, err = loadVersione(ctx, tx, len(vv)); err != nil {
			return model.Versione{}, err
		}
	}
	v, b, err := model.Congela(vv, tipo, atto, motivo, prev, cur, now())
	if err != nil {
		return model.Versione{}, err
	}
	if err := savePiano(ctx, tx, cur.Piano); err != nil {
		return model.Versione{}, err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO versione (numero, tipo, organo, numero_atto, data_atto, motivo,
		registrata, impronta, piano_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		v.Numero, string(v.Tipo), v.Atto.Organo, v.Atto.Numero, v.Atto.Data.ISO(), v.Motivo,
		v.Registrata.Format(time.RFC3339), v.Impronta, b)
	return v, err
}

// Versioni lists the frozen versions, oldest first.
func (r reader) Versioni() ([]model.Versione, error) {
	vv, err := versioni(r.ctx, r.tx)
	if err != nil {
		return nil, fmt.Errorf("lettura delle versioni non riuscita: %w", err)
	}
	return vv, nil
}

func versioni(ctx context.Context, tx *sql.Tx) ([]model.Versione, error) {
	vv := []model.Versione{}
	err := each(ctx, tx, `SELECT numero, tipo, organo, numero_atto, data_atto, motivo, registrata, impronta
		FROM versione ORDER BY numero`, func(r *sql.Rows) error {
		var v model.Versione
		var tipo, data, reg string
		if err := r.Scan(&v.Numero, &tipo, &v.Atto.Organo, &v.Atto.Numero, &data, &v.Motivo, &reg, &v.Impronta); err != nil {
			return err
		}
		v.Tipo = model.TipoVersione(tipo)
		d, err := model.ParseISODate(data)
		if err != nil {
			return fmt.Errorf("data memorizzata non valida: %w", err)
		}
		v.Atto.Data = &d
		if v.Registrata, err = time.Parse(time.RFC3339, reg); err != nil {
			return fmt.Errorf("data di registrazione memorizzata non valida: %w", err)
		}
		vv = append(vv, v)
		return nil
	})
	return vv, err
}

// LoadVersione reads a frozen version.
func (r reader) LoadVersione(numero int) (*model.Plan, error) {
	return loadVersione(r.ctx, r.tx, numero)
}

// TestoVersione reads a frozen version's JSON as recorded.
func (r reader) TestoVersione(numero int) ([]byte, error) { return testoVersione(r.ctx, r.tx, numero) }

// testoVersione reads a frozen JSON and checks it against its fingerprint.
func testoVersione(ctx context.Context, tx *sql.Tx, numero int) ([]byte, error) {
	var b []byte
	var impronta string
	err := tx.QueryRowContext(ctx, "SELECT piano_json, impronta FROM versione WHERE numero = ?", numero).Scan(&b, &impronta)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: il piano non ha una versione n. %d", model.ErrVersioneIgnota, numero)
	}
	if err != nil {
		return nil, fmt.Errorf("lettura della versione %d non riuscita: %w", numero, err)
	}
	if err := model.VerificaImpronta(numero, b, impronta); err != nil {
		return nil, err
	}
	return b, nil
}

func loadVersione(ctx context.Context, tx *sql.Tx, numero int) (*model.Plan, error) {
	b, err := testoVersione(ctx, tx, numero)
	if err != nil {
		return nil, err
	}
	p, err := model.UnmarshalPlan(b)
	if err != nil {
		return nil, fmt.Errorf("la versione n. %d non si può leggere: %w", numero, err)
	}
	return p, nil
}

// ImportaVersioni writes the frozen versions of a plan copied from
// another store, as they were recorded, into a plan that has none.
func (w *writer) ImportaVersioni(vv []model.VersioneRegistrata) error {
	return w.do("Copia delle versioni adottate", func() error {
		if err := model.ControllaVersioniImportate(vv); err != nil {
			return err
		}
		for _, v := range vv {
			if _, err := w.tx.ExecContext(w.ctx, `INSERT INTO versione (numero, tipo, organo, numero_atto, data_atto, motivo,
				registrata, impronta, piano_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				v.Numero, string(v.Tipo), v.Atto.Organo, v.Atto.Numero, v.Atto.Data.ISO(), v.Motivo,
				v.Registrata.UTC().Format(time.RFC3339), v.Impronta, v.Testo); err != nil {
				return err
			}
		}
		return nil
	})
}
