package model

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Italian number and date formats live here, in one place: the window, the
// printouts and the exports all go through these functions.

// FormatNumber writes f with the given decimals the Italian way: 1.363,18.
func FormatNumber(f float64, decimals int) string {
	s := strconv.FormatFloat(math.Abs(f), 'f', decimals, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if f < 0 && strings.Trim(s, "0.") != "" {
		b.WriteByte('-')
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteByte(',')
		b.WriteString(frac)
	}
	return b.String()
}

// FormatInt writes n with thousands separators: 5.141. It is exact for
// every int (through float64 the last digits of a huge one would change).
func FormatInt(n int) string {
	digits := strconv.Itoa(n)
	var b strings.Builder
	if n < 0 {
		b.WriteByte('-')
		digits = digits[1:]
	}
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// ParseNumber reads an Italian number: "1.363,18", "1363,18", "-8", "3,8".
// A lone dot followed by other than three digits ("3.80") is read as a
// decimal point, since users type it that way from the numeric keypad.
func ParseNumber(s string) (float64, error) {
	t := strings.TrimSpace(s)
	t = strings.ReplaceAll(t, " ", "")
	t = strings.ReplaceAll(t, "\u00a0", "")
	if t == "" {
		return 0, fmt.Errorf("inserire un numero")
	}
	t = strings.Replace(t, "−", "-", 1)
	// Built only on failure: screens and the cycle's computations parse
	// thousands of numbers and most are fine.
	bad := func() error {
		return fmt.Errorf("%q non è un numero: scrivere ad esempio 1.363,18", strings.TrimSpace(s))
	}
	switch {
	case strings.Contains(t, ","):
		intPart, frac, _ := strings.Cut(t, ",")
		if strings.ContainsAny(frac, ".,") || !groupedOK(intPart) {
			return 0, bad()
		}
		t = strings.ReplaceAll(intPart, ".", "") + "." + frac
	case strings.Count(t, ".") == 1:
		_, frac, _ := strings.Cut(t, ".")
		if len(frac) == 3 && !strings.HasPrefix(strings.TrimLeft(t, "-+"), "0.") {
			t = strings.ReplaceAll(t, ".", "") // 1.363 is one thousand…
		}
	default:
		if !groupedOK(t) {
			return 0, bad()
		}
		t = strings.ReplaceAll(t, ".", "")
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, bad()
	}
	return f, nil
}

// groupedOK accepts an integer part with no dots, or with thousands dots
// every three digits ("1.234.567"), so "12.34" is not silently misread.
func groupedOK(s string) bool {
	s = strings.TrimLeft(s, "+-")
	if !strings.Contains(s, ".") {
		return true
	}
	groups := strings.Split(s, ".")
	for i, g := range groups {
		if (i == 0 && (len(g) < 1 || len(g) > 3)) || (i > 0 && len(g) != 3) {
			return false
		}
	}
	return true
}

// ParseInt reads a whole number, with or without thousands dots: "5.141".
func ParseInt(s string) (int, error) {
	f, err := ParseNumber(s)
	if err != nil {
		return 0, err
	}
	if f != math.Trunc(f) || math.Abs(f) > 1e12 {
		return 0, fmt.Errorf("%q non è un numero intero", strings.TrimSpace(s))
	}
	return int(f), nil
}

// ParseDate reads an Italian date: 31/12/2023, 31.12.2023, 31-12-2023, or
// the ISO form 2023-12-31.
func ParseDate(s string) (Date, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return Date{}, fmt.Errorf("inserire una data nel formato GG/MM/AAAA")
	}
	if len(t) == 10 && t[4] == '-' {
		return ParseISODate(t)
	}
	f := strings.FieldsFunc(t, func(r rune) bool { return r == '/' || r == '.' || r == '-' })
	if len(f) != 3 {
		return Date{}, fmt.Errorf("%q non è una data: usare il formato GG/MM/AAAA", t)
	}
	var n [3]int
	for i, p := range f {
		v, err := strconv.Atoi(p)
		if err != nil {
			return Date{}, fmt.Errorf("%q non è una data: usare il formato GG/MM/AAAA", t)
		}
		n[i] = v
	}
	if n[2] < 100 {
		n[2] += 2000
	}
	return NewDate(n[2], time.Month(n[1]), n[0])
}
