package model

import "strconv"

// The comparison of what the performance cycle added to the plan as
// adopted: the indicators of the whole ente, with their targets, and the
// comune's evaluation system. Readings and the rest of the year's
// monitoring are not variations (see Confronta).

func (c *confronto) indicatoriEnte() {
	base := Modifica{Sezione: SezioneObiettivi, Oggetto: "Indicatori dell'ente"}
	c.indicatoriDi(base, c.a.IndicatoriEnte, c.b.IndicatoriEnte)
}

func (c *confronto) smvp() {
	f := func(p *Plan) []campo {
		s := p.SMVP
		return []campo{{"Massimo riconosciuto", FormatPerc(s.Tetto())}, {"Scadenze non rispettate", s.DescriviRitardo()},
			{"Fasce di incentivo", s.DescriviFasce()}, {"Obiettivi prerequisito", s.DescriviPrerequisito()}}
	}
	c.campi(Modifica{Sezione: SezioneEnte, Oggetto: "Sistema di misurazione e valutazione"}, "", f(c.a), f(c.b))
}

// annoTarget names a target's year; 0 is a target for the whole span.
func annoTarget(y int) string {
	if y == 0 {
		return "per l'intero triennio"
	}
	return strconv.Itoa(y)
}

func testoDirezione(d Direzione) string {
	switch d {
	case DirezioneCrescente:
		return "più alto è meglio"
	case DirezioneDecrescente:
		return "più basso è meglio"
	}
	return ""
}
