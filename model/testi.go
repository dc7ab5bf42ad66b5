package model

import (
	"math"
	"strconv"
	"strings"
)

// Words for the plan's coded fields, as documents and the list of changes
// print them. One place, so a sheet and a variation say the same thing.

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

// TestoTipoIndicatore names an indicator's kind.
func TestoTipoIndicatore(t TipoIndicatore) string {
	switch t {
	case IndTempo:
		return "Tempo / data"
	case IndPercentuale:
		return "Percentuale"
	case IndNumero:
		return "Numero"
	case IndSiNo:
		return "Sì / No"
	case IndTesto:
		return "Testo"
	}
	return string(t)
}

// TestoLivello names an objective's level; "" when none is stated.
func TestoLivello(l Livello) string {
	switch l {
	case LivelloStrategico:
		return "Obiettivo strategico"
	case LivelloOperativo:
		return "Obiettivo operativo"
	case LivelloEsecutivo:
		return "Obiettivo esecutivo"
	case LivelloAzione:
		return "Azione"
	}
	return ""
}

// TestoNatura names maintenance and development; "" when not stated.
func TestoNatura(n Natura) string {
	switch n {
	case NaturaMantenimento:
		return "Mantenimento"
	case NaturaSviluppo:
		return "Sviluppo"
	}
	return ""
}

// TestoSiNo is "sì" or "no".
func TestoSiNo(b bool) string {
	if b {
		return "sì"
	}
	return "no"
}
