package model

import (
	"fmt"
	"strconv"
	"strings"
)

// The comparison of the comune, the plan's description, the chapters and
// the context tables.

func (c *confronto) ente() {
	f := func(p *Plan) []campo {
		e := p.Ente
		stemma := ""
		if len(e.Stemma) > 0 {
			stemma = fmt.Sprintf("immagine di %s byte", FormatInt(len(e.Stemma)))
		}
		return []campo{{"Nome", e.Nome}, {"Provincia", e.Provincia}, {"Regione", e.Regione},
			{"Codice ISTAT", e.CodiceISTAT}, {"Stemma", stemma}}
	}
	c.campi(Modifica{Sezione: SezioneEnte, Oggetto: "Ente"}, "", f(c.a), f(c.b))
	g := func(p *Plan) []campo {
		pi := p.Piano
		return []campo{{"Anno", intText(pi.Anno)}, {"Triennio", triennio(pi)}, {"Titolo", pi.Titolo},
			{"Sezione", pi.Sezione}, {"Sottosezione", pi.Sottosezione}, {"Nome degli obiettivi senza Area", pi.GruppoSenzaArea}}
	}
	c.campi(Modifica{Sezione: SezioneEnte, Oggetto: "Piano"}, "", g(c.a), g(c.b))
}

func triennio(pi Piano) string {
	if pi.AnnoInizio == 0 && pi.AnnoFine == 0 {
		return ""
	}
	return fmt.Sprintf("%d–%d", pi.AnnoInizio, pi.AnnoFine)
}

func intText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func (c *confronto) capitoli() {
	a, b := c.a.Capitoli, c.b.Capitoli
	c.lista(lista{sezione: SezioneEnte, na: len(a), nb: len(b),
		idA: func(i int) int64 { return a[i].ID }, idB: func(j int) int64 { return b[j].ID },
		keyA: func(i int) string { return a[i].Titolo }, keyB: func(j int) string { return b[j].Titolo },
		label: func(p *Plan, i int) string { return "Capitolo «" + strings.TrimSpace(p.Capitoli[i].Titolo) + "»" },
		campi: func(p *Plan, i int) []campo {
			k := p.Capitoli[i]
			return []campo{{"Titolo", k.Titolo}, {"Testo", k.Testo}, {"Tabella introdotta", TitoloSezioneOpt(k.Sezione)}}
		}})
}

// TitoloSezioneOpt is TitoloSezione, or "" for no section.
func TitoloSezioneOpt(key string) string {
	if key == "" {
		return ""
	}
	return TitoloSezione(key)
}

func (c *confronto) territorio() {
	f := func(p *Plan) []campo {
		t := p.Territorio
		var strade, acque []string
		for _, s := range t.Strade {
			strade = append(strade, s.Tipo+": "+TestoNumero(s.Km)+" km")
		}
		for _, r := range t.RisorseIdriche {
			acque = append(acque, r.Tipo+": "+strconv.Itoa(r.Numero))
		}
		dens := ""
		if t.DensitaStampata != nil {
			dens = FormatNumber(*t.DensitaStampata, 2)
		}
		return []campo{
			{"Superficie totale (km²)", TestoNumero(t.SuperficieTotale)}, {"Superficie urbana (km²)", TestoNumero(t.SuperficieUrbana)},
			{"Altitudine (m)", strconv.Itoa(t.Altitudine)}, {"Riferimento dell'altitudine", t.AltitudineRiferimento},
			{"Latitudine", t.Latitudine}, {"Longitudine", t.Longitudine}, {"Regione agraria", t.RegioneAgraria},
			{"Frazioni", strings.Join(t.Frazioni, ", ")}, {"Strade", strings.Join(strade, "\n")},
			{"Risorse idriche", strings.Join(acque, "\n")}, {"Densità stampata (ab/km²)", dens},
		}
	}
	c.campi(Modifica{Sezione: SezioneTerritorio, Oggetto: "Territorio"}, "", f(c.a), f(c.b))
}

func (c *confronto) popolazione() {
	a, b := c.a.Popolazione, c.b.Popolazione
	c.lista(lista{sezione: SezionePopolazione, na: len(a), nb: len(b),
		keyA: func(i int) string { return strconv.Itoa(a[i].Anno) }, keyB: func(j int) string { return strconv.Itoa(b[j].Anno) },
		label: func(p *Plan, i int) string { return "Popolazione " + strconv.Itoa(p.Popolazione[i].Anno) },
		campi: func(p *Plan, i int) []campo {
			r := p.Popolazione[i]
			return []campo{{"Residenti", FormatInt(r.Residenti)}, {"Maschi", FormatInt(r.Maschi)}, {"Femmine", FormatInt(r.Femmine)},
				{"Famiglie", FormatInt(r.Famiglie)}, {"Immigrati", FormatInt(r.Immigrati)}, {"Emigrati", FormatInt(r.Emigrati)},
				{"Nati", FormatInt(r.Nati)}, {"Morti", FormatInt(r.Morti)}, {"Variazione stampata", intPtr(r.VariazioneStampata)}}
		}})
	fa, fb := c.a.Fasce, c.b.Fasce
	fab := c.lista(lista{sezione: SezionePopolazione, na: len(fa), nb: len(fb),
		idA: func(i int) int64 { return fa[i].ID }, idB: func(j int) int64 { return fb[j].ID },
		keyA: func(i int) string { return fa[i].Nome }, keyB: func(j int) string { return fb[j].Nome },
		label: func(p *Plan, i int) string { return "Fascia d'età «" + p.Fasce[i].Nome + "»" },
		campi: func(p *Plan, i int) []campo {
			f := p.Fasce[i]
			return []campo{{"Nome", f.Nome}, {"Età minima", intPtr(f.EtaMin)}, {"Età massima", intPtr(f.EtaMax)}}
		}})
	// Counts are keyed by the band (as matched) and the year.
	fasciaAB := map[int64]int64{}
	for i, j := range fab {
		if j >= 0 {
			fasciaAB[fa[i].ID] = fb[j].ID
		}
	}
	pa, pb := c.a.PopolazioneFasce, c.b.PopolazioneFasce
	keyA := func(i int) string {
		id, ok := fasciaAB[pa[i].FasciaID]
		if !ok {
			return ""
		}
		return fmt.Sprintf("%d/%d", id, pa[i].Anno)
	}
	keyB := func(j int) string { return fmt.Sprintf("%d/%d", pb[j].FasciaID, pb[j].Anno) }
	c.lista(lista{sezione: SezionePopolazione, na: len(pa), nb: len(pb), keyA: keyA, keyB: keyB,
		label: func(p *Plan, i int) string {
			r := p.PopolazioneFasce[i]
			return fmt.Sprintf("Fascia d'età «%s», %d", nomeFascia(p, r.FasciaID), r.Anno)
		},
		campi: func(p *Plan, i int) []campo {
			return []campo{{"Residenti", FormatInt(p.PopolazioneFasce[i].Residenti)}}
		}})
}

func nomeFascia(p *Plan, id int64) string {
	for _, f := range p.Fasce {
		if f.ID == id {
			return f.Nome
		}
	}
	return ""
}

func intPtr(n *int) string {
	if n == nil {
		return ""
	}
	return FormatInt(*n)
}

func floatPtr(f *float64) string {
	if f == nil {
		return ""
	}
	return FormatNumber(*f, 2)
}

func datePtr(d *Date) string {
	if d == nil {
		return ""
	}
	return d.String()
}

func (c *confronto) unita() {
	a, b := c.a.Unita, c.b.Unita
	ab := c.lista(lista{sezione: SezioneOrganizzazione, na: len(a), nb: len(b),
		idA: func(i int) int64 { return a[i].ID }, idB: func(j int) int64 { return b[j].ID },
		keyA: func(i int) string { return a[i].Nome }, keyB: func(j int) string { return b[j].Nome },
		label: func(p *Plan, i int) string { return p.Unita[i].Nome },
		campi: func(p *Plan, i int) []campo {
			u := p.Unita[i]
			sopra := ""
			if up := p.UnitaByID(u.ParentID); up != nil {
				sopra = up.Nome
			}
			return []campo{{"Tipo", u.Tipo.Label()}, {"Nome", u.Nome}, {"Unità superiore", sopra},
				{"Intestazione", u.Intestazione}, {"Responsabile", u.Responsabile}, {"Ruolo del responsabile", u.RuoloResponsabile.Label()},
				{"Dipendenti", intPtr(u.Dipendenti)}, {"Di cui part-time", intPtr(u.PartTime)}}
		}})
	c.unitaAB = map[int64]int64{}
	for i, j := range ab {
		if j >= 0 {
			c.unitaAB[a[i].ID] = b[j].ID
		}
	}
}

func (c *confronto) personale() {
	a, b := c.a.Personale, c.b.Personale
	c.lista(lista{sezione: SezioneOrganizzazione, na: len(a), nb: len(b),
		keyA: func(i int) string { return strconv.Itoa(a[i].Anno) }, keyB: func(j int) string { return strconv.Itoa(b[j].Anno) },
		label: func(p *Plan, i int) string { return "Personale " + strconv.Itoa(p.Personale[i].Anno) },
		campi: func(p *Plan, i int) []campo {
			s := p.Personale[i]
			return []campo{{"Dipendenti", FormatInt(s.Dipendenti)}, {"Part-time", intPtr(s.PartTime)},
				{"Uomini", FormatInt(s.Uomini)}, {"Donne", FormatInt(s.Donne)},
				{"Abitanti stampati", intPtr(s.AbitantiStampati)}, {"Dipendenti per 1.000 abitanti stampati", floatPtr(s.PerMilleStampato)},
				{"% uomini stampata", floatPtr(s.PercUominiStampata)}, {"% donne stampata", floatPtr(s.PercDonneStampata)}}
		}})
}

func (c *confronto) benchmark() {
	a, b := c.a.Benchmark, c.b.Benchmark
	c.lista(lista{sezione: SezioneOrganizzazione, na: len(a), nb: len(b),
		idA: func(i int) int64 { return a[i].ID }, idB: func(j int) int64 { return b[j].ID },
		keyA: func(i int) string { return a[i].Descrizione }, keyB: func(j int) string { return b[j].Descrizione },
		label: func(p *Plan, i int) string { return "Termine di confronto «" + p.Benchmark[i].Descrizione + "»" },
		campi: func(p *Plan, i int) []campo {
			x := p.Benchmark[i]
			return []campo{{"Descrizione", x.Descrizione}, {"Fonte", x.Fonte}, {"Anno", intText(x.Anno)}, {"Valore", FormatNumber(x.Valore, 2)}}
		}})
}

func (c *confronto) servizi() {
	a, b := c.a.Servizi, c.b.Servizi
	c.lista(lista{sezione: SezioneServizi, na: len(a), nb: len(b),
		idA: func(i int) int64 { return a[i].ID }, idB: func(j int) int64 { return b[j].ID },
		keyA: func(i int) string { return a[i].Titolo }, keyB: func(j int) string { return b[j].Titolo },
		label: func(p *Plan, i int) string { return "Servizio «" + p.Servizi[i].Titolo + "»" },
		campi: func(p *Plan, i int) []campo {
			s := p.Servizi[i]
			return []campo{{"Titolo", s.Titolo}, {"Descrizione", s.Descrizione}, {"Comuni partner", strings.Join(s.Partner, ", ")},
				{"Sottoscritto il", datePtr(s.DataSottoscrizione)}, {"Scadenza", datePtr(s.Scadenza)},
				{"Durata illimitata", TestoSiNo(s.DurataIllimitata)}, {"Stato", s.Stato}}
		}})
}
