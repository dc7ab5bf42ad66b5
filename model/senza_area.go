package model

import "strings"

// nomeTrasversali is the name of the objectives of no Area when the plan
// gives none and they are not all the Segretario's.
const nomeTrasversali = "Obiettivi trasversali"

// NomeSenzaArea is the name of the objectives of no Area: the one the plan
// gives them (GruppoSenzaArea), else the Segretario's when they are all
// his, else "Obiettivi trasversali". The printouts and the measurement of
// the cycle name the group alike.
func (p *Plan) NomeSenzaArea() string {
	if n := strings.TrimSpace(p.Piano.GruppoSenzaArea); n != "" {
		return n
	}
	if p.SenzaAreaDelSegretario() {
		return "Obiettivi del Segretario comunale"
	}
	return nomeTrasversali
}

// SenzaAreaDelSegretario reports whether the objectives of no Area are all
// the Segretario's: then they are one person's, and their percentage
// weights must add up to 100 like an Area's.
func (p *Plan) SenzaAreaDelSegretario() bool {
	n := 0
	for _, o := range p.Obiettivi {
		if areaObiettivo(p, o) == 0 {
			if !o.Segretario {
				return false
			}
			n++
		}
	}
	return n > 0
}
