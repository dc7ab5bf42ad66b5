package model

import (
	"fmt"
	"math"
	"strings"
)

// Check lists every place where the plan's stored or printed figures
// disagree with each other or with what can be derived from them, and every
// objective that lacks what D.Lgs 150/2009 art. 5 asks (a measurable target,
// a period), and, in the year's monitoring, the readings missing after a
// checkpoint and the phases overdue today. Findings are not errors: the
// plan stays usable.
func Check(p *Plan) []Finding { return CheckAl(p, Oggi()) }

// CheckAl is Check on the given day, for the findings that depend on it.
func CheckAl(p *Plan, oggi Date) []Finding {
	c := &checker{p: p, oggi: oggi}
	c.ente()
	c.territorio()
	c.popolazione()
	c.fasce()
	c.personale()
	c.organizzazione()
	c.servizi()
	c.obiettivi()
	c.anniPassati()
	c.ciclo()
	c.out = append(c.out, CheckQualita(p)...)
	return c.out
}

type checker struct {
	p    *Plan
	oggi Date
	out  []Finding
}

func (c *checker) add(f Finding) { c.out = append(c.out, f) }

// sameRounded tells whether printed, shown with the given decimals, is the
// rounding of the derived value: the document prints two decimals, so a
// difference up to half a hundredth is rounding, not an error.
func sameRounded(printed, derived float64, decimals int) bool {
	return math.Abs(printed-derived) <= 0.5*math.Pow(10, -float64(decimals))+1e-9
}

func (c *checker) ente() {
	pi := c.p.Piano
	if pi.AnnoInizio != 0 && pi.AnnoFine != 0 && (pi.Anno < pi.AnnoInizio || pi.Anno > pi.AnnoFine) {
		c.add(Finding{Gravita: Errore, Sezione: SezioneEnte, Campo: "anno", Riga: "Piano",
			Valori:    fmt.Sprintf("anno %d, triennio %d–%d", pi.Anno, pi.AnnoInizio, pi.AnnoFine),
			Messaggio: "L'anno del piano non cade nel triennio indicato."})
	}
	if (pi.Stato == StatoAdottato || pi.Stato == StatoVariato) && (pi.Approvazione.Numero == "" || pi.Approvazione.Data == nil) {
		c.add(Finding{Gravita: Avviso, Sezione: SezioneEnte, Campo: "approvazione", Riga: "Atto di approvazione",
			Valori:    fmt.Sprintf("stato %s, delibera n. %q del %s", pi.Stato, pi.Approvazione.Numero, dateText(pi.Approvazione.Data)),
			Messaggio: "Il piano risulta adottato ma mancano il numero o la data della delibera: le schede la stamperanno in bianco."})
	}
}

func (c *checker) territorio() {
	t := c.p.Territorio
	if t.SuperficieUrbana > t.SuperficieTotale && t.SuperficieTotale > 0 {
		c.add(Finding{Gravita: Errore, Sezione: SezioneTerritorio, Campo: "superficie_urbana_kmq", Riga: "Superficie",
			Valori:    fmt.Sprintf("urbana %s km² > totale %s km²", FormatNumber(t.SuperficieUrbana, 2), FormatNumber(t.SuperficieTotale, 2)),
			Messaggio: "La superficie urbana supera quella totale."})
	}
	if t.DensitaStampata == nil {
		return
	}
	d, anno, ok := c.p.DensitaAttuale()
	if !ok || sameRounded(*t.DensitaStampata, d, 2) {
		return
	}
	r, _ := c.p.PopolazioneDi(anno)
	c.add(Finding{Gravita: Errore, Sezione: SezioneTerritorio, Campo: "densita_stampata", Riga: "Densità demografica",
		Valori: fmt.Sprintf("stampata %s ab/km², calcolata %s ab/km² (%s residenti al %d su %s km²); la stampata corrisponde a circa %s abitanti",
			FormatNumber(*t.DensitaStampata, 2), FormatNumber(d, 2), FormatInt(r.Residenti), anno,
			FormatNumber(t.SuperficieTotale, 2), FormatInt(int(math.Round(*t.DensitaStampata*t.SuperficieTotale)))),
		Messaggio: "La densità demografica stampata non corrisponde ai residenti dell'ultimo anno: il programma stampa quella calcolata."})
}

func (c *checker) popolazione() {
	for _, r := range c.p.Popolazione {
		row := fmt.Sprint(r.Anno)
		if r.Maschi+r.Femmine != r.Residenti {
			c.add(Finding{Gravita: Errore, Sezione: SezionePopolazione, Anno: r.Anno, Campo: "maschi", Riga: row,
				Valori: fmt.Sprintf("maschi %s + femmine %s = %s, residenti %s (differenza %s)", FormatInt(r.Maschi), FormatInt(r.Femmine),
					FormatInt(r.Maschi+r.Femmine), FormatInt(r.Residenti), FormatInt(r.Maschi+r.Femmine-r.Residenti)),
				Messaggio: "Maschi e femmine non sommano ai residenti."})
		}
		if r.Famiglie > r.Residenti {
			c.add(Finding{Gravita: Errore, Sezione: SezionePopolazione, Anno: r.Anno, Campo: "famiglie", Riga: row,
				Valori:    fmt.Sprintf("famiglie %s, residenti %s", FormatInt(r.Famiglie), FormatInt(r.Residenti)),
				Messaggio: "Le famiglie sono più dei residenti."})
		}
		diff, hasPrev := c.p.Variazione(r.Anno)
		if r.VariazioneStampata != nil && hasPrev && *r.VariazioneStampata != diff {
			prev, _ := c.p.PopolazioneDi(r.Anno - 1)
			c.add(Finding{Gravita: Errore, Sezione: SezionePopolazione, Anno: r.Anno, Campo: "variazione_stampata", Riga: row,
				Valori: fmt.Sprintf("stampata %s, calcolata %s (%s − %s)", FormatInt(*r.VariazioneStampata), FormatInt(diff),
					FormatInt(r.Residenti), FormatInt(prev.Residenti)),
				Messaggio: "La variazione stampata non è la differenza dei residenti dall'anno precedente."})
		}
		if hasPrev && diff != r.Saldo() {
			c.add(Finding{Gravita: Avviso, Sezione: SezionePopolazione, Anno: r.Anno, Campo: "residenti", Riga: row,
				Valori: fmt.Sprintf("variazione dei residenti %s; nati %s − morti %s + immigrati %s − emigrati %s = %s",
					FormatInt(diff), FormatInt(r.Nati), FormatInt(r.Morti), FormatInt(r.Immigrati), FormatInt(r.Emigrati), FormatInt(r.Saldo())),
				Messaggio: "La variazione dei residenti non è spiegata dal saldo naturale e migratorio: verificare residenti e movimenti (o rettifiche anagrafiche)."})
		}
	}
}

func (c *checker) fasce() {
	if len(c.p.Fasce) == 0 {
		return
	}
	for _, anno := range c.p.AnniFasce() {
		sum, missing := 0, 0
		for _, f := range c.p.Fasce {
			n, ok := c.p.FasciaResidenti(f.ID, anno)
			if !ok {
				missing++
			}
			sum += n
		}
		r, ok := c.p.PopolazioneDi(anno)
		switch {
		case missing > 0:
			c.add(Finding{Gravita: Avviso, Sezione: SezionePopolazione, Anno: anno, Campo: "fasce_eta", Riga: fmt.Sprintf("Fasce d'età %d", anno),
				Valori: fmt.Sprintf("%d fasce senza dato", missing), Messaggio: "Alcune fasce d'età non hanno il numero di residenti per l'anno."})
		case ok && sum != r.Residenti:
			c.add(Finding{Gravita: Errore, Sezione: SezionePopolazione, Anno: anno, Campo: "fasce_eta", Riga: fmt.Sprintf("Fasce d'età %d", anno),
				Valori:    fmt.Sprintf("somma delle fasce %s, residenti %s", FormatInt(sum), FormatInt(r.Residenti)),
				Messaggio: "La somma delle fasce d'età non corrisponde ai residenti dell'anno."})
		}
	}
}

func (c *checker) personale() {
	for _, s := range c.p.Personale {
		row := fmt.Sprint(s.Anno)
		if s.Uomini+s.Donne != s.Dipendenti {
			c.add(Finding{Gravita: Errore, Sezione: SezioneOrganizzazione, Anno: s.Anno, Campo: "uomini", Riga: row,
				Valori:    fmt.Sprintf("uomini %d + donne %d = %d, dipendenti %d", s.Uomini, s.Donne, s.Uomini+s.Donne, s.Dipendenti),
				Messaggio: "Uomini e donne non sommano ai dipendenti."})
		}
		if s.PartTime != nil && *s.PartTime > s.Dipendenti {
			c.add(Finding{Gravita: Errore, Sezione: SezioneOrganizzazione, Anno: s.Anno, Campo: "part_time", Riga: row,
				Valori: fmt.Sprintf("part-time %d, dipendenti %d", *s.PartTime, s.Dipendenti), Messaggio: "I dipendenti a tempo parziale sono più dei dipendenti."})
		}
		r, hasPop := c.p.PopolazioneDi(s.Anno)
		if s.AbitantiStampati != nil && hasPop && *s.AbitantiStampati != r.Residenti {
			c.add(Finding{Gravita: Errore, Sezione: SezioneOrganizzazione, Anno: s.Anno, Campo: "abitanti_stampati", Riga: row,
				Valori:    fmt.Sprintf("stampati %s, residenti nella tabella della popolazione %s", FormatInt(*s.AbitantiStampati), FormatInt(r.Residenti)),
				Messaggio: "Gli abitanti della tabella del personale non sono i residenti della tabella della popolazione."})
		}
		if pm, ok := c.p.PerMille(s.Anno); ok && s.PerMilleStampato != nil && !sameRounded(*s.PerMilleStampato, pm, 2) {
			c.add(Finding{Gravita: Avviso, Sezione: SezioneOrganizzazione, Anno: s.Anno, Campo: "per_mille_stampato", Riga: row,
				Valori: fmt.Sprintf("stampato %s, calcolato %s (%d dipendenti su %s abitanti × 1.000)",
					FormatNumber(*s.PerMilleStampato, 2), FormatNumber(pm, 2), s.Dipendenti, FormatInt(r.Residenti)),
				Messaggio: "I dipendenti per 1.000 abitanti stampati non sono l'arrotondamento del valore calcolato."})
		}
		c.percentuale(s, "uomini", s.PercUominiStampata, s.PercUomini())
		c.percentuale(s, "donne", s.PercDonneStampata, s.PercDonne())
	}
}

func (c *checker) percentuale(s PersonaleAnno, chi string, printed *float64, derived float64) {
	if printed == nil || s.Dipendenti == 0 || sameRounded(*printed, derived, 2) {
		return
	}
	c.add(Finding{Gravita: Avviso, Sezione: SezioneOrganizzazione, Anno: s.Anno, Campo: "perc_" + chi + "_stampata", Riga: fmt.Sprint(s.Anno),
		Valori:    fmt.Sprintf("stampata %s%%, calcolata %s%%", FormatNumber(*printed, 2), FormatNumber(derived, 2)),
		Messaggio: fmt.Sprintf("La percentuale di %s stampata non corrisponde ai dipendenti.", chi)})
}

func (c *checker) organizzazione() {
	for _, u := range c.p.Unita {
		if u.PartTime != nil && u.Dipendenti != nil && *u.PartTime > *u.Dipendenti {
			c.add(Finding{Gravita: Errore, Sezione: SezioneOrganizzazione, ID: u.ID, Campo: "part_time", Riga: u.Nome,
				Valori: fmt.Sprintf("part-time %d, dipendenti %d", *u.PartTime, *u.Dipendenti), Messaggio: "L'unità ha più dipendenti part-time che dipendenti."})
		}
	}
}

func (c *checker) servizi() {
	for _, s := range c.p.Servizi {
		if s.Scadenza != nil && s.DataSottoscrizione != nil && s.Scadenza.Before(*s.DataSottoscrizione) {
			c.add(Finding{Gravita: Errore, Sezione: SezioneServizi, ID: s.ID, Campo: "scadenza", Riga: s.Titolo,
				Valori:    fmt.Sprintf("sottoscritto il %s, scadenza %s", s.DataSottoscrizione, s.Scadenza),
				Messaggio: "La scadenza precede la sottoscrizione."})
		}
		if s.Scadenza != nil && c.p.Piano.Anno > 0 && s.Scadenza.Year < c.p.Piano.Anno && strings.EqualFold(s.Stato, "attivo") {
			c.add(Finding{Gravita: Avviso, Sezione: SezioneServizi, ID: s.ID, Campo: "stato", Riga: s.Titolo,
				Valori:    fmt.Sprintf("scadenza %s, stato %q, piano %d", s.Scadenza, s.Stato, c.p.Piano.Anno),
				Messaggio: "Il servizio risulta attivo ma la convenzione è scaduta prima dell'anno del piano."})
		}
	}
}

func dateText(d *Date) string {
	if d == nil {
		return "—"
	}
	return d.String()
}
