package model

import (
	"math"
	"strconv"
	"strings"
)

// Words for the plan's figures, as documents and the list of changes
// print them. One place, so a sheet and a variation say the same thing;
// the names of kinds and roles are in labels.go.

// TestoNumero writes a figure with no useless decimals: 30, 1,2, 1.363,18.
func TestoNumero(v float64) string {
	if v == math.Trunc(v) {
		return FormatNumber(v, 0)
	}
	s := FormatNumber(v, 2)
	return strings.TrimRight(strings.TrimRight(s, "0"), ",")
}

// TestoPeso is an objective's weight: "30%", "2 punti", "× 1,2".
func TestoPeso(p Peso) string {
	switch p.Tipo {
	case PesoPercentuale:
		return TestoNumero(p.Valore) + "%"
	case PesoPunti:
		if p.Valore == 1 {
			return "1 punto"
		}
		return TestoNumero(p.Valore) + " punti"
	case PesoMoltiplicatore:
		return "× " + testoMoltiplicatore(p.Valore)
	case PesoPrerequisito:
		return "Obiettivo prerequisito (senza peso)"
	}
	return ""
}

// testoMoltiplicatore writes a multiplier with at least one decimal, as
// plans do: 1,0 1,2 1,25.
func testoMoltiplicatore(v float64) string {
	if v*10 == math.Trunc(v*10) {
		return FormatNumber(v, 1)
	}
	return TestoNumero(v)
}

// TestoAnni lists years: "2024, 2025".
func TestoAnni(anni []int) string {
	s := make([]string, len(anni))
	for i, a := range anni {
		s[i] = strconv.Itoa(a)
	}
	return strings.Join(s, ", ")
}

// TestoSiNo is "sì" or "no".
func TestoSiNo(b bool) string {
	if b {
		return "sì"
	}
	return "no"
}
