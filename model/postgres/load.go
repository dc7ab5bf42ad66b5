package postgres

import (
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model"
)

// Reads port those of the SQLite store, with the same order (that of
// model.NormalizePlan) and the same nil-versus-empty rules, so that what
// one store loads equals what the other does. Text sort keys are compared
// byte by byte (COLLATE "C"), as Go and SQLite do, whatever the
// database's language.

// partReaders read each part of the plan, in Load's order, and name the
// kind of record the part holds (see revisioni.go).
var partReaders = []struct {
	part model.Parts
	kind string
	read func(r *reader, p *model.Plan) error
}{
	{model.PartEnte, "ente", loadEnte}, {model.PartPiano, "piano", loadPiano},
	{model.PartCapitoli, "capitolo", loadCapitoli}, {model.PartTerritorio, "territorio", loadTerritorio},
	{model.PartPopolazione, "popolazione", loadPopolazione}, {model.PartFasce, "fascia", loadFasce},
	{model.PartUnita, "unita", loadUnita}, {model.PartPersonale, "personale", loadPersonale},
	{model.PartBenchmark, "benchmark", loadBenchmark}, {model.PartServizi, "servizio", loadServizi},
	{model.PartObiettivi, "obiettivo", func(r *reader, p *model.Plan) error {
		var err error
		p.Obiettivi, err = loadObiettivi(r, nil)
		return err
	}},
	{model.PartScadenzario, "scadenzario", func(r *reader, p *model.Plan) error {
		p.Scadenzario = model.Scadenzario{}
		return loadScadenzario(r, p)
	}},
	{model.PartQualita, "qualita", func(r *reader, p *model.Plan) error {
		p.ConfermeQualita = nil
		return loadConferme(r, p)
	}},
	{model.PartVerifiche, "verifica", loadVerifiche}, {model.PartSMVP, "smvp", loadSMVP},
	{model.PartRelazione, "relazione", loadRelazione}, {model.PartIndicatoriEnte, "indicatore", loadIndicatoriEnte},
}

// ReadParts replaces the given parts of p with what the server holds.
func (r *reader) ReadParts(p *model.Plan, parts model.Parts) error {
	for _, pr := range partReaders {
		if parts.Has(pr.part) {
			if err := pr.read(r, p); err != nil {
				return fmt.Errorf("lettura del piano non riuscita: %w", err)
			}
			r.read.kind(pr.kind)
		}
	}
	if parts.Has(model.PartUnita) && r.read != nil {
		r.s.areaFrom(p.Unita)
	}
	return nil
}

// Obiettivi reads the objectives with the given IDs the server holds.
func (r *reader) Obiettivi(ids []int64) ([]model.Obiettivo, error) {
	if ids == nil {
		ids = []int64{}
	}
	out, err := loadObiettivi(r, ids)
	if err != nil {
		return nil, fmt.Errorf("lettura degli obiettivi non riuscita: %w", err)
	}
	r.read.obiettivi(ids)
	return out, nil
}

// each runs query (its first argument, $1, is the plan) and calls scan for
// every row.
func (r *reader) each(query string, scan func(pgx.Rows) error, args ...any) error {
	rows, err := r.tx.Query(r.ctx, query, append([]any{r.s.id}, args...)...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// one reads the single row of a query about the plan; no row is no error.
func (r *reader) one(query string, dst ...any) (bool, error) {
	err := r.tx.QueryRow(r.ctx, query, r.s.id).Scan(dst...)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

func loadEnte(r *reader, p *model.Plan) error {
	p.Ente = model.Ente{}
	e := &p.Ente
	_, err := r.one("SELECT nome, provincia, regione, codice_istat, stemma FROM ente WHERE piano_id = $1",
		&e.Nome, &e.Provincia, &e.Regione, &e.CodiceISTAT, &e.Stemma)
	if len(e.Stemma) == 0 {
		e.Stemma = nil
	}
	return err
}

func loadPiano(r *reader, p *model.Plan) error {
	p.Piano = model.Piano{}
	pi := &p.Piano
	var stato string
	var data *time.Time
	ok, err := r.one(`SELECT anno, anno_inizio, anno_fine, titolo, sezione, sottosezione, stato,
		approvazione_organo, approvazione_numero, approvazione_data, gruppo_senza_area FROM piano WHERE piano_id = $1`,
		&pi.Anno, &pi.AnnoInizio, &pi.AnnoFine, &pi.Titolo, &pi.Sezione, &pi.Sottosezione, &stato,
		&pi.Approvazione.Organo, &pi.Approvazione.Numero, &data, &pi.GruppoSenzaArea)
	if !ok {
		return err
	}
	pi.Stato = model.StatoPiano(stato)
	pi.Approvazione.Data = datePtr(data)
	return nil
}

func loadCapitoli(r *reader, p *model.Plan) error {
	p.Capitoli = []model.Capitolo{}
	return r.each("SELECT id, ordine, titolo, testo, sezione FROM capitolo WHERE piano_id = $1 ORDER BY ordine, id", func(row pgx.Rows) error {
		var c model.Capitolo
		err := row.Scan(&c.ID, &c.Ordine, &c.Titolo, &c.Testo, &c.Sezione)
		p.Capitoli = append(p.Capitoli, c)
		return err
	})
}

func loadTerritorio(r *reader, p *model.Plan) error {
	p.Territorio = model.Territorio{}
	t := &p.Territorio
	if _, err := r.one(`SELECT superficie_totale, superficie_urbana, altitudine, altitudine_riferimento,
		latitudine, longitudine, regione_agraria, densita_stampata FROM territorio WHERE piano_id = $1`,
		&t.SuperficieTotale, &t.SuperficieUrbana, &t.Altitudine, &t.AltitudineRiferimento,
		&t.Latitudine, &t.Longitudine, &t.RegioneAgraria, &t.DensitaStampata); err != nil {
		return err
	}
	t.Frazioni, t.Strade, t.RisorseIdriche = []string{}, []model.Strada{}, []model.RisorsaIdrica{}
	if err := r.each("SELECT nome FROM frazione WHERE piano_id = $1 ORDER BY posizione", func(row pgx.Rows) error {
		var f string
		err := row.Scan(&f)
		t.Frazioni = append(t.Frazioni, f)
		return err
	}); err != nil {
		return err
	}
	if err := r.each("SELECT tipo, km FROM strada WHERE piano_id = $1 ORDER BY posizione", func(row pgx.Rows) error {
		var s model.Strada
		err := row.Scan(&s.Tipo, &s.Km)
		t.Strade = append(t.Strade, s)
		return err
	}); err != nil {
		return err
	}
	return r.each("SELECT tipo, numero FROM risorsa_idrica WHERE piano_id = $1 ORDER BY posizione", func(row pgx.Rows) error {
		var ri model.RisorsaIdrica
		err := row.Scan(&ri.Tipo, &ri.Numero)
		t.RisorseIdriche = append(t.RisorseIdriche, ri)
		return err
	})
}

func loadPopolazione(r *reader, p *model.Plan) error {
	p.Popolazione = []model.PopolazioneAnno{}
	return r.each(`SELECT anno, residenti, maschi, femmine, famiglie, immigrati, emigrati, nati, morti,
		variazione_stampata FROM popolazione WHERE piano_id = $1 ORDER BY anno`, func(row pgx.Rows) error {
		var a model.PopolazioneAnno
		err := row.Scan(&a.Anno, &a.Residenti, &a.Maschi, &a.Femmine, &a.Famiglie, &a.Immigrati,
			&a.Emigrati, &a.Nati, &a.Morti, &a.VariazioneStampata)
		p.Popolazione = append(p.Popolazione, a)
		return err
	})
}

func loadFasce(r *reader, p *model.Plan) error {
	p.Fasce = []model.FasciaEta{}
	if err := r.each("SELECT id, ordine, nome, eta_min, eta_max FROM fascia_eta WHERE piano_id = $1 ORDER BY ordine, id", func(row pgx.Rows) error {
		var f model.FasciaEta
		err := row.Scan(&f.ID, &f.Ordine, &f.Nome, &f.EtaMin, &f.EtaMax)
		p.Fasce = append(p.Fasce, f)
		return err
	}); err != nil {
		return err
	}
	p.PopolazioneFasce = []model.PopolazioneFascia{}
	return r.each(`SELECT pf.fascia_id, pf.anno, pf.residenti FROM popolazione_fascia pf
		JOIN fascia_eta f ON f.piano_id = pf.piano_id AND f.id = pf.fascia_id
		WHERE pf.piano_id = $1 ORDER BY f.ordine, f.id, pf.anno`, func(row pgx.Rows) error {
		var pf model.PopolazioneFascia
		err := row.Scan(&pf.FasciaID, &pf.Anno, &pf.Residenti)
		p.PopolazioneFasce = append(p.PopolazioneFasce, pf)
		return err
	})
}

func loadUnita(r *reader, p *model.Plan) error {
	p.Unita = []model.Unita{}
	return r.each(`SELECT id, coalesce(parent_id, 0), ordine, tipo, nome, intestazione, responsabile,
		ruolo_responsabile, dipendenti, part_time FROM unita WHERE piano_id = $1 ORDER BY ordine, id`, func(row pgx.Rows) error {
		var u model.Unita
		var tipo, ruolo string
		err := row.Scan(&u.ID, &u.ParentID, &u.Ordine, &tipo, &u.Nome, &u.Intestazione, &u.Responsabile,
			&ruolo, &u.Dipendenti, &u.PartTime)
		u.Tipo, u.RuoloResponsabile = model.TipoUnita(tipo), model.Ruolo(ruolo)
		p.Unita = append(p.Unita, u)
		return err
	})
}

func loadPersonale(r *reader, p *model.Plan) error {
	p.Personale = []model.PersonaleAnno{}
	return r.each(`SELECT anno, dipendenti, part_time, uomini, donne, abitanti_stampati,
		per_mille_stampato, perc_uomini_stampata, perc_donne_stampata FROM personale WHERE piano_id = $1 ORDER BY anno`, func(row pgx.Rows) error {
		var a model.PersonaleAnno
		err := row.Scan(&a.Anno, &a.Dipendenti, &a.PartTime, &a.Uomini, &a.Donne, &a.AbitantiStampati,
			&a.PerMilleStampato, &a.PercUominiStampata, &a.PercDonneStampata)
		p.Personale = append(p.Personale, a)
		return err
	})
}

func loadBenchmark(r *reader, p *model.Plan) error {
	p.Benchmark = []model.Benchmark{}
	return r.each("SELECT id, ordine, descrizione, fonte, anno, valore FROM benchmark WHERE piano_id = $1 ORDER BY ordine, id", func(row pgx.Rows) error {
		var b model.Benchmark
		err := row.Scan(&b.ID, &b.Ordine, &b.Descrizione, &b.Fonte, &b.Anno, &b.Valore)
		p.Benchmark = append(p.Benchmark, b)
		return err
	})
}

func loadServizi(r *reader, p *model.Plan) error {
	partner := map[int64][]string{}
	if err := r.each("SELECT servizio_id, nome FROM servizio_partner WHERE piano_id = $1 ORDER BY servizio_id, posizione", func(row pgx.Rows) error {
		var id int64
		var n string
		err := row.Scan(&id, &n)
		partner[id] = append(partner[id], n)
		return err
	}); err != nil {
		return err
	}
	p.Servizi = []model.ServizioAssociato{}
	return r.each(`SELECT id, ordine, titolo, descrizione, data_sottoscrizione, scadenza,
		durata_illimitata, stato FROM servizio WHERE piano_id = $1 ORDER BY ordine, id`, func(row pgx.Rows) error {
		var s model.ServizioAssociato
		var firma, scad *time.Time
		if err := row.Scan(&s.ID, &s.Ordine, &s.Titolo, &s.Descrizione, &firma, &scad, &s.DurataIllimitata, &s.Stato); err != nil {
			return err
		}
		s.DataSottoscrizione, s.Scadenza = datePtr(firma), datePtr(scad)
		s.Partner = orEmpty(partner[s.ID])
		p.Servizi = append(p.Servizi, s)
		return nil
	})
}

// orEmpty turns nil into an empty slice (see Load on nil versus empty).
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// Dates travel as the server's date type, read into time.Time at
// midnight UTC.

func datePtr(t *time.Time) *model.Date {
	if t == nil {
		return nil
	}
	d := model.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
	return &d
}

func dateVal(t *time.Time) model.Date {
	if t == nil {
		return model.Date{}
	}
	return *datePtr(t)
}
