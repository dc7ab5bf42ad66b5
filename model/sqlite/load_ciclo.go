package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"pianoperformance/model"
)

// The performance cycle's parts of the plan: the checkpoints, the
// evaluation system and the Relazione. Readings, progress notes and
// validations come with their objectives (loadRisultati, loadAvanzamenti,
// loadValidazioni).

func loadVerifiche(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
	p.Verifiche = []model.Verifica{}
	return each(ctx, tx, "SELECT id, data, titolo FROM verifica ORDER BY data, id", func(r *sql.Rows) error {
		var v model.Verifica
		var data sql.NullString
		if err := r.Scan(&v.ID, &data, &v.Titolo); err != nil {
			return err
		}
		var err error
		v.Data, err = dateVal(data)
		p.Verifiche = append(p.Verifiche, v)
		return err
	})
}

func loadSMVP(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
	p.SMVP = model.SMVP{}
	s := &p.SMVP
	var ritardo, effetto string
	err := tx.QueryRowContext(ctx, `SELECT massimo, ritardo_tipo, ritardo_per_mese, ritardo_tolleranza,
		prerequisito_effetto, prerequisito_soglia FROM smvp WHERE id = 1`).
		Scan(&s.Massimo, &ritardo, &s.Ritardo.PerMese, &s.Ritardo.Tolleranza, &effetto, &s.Prerequisito.Soglia)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	s.Ritardo.Tipo, s.Prerequisito.Effetto = model.TipoRitardo(ritardo), model.EffettoPrerequisito(effetto)
	s.Fasce = []model.FasciaSMVP{}
	return each(ctx, tx, "SELECT da, quota, proporzionale FROM smvp_fascia ORDER BY posizione", func(r *sql.Rows) error {
		var f model.FasciaSMVP
		err := r.Scan(&f.Da, &f.Quota, &f.Proporzionale)
		s.Fasce = append(s.Fasce, f)
		return err
	})
}

func loadRelazione(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
	p.Relazione = model.Relazione{}
	rel := &p.Relazione
	var appData, valData sql.NullString
	var esito string
	err := tx.QueryRowContext(ctx, `SELECT sintesi, contesto, bilancio_genere, avvertenza, approvazione_organo,
		approvazione_numero, approvazione_data, validazione_esito, validazione_data, validazione_verbale,
		validazione_note FROM relazione WHERE id = 1`).
		Scan(&rel.Sintesi, &rel.Contesto, &rel.BilancioGenere, &rel.Avvertenza, &rel.Approvazione.Organo,
			&rel.Approvazione.Numero, &appData, &esito, &valData, &rel.Validazione.Verbale, &rel.Validazione.Note)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	rel.Validazione.Esito = model.EsitoValidazione(esito)
	var err1, err2 error
	rel.Approvazione.Data, err1 = datePtr(appData)
	rel.Validazione.Data, err2 = datePtr(valData)
	return errors.Join(err1, err2)
}

// forzaturaCols are the columns of an override, in scan order.
const forzaturaCols = "forzatura_perc, forzatura_calcolata, forzatura_motivo, forzatura_autore, forzatura_quando"

// forzaturaScan receives the columns of an override.
type forzaturaScan struct {
	perc, calc     sql.NullFloat64
	motivo, autore string
	quando         sql.NullString
}

func (f *forzaturaScan) dest() []any { return []any{&f.perc, &f.calc, &f.motivo, &f.autore, &f.quando} }

func (f *forzaturaScan) value() (*model.Forzatura, error) {
	if !f.perc.Valid {
		return nil, nil
	}
	out := &model.Forzatura{Percentuale: f.perc.Float64, Calcolata: floatPtr(f.calc), Motivo: f.motivo, Autore: f.autore}
	if f.quando.Valid && f.quando.String != "" {
		t, err := time.Parse(time.RFC3339Nano, f.quando.String)
		if err != nil {
			return nil, fmt.Errorf("ora memorizzata non valida: %q", f.quando.String)
		}
		out.Quando = t.UTC()
	}
	return out, nil
}

// forzaturaArgs are the values of an override's columns.
func forzaturaArgs(f *model.Forzatura) []any {
	if f == nil {
		return []any{nil, nil, "", "", nil}
	}
	var quando any
	if !f.Quando.IsZero() {
		quando = f.Quando.UTC().Format(time.RFC3339Nano)
	}
	return []any{f.Percentuale, nullFloat(f.Calcolata), f.Motivo, f.Autore, quando}
}

// loadRisultati returns the readings by indicator ID, in the order of their
// checkpoints' dates; cond (with its args) restricts them by indicator.
func loadRisultati(ctx context.Context, tx *sql.Tx, cond string, args []any) (map[int64][]model.Risultato, error) {
	out := map[int64][]model.Risultato{}
	err := each(ctx, tx, `SELECT r.id, r.indicatore_id, r.verifica_id, r.data, r.valore, r.stato, r.causa, r.azione,
		r.punteggio, r.note, `+forzaturaCols+` FROM risultato r JOIN verifica v ON v.id = r.verifica_id`+cond+`
		ORDER BY r.indicatore_id, v.data, r.verifica_id`, func(rows *sql.Rows) error {
		var x model.Risultato
		var ind int64
		var data sql.NullString
		var stato string
		var punt sql.NullFloat64
		var f forzaturaScan
		if err := rows.Scan(append([]any{&x.ID, &ind, &x.VerificaID, &data, &x.Valore, &stato, &x.Causa, &x.Azione,
			&punt, &x.Note}, f.dest()...)...); err != nil {
			return err
		}
		var err error
		if x.Data, err = dateVal(data); err != nil {
			return err
		}
		if x.Forzatura, err = f.value(); err != nil {
			return err
		}
		x.Stato, x.Punteggio = model.StatoRilevazione(stato), floatPtr(punt)
		out[ind] = append(out[ind], x)
		return nil
	}, args...)
	return out, err
}

// loadAvanzamenti returns the progress notes by objective ID.
func loadAvanzamenti(ctx context.Context, tx *sql.Tx, f *only) (map[int64][]model.Avanzamento, error) {
	out := map[int64][]model.Avanzamento{}
	err := each(ctx, tx, `SELECT a.obiettivo_id, a.verifica_id, a.nota, a.esito, a.punteggio, `+forzaturaCols+`
		FROM avanzamento a JOIN verifica v ON v.id = a.verifica_id`+f.where("a.obiettivo_id")+` ORDER BY a.obiettivo_id, v.data, a.verifica_id`,
		func(rows *sql.Rows) error {
			var a model.Avanzamento
			var ob int64
			var punt sql.NullFloat64
			var f forzaturaScan
			if err := rows.Scan(append([]any{&ob, &a.VerificaID, &a.Nota, &a.Esito, &punt}, f.dest()...)...); err != nil {
				return err
			}
			var err error
			a.Punteggio = floatPtr(punt)
			a.Forzatura, err = f.value()
			out[ob] = append(out[ob], a)
			return err
		}, f.args()...)
	return out, err
}

// loadValidazioni returns the Nucleo's validations by objective ID.
func loadValidazioni(ctx context.Context, tx *sql.Tx, f *only) (map[int64]*model.Validazione, error) {
	out := map[int64]*model.Validazione{}
	err := each(ctx, tx, "SELECT obiettivo_id, percentuale, data, verbale, note FROM validazione"+f.where("obiettivo_id"), func(rows *sql.Rows) error {
		var v model.Validazione
		var ob int64
		var perc sql.NullFloat64
		var data sql.NullString
		if err := rows.Scan(&ob, &perc, &data, &v.Verbale, &v.Note); err != nil {
			return err
		}
		var err error
		v.Percentuale = floatPtr(perc)
		v.Data, err = datePtr(data)
		out[ob] = &v
		return err
	}, f.args()...)
	return out, err
}
