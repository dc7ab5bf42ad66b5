package postgres

import (
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model"
)

// The performance cycle's parts of the plan: the checkpoints, the
// evaluation system, the Relazione and the indicators of the whole ente.
// Readings, progress notes and validations come with their objectives.

func loadVerifiche(r *reader, p *model.Plan) error {
	p.Verifiche = []model.Verifica{}
	return r.each("SELECT id, data, titolo FROM verifica WHERE piano_id = $1 ORDER BY data, id", func(row pgx.Rows) error {
		var v model.Verifica
		var data time.Time
		err := row.Scan(&v.ID, &data, &v.Titolo)
		v.Data = dateVal(&data)
		p.Verifiche = append(p.Verifiche, v)
		return err
	})
}

func loadSMVP(r *reader, p *model.Plan) error {
	p.SMVP = model.SMVP{}
	s := &p.SMVP
	var ritardo, effetto string
	if _, err := r.one(`SELECT massimo, ritardo_tipo, ritardo_per_mese, ritardo_tolleranza,
		prerequisito_effetto, prerequisito_soglia FROM smvp WHERE piano_id = $1`,
		&s.Massimo, &ritardo, &s.Ritardo.PerMese, &s.Ritardo.Tolleranza, &effetto, &s.Prerequisito.Soglia); err != nil {
		return err
	}
	s.Ritardo.Tipo, s.Prerequisito.Effetto = model.TipoRitardo(ritardo), model.EffettoPrerequisito(effetto)
	s.Fasce = []model.FasciaSMVP{}
	return r.each("SELECT da, quota, proporzionale FROM smvp_fascia WHERE piano_id = $1 ORDER BY posizione", func(row pgx.Rows) error {
		var f model.FasciaSMVP
		err := row.Scan(&f.Da, &f.Quota, &f.Proporzionale)
		s.Fasce = append(s.Fasce, f)
		return err
	})
}

func loadRelazione(r *reader, p *model.Plan) error {
	p.Relazione = model.Relazione{}
	rel := &p.Relazione
	var appData, valData *time.Time
	var esito string
	ok, err := r.one(`SELECT sintesi, contesto, bilancio_genere, avvertenza, approvazione_organo,
		approvazione_numero, approvazione_data, validazione_esito, validazione_data, validazione_verbale,
		validazione_note FROM relazione WHERE piano_id = $1`,
		&rel.Sintesi, &rel.Contesto, &rel.BilancioGenere, &rel.Avvertenza, &rel.Approvazione.Organo,
		&rel.Approvazione.Numero, &appData, &esito, &valData, &rel.Validazione.Verbale, &rel.Validazione.Note)
	if !ok {
		return err
	}
	rel.Validazione.Esito = model.EsitoValidazione(esito)
	rel.Approvazione.Data, rel.Validazione.Data = datePtr(appData), datePtr(valData)
	return nil
}

func loadIndicatoriEnte(r *reader, p *model.Plan) error {
	ind, err := loadIndicatori(r, enteWhere, nil)
	p.IndicatoriEnte = orEmpty(ind[0])
	return err
}

// forzaturaCols are the columns of a degree set by hand, in scan order.
const forzaturaCols = "forzatura_perc, forzatura_calcolata, forzatura_motivo, forzatura_autore, forzatura_quando"

type forzaturaScan struct {
	perc, calc     *float64
	motivo, autore string
	quando         *string
}

func (f *forzaturaScan) dest() []any { return []any{&f.perc, &f.calc, &f.motivo, &f.autore, &f.quando} }

func (f *forzaturaScan) value() (*model.Forzatura, error) {
	if f.perc == nil {
		return nil, nil
	}
	out := &model.Forzatura{Percentuale: *f.perc, Calcolata: f.calc, Motivo: f.motivo, Autore: f.autore}
	if f.quando != nil && *f.quando != "" {
		t, err := time.Parse(time.RFC3339Nano, *f.quando)
		if err != nil {
			return nil, fmt.Errorf("ora memorizzata non valida: %q", *f.quando)
		}
		out.Quando = t.UTC()
	}
	return out, nil
}

// prefixed qualifies the columns of where with the table's alias.
func prefixed(where, alias string) string {
	for _, c := range []string{"piano_id", "obiettivo_id"} {
		where = strings.ReplaceAll(where, " "+c+" ", " "+alias+"."+c+" ")
	}
	return where
}

// loadRisultati returns the readings by indicator ID, in the order of
// their checkpoints' dates.
func loadRisultati(r *reader, where string, args []any) (map[int64][]model.Risultato, error) {
	out := map[int64][]model.Risultato{}
	err := r.each(`SELECT x.id, x.indicatore_id, x.verifica_id, x.data, x.valore, x.stato, x.causa, x.azione,
		x.punteggio, x.note, `+forzaturaCols+` FROM risultato x
		JOIN verifica v ON v.piano_id = x.piano_id AND v.id = x.verifica_id`+prefixed(where, "x")+`
		ORDER BY x.indicatore_id, v.data, x.verifica_id`, func(row pgx.Rows) error {
		var x model.Risultato
		var ind int64
		var data *time.Time
		var stato string
		var f forzaturaScan
		if err := row.Scan(append([]any{&x.ID, &ind, &x.VerificaID, &data, &x.Valore, &stato, &x.Causa, &x.Azione,
			&x.Punteggio, &x.Note}, f.dest()...)...); err != nil {
			return err
		}
		var err error
		x.Data, x.Stato = dateVal(data), model.StatoRilevazione(stato)
		x.Forzatura, err = f.value()
		out[ind] = append(out[ind], x)
		return err
	}, args...)
	return out, err
}

// loadAvanzamenti returns the progress notes by objective ID.
func loadAvanzamenti(r *reader, where string, args []any) (map[int64][]model.Avanzamento, error) {
	out := map[int64][]model.Avanzamento{}
	err := r.each(`SELECT a.obiettivo_id, a.verifica_id, a.nota, a.esito, a.punteggio, `+forzaturaCols+`
		FROM avanzamento a JOIN verifica v ON v.piano_id = a.piano_id AND v.id = a.verifica_id`+prefixed(where, "a")+`
		ORDER BY a.obiettivo_id, v.data, a.verifica_id`, func(row pgx.Rows) error {
		var a model.Avanzamento
		var ob int64
		var f forzaturaScan
		if err := row.Scan(append([]any{&ob, &a.VerificaID, &a.Nota, &a.Esito, &a.Punteggio}, f.dest()...)...); err != nil {
			return err
		}
		var err error
		a.Forzatura, err = f.value()
		out[ob] = append(out[ob], a)
		return err
	}, args...)
	return out, err
}

// loadValidazioni returns the Nucleo's validations by objective ID.
func loadValidazioni(r *reader, where string, args []any) (map[int64]*model.Validazione, error) {
	out := map[int64]*model.Validazione{}
	err := r.each("SELECT obiettivo_id, percentuale, data, verbale, note FROM validazione"+where, func(row pgx.Rows) error {
		var v model.Validazione
		var ob int64
		var data *time.Time
		err := row.Scan(&ob, &v.Percentuale, &data, &v.Verbale, &v.Note)
		v.Data = datePtr(data)
		out[ob] = &v
		return err
	}, args...)
	return out, err
}
