package model

import (
	"fmt"
	"math"
	"strings"
)

// The checks of the performance cycle's records on their own, in the
// style of validate_records.go: lengths, ranges, known kinds. What needs
// the rest of the plan (checkpoints that exist, values that fit their
// indicator, dates within the plan's years, the SMVP's cap) is
// Plan.ValidaMonitoraggio's and Validate's business.

// CheckMonitoraggio checks every record of a batch of monitoring changes.
func CheckMonitoraggio(m *Monitoraggio) error {
	return check(func(v *validator) { v.monitoraggio(m) })
}

// CheckValidazione checks the Nucleo's validation of an objective; nil
// (no validation) passes.
func CheckValidazione(val *Validazione) error {
	return check(func(v *validator) {
		if val != nil {
			v.validazione("validazione del Nucleo", *val)
		}
	})
}

// CheckSMVP checks the evaluation system (the same as SMVP.Valida).
func CheckSMVP(s SMVP) error { return s.Valida() }

// CheckRelazione checks the texts, the adoption and the validation of the
// Relazione sulla performance.
func CheckRelazione(r Relazione) error { return check(func(v *validator) { v.relazione(r) }) }

// CheckIndicatore checks an indicator with its targets and readings: an
// indicator of the whole ente (Plan.IndicatoriEnte).
func CheckIndicatore(in Indicatore) error {
	return check(func(v *validator) { v.indicatore(indicatoreEnteWhere(in), in) })
}

func indicatoreEnteWhere(in Indicatore) string {
	return fmt.Sprintf("indicatore dell'ente «%s»", clip(in.Nome))
}

func (v *validator) monitoraggio(m *Monitoraggio) {
	v.list("monitoraggio", "verifiche", len(m.Verifiche))
	for _, vf := range m.Verifiche {
		v.verifica(vf)
	}
	v.list("monitoraggio", "rilevazioni", len(m.Risultati)+len(m.RisultatiRimossi))
	for _, rd := range m.Risultati {
		v.risultato(fmt.Sprintf("indicatore %d, rilevazione", rd.IndicatoreID), rd.Risultato)
	}
	v.list("monitoraggio", "avanzamenti", len(m.Avanzamenti)+len(m.AvanzamentiRimossi))
	for _, ad := range m.Avanzamenti {
		v.avanzamento(fmt.Sprintf("obiettivo %d, avanzamento", ad.ObiettivoID), ad.Avanzamento)
	}
	v.list("monitoraggio", "fasi", len(m.Fasi))
	for _, sf := range m.Fasi {
		v.completamento(fmt.Sprintf("fase %d", sf.FaseID), sf.Completata, sf.Completamento)
	}
}

// completamento checks a phase's completion day: a real date, and only on
// a phase marked done.
func (v *validator) completamento(where string, done bool, d *Date) {
	v.date(where, "la data di completamento", d)
	if d != nil && !done {
		v.add(where + ": ha una data di completamento ma non è segnata come completata")
	}
}

func (v *validator) verifica(vf Verifica) {
	where := "verifica " + vf.Etichetta()
	if vf.Data.IsZero() {
		v.add("verifica: manca la data")
	}
	v.date(where, "la data", &vf.Data)
	v.text(where, MaxRiga, "il titolo", vf.Titolo)
}

// risultato checks a reading: its state, texts, score, override and date.
func (v *validator) risultato(where string, r Risultato) {
	if !r.Data.IsZero() {
		where += " del " + r.Data.String()
	}
	if r.risultatoV1.isSet() {
		v.add(where + ": contiene campi della versione 1 del formato (finale, validato, raggiungimento_perc, data_validazione), non più usati")
	}
	if st, err := ParseStato(string(r.Stato)); err != nil || st != r.Stato {
		v.add(fmt.Sprintf("%s: stato %q sconosciuto", where, r.Stato))
	}
	v.date(where, "la data della rilevazione", &r.Data)
	v.text(where, MaxRiga, "il valore", r.Valore)
	v.text(where, MaxTesto, "la causa dello scostamento", r.Causa, "l'azione correttiva", r.Azione, "le note", r.Note)
	v.optNumber(where, "il punteggio", r.Punteggio, 0, MaxPunteggio)
	if r.Forzatura != nil {
		v.forzatura(where, *r.Forzatura)
	}
}

func (v *validator) avanzamento(where string, a Avanzamento) {
	v.text(where, MaxTesto, "la nota", a.Nota, "l'esito", a.Esito)
	v.optNumber(where, "il punteggio", a.Punteggio, 0, MaxPunteggio)
	if a.Forzatura != nil {
		v.forzatura(where, *a.Forzatura)
	}
}

// forzatura: an override needs a written reason, who and when; its degree
// is bounded here, and by the SMVP's cap where the plan is known
// (Plan.checkPerc).
func (v *validator) forzatura(where string, f Forzatura) {
	where += ", raggiungimento inserito a mano"
	if len([]rune(strings.TrimSpace(f.Motivo))) < 3 {
		v.add(where + ": scrivere il motivo (è obbligatorio quando la percentuale non è quella calcolata)")
	}
	if strings.TrimSpace(f.Autore) == "" {
		v.add(where + ": manca chi lo ha inserito")
	}
	if f.Quando.IsZero() {
		v.add(where + ": manca quando è stato inserito")
	} else if y := f.Quando.Year(); y < AnnoMin || y > AnnoMax {
		v.limit(where, "il momento dell'inserimento", fmt.Sprintf("l'anno %d non è valido (deve essere tra %d e %d)", y, AnnoMin, AnnoMax))
	}
	v.text(where, MaxTesto, "il motivo", f.Motivo)
	v.text(where, MaxRiga, "chi lo ha inserito", f.Autore)
	v.perc(where, "la percentuale", f.Percentuale)
	v.optNumber(where, "il valore calcolato", f.Calcolata, 0, MaxRaggiungimento)
}

func (v *validator) validazione(where string, val Validazione) {
	if val.Percentuale != nil {
		v.perc(where, "la percentuale validata", *val.Percentuale)
	}
	v.date(where, "la data", val.Data)
	v.text(where, MaxCodice, "il numero del verbale", val.Verbale)
	v.text(where, MaxTesto, "le osservazioni", val.Note)
}

func (v *validator) relazione(r Relazione) {
	const where = "relazione"
	v.text(where, MaxTesto, "la sintesi", r.Sintesi, "il contesto", r.Contesto,
		"il bilancio di genere", r.BilancioGenere, "l'avvertenza", r.Avvertenza)
	v.atto(where+", approvazione", r.Approvazione)
	val := r.Validazione
	switch val.Esito {
	case ValidazioneNonAncora, ValidazioneValidata, ValidazioneConRilievi, ValidazioneNonValidata:
	default:
		v.add(fmt.Sprintf("%s: esito della validazione %q sconosciuto (%s)", where, val.Esito, validazioneEsitiElencati))
	}
	v.date(where+", validazione del Nucleo", "la data", val.Data)
	v.text(where+", validazione del Nucleo", MaxCodice, "il numero del verbale", val.Verbale)
	v.text(where+", validazione del Nucleo", MaxTesto, "le osservazioni", val.Note)
}

// perc checks a degree of achievement: not negative, not absurd (the
// SMVP's own cap is checked where the plan is known).
func (v *validator) perc(where, what string, x float64) {
	if x < 0 {
		v.at(fmt.Sprintf("%s: %s non è una percentuale possibile: non può essere negativa", where, FormatPerc(x)),
			"non può essere negativa")
		return
	}
	v.number(where, what, x, 0, MaxRaggiungimento)
}

// finite refuses NaN and infinities, which compare false with any bound.
func (v *validator) finite(where, what string, f float64) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		v.limit(where, what, "non è un numero")
	}
}
