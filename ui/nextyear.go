package ui

import (
	"time"

	"pianoperformance/model"
)

// nextYear is the plan for the following year, made from the current one
// the way every comune works: the same organisation, context and
// objectives, the year and span moved on by one, targets and phase dates
// moved one year on. Results, progress and the approval belong to the old
// year and are left out.
func nextYear(cur *model.Plan) *model.Plan {
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
	p.Piano.Stato = model.StatoBozza
	p.Piano.Approvazione = model.Atto{Organo: p.Piano.Approvazione.Organo}
	for i := range p.Obiettivi {
		o := &p.Obiettivi[i]
		for j := range o.Anni {
			o.Anni[j]++
		}
		o.StatoAttuazione = ""
		for j := range o.Indicatori {
			ind := &o.Indicatori[j]
			for k := range ind.Target {
				ind.Target[k].Anno++
			}
			ind.Risultati = []model.Risultato{}
		}
		for j := range o.Fasi {
			ph := &o.Fasi[j]
			ph.Inizio, ph.Fine = nextYearDate(ph.Inizio), nextYearDate(ph.Fine)
			ph.Completata = false
		}
	}
	return p
}

// nextYearDate moves a date one year on; 29 February becomes 28 February.
func nextYearDate(d *model.Date) *model.Date {
	if d == nil {
		return nil
	}
	day := d.Day
	if d.Month == time.February && day == 29 {
		day = 28
	}
	n, err := model.NewDate(d.Year+1, d.Month, day)
	if err != nil {
		return d
	}
	return &n
}

// emptyPlan keeps only the comune and starts the year after the current
// plan (or this year): the clerk fills in the rest.
func emptyPlan(cur *model.Plan) *model.Plan {
	anno := time.Now().Year()
	p := &model.Plan{Piano: model.Piano{Titolo: "Piano della Performance e Piano degli Obiettivi", Stato: model.StatoBozza}}
	if cur != nil {
		p.Ente = cur.Ente
		p.Piano.Sezione, p.Piano.Sottosezione = cur.Piano.Sezione, cur.Piano.Sottosezione
		if cur.Piano.Anno != 0 {
			anno = cur.Piano.Anno + 1
		}
	}
	p.Piano.Anno, p.Piano.AnnoInizio, p.Piano.AnnoFine = anno, anno, anno+2
	model.NormalizePlan(p)
	return p
}
