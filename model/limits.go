package model

import (
	"fmt"
	"math"
	"unicode/utf8"
)

// Input limits. They are generous: real plans stay far below every one of
// them (docs/affidabilita.md lists them with the reasons). What they stop is
// the absurd value that would overflow a sum, freeze a screen or a printout,
// or fill the memory. The window, the JSON import and the store all refuse
// the same things, because all three call the checks of this file.
const (
	AnnoMin = 1900 // years of the plan and of its tables
	AnnoMax = 2100

	MaxCodice = 50      // codes: objective, ISTAT, act number (characters)
	MaxRiga   = 1_000   // one-line texts: names, titles, targets
	MaxTesto  = 100_000 // long texts: chapters, descriptions, notes
	MaxVoci   = 10_000  // entries of one list (localities, indicators of an objective, partners…)

	MaxAbitanti       = 10_000_000 // residents, families, movements of a year
	MaxDipendenti     = 100_000    // staff of the ente or of a unit
	MaxConteggio      = 10_000_000 // any other count typed in a table
	MaxKmq            = 20_000     // surface in km²
	MaxKm             = 100_000    // length of roads of one type
	MaxAltitudine     = 5_000      // metres, and as deep below sea level as -MaxAltitudine/10
	MaxEta            = 150        // age bands
	MaxPerMille       = 1_000      // staff per 1,000 inhabitants
	MaxDensita        = 1_000_000  // inhabitants per km²
	MaxPercentuale    = 100        // shares (men, women, percentage weights)
	MaxRaggiungimento = 1_000      // % achieved: may exceed 100, not without bound
	MaxPunteggio      = 10_000     // score of a result, points of a weight
	MaxMoltiplicatore = 10         // multiplier weights (1.0–1.4 in practice)
)

// The messages share one shape: where, what, the value, the bounds.

func (v *validator) years(where string, optional bool, pairs ...any) {
	for i := 0; i+1 < len(pairs); i += 2 {
		y := pairs[i+1].(int)
		if optional && y == 0 {
			continue
		}
		if y < AnnoMin || y > AnnoMax {
			v.limit(where, pairs[i].(string), fmt.Sprintf("%d non è valido (deve essere tra %d e %d)", y, AnnoMin, AnnoMax))
		}
	}
}

// intRange checks whole numbers against [lo, hi].
func (v *validator) intRange(where, what string, n, lo, hi int) {
	if n < lo || n > hi {
		v.limit(where, what, fmt.Sprintf("%s è fuori dai limiti (da %s a %s)", FormatInt(n), FormatInt(lo), FormatInt(hi)))
	}
}

// counts checks name/value pairs of counts against [0, hi]; nil pointers
// (figures the plan leaves blank) pass.
func (v *validator) counts(where string, hi int, pairs ...any) {
	for i := 0; i+1 < len(pairs); i += 2 {
		switch n := pairs[i+1].(type) {
		case int:
			v.count(where, pairs[i].(string), n, hi)
		case *int:
			if n != nil {
				v.count(where, pairs[i].(string), *n, hi)
			}
		}
	}
}

func (v *validator) count(where, what string, n, hi int) {
	if n < 0 {
		v.add(fmt.Sprintf("%s: %s non può essere negativo (%s)", where, what, FormatInt(n)))
		return
	}
	if n > hi {
		v.limit(where, what, fmt.Sprintf("%s è oltre il massimo ammesso (%s)", FormatInt(n), FormatInt(hi)))
	}
}

// number checks a decimal figure: finite and within [lo, hi].
func (v *validator) number(where, what string, f, lo, hi float64) {
	switch {
	case math.IsNaN(f) || math.IsInf(f, 0):
		v.limit(where, what, "non è un numero")
	case f < 0 && lo == 0:
		v.add(fmt.Sprintf("%s: %s non può essere negativo (%s)", where, what, FormatNumber(f, 2)))
	case f < lo || f > hi:
		v.limit(where, what, fmt.Sprintf("%s è fuori dai limiti (da %s a %s)", FormatNumber(f, 2), FormatNumber(lo, 0), FormatNumber(hi, 0)))
	}
}

func (v *validator) optNumber(where, what string, f *float64, lo, hi float64) {
	if f != nil {
		v.number(where, what, *f, lo, hi)
	}
}

// text checks name/value pairs of texts against a length in characters.
func (v *validator) text(where string, max int, pairs ...string) {
	for i := 0; i+1 < len(pairs); i += 2 {
		if n := utf8.RuneCountInString(pairs[i+1]); n > max {
			v.limit(where, pairs[i], fmt.Sprintf("testo troppo lungo: %s caratteri, al massimo %s", FormatInt(n), FormatInt(max)))
		}
	}
}

func (v *validator) list(where, what string, n int) {
	if n > MaxVoci {
		v.add(fmt.Sprintf("%s: troppe voci in %s (%s, al massimo %s)", where, what, FormatInt(n), FormatInt(MaxVoci)))
	}
}

// date checks that a date, when set, falls in the plan's era.
func (v *validator) date(where, what string, d *Date) {
	if d != nil && !d.IsZero() && (d.Year < AnnoMin || d.Year > AnnoMax) {
		v.limit(where, what, fmt.Sprintf("%s non è valida (l'anno deve essere tra %d e %d)", d.String(), AnnoMin, AnnoMax))
	}
}

// CheckYear is the window's check of a typed year: the same bounds and
// message as the rest of the model.
func CheckYear(y int) error {
	if y < AnnoMin || y > AnnoMax {
		return fmt.Errorf("l'anno deve essere compreso tra %d e %d", AnnoMin, AnnoMax)
	}
	return nil
}

// CheckCount is the window's check of a typed count.
func CheckCount(n int) error {
	switch {
	case n < 0:
		return fmt.Errorf("il numero non può essere negativo")
	case n > MaxConteggio:
		return fmt.Errorf("il numero non può superare %s", FormatInt(MaxConteggio))
	}
	return nil
}

// CheckNumber is the window's check of a typed decimal number or signed
// whole number: finite, and no larger than any figure a plan holds.
func CheckNumber(f float64) error {
	if math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f) > MaxConteggio {
		return fmt.Errorf("il numero deve essere compreso tra −%s e %s", FormatInt(MaxConteggio), FormatInt(MaxConteggio))
	}
	return nil
}

// CheckText is the window's check of a typed text: one line or, when long
// is set, a long text (chapter, description, note).
func CheckText(s string, long bool) error {
	max := MaxRiga
	if long {
		max = MaxTesto
	}
	if n := utf8.RuneCountInString(s); n > max {
		return fmt.Errorf("testo troppo lungo: %s caratteri, al massimo %s", FormatInt(n), FormatInt(max))
	}
	return nil
}
