package model

import "fmt"

// anniPassati flags the targets and phases that speak of a year before the
// plan's: a target "Entro 31/12/2023" left in the 2024 plan, a phase that
// ends in 2023. Next year's plan moves such years; what it left, or what
// was typed by hand, shows here.
func (c *checker) anniPassati() {
	anno := c.p.Piano.Anno
	if anno == 0 {
		return
	}
	for _, o := range c.p.Obiettivi {
		row := firstNonEmpty(o.Codice, o.Intestazione())
		add := func(campo, valori, msg string) {
			c.add(Finding{Gravita: Avviso, Sezione: SezioneObiettivi, ID: o.ID, Campo: campo, Riga: row, Valori: valori, Messaggio: msg})
		}
		for _, ind := range o.Indicatori {
			for _, t := range ind.Target {
				if y, ok := yearBefore(t.Valore, anno); ok {
					add("indicatori", t.Valore, fmt.Sprintf("Il target dell'indicatore «%s» si riferisce al %d, prima dell'anno del piano (%d).", ind.Nome, y, anno))
				}
			}
		}
		for _, ph := range o.Fasi {
			y, ok := yearBefore(ph.Titolo, anno)
			for _, d := range []*Date{ph.Inizio, ph.Fine} {
				if d != nil && d.Year < anno && (!ok || d.Year > y) {
					y, ok = d.Year, true
				}
			}
			if ok {
				add("fasi", ph.Titolo, fmt.Sprintf("La fase «%s» si riferisce al %d, prima dell'anno del piano (%d).", ph.Titolo, y, anno))
			}
		}
	}
}

// yearBefore is the latest year before anno that s surely speaks of.
func yearBefore(s string, anno int) (int, bool) {
	best, ok := 0, false
	for _, a := range AnniNelTesto(s, anno-10, anno-1) {
		if a.Certo {
			for _, y := range a.Anni {
				if y < anno && y > best {
					best, ok = y, true
				}
			}
		}
	}
	return best, ok
}
