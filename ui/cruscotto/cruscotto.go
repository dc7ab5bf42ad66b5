// Package cruscotto is the dashboard of the year's cycle, as panels of
// the start screen: how far each Area got at the latest checkpoint (with
// the chart of the printed dashboard), the objectives that need
// attention, and what falls due next for the objectives. Tapping an
// objective opens it in the Monitoraggio.
package cruscotto

import (
	"fyne.io/fyne/v2/lang"

	"pianoperformance/model"
	"pianoperformance/ui/inizio"
	"pianoperformance/ui/session"
)

// Misura is what the panels show: the plan measured at the checkpoint
// the dashboard is about, on day Oggi.
type Misura struct {
	Plan *model.Plan
	Val  *model.Valutazione // nil when the plan has no checkpoint
	Oggi model.Date
}

// Misurare measures the plan at the checkpoint the year has reached: the
// latest already past on day oggi, else the first.
func Misurare(p *model.Plan, oggi model.Date) *Misura {
	m := &Misura{Plan: p, Oggi: oggi}
	var v *model.Verifica
	for i := range p.Verifiche { // in date order
		if !oggi.Before(p.Verifiche[i].Data) {
			v = &p.Verifiche[i]
		}
	}
	if v == nil && len(p.Verifiche) > 0 {
		v = &p.Verifiche[0]
	}
	if v != nil {
		m.Val, _ = model.Valuta(p, v.ID)
	}
	return m
}

// Panels are the dashboard's panels on a session, for the start screen:
// the progress per Area, the objectives to follow, what falls due next
// for the objectives; goTo opens an objective in the Monitoraggio.
func Panels(s *session.Session, goTo func(session.Target)) []inizio.Panel {
	return []inizio.Panel{newAree(s), newAttenzione(s, goTo), newProssime(s, goTo)}
}

// misura measures the session's plan on the session's day.
func misura(s *session.Session) *Misura { return Misurare(s.Plan, s.Oggi()) }

func perc(p *float64) string {
	if p == nil {
		return "—"
	}
	return model.FormatPerc(*p)
}

// validato is " (validato 92%)" or nothing.
func validato(p *float64) string {
	if p == nil {
		return ""
	}
	return lang.L("cruscotto.validato", map[string]any{"Perc": model.FormatPerc(*p)})
}
