package postgres

import (
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model"
)

// Frozen versions of the plan (the table versione): each is the plan's
// canonical JSON as it stood when the Giunta's resolution was recorded.
// The server's triggers refuse any change to a version once written.

// now is the clock of the versions' registration; tests set it.
var now = time.Now

// Adotta freezes the plan as adopted (version 1).
func (w *writer) Adotta(atto model.Atto) (model.Versione, error) {
	var v model.Versione
	err := w.do("Salvataggio dell'adozione", func() error {
		var err error
		v, err = w.freeze(model.VersioneAdozione, atto, "")
		return err
	})
	return v, err
}

// RegistraVariazione freezes the plan as the next version.
func (w *writer) RegistraVariazione(atto model.Atto, motivo string) (model.Versione, error) {
	var v model.Versione
	err := w.do("Salvataggio della variazione", func() error {
		var err error
		v, err = w.freeze(model.VersioneVariazione, atto, motivo)
		return err
	})
	return v, err
}

// freeze checks the rules, updates the plan's status and writes the
// version, all inside the transaction. The plan's description is claimed
// first: two people recording a resolution at once go one after the other.
func (w *writer) freeze(tipo model.TipoVersione, atto model.Atto, motivo string) (model.Versione, error) {
	if err := w.claim("piano", 0, ""); err != nil {
		return model.Versione{}, err
	}
	vv, err := w.versioni()
	if err != nil {
		return model.Versione{}, err
	}
	cur := &model.Plan{}
	if err := w.ReadParts(cur, model.AllParts); err != nil {
		return model.Versione{}, err
	}
	var prev *model.Plan
	if len(vv) > 0 {
		if prev, err = w.LoadVersione(len(vv)); err != nil {
			return model.Versione{}, err
		}
	}
	v, b, err := model.Congela(vv, tipo, atto, motivo, prev, cur, now())
	if err != nil {
		return model.Versione{}, err
	}
	if err := w.put("Salvataggio dei dati del piano", pianoRows(cur.Piano)...); err != nil {
		return model.Versione{}, err
	}
	_, err = w.tx.Exec(w.ctx, `INSERT INTO versione (piano_id, numero, tipo, organo, numero_atto, data_atto, motivo,
		registrata, impronta, piano_json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
		w.s.id, v.Numero, string(v.Tipo), v.Atto.Organo, v.Atto.Numero, normValue(v.Atto.Data), v.Motivo,
		v.Registrata, v.Impronta, b)
	return v, err
}

// Versioni lists the frozen versions, oldest first.
func (r *reader) Versioni() ([]model.Versione, error) {
	vv, err := r.versioni()
	if err != nil {
		return nil, fmt.Errorf("lettura delle versioni non riuscita: %w", err)
	}
	return vv, nil
}

func (r *reader) versioni() ([]model.Versione, error) {
	vv := []model.Versione{}
	err := r.each(`SELECT numero, tipo, organo, numero_atto, data_atto, motivo, registrata, impronta
		FROM versione WHERE piano_id = $1 ORDER BY numero`, func(row pgx.Rows) error {
		var v model.Versione
		var tipo string
		var data time.Time
		if err := row.Scan(&v.Numero, &tipo, &v.Atto.Organo, &v.Atto.Numero, &data, &v.Motivo, &v.Registrata, &v.Impronta); err != nil {
			return err
		}
		v.Tipo = model.TipoVersione(tipo)
		v.Atto.Data = datePtr(&data)
		v.Registrata = v.Registrata.UTC()
		vv = append(vv, v)
		return nil
	})
	return vv, err
}

// LoadVersione reads a frozen version.
func (r *reader) LoadVersione(numero int) (*model.Plan, error) {
	b, err := r.TestoVersione(numero)
	if err != nil {
		return nil, err
	}
	p, err := model.UnmarshalPlan(b)
	if err != nil {
		return nil, fmt.Errorf("la versione n. %d non si può leggere: %w", numero, err)
	}
	return p, nil
}

// TestoVersione is version numero's frozen JSON byte for byte, as
// recorded, refused when it no longer matches its fingerprint.
func (r *reader) TestoVersione(numero int) ([]byte, error) {
	var b []byte
	var impronta string
	err := r.tx.QueryRow(r.ctx, "SELECT piano_json, impronta FROM versione WHERE piano_id = $1 AND numero = $2",
		r.s.id, numero).Scan(&b, &impronta)
	if errors.Is(err, pgx.ErrNoRows) {
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

// ImportaVersioni writes the frozen versions of a plan copied from
// another store, as they were recorded, into a plan that has none.
func (w *writer) ImportaVersioni(vv []model.VersioneRegistrata) error {
	return w.do("Copia delle versioni adottate", func() error {
		if err := model.ControllaVersioniImportate(vv); err != nil {
			return err
		}
		for _, v := range vv {
			if _, err := w.tx.Exec(w.ctx, `INSERT INTO versione (piano_id, numero, tipo, organo, numero_atto, data_atto,
				motivo, registrata, impronta, piano_json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
				w.s.id, v.Numero, string(v.Tipo), v.Atto.Organo, v.Atto.Numero, normValue(v.Atto.Data), v.Motivo,
				v.Registrata, v.Impronta, v.Testo); err != nil {
				return err
			}
		}
		return nil
	})
}

var _ model.Archivista = (*writer)(nil)
