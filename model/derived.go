package model

import "sort"

// Derived figures. They are computed from the stored data every time and
// never stored, so they cannot drift from it.

// Popolazione returns the record of a year.
func (p *Plan) PopolazioneDi(anno int) (PopolazioneAnno, bool) {
	for _, r := range p.Popolazione {
		if r.Anno == anno {
			return r, true
		}
	}
	return PopolazioneAnno{}, false
}

// UltimaPopolazione is the most recent yearly record.
func (p *Plan) UltimaPopolazione() (PopolazioneAnno, bool) {
	var best PopolazioneAnno
	found := false
	for _, r := range p.Popolazione {
		if !found || r.Anno > best.Anno {
			best, found = r, true
		}
	}
	return best, found
}

// Variazione is the change in residents from the year before; ok is false
// when the year before is missing.
func (p *Plan) Variazione(anno int) (int, bool) {
	cur, ok1 := p.PopolazioneDi(anno)
	prev, ok2 := p.PopolazioneDi(anno - 1)
	if !ok1 || !ok2 {
		return 0, false
	}
	return cur.Residenti - prev.Residenti, true
}

// SaldoNaturale is births minus deaths.
func (r PopolazioneAnno) SaldoNaturale() int { return r.Nati - r.Morti }

// SaldoMigratorio is immigrants minus emigrants.
func (r PopolazioneAnno) SaldoMigratorio() int { return r.Immigrati - r.Emigrati }

// Saldo is the natural plus the migratory balance: the yearly change as the
// registry's movements explain it.
func (r PopolazioneAnno) Saldo() int { return r.SaldoNaturale() + r.SaldoMigratorio() }

// Densita is inhabitants per km²; ok is false without a surface.
func (t Territorio) Densita(residenti int) (float64, bool) {
	if t.SuperficieTotale <= 0 {
		return 0, false
	}
	return float64(residenti) / t.SuperficieTotale, true
}

// DensitaAttuale is the density on the latest population record.
func (p *Plan) DensitaAttuale() (densita float64, anno int, ok bool) {
	r, found := p.UltimaPopolazione()
	if !found {
		return 0, 0, false
	}
	d, ok := p.Territorio.Densita(r.Residenti)
	return d, r.Anno, ok
}

// KmStrade is the total length of roads.
func (t Territorio) KmStrade() float64 {
	var s float64
	for _, r := range t.Strade {
		s += r.Km
	}
	return s
}

// PersonaleDi returns the staff record of a year.
func (p *Plan) PersonaleDi(anno int) (PersonaleAnno, bool) {
	for _, r := range p.Personale {
		if r.Anno == anno {
			return r, true
		}
	}
	return PersonaleAnno{}, false
}

// PerMille is staff per 1,000 inhabitants in a year, from the population
// table; ok is false when that year's residents are unknown.
func (p *Plan) PerMille(anno int) (float64, bool) {
	s, ok1 := p.PersonaleDi(anno)
	r, ok2 := p.PopolazioneDi(anno)
	if !ok1 || !ok2 || r.Residenti <= 0 {
		return 0, false
	}
	return float64(s.Dipendenti) * 1000 / float64(r.Residenti), true
}

// PercUomini is the share of men on staff, in percent.
func (s PersonaleAnno) PercUomini() float64 { return perc(s.Uomini, s.Dipendenti) }

// PercDonne is the share of women on staff, in percent.
func (s PersonaleAnno) PercDonne() float64 { return perc(s.Donne, s.Dipendenti) }

func perc(n, tot int) float64 {
	if tot == 0 {
		return 0
	}
	return float64(n) * 100 / float64(tot)
}

// FasciaResidenti is the count of a band in a year.
func (p *Plan) FasciaResidenti(fasciaID int64, anno int) (int, bool) {
	for _, r := range p.PopolazioneFasce {
		if r.FasciaID == fasciaID && r.Anno == anno {
			return r.Residenti, true
		}
	}
	return 0, false
}

// AnniFasce lists the years that have age-band counts, ascending.
func (p *Plan) AnniFasce() []int {
	seen := map[int]bool{}
	var out []int
	for _, r := range p.PopolazioneFasce {
		if !seen[r.Anno] {
			seen[r.Anno] = true
			out = append(out, r.Anno)
		}
	}
	sort.Ints(out)
	return out
}

// UnitaByID finds a unit; nil if there is none.
func (p *Plan) UnitaByID(id int64) *Unita {
	for i := range p.Unita {
		if p.Unita[i].ID == id {
			return &p.Unita[i]
		}
	}
	return nil
}

// Aree lists the top-level units in order.
func (p *Plan) Aree() []Unita {
	var out []Unita
	for _, u := range p.Unita {
		if u.ParentID == 0 {
			out = append(out, u)
		}
	}
	return out
}

// Figli lists the direct children of a unit in order.
func (p *Plan) Figli(id int64) []Unita {
	var out []Unita
	for _, u := range p.Unita {
		if u.ParentID == id && id != 0 {
			out = append(out, u)
		}
	}
	return out
}

// AreaDi climbs the tree to the Area a unit belongs to (itself for an Area).
func (p *Plan) AreaDi(id int64) *Unita {
	seen := map[int64]bool{}
	u := p.UnitaByID(id)
	for u != nil && u.ParentID != 0 && !seen[u.ID] {
		seen[u.ID] = true
		u = p.UnitaByID(u.ParentID)
	}
	return u
}

// DipendentiUnita is the staff of a unit and everything below it.
func (p *Plan) DipendentiUnita(id int64) int {
	n := 0
	if u := p.UnitaByID(id); u != nil && u.Dipendenti != nil {
		n = *u.Dipendenti
	}
	for _, c := range p.Figli(id) {
		n += p.DipendentiUnita(c.ID)
	}
	return n
}

// DipendentiTotali is the staff over the whole organisation.
func (p *Plan) DipendentiTotali() int {
	n := 0
	for _, a := range p.Aree() {
		n += p.DipendentiUnita(a.ID)
	}
	return n
}

// ObiettiviArea lists the objectives of an Area, in order.
func (p *Plan) ObiettiviArea(areaID int64) []Obiettivo {
	var out []Obiettivo
	for _, o := range p.Obiettivi {
		if o.AreaID == areaID {
			out = append(out, o)
		}
	}
	return out
}

// TotalePesi sums the weights of an Area's objectives of one weight kind.
// Prerequisites carry no weight and are left out.
func (p *Plan) TotalePesi(areaID int64, tipo TipoPeso) float64 {
	var s float64
	for _, o := range p.ObiettiviArea(areaID) {
		if o.Peso.Tipo == tipo {
			s += o.Peso.Valore
		}
	}
	return s
}

// ObiettivoByID finds an objective; nil if there is none.
func (p *Plan) ObiettivoByID(id int64) *Obiettivo {
	for i := range p.Obiettivi {
		if p.Obiettivi[i].ID == id {
			return &p.Obiettivi[i]
		}
	}
	return nil
}

// NomiUnita is the list of responsible units of an objective, as text.
func (p *Plan) NomiUnita(o Obiettivo) []string {
	if o.TutteLeUnita {
		return []string{"Tutte le unità organizzative"}
	}
	var out []string
	for _, id := range o.UnitaIDs {
		if u := p.UnitaByID(id); u != nil {
			out = append(out, u.Nome)
		}
	}
	return out
}
