package model

import "time"

// PianoAnnoSuccessivo is the plan for the following year, made from the
// current one the way every comune works: the same organisation, context,
// objectives and evaluation system, the year and span moved on by one,
// targets and phase dates moved one year on, the checkpoints moved to the
// new year. Each indicator's last measured value becomes its baseline (with
// its year). Readings, progress notes, validations, the Relazione, the
// approval and the deadlines met (with the budget's dates) belong to the
// old year and are left out.
func PianoAnnoSuccessivo(cur *Plan) *Plan {
	p := cur.Clone()
	shift := func(y int) int {
		if y == 0 {
			return 0
		}
		return y + 1
	}
	p.Piano.Anno = shift(p.Piano.Anno)
	p.Piano.AnnoInizio = shift(p.Piano.AnnoInizio)
	p.Piano.AnnoFine = shift(p.Piano.AnnoFine)
	p.Piano.Stato = StatoBozza
	p.Piano.Approvazione = Atto{Organo: p.Piano.Approvazione.Organo}
	p.Relazione = Relazione{Approvazione: Atto{Organo: p.Relazione.Approvazione.Organo}}
	// The deadlines keep the comune's rule; the budget's dates and what was
	// done belong to the old year.
	p.Scadenzario = Scadenzario{Regola: p.Scadenzario.Regola, Giorni: p.Scadenzario.Giorni}
	nextInd := func(ind *Indicatore) {
		if v, anno, ok := ultimoValore(cur, ind.ID); ok {
			ind.Baseline, ind.AnnoBaseline = v, anno
		}
		for k := range ind.Target {
			if ind.Target[k].Anno != 0 {
				ind.Target[k].Anno++
			}
		}
		ind.Risultati = []Risultato{}
	}
	for i := range p.Obiettivi {
		o := &p.Obiettivi[i]
		for j := range o.Anni {
			o.Anni[j]++
		}
		o.StatoAttuazione = ""
		o.Avanzamenti = []Avanzamento{}
		o.Validazione = nil
		for j := range o.Indicatori {
			nextInd(&o.Indicatori[j])
		}
		for j := range o.Fasi {
			ph := &o.Fasi[j]
			ph.Inizio, ph.Fine = nextYearDate(ph.Inizio), nextYearDate(ph.Fine)
			ph.Completata, ph.Completamento = false, nil
		}
	}
	for i := range p.IndicatoriEnte {
		nextInd(&p.IndicatoriEnte[i])
	}
	for i := range p.Verifiche {
		p.Verifiche[i].Data = *nextYearDate(&p.Verifiche[i].Data)
	}
	if len(p.Verifiche) == 0 && p.Piano.Anno > 0 {
		p.Verifiche = VerificheStandard(p.Piano.Anno)
		for i := range p.Verifiche {
			p.Verifiche[i].ID = int64(i + 1)
		}
	}
	NormalizePlan(p)
	return p
}

// ultimoValore is the value of an indicator's latest reading that has one,
// in the program's own form, with the year of that reading's checkpoint.
func ultimoValore(p *Plan, indID int64) (string, int, bool) {
	ind, _ := p.IndicatoreByID(indID)
	if ind == nil {
		return "", 0, false
	}
	var best *Verifica
	val := ""
	for _, r := range ind.Risultati {
		v := p.VerificaByID(r.VerificaID)
		if v == nil {
			continue
		}
		n, err := NormalizzaValore(ind.Tipo, r.Valore)
		if err != nil || n == "" {
			continue
		}
		if best == nil || best.Data.Before(v.Data) {
			best, val = v, n
		}
	}
	if best == nil {
		return "", 0, false
	}
	return val, best.Data.Year, true
}

// nextYearDate moves a date one year on; 29 February becomes 28 February.
func nextYearDate(d *Date) *Date {
	if d == nil {
		return nil
	}
	day := d.Day
	if d.Month == time.February && day == 29 {
		day = 28
	}
	n, err := NewDate(d.Year+1, d.Month, day)
	if err != nil {
		return d
	}
	return &n
}
