package model

import (
	"fmt"
	"slices"
	"strings"
)

// What a measurement says needs attention and what falls due next: the
// same lists for the dashboard printed for the Giunta and the one in the
// window.

// ClassiEsito name the classes of ClasseEsito, for summary counts.
var ClassiEsito = []string{"raggiunti pienamente (100%)", "raggiunti in parte (dal 50% al 99%)",
	"non raggiunti (sotto il 50%)", "in corso o non valutabili"}

// ClasseEsito sorts a degree for the summary counts: 0 fully reached, 1 in
// part, 2 not reached, 3 in progress or not evaluable.
func ClasseEsito(p *float64) int {
	switch {
	case p == nil:
		return 3
	case *p >= 100-1e-9:
		return 0
	case *p >= 50:
		return 1
	}
	return 2
}

// Rischi counts an objective's indicators in a state that calls for
// action (a rischio, critico, non raggiunto).
func (e *EsitoObiettivo) Rischi() int {
	n := 0
	for _, ei := range e.Indicatori {
		if ei.Risultato != nil && ei.Risultato.Stato.Deviazione() {
			n++
		}
	}
	return n
}

// FasiInRitardo lists the phases of an objective late and not done at a
// date.
func FasiInRitardo(o Obiettivo, al Date) []Fase {
	var out []Fase
	for _, f := range o.Fasi {
		if st := StatoFaseAl(f, al); st.InRitardo && !st.Completata {
			out = append(out, f)
		}
	}
	return out
}

// VoceCruscotto is a line of a dashboard list: what, about which objective, and
// when it falls due (zero for what needs attention now).
type VoceCruscotto struct {
	Quando    Date
	Testo     string
	Obiettivo *Obiettivo
}

// DaSeguire lists what in an Area needs attention at day al: indicators
// in a state of deviation, with their corrective action or cause, and
// phases late.
func (a *EsitoArea) DaSeguire(al Date) []VoceCruscotto {
	var out []VoceCruscotto
	for _, e := range a.Obiettivi {
		o := e.Obiettivo
		for _, ei := range e.Indicatori {
			if r := ei.Risultato; r != nil && r.Stato.Deviazione() {
				t := fmt.Sprintf("%s «%s»: %s", o.Codice, ei.Indicatore.Nome, r.Stato.Etichetta())
				if r.Azione != "" {
					t += " — " + r.Azione
				} else if r.Causa != "" {
					t += " — " + r.Causa
				}
				out = append(out, VoceCruscotto{Testo: t, Obiettivo: o})
			}
		}
		for _, f := range FasiInRitardo(*o, al) {
			out = append(out, VoceCruscotto{Testo: fmt.Sprintf("%s, fase «%s»: in ritardo dal %s", o.Codice, f.Titolo, f.Fine), Obiettivo: o})
		}
	}
	return out
}

// Prossime lists what falls due in an Area after day al, soonest first:
// date targets not yet met and phases not yet done.
func (a *EsitoArea) Prossime(al Date) []VoceCruscotto {
	var out []VoceCruscotto
	for _, e := range a.Obiettivi {
		o := e.Obiettivo
		for _, ei := range e.Indicatori {
			if ei.Letto.Tipo == TargetData && ei.Percentuale == nil && al.Before(ei.Letto.Scadenza) {
				out = append(out, VoceCruscotto{ei.Letto.Scadenza, fmt.Sprintf("%s — %s «%s»", ei.Letto.Scadenza, o.Codice, ei.Indicatore.Nome), o})
			}
		}
		for _, f := range o.Fasi {
			if f.Fine != nil && al.Before(*f.Fine) && !StatoFaseAl(f, al).Completata {
				out = append(out, VoceCruscotto{*f.Fine, fmt.Sprintf("%s — %s, fase «%s»", f.Fine, o.Codice, f.Titolo), o})
			}
		}
	}
	slices.SortStableFunc(out, func(x, y VoceCruscotto) int { return strings.Compare(x.Quando.ISO(), y.Quando.ISO()) })
	return out
}
