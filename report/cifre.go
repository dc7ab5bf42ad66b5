package report

import "pianoperformance/model"

// Figures the PDF and the Word document print alike. A figure nobody gave
// is unknown: "–" in a cell, "n.d." for a total, never 0.

// nd stands for a total that is not known.
const nd = "n.d."

// fasceCifre gives, for each age band, its residents in each year ("–"
// when not given), and the totals per year ("n.d." when no band has one).
func fasceCifre(p *model.Plan, anni []int) (rows [][]string, tot []string) {
	sum := make([]int, len(anni))
	known := make([]bool, len(anni))
	for _, f := range p.Fasce {
		r := []string{f.Nome}
		for i, a := range anni {
			n, ok := p.FasciaResidenti(f.ID, a)
			if ok {
				sum[i] += n
				known[i] = true
				r = append(r, intText(n))
			} else {
				r = append(r, "–")
			}
		}
		rows = append(rows, r)
	}
	for i, n := range sum {
		if known[i] {
			tot = append(tot, intText(n))
		} else {
			tot = append(tot, nd)
		}
	}
	return rows, tot
}

// totaliUnita are the staff and part-time totals over the Aree and their
// units, "n.d." when no unit gives the figure.
func totaliUnita(p *model.Plan) (dip, pt string) {
	part, knownPT, knownDip := 0, false, false
	for _, a := range p.Aree() {
		for _, u := range append([]model.Unita{a}, p.Figli(a.ID)...) {
			if u.PartTime != nil {
				part += *u.PartTime
				knownPT = true
			}
			knownDip = knownDip || u.Dipendenti != nil
		}
	}
	dip, pt = nd, nd
	if knownDip {
		dip = model.FormatInt(p.DipendentiTotali())
	}
	if knownPT {
		pt = model.FormatInt(part)
	}
	return dip, pt
}

// dipendentiArea is the staff of a unit and everything below it, "n.d."
// when none of them gives the figure.
func dipendentiArea(p *model.Plan, id int64) string {
	var known func(id int64) bool
	known = func(id int64) bool {
		if u := p.UnitaByID(id); u != nil && u.Dipendenti != nil {
			return true
		}
		for _, c := range p.Figli(id) {
			if known(c.ID) {
				return true
			}
		}
		return false
	}
	if !known(id) {
		return nd
	}
	return intText(p.DipendentiUnita(id))
}
