package model

import "fmt"

// Revisione is what next year's plan changed in one text, and what it
// left for the clerk to look at.
type Revisione struct {
	Dove  string   // "Obiettivo EF.1 › indicatore «Tempistica» › target 2024"
	Cambi []string // "31/12/2023 → 31/12/2024"
	Dubbi []string // "«45/2023»: numero di un atto di quell'anno"
}

// PianoAnnoSuccessivoConTesti is PianoAnnoSuccessivo that also moves the
// years written inside the texts (titles, descriptions, targets, phases,
// chapters) one year on where it is sure they are the plan's, and lists
// every change and every year it left alone, for review.
func PianoAnnoSuccessivoConTesti(cur *Plan) (*Plan, []Revisione) {
	p := PianoAnnoSuccessivo(cur)
	anno := cur.Piano.Anno
	if anno == 0 {
		return p, nil
	}
	// The years a plan speaks of: the one before (last year's figures) to
	// the end of its three years and one beyond.
	lo, hi := anno-1, max(anno+3, cur.Piano.AnnoFine+1)
	var out []Revisione
	move := func(dove string, s *string) {
		nu, cambi, dubbi := SpostaAnniNelTesto(*s, lo, hi, 1)
		if len(cambi) > 0 || len(dubbi) > 0 {
			out = append(out, Revisione{Dove: dove, Cambi: cambi, Dubbi: dubbi})
		}
		*s = nu
	}
	for i := range p.Capitoli {
		c := &p.Capitoli[i]
		dove := fmt.Sprintf("Capitolo «%s»", c.Titolo)
		move(dove+" › titolo", &c.Titolo)
		move(dove, &c.Testo)
	}
	for i := range p.Obiettivi {
		o := &p.Obiettivi[i]
		dove := "Obiettivo " + firstNonEmpty(o.Codice, o.Intestazione())
		move(dove+" › titolo", &o.Titolo)
		move(dove+" › descrizione", &o.Descrizione)
		move(dove+" › risorse", &o.Risorse)
		move(dove+" › personale", &o.Personale)
		move(dove+" › note", &o.Note)
		for j := range o.Indicatori {
			moveIndicatore(move, dove+" › ", &o.Indicatori[j])
		}
		for j := range o.Fasi {
			move(fmt.Sprintf("%s › fase «%s»", dove, o.Fasi[j].Titolo), &o.Fasi[j].Titolo)
		}
	}
	for i := range p.IndicatoriEnte {
		moveIndicatore(move, "Indicatori dell'ente › ", &p.IndicatoriEnte[i])
	}
	return p, out
}

// moveIndicatore moves the years in an indicator's texts: its name, each
// target, how it is verified and its notes.
func moveIndicatore(move func(dove string, s *string), dove string, ind *Indicatore) {
	di := fmt.Sprintf("%sindicatore «%s»", dove, ind.Nome)
	move(di, &ind.Nome)
	for k := range ind.Target {
		move(fmt.Sprintf("%s › target %d", di, ind.Target[k].Anno), &ind.Target[k].Valore)
	}
	move(di+" › criterio di verifica", &ind.Criterio)
	move(di+" › note", &ind.Note)
}
