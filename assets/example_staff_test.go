package assets

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"pianoperformance/model"
)

func unitNamed(p *model.Plan, nome string) (model.Unita, bool) {
	for _, u := range p.Unita {
		if u.Nome == nome {
			return u, true
		}
	}
	return model.Unita{}, false
}

func TestExampleOrganisationAndStaff(t *testing.T) {
	secs := reference(t)
	s := findSection(t, secs, "IL CONTESTO INTERNO")
	p := example(t)

	// Area | Settore | n. dipendenti; a Settore row may leave the Area blank.
	var area model.Unita
	total := 0
	for _, r := range table(t, s, "Area Settore n. dipendenti")[1:] {
		if r[0] != "" {
			u, ok := unitNamed(p, r[0])
			if !ok || u.Tipo != model.TipoArea {
				t.Fatalf("Area %q assente dall'esempio", r[0])
			}
			area = u
		}
		u := area
		if r[1] != "" {
			var ok bool
			if u, ok = unitNamed(p, r[1]); !ok || u.Tipo != model.TipoSettore || u.ParentID != area.ID {
				t.Fatalf("Settore %q assente o non sotto %q", r[1], area.Nome)
			}
			if area.Dipendenti != nil {
				t.Errorf("%q: il documento dà i dipendenti per Settore, non per l'Area", area.Nome)
			}
		}
		n := integer(t, r[2])
		total += n
		if u.Dipendenti == nil || *u.Dipendenti != n {
			t.Errorf("%q: documento %d dipendenti, esempio %s", u.Nome, n, show(u.Dipendenti))
		}
	}
	m := regexp.MustCompile(`\(n\. (\d+) di cui \d+ a tempo parziale\)`).FindStringSubmatch(strings.Join(paragraphs(s), " "))
	if m == nil || integer(t, m[1]) != total {
		t.Errorf("dipendenti per unità: somma %d, il documento dice %v", total, m)
	}

	// Who is responsible: the Segretario for three Areas, an EQ elsewhere.
	for _, u := range p.Unita {
		seg := u.Nome == "Area Amministrativa" || u.Nome == "Area Socio Assistenziale" || u.Nome == "Area Economico Finanziari"
		eq := u.Nome == "Area Polizia Locale – Tributi" || u.Tipo == model.TipoSettore
		switch {
		case seg && (u.RuoloResponsabile != model.RuoloSegretario || u.Responsabile != "Segretario comunale"):
			t.Errorf("%q: responsabile %q (%q), atteso il Segretario comunale", u.Nome, u.Responsabile, u.RuoloResponsabile)
		case eq && (u.RuoloResponsabile != model.RuoloEQ || u.Responsabile != ""):
			t.Errorf("%q: atteso un EQ senza nome, trovato %q (%q)", u.Nome, u.Responsabile, u.RuoloResponsabile)
		case !seg && !eq && u.RuoloResponsabile != model.RuoloNessuno:
			t.Errorf("%q: il documento non indica un responsabile", u.Nome)
		}
	}

	// Staff by year: dipendenti, abitanti and ratio in one table, men and
	// women (N. and %, two cells a year) under a heading of their own.
	staff := table(t, s, " 2018 2019")
	years := staff[0][1:]
	byRow := map[string][]string{}
	for _, r := range staff[1:] {
		byRow[r[0]] = r[1:]
	}
	for _, r := range table(t, findSection(t, secs, "I DIPENDENTI DAL 2017 AL 2022 DISTINTI PER SESSO:"), "")[2:] {
		byRow[r[0]] = r[1:]
	}
	if len(p.Personale) != len(years) {
		t.Fatalf("personale: %d anni nel documento, %d nell'esempio", len(years), len(p.Personale))
	}
	for i, y := range years {
		e := p.Personale[i]
		check := func(what string, printed string, got float64) {
			if printed == "" || num(t, printed) != got {
				t.Errorf("personale %s, %s: documento %q, esempio %v", y, what, printed, got)
			}
		}
		if e.Anno != integer(t, y) {
			t.Fatalf("personale: anno %d, documento %s", e.Anno, y)
		}
		check("dipendenti", byRow["Dipendenti"][i], float64(e.Dipendenti))
		check("abitanti", byRow["Abitanti"][i], float64(deref(e.AbitantiStampati)))
		check("per 1.000 abitanti", byRow["Dipendenti per 1.000 abitanti"][i], derefF(e.PerMilleStampato))
		check("uomini", byRow["Uomini"][2*i], float64(e.Uomini))
		check("% uomini", byRow["Uomini"][2*i+1], derefF(e.PercUominiStampata))
		check("donne", byRow["Donne"][2*i], float64(e.Donne))
		check("% donne", byRow["Donne"][2*i+1], derefF(e.PercDonneStampata))
		check("totale", byRow["Totale"][2*i], float64(e.Dipendenti))
	}
	pt := regexp.MustCompile(`al 31\.12\.(\d{4}) i dipendenti in servizio erano n\. (\d+) di cui (\d+) a tempo parziale`).FindStringSubmatch(strings.Join(paragraphs(s), " "))
	if pt == nil {
		t.Fatal("nota sul tempo parziale non trovata nel documento")
	}
	for _, e := range p.Personale {
		if e.Anno == integer(t, pt[1]) {
			if e.Dipendenti != integer(t, pt[2]) || e.PartTime == nil || *e.PartTime != integer(t, pt[3]) {
				t.Errorf("personale %d: %d dipendenti, part time %s; documento %q", e.Anno, e.Dipendenti, show(e.PartTime), pt[0])
			}
		} else if e.PartTime != nil {
			t.Errorf("personale %d: part time non indicato dal documento", e.Anno)
		}
	}

	bench := table(t, s, "Media dipendenti")
	if len(bench) != len(p.Benchmark) {
		t.Fatalf("benchmark: %d nel documento, %d nell'esempio", len(bench), len(p.Benchmark))
	}
	for i, r := range bench {
		b := p.Benchmark[i]
		if b.Descrizione+" anno "+itoa(b.Anno) != r[0] || b.Valore != num(t, r[1]) {
			t.Errorf("benchmark %d: esempio %+v, documento %q", i+1, b, r)
		}
	}
}

func deref(p *int) int {
	if p == nil {
		return -1
	}
	return *p
}

func derefF(p *float64) float64 {
	if p == nil {
		return -1
	}
	return *p
}

func itoa(n int) string { return strconv.Itoa(n) }

// show prints an optional figure for a failure message.
func show(p *int) string {
	if p == nil {
		return "non indicato"
	}
	return itoa(*p)
}
