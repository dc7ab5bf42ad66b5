package model

import (
	"fmt"
	"strings"
)

func (c *checker) obiettivi() {
	pi := c.p.Piano
	codes := map[string]int{}
	for _, o := range c.p.Obiettivi {
		if o.Codice != "" {
			codes[o.Codice]++
		}
	}
	for _, o := range c.p.Obiettivi {
		row := o.Codice
		if row == "" {
			row = o.Intestazione()
		}
		f := func(g Gravita, campo, valori, msg string) {
			c.add(Finding{Gravita: g, Sezione: SezioneObiettivi, ID: o.ID, Campo: campo, Riga: row, Valori: valori, Messaggio: msg})
		}
		if codes[o.Codice] > 1 {
			f(Avviso, "codice", o.Codice, fmt.Sprintf("Il codice è usato da %d obiettivi.", codes[o.Codice]))
		}
		// A code and a description are enough: many plans give no title.
		if strings.TrimSpace(o.Titolo) == "" && strings.TrimSpace(o.Descrizione) == "" {
			f(Errore, "titolo", "", "L'obiettivo non ha né un titolo né una descrizione.")
		}
		if o.AreaID == 0 && !o.TutteLeUnita {
			f(Avviso, "area_id", "", "L'obiettivo non è assegnato ad alcuna Area.")
		}
		if len(o.Anni) == 0 {
			f(Errore, "anni", "", "L'obiettivo non indica gli anni interessati: va riferito a un periodo (D.Lgs 150/2009 art. 5).")
		}
		for _, a := range o.Anni {
			if pi.AnnoInizio != 0 && (a < pi.AnnoInizio || a > pi.AnnoFine) {
				f(Avviso, "anni", fmt.Sprint(a), fmt.Sprintf("L'anno %d è fuori dal triennio del piano %d–%d.", a, pi.AnnoInizio, pi.AnnoFine))
			}
		}
		if o.Livello != LivelloStrategico && len(o.Indicatori) == 0 {
			f(Errore, "indicatori", "", "L'obiettivo non ha indicatori: non è misurabile (D.Lgs 150/2009 art. 5).")
		}
		for _, ind := range o.Indicatori {
			if !hasTarget(ind) {
				f(Errore, "indicatori", ind.Nome, fmt.Sprintf("L'indicatore «%s» non ha un target.", ind.Nome))
			}
		}
		switch o.Peso.Tipo {
		case PesoMoltiplicatore:
			if o.Peso.Valore < 1 || o.Peso.Valore > 1.4 {
				f(Avviso, "peso", FormatNumber(o.Peso.Valore, 2), "Il moltiplicatore è fuori dall'intervallo usuale 1,0–1,4.")
			}
		case PesoPrerequisito:
			if o.Peso.Valore != 0 {
				f(Avviso, "peso", FormatNumber(o.Peso.Valore, 2), "Un obiettivo prerequisito non ha peso: il valore sarà ignorato.")
			}
		}
		for _, ph := range o.Fasi {
			if ph.Inizio != nil && ph.Fine != nil && ph.Fine.Before(*ph.Inizio) {
				f(Errore, "fasi", ph.Titolo, fmt.Sprintf("La fase «%s» finisce (%s) prima di iniziare (%s).", ph.Titolo, ph.Fine, ph.Inizio))
			}
		}
	}
	c.pesiPercentuali()
}

func hasTarget(ind Indicatore) bool {
	for _, t := range ind.Target {
		if strings.TrimSpace(t.Valore) != "" {
			return true
		}
	}
	return false
}

// pesiPercentuali checks that percentage weights sum to 100 in each Area
// that uses them.
func (c *checker) pesiPercentuali() {
	for _, a := range c.p.Aree() {
		n := 0
		for _, o := range c.p.ObiettiviArea(a.ID) {
			if o.Peso.Tipo == PesoPercentuale {
				n++
			}
		}
		if n == 0 {
			continue
		}
		if tot := c.p.TotalePesi(a.ID, PesoPercentuale); !sameRounded(tot, 100, 2) {
			c.add(Finding{Gravita: Errore, Sezione: SezioneObiettivi, ID: a.ID, Campo: "peso", Riga: a.Nome,
				Valori:    fmt.Sprintf("totale dei pesi %s%% su %d obiettivi", FormatNumber(tot, 2), n),
				Messaggio: "I pesi percentuali degli obiettivi dell'Area non sommano a 100."})
		}
	}
}
