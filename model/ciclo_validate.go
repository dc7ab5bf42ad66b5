package model

import (
	"fmt"
	"strings"
	"time"
)

// Validation of the cycle's data: what must hold for readings, progress
// notes, overrides and validations to be stored. Every message says where
// the problem is and what is expected, in Italian.

// anni is the span of years the plan's dates may fall in.
type anni struct {
	da, a int
	ok    bool
}

func (p *Plan) anni() anni {
	pi := p.Piano
	da, a := pi.AnnoInizio, pi.AnnoFine
	if da == 0 || a < da {
		da, a = pi.Anno, pi.Anno
	}
	if pi.Anno > 0 {
		da, a = min(da, pi.Anno), max(a, pi.Anno)
	}
	return anni{da, a, da > 0}
}

func (w anni) testo() string {
	if w.da == w.a {
		return fmt.Sprint(w.da)
	}
	return fmt.Sprintf("%d–%d", w.da, w.a)
}

// verifica: a checkpoint falls in the plan's years.
func (w anni) verifica(d Date) string {
	if !w.ok || (d.Year >= w.da && d.Year <= w.a) {
		return ""
	}
	return fmt.Sprintf("la data %s è fuori dagli anni del piano (%s)", d, w.testo())
}

// lettura: readings and completions may be dated until 30 June after the
// plan's last year, when the Relazione is due.
func (w anni) lettura(d Date) string {
	if !w.ok {
		return ""
	}
	from, to := MustDate(w.da, time.January, 1), MustDate(w.a+1, time.June, 30)
	if d.Before(from) || to.Before(d) {
		return fmt.Sprintf("la data %s è fuori dagli anni del piano (%s): sono ammesse date dal %s al %s", d, w.testo(), from, to)
	}
	return ""
}

// validazione: the Nucleo validates within the year after the plan.
func (w anni) validazione(d Date) string {
	if !w.ok || (d.Year >= w.da && d.Year <= w.a+1) {
		return ""
	}
	return fmt.Sprintf("la data %s è fuori dagli anni del piano e della sua validazione (%d–%d)", d, w.da, w.a+1)
}

func (v *validator) addIf(where, msg string) {
	if msg != "" {
		v.add(where + ": " + msg)
	}
}

// validateCiclo checks checkpoints, readings, notes, overrides, phases'
// completion, validations, the SMVP and the indicators of the whole ente.
func (p *Plan) validateCiclo(v *validator) {
	w := p.anni()
	p.SMVP.validate(v)
	verifiche := map[int64]Verifica{}
	dates := map[Date]bool{}
	for i, vf := range p.Verifiche {
		where := fmt.Sprintf("verifica n. %d (%s)", i+1, vf.Data)
		if vf.ID == 0 || verifiche[vf.ID].ID != 0 {
			v.add(fmt.Sprintf("%s: identificativo %d mancante o ripetuto", where, vf.ID))
		}
		verifiche[vf.ID] = vf
		if vf.Data.IsZero() {
			v.add(where + ": manca la data")
			continue
		}
		v.addIf(where, w.verifica(vf.Data))
		if dates[vf.Data] {
			v.add(where + ": c'è già una verifica in questa data")
		}
		dates[vf.Data] = true
	}
	indIDs := map[int64]bool{}
	checkInd := func(where string, ind Indicatore) {
		if ind.ID != 0 && indIDs[ind.ID] {
			v.add(fmt.Sprintf("%s: identificativo %d ripetuto", where, ind.ID))
		}
		indIDs[ind.ID] = true
		p.validateIndicatore(v, where, ind, verifiche, w)
	}
	for i, o := range p.Obiettivi {
		ow := fmt.Sprintf("obiettivo n. %d (%s)", i+1, firstNonEmpty(o.Codice, o.Intestazione()))
		for _, ind := range o.Indicatori {
			checkInd(fmt.Sprintf("%s, indicatore «%s»", ow, ind.Nome), ind)
		}
		seen := map[int64]bool{}
		for _, a := range o.Avanzamenti {
			aw := ow + ", avanzamento " + etichettaVerifica(verifiche, a.VerificaID)
			if verifiche[a.VerificaID].ID == 0 {
				v.add(fmt.Sprintf("%s: la verifica %d non esiste", aw, a.VerificaID))
			}
			if seen[a.VerificaID] {
				v.add(aw + ": avanzamento ripetuto per la stessa verifica")
			}
			seen[a.VerificaID] = true
			p.validateAvanzamento(v, aw, a)
		}
		if val := o.Validazione; val != nil {
			p.validateValidazione(v, ow+", validazione del Nucleo", *val, w)
		}
		for _, f := range o.Fasi {
			p.validateFase(v, fmt.Sprintf("%s, fase «%s»", ow, f.Titolo), f.Completata, f.Completamento, w)
		}
	}
	for _, ind := range p.IndicatoriEnte {
		where := fmt.Sprintf("indicatore dell'ente «%s»", ind.Nome)
		switch ind.Tipo {
		case IndTempo, IndPercentuale, IndNumero, IndSiNo, IndTesto:
		default:
			v.add(fmt.Sprintf("%s: tipo %q sconosciuto", where, ind.Tipo))
		}
		checkInd(where, ind)
	}
	rel := p.Relazione.Validazione
	switch rel.Esito {
	case ValidazioneNonAncora, ValidazioneValidata, ValidazioneConRilievi, ValidazioneNonValidata:
	default:
		v.add(fmt.Sprintf("relazione: esito della validazione %q sconosciuto (%s)", rel.Esito, validazioneEsitiElencati))
	}
	if rel.Data != nil {
		v.addIf("relazione, validazione del Nucleo", w.validazione(*rel.Data))
	}
	if d := p.Relazione.Approvazione.Data; d != nil {
		v.addIf("relazione, approvazione", w.validazione(*d))
	}
}

func etichettaVerifica(vv map[int64]Verifica, id int64) string {
	if vf, ok := vv[id]; ok && vf.ID != 0 {
		return vf.Etichetta()
	}
	return fmt.Sprintf("della verifica %d", id)
}

func (p *Plan) validateIndicatore(v *validator, where string, ind Indicatore, verifiche map[int64]Verifica, w anni) {
	years := map[int]bool{}
	for _, t := range ind.Target {
		if years[t.Anno] {
			if t.Anno == 0 {
				v.add(where + ": più di un target per l'intero triennio")
			} else {
				v.add(fmt.Sprintf("%s: più di un target per l'anno %d", where, t.Anno))
			}
		}
		years[t.Anno] = true
	}
	switch ind.Direzione {
	case DirezioneDalTarget, DirezioneCrescente, DirezioneDecrescente:
	default:
		v.add(fmt.Sprintf("%s: direzione %q sconosciuta (crescente, decrescente)", where, ind.Direzione))
	}
	if ind.Peso < 0 {
		v.add(where + ": il peso non può essere negativo")
	}
	if ind.AnnoBaseline != 0 && (ind.AnnoBaseline < 1900 || ind.AnnoBaseline > 2200) {
		v.add(fmt.Sprintf("%s: l'anno del valore di partenza %d non è valido", where, ind.AnnoBaseline))
	}
	seen := map[int64]bool{}
	for _, r := range ind.Risultati {
		rw := where + ", rilevazione " + etichettaVerifica(verifiche, r.VerificaID)
		if verifiche[r.VerificaID].ID == 0 {
			v.add(fmt.Sprintf("%s: la verifica %d non esiste", rw, r.VerificaID))
		}
		if seen[r.VerificaID] {
			v.add(rw + ": c'è già una rilevazione dell'indicatore per questa verifica")
		}
		seen[r.VerificaID] = true
		p.validateRisultato(v, rw, ind.Tipo, r, w)
	}
}

// validateRisultato checks one reading against its indicator's type.
func (p *Plan) validateRisultato(v *validator, where string, tipo TipoIndicatore, r Risultato, w anni) {
	if r.risultatoV1.isSet() {
		v.add(where + ": contiene campi della versione 1 del formato (finale, validato, raggiungimento_perc, data_validazione), non più usati")
	}
	val, err := LeggiValore(tipo, r.Valore)
	if err != nil {
		v.add(where + ": " + err.Error())
	} else if tipo == IndTempo && !val.Vuoto {
		v.addIf(where+", data di completamento", w.lettura(val.Data))
	}
	if !r.Data.IsZero() {
		v.addIf(where+", data della rilevazione", w.lettura(r.Data))
	}
	p.validateCampi(v, where, r)
}

// validateCampi checks what a reading must hold whatever its indicator:
// a known state, no negative score, an override with its reason.
func (p *Plan) validateCampi(v *validator, where string, r Risultato) {
	if st, err := ParseStato(string(r.Stato)); err != nil || st != r.Stato {
		v.add(fmt.Sprintf("%s: stato %q sconosciuto", where, r.Stato))
	}
	if r.Punteggio != nil && *r.Punteggio < 0 {
		v.add(where + ": il punteggio non può essere negativo")
	}
	if r.Forzatura != nil {
		p.validateForzatura(v, where, *r.Forzatura)
	}
}

func (p *Plan) validateAvanzamento(v *validator, where string, a Avanzamento) {
	if a.Punteggio != nil && *a.Punteggio < 0 {
		v.add(where + ": il punteggio non può essere negativo")
	}
	if a.Forzatura != nil {
		p.validateForzatura(v, where, *a.Forzatura)
	}
}

// validateForzatura: an override needs a written reason, who and when, and
// a degree the SMVP allows.
func (p *Plan) validateForzatura(v *validator, where string, f Forzatura) {
	where += ", raggiungimento inserito a mano"
	if len([]rune(strings.TrimSpace(f.Motivo))) < 3 {
		v.add(where + ": scrivere il motivo (è obbligatorio quando la percentuale non è quella calcolata)")
	}
	if strings.TrimSpace(f.Autore) == "" {
		v.add(where + ": manca chi lo ha inserito")
	}
	if f.Quando.IsZero() {
		v.add(where + ": manca quando è stato inserito")
	}
	v.addIf(where, p.checkPerc(f.Percentuale))
	if f.Calcolata != nil && *f.Calcolata < 0 {
		v.add(where + ": il valore calcolato non può essere negativo")
	}
}

// checkPerc refuses a degree of achievement outside 0 – the SMVP's cap.
func (p *Plan) checkPerc(x float64) string {
	if x < 0 {
		return fmt.Sprintf("%s non è una percentuale possibile: non può essere negativa", FormatPerc(x))
	}
	if t := p.SMVP.Tetto(); x > t+1e-9 {
		return fmt.Sprintf("%s supera il massimo riconosciuto dal sistema di valutazione (%s)", FormatPerc(x), FormatPerc(t))
	}
	return ""
}

func (p *Plan) validateValidazione(v *validator, where string, val Validazione, w anni) {
	if val.Percentuale != nil {
		v.addIf(where, p.checkPerc(*val.Percentuale))
	}
	if val.Data != nil {
		v.addIf(where, w.validazione(*val.Data))
	}
}

func (p *Plan) validateFase(v *validator, where string, done bool, d *Date, w anni) {
	if d == nil {
		return
	}
	if !done {
		v.add(where + ": ha una data di completamento ma non è segnata come completata")
	}
	v.addIf(where+", data di completamento", w.lettura(*d))
}

// ValidaValidazione checks the Nucleo's validation of an objective before
// it is saved.
func (p *Plan) ValidaValidazione(obiettivoID int64, val *Validazione) error {
	v := &validator{}
	o := p.ObiettivoByID(obiettivoID)
	if o == nil {
		v.add(fmt.Sprintf("l'obiettivo %d non esiste", obiettivoID))
	} else if val != nil {
		p.validateValidazione(v, "obiettivo "+firstNonEmpty(o.Codice, o.Intestazione())+", validazione del Nucleo", *val, p.anni())
	}
	return v.err()
}

func (v *validator) err() error {
	if len(v.problems) == 0 {
		return nil
	}
	return &ValidationError{v.problems}
}
