package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"pianoperformance/model"
)

// Load reads the whole plan in one transaction, so it is a consistent
// snapshot.
//
// Order, the same as model.NormalizePlan: records with Ordine by (Ordine,
// ID); yearly records, targets and Anni by year; PopolazioneFasce by the
// band's (Ordine, ID), then year; results by date, then ID; UnitaIDs and
// Mesi ascending; frazioni, strade, risorse idriche and partners as saved.
//
// Nil versus empty: list fields whose json tag has no omitempty come back as
// non-nil empty slices, so JSON shows []; omitempty fields (Fase.Mesi,
// Ente.Stemma) come back nil when empty. Load after ReplacePlan(p) therefore
// equals p whenever p is normalised (model.NormalizePlan).
func (s *Store) Load(ctx context.Context) (*model.Plan, error) {
	p := &model.Plan{}
	if err := s.Read(ctx, func(r model.Reader) error { return r.ReadParts(p, model.AllParts) }); err != nil {
		return nil, fmt.Errorf("lettura del piano non riuscita: %w", err)
	}
	return p, nil
}

// partReaders read each part of the plan, in Load's order.
var partReaders = []struct {
	part model.Parts
	read func(context.Context, *sql.Tx, *model.Plan) error
}{
	{model.PartEnte, loadEnte}, {model.PartPiano, loadPiano}, {model.PartCapitoli, loadCapitoli},
	{model.PartTerritorio, loadTerritorio}, {model.PartPopolazione, loadPopolazione},
	{model.PartFasce, loadFasce}, {model.PartUnita, loadUnita}, {model.PartPersonale, loadPersonale},
	{model.PartBenchmark, loadBenchmark}, {model.PartServizi, loadServizi},
	{model.PartObiettivi, func(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
		var err error
		p.Obiettivi, err = loadObiettivi(ctx, tx, nil)
		return err
	}},
	{model.PartScadenzario, func(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
		p.Scadenzario = model.Scadenzario{}
		return loadScadenzario(ctx, tx, p)
	}},
	{model.PartQualita, func(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
		p.ConfermeQualita = nil
		return loadConferme(ctx, tx, p)
	}},
	{model.PartVerifiche, loadVerifiche}, {model.PartSMVP, loadSMVP}, {model.PartRelazione, loadRelazione},
	{model.PartIndicatoriEnte, func(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
		ind, err := loadIndicatori(ctx, tx, enteOnly)
		p.IndicatoriEnte = orEmpty(ind[0])
		return err
	}},
}

// loadPlan reads the whole plan inside tx.
func loadPlan(ctx context.Context, tx *sql.Tx) (*model.Plan, error) {
	p := &model.Plan{}
	return p, reader{ctx, tx}.ReadParts(p, model.AllParts)
}

// ReadParts replaces the given parts of p with what the file holds.
func (r reader) ReadParts(p *model.Plan, parts model.Parts) error {
	for _, pr := range partReaders {
		if parts.Has(pr.part) {
			if err := pr.read(r.ctx, r.tx, p); err != nil {
				return fmt.Errorf("lettura del piano non riuscita: %w", err)
			}
		}
	}
	return nil
}

// Obiettivi reads the objectives with the given IDs that the file holds.
func (r reader) Obiettivi(ids []int64) ([]model.Obiettivo, error) {
	if ids == nil {
		ids = []int64{}
	}
	out, err := loadObiettivi(r.ctx, r.tx, ids)
	if err != nil {
		return nil, fmt.Errorf("lettura degli obiettivi non riuscita: %w", err)
	}
	return out, nil
}

// each runs query and calls scan for every row.
func each(ctx context.Context, tx *sql.Tx, query string, scan func(*sql.Rows) error, args ...any) error {
	rows, err := tx.QueryContext(ctx, query, args...)
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

func loadEnte(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
	p.Ente = model.Ente{}
	e := &p.Ente
	err := tx.QueryRowContext(ctx, "SELECT nome, provincia, regione, codice_istat, stemma FROM ente WHERE id = 1").
		Scan(&e.Nome, &e.Provincia, &e.Regione, &e.CodiceISTAT, &e.Stemma)
	if len(e.Stemma) == 0 {
		e.Stemma = nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	return err
}

func loadPiano(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
	p.Piano = model.Piano{}
	pi := &p.Piano
	var stato string
	var data sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT anno, anno_inizio, anno_fine, titolo, sezione, sottosezione, stato,
		approvazione_organo, approvazione_numero, approvazione_data, gruppo_senza_area FROM piano WHERE id = 1`).
		Scan(&pi.Anno, &pi.AnnoInizio, &pi.AnnoFine, &pi.Titolo, &pi.Sezione, &pi.Sottosezione, &stato,
			&pi.Approvazione.Organo, &pi.Approvazione.Numero, &data, &pi.GruppoSenzaArea)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	pi.Stato = model.StatoPiano(stato)
	pi.Approvazione.Data, err = datePtr(data)
	return err
}

func loadCapitoli(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
	p.Capitoli = []model.Capitolo{}
	return each(ctx, tx, "SELECT id, ordine, titolo, testo, sezione FROM capitolo ORDER BY ordine, id", func(r *sql.Rows) error {
		var c model.Capitolo
		err := r.Scan(&c.ID, &c.Ordine, &c.Titolo, &c.Testo, &c.Sezione)
		p.Capitoli = append(p.Capitoli, c)
		return err
	})
}

func loadTerritorio(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
	p.Territorio = model.Territorio{}
	t := &p.Territorio
	var dens sql.NullFloat64
	err := tx.QueryRowContext(ctx, `SELECT superficie_totale, superficie_urbana, altitudine, altitudine_riferimento,
		latitudine, longitudine, regione_agraria, densita_stampata FROM territorio WHERE id = 1`).
		Scan(&t.SuperficieTotale, &t.SuperficieUrbana, &t.Altitudine, &t.AltitudineRiferimento,
			&t.Latitudine, &t.Longitudine, &t.RegioneAgraria, &dens)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	t.DensitaStampata = floatPtr(dens)
	t.Frazioni, t.Strade, t.RisorseIdriche = []string{}, []model.Strada{}, []model.RisorsaIdrica{}
	if err := each(ctx, tx, "SELECT nome FROM frazione ORDER BY posizione", func(r *sql.Rows) error {
		var f string
		err := r.Scan(&f)
		t.Frazioni = append(t.Frazioni, f)
		return err
	}); err != nil {
		return err
	}
	if err := each(ctx, tx, "SELECT tipo, km FROM strada ORDER BY posizione", func(r *sql.Rows) error {
		var s model.Strada
		err := r.Scan(&s.Tipo, &s.Km)
		t.Strade = append(t.Strade, s)
		return err
	}); err != nil {
		return err
	}
	return each(ctx, tx, "SELECT tipo, numero FROM risorsa_idrica ORDER BY posizione", func(r *sql.Rows) error {
		var ri model.RisorsaIdrica
		err := r.Scan(&ri.Tipo, &ri.Numero)
		t.RisorseIdriche = append(t.RisorseIdriche, ri)
		return err
	})
}

func loadPopolazione(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
	p.Popolazione = []model.PopolazioneAnno{}
	return each(ctx, tx, `SELECT anno, residenti, maschi, femmine, famiglie, immigrati, emigrati, nati, morti,
		variazione_stampata FROM popolazione ORDER BY anno`, func(r *sql.Rows) error {
		var a model.PopolazioneAnno
		var v sql.NullInt64
		err := r.Scan(&a.Anno, &a.Residenti, &a.Maschi, &a.Femmine, &a.Famiglie, &a.Immigrati,
			&a.Emigrati, &a.Nati, &a.Morti, &v)
		a.VariazioneStampata = intPtr(v)
		p.Popolazione = append(p.Popolazione, a)
		return err
	})
}

func loadFasce(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
	p.Fasce = []model.FasciaEta{}
	if err := each(ctx, tx, "SELECT id, ordine, nome, eta_min, eta_max FROM fascia_eta ORDER BY ordine, id", func(r *sql.Rows) error {
		var f model.FasciaEta
		var lo, hi sql.NullInt64
		err := r.Scan(&f.ID, &f.Ordine, &f.Nome, &lo, &hi)
		f.EtaMin, f.EtaMax = intPtr(lo), intPtr(hi)
		p.Fasce = append(p.Fasce, f)
		return err
	}); err != nil {
		return err
	}
	p.PopolazioneFasce = []model.PopolazioneFascia{}
	return each(ctx, tx, `SELECT pf.fascia_id, pf.anno, pf.residenti FROM popolazione_fascia pf
		JOIN fascia_eta f ON f.id = pf.fascia_id ORDER BY f.ordine, f.id, pf.anno`, func(r *sql.Rows) error {
		var pf model.PopolazioneFascia
		err := r.Scan(&pf.FasciaID, &pf.Anno, &pf.Residenti)
		p.PopolazioneFasce = append(p.PopolazioneFasce, pf)
		return err
	})
}

func loadUnita(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
	p.Unita = []model.Unita{}
	return each(ctx, tx, `SELECT id, parent_id, ordine, tipo, nome, intestazione, responsabile,
		ruolo_responsabile, dipendenti, part_time FROM unita ORDER BY ordine, id`, func(r *sql.Rows) error {
		var u model.Unita
		var parent, dip, pt sql.NullInt64
		var tipo, ruolo string
		err := r.Scan(&u.ID, &parent, &u.Ordine, &tipo, &u.Nome, &u.Intestazione, &u.Responsabile,
			&ruolo, &dip, &pt)
		u.ParentID, u.Tipo, u.RuoloResponsabile = idFrom(parent), model.TipoUnita(tipo), model.Ruolo(ruolo)
		u.Dipendenti, u.PartTime = intPtr(dip), intPtr(pt)
		p.Unita = append(p.Unita, u)
		return err
	})
}

func loadPersonale(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
	p.Personale = []model.PersonaleAnno{}
	return each(ctx, tx, `SELECT anno, dipendenti, part_time, uomini, donne, abitanti_stampati,
		per_mille_stampato, perc_uomini_stampata, perc_donne_stampata FROM personale ORDER BY anno`, func(r *sql.Rows) error {
		var a model.PersonaleAnno
		var pt, ab sql.NullInt64
		var pm, pu, pd sql.NullFloat64
		err := r.Scan(&a.Anno, &a.Dipendenti, &pt, &a.Uomini, &a.Donne, &ab, &pm, &pu, &pd)
		a.PartTime, a.AbitantiStampati = intPtr(pt), intPtr(ab)
		a.PerMilleStampato, a.PercUominiStampata, a.PercDonneStampata = floatPtr(pm), floatPtr(pu), floatPtr(pd)
		p.Personale = append(p.Personale, a)
		return err
	})
}

func loadBenchmark(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
	p.Benchmark = []model.Benchmark{}
	return each(ctx, tx, "SELECT id, ordine, descrizione, fonte, anno, valore FROM benchmark ORDER BY ordine, id", func(r *sql.Rows) error {
		var b model.Benchmark
		err := r.Scan(&b.ID, &b.Ordine, &b.Descrizione, &b.Fonte, &b.Anno, &b.Valore)
		p.Benchmark = append(p.Benchmark, b)
		return err
	})
}

func loadServizi(ctx context.Context, tx *sql.Tx, p *model.Plan) error {
	partner := map[int64][]string{}
	if err := each(ctx, tx, "SELECT servizio_id, nome FROM servizio_partner ORDER BY servizio_id, posizione", func(r *sql.Rows) error {
		var id int64
		var n string
		err := r.Scan(&id, &n)
		partner[id] = append(partner[id], n)
		return err
	}); err != nil {
		return err
	}
	p.Servizi = []model.ServizioAssociato{}
	return each(ctx, tx, `SELECT id, ordine, titolo, descrizione, data_sottoscrizione, scadenza,
		durata_illimitata, stato FROM servizio ORDER BY ordine, id`, func(r *sql.Rows) error {
		var s model.ServizioAssociato
		var firma, scad sql.NullString
		if err := r.Scan(&s.ID, &s.Ordine, &s.Titolo, &s.Descrizione, &firma, &scad, &s.DurataIllimitata, &s.Stato); err != nil {
			return err
		}
		var err1, err2 error
		s.DataSottoscrizione, err1 = datePtr(firma)
		s.Scadenza, err2 = datePtr(scad)
		s.Partner = partner[s.ID]
		if s.Partner == nil {
			s.Partner = []string{}
		}
		p.Servizi = append(p.Servizi, s)
		return errors.Join(err1, err2)
	})
}
