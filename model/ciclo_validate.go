package model

import (
	"fmt"
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
	// Years out of bounds are Validate's to report: no date is checked
	// against them.
	return anni{da, a, da >= AnnoMin && a <= AnnoMax}
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

// FinestraLetture is the span of days a reading or a phase's completion
// may be dated in: from 1 January of the plan's first year to 30 June after
// its last, when the Relazione is due. ok is false for a plan with no year.
func (p *Plan) FinestraLetture() (da, a Date, ok bool) {
	w := p.anni()
	if !w.ok {
		return Date{}, Date{}, false
	}
	return MustDate(w.da, time.January, 1), MustDate(w.a+1, time.June, 30), true
}

// lettura: readings and completions may be dated until 30 June after the
// plan's last year, when the Relazione is due.
func (w anni) lettura(d Date) string {
	if !w.ok {
		return ""
	}
	from, to := Date{w.da, time.January, 1}, Date{w.a + 1, time.June, 30}
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
// completion, validations, the SMVP, the Relazione and the indicators of
// the whole ente against the rest of the plan. The limits of each record
// on its own are checked with the record (validate_ciclo_records.go).
func (p *Plan) validateCiclo(v *validator) {
	w := p.anni()
	p.SMVP.validate(v)
	v.relazione(p.Relazione)
	verifiche := map[int64]Verifica{}
	dates := map[Date]bool{}
	v.list("monitoraggio", "verifiche", len(p.Verifiche))
	for i, vf := range p.Verifiche {
		where := fmt.Sprintf("verifica n. %d (%s)", i+1, vf.Data)
		if vf.ID == 0 || verifiche[vf.ID].ID != 0 {
			v.add(fmt.Sprintf("%s: identificativo %d mancante o ripetuto", where, vf.ID))
		}
		verifiche[vf.ID] = vf
		v.verifica(vf)
		if vf.Data.IsZero() {
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
		ow := obiettivoWhere(i+1, o)
		for _, ind := range o.Indicatori {
			checkInd(fmt.Sprintf("%s, indicatore «%s»", ow, clip(ind.Nome)), ind)
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
			p.validateFase(v, fmt.Sprintf("%s, fase «%s»", ow, clip(f.Titolo)), f.Completamento, w)
		}
	}
	v.list("piano", "indicatori dell'ente", len(p.IndicatoriEnte))
	for _, ind := range p.IndicatoriEnte {
		where := indicatoreEnteWhere(ind)
		v.indicatore(where, ind)
		checkInd(where, ind)
	}
	rel := p.Relazione.Validazione
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

// validateRisultato checks one reading against its indicator's type, the
// plan's years and the SMVP's cap.
func (p *Plan) validateRisultato(v *validator, where string, tipo TipoIndicatore, r Risultato, w anni) {
	val, err := LeggiValore(tipo, r.Valore)
	if err != nil {
		v.add(where + ": " + err.Error())
	} else if tipo == IndTempo && !val.Vuoto {
		v.addIf(where+", data di completamento", w.lettura(val.Data))
	}
	if !r.Data.IsZero() {
		v.addIf(where+", data della rilevazione", w.lettura(r.Data))
	}
	p.capForzatura(v, where, r.Forzatura)
}

func (p *Plan) validateAvanzamento(v *validator, where string, a Avanzamento) {
	p.capForzatura(v, where, a.Forzatura)
}

// capForzatura refuses an override above the SMVP's cap; the rest of an
// override (reason, author, time, bounds) is the record's check
// (validator.forzatura).
func (p *Plan) capForzatura(v *validator, where string, f *Forzatura) {
	if f != nil {
		v.addIf(where+", raggiungimento inserito a mano", p.checkCap(f.Percentuale))
	}
}

// checkCap refuses a degree of achievement above the SMVP's cap; below 0
// is refused with the record.
func (p *Plan) checkCap(x float64) string {
	if t := p.SMVP.Tetto(); x > t+1e-9 {
		return fmt.Sprintf("%s supera il massimo riconosciuto dal sistema di valutazione (%s)", FormatPerc(x), FormatPerc(t))
	}
	return ""
}

func (p *Plan) validateValidazione(v *validator, where string, val Validazione, w anni) {
	if val.Percentuale != nil {
		v.addIf(where, p.checkCap(*val.Percentuale))
	}
	if val.Data != nil {
		v.addIf(where, w.validazione(*val.Data))
	}
}

// validateFase checks a phase's completion day against the plan's years.
func (p *Plan) validateFase(v *validator, where string, d *Date, w anni) {
	if d != nil {
		v.addIf(where+", data di completamento", w.lettura(*d))
	}
}

// ValidaValidazione checks the Nucleo's validation of an objective before
// it is saved.
func (p *Plan) ValidaValidazione(obiettivoID int64, val *Validazione) error {
	v := &validator{}
	o := p.ObiettivoByID(obiettivoID)
	if o == nil {
		v.add(fmt.Sprintf("l'obiettivo %d non esiste", obiettivoID))
	} else if val != nil {
		where := obiettivoWhere(0, *o) + ", validazione del Nucleo"
		v.validazione(where, *val)
		p.validateValidazione(v, where, *val, p.anni())
	}
	return v.err()
}

// ValidaRelazione checks the Relazione's texts and acts before they are
// saved: the limits of each field, and the dates of its adoption and of
// the Nucleo's validation within the plan's years and the one after.
func (p *Plan) ValidaRelazione(r Relazione) error {
	v := &validator{}
	v.relazione(r)
	w := p.anni()
	if d := r.Validazione.Data; d != nil {
		v.addIf("relazione, validazione del Nucleo", w.validazione(*d))
	}
	if d := r.Approvazione.Data; d != nil {
		v.addIf("relazione, approvazione", w.validazione(*d))
	}
	return v.err()
}

// ValidaIndicatoreEnte checks an indicator of the whole ente before it is
// saved: its fields, its targets and its readings against the plan's
// checkpoints, years and cap.
func (p *Plan) ValidaIndicatoreEnte(ind Indicatore) error {
	v := &validator{}
	where := indicatoreEnteWhere(ind)
	v.indicatore(where, ind)
	verifiche := make(map[int64]Verifica, len(p.Verifiche))
	for _, vf := range p.Verifiche {
		verifiche[vf.ID] = vf
	}
	p.validateIndicatore(v, where, ind, verifiche, p.anni())
	return v.err()
}
