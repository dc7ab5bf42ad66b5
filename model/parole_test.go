package model

import (
	"strings"
	"testing"
)

func cambiate(tt []Tratto) string {
	var out []string
	for _, t := range tt {
		if t.Cambiato {
			out = append(out, strings.TrimSpace(t.Testo))
		}
	}
	return strings.Join(out, "|")
}

func testo(tt []Tratto) string {
	var b strings.Builder
	for _, t := range tt {
		b.WriteString(t.Testo)
	}
	return b.String()
}

func TestConfrontaParole(t *testing.T) {
	for _, c := range []struct {
		prima, dopo     string
		tolte, aggiunte string
		simili          bool
	}{
		{"Predisposizione del nuovo regolamento di contabilità", "Predisposizione del regolamento di contabilità e dei pagamenti PagoPA",
			"nuovo", "e dei pagamenti PagoPA", true},
		{"08 rilevazioni velocità", "10 rilevazioni velocità", "08", "10", true},
		{"Bilancio", "Relazione sulla performance", "Bilancio", "Relazione sulla performance", false},
		{"", "Nuovo testo", "", "Nuovo testo", false},
	} {
		a, b, simili := ConfrontaParole(c.prima, c.dopo)
		if testo(a) != c.prima || testo(b) != c.dopo {
			t.Fatalf("%q → %q: the runs do not make the texts (%q, %q)", c.prima, c.dopo, testo(a), testo(b))
		}
		if simili != c.simili || cambiate(a) != c.tolte || cambiate(b) != c.aggiunte {
			t.Errorf("%q → %q: gone %q, came %q, similar %v", c.prima, c.dopo, cambiate(a), cambiate(b), simili)
		}
	}
}
