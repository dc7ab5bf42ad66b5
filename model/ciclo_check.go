package model

import (
	"fmt"
	"strings"
)

// SezioneMonitoraggio is the key of the year's monitoring: checkpoints and
// readings.
const SezioneMonitoraggio = "monitoraggio"

// ciclo lists what the year's monitoring lacks on c.oggi: readings missing
// at a checkpoint already passed, year-end degrees nobody judged, phases
// overdue (all three in the monitoring section, where the window opens
// the cell to fill in), objectives that weigh nothing in an Area with
// weights.
func (c *checker) ciclo() {
	p := c.p
	fin := p.VerificaFinale()
	for _, v := range p.Verifiche {
		if !v.Data.Before(c.oggi) {
			continue
		}
		isFinal := fin != nil && fin.ID == v.ID
		for i := range p.Obiettivi {
			o := &p.Obiettivi[i]
			if !o.InMisura(v.Data.Year) {
				continue
			}
			c.letture(v, o.ID, firstNonEmpty(o.Codice, o.Intestazione()), o.Indicatori, isFinal)
		}
		c.letture(v, 0, "Indicatori dell'ente", p.IndicatoriEnte, isFinal)
	}
	for _, o := range p.Obiettivi {
		for _, f := range o.Fasi {
			st := StatoFaseAl(f, c.oggi)
			if st.Completata || !st.InRitardo {
				continue
			}
			c.add(Finding{Gravita: Avviso, Sezione: SezioneMonitoraggio, ID: o.ID, Campo: "fasi", Riga: firstNonEmpty(o.Codice, o.Intestazione()),
				Valori:    fmt.Sprintf("fase «%s», fine prevista %s, ritardo di %d giorni al %s", f.Titolo, f.Fine, st.Giorni, c.oggi),
				Messaggio: "La fase doveva concludersi e non risulta completata: segnarla come completata con la data, oppure indicare la causa del ritardo nel monitoraggio."})
		}
	}
	c.pesiMancanti()
}

// letture reports, for one objective (or the ente's indicators) and a
// passed checkpoint, the indicators with no reading and, at the year-end
// checkpoint, those whose degree is still to be judged.
func (c *checker) letture(v Verifica, obID int64, riga string, ii []Indicatore, isFinal bool) {
	var missing, judge []string
	for i := range ii {
		ind := &ii[i]
		if ind.RisultatoAl(v.ID) == nil {
			missing = append(missing, "«"+ind.Nome+"»")
			continue
		}
		if isFinal {
			// Only what needs a person's judgement: a value still missing or
			// a deadline not yet due has nothing to judge.
			if e := esitoIndicatore(ind, v, c.p.SMVP); e.Percentuale == nil && !e.Letto.Letto() {
				judge = append(judge, fmt.Sprintf("«%s» (%s)", ind.Nome, e.Spiegazione()))
			}
		}
	}
	if len(missing) > 0 {
		c.add(Finding{Gravita: Avviso, Sezione: SezioneMonitoraggio, ID: obID, Campo: "risultati", Riga: riga, VerificaID: v.ID,
			Valori:    fmt.Sprintf("%d indicatori su %d senza rilevazione: %s", len(missing), len(ii), strings.Join(missing, ", ")),
			Messaggio: fmt.Sprintf("La verifica del %s è passata e mancano le rilevazioni.", v.Data)})
	}
	if len(judge) > 0 {
		c.add(Finding{Gravita: Avviso, Sezione: SezioneMonitoraggio, ID: obID, Campo: "raggiungimento", Riga: riga, VerificaID: v.ID,
			Valori:    strings.Join(judge, "; "),
			Messaggio: "Il raggiungimento di fine anno non si può calcolare: indicare lo stato (raggiunto / non raggiunto) o inserire la percentuale con il motivo."})
	}
}

// pesiMancanti: in an Area whose objectives have weights, one without a
// weight counts for nothing in the Area's result.
func (c *checker) pesiMancanti() {
	for _, a := range c.p.Aree() {
		obs := c.p.ObiettiviArea(a.ID)
		pesati := false
		for _, o := range obs {
			switch o.Peso.Tipo {
			case PesoPercentuale, PesoPunti, PesoMoltiplicatore:
				pesati = true
			}
		}
		if !pesati {
			continue
		}
		for _, o := range obs {
			if o.Peso.Tipo == PesoNessuno || (o.Peso.Tipo != PesoPrerequisito && o.Peso.Valore == 0) {
				c.add(Finding{Gravita: Avviso, Sezione: SezioneObiettivi, ID: o.ID, Campo: "peso", Riga: firstNonEmpty(o.Codice, o.Intestazione()),
					Valori:    a.Nome,
					Messaggio: "Gli altri obiettivi dell'Area hanno un peso e questo no: non conta nel risultato dell'Area."})
			}
		}
	}
}
