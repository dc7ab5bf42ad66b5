package model

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Years inside the plan's texts. Next year's plan moves them one year on,
// as a clerk does by hand: "Entro 31/12/2023" becomes "Entro 31/12/2024",
// "anno 2023" "anno 2024", "2023/2024" "2024/2025". A year it cannot be
// sure of (a bare 2023 in a sentence, an act "n. 45/2023" of last year) is
// left as it is and named, so the clerk reviews it; what is plainly no
// year of the plan (a law "D.Lgs 150/2009", a number "n. 2023", part of a
// phone number) is not touched.

// AnnoNelTesto is one year found in a text.
type AnnoNelTesto struct {
	Inizio, Fine int    // byte offsets of the words in the text
	Testo        string // the words as written: "31/12/2023", "anno 2023", "2023/2024"
	Anni         []int  // the years in them
	// Certo says the words surely mean a year of the plan; otherwise
	// Motivo says why they may not.
	Certo  bool
	Motivo string
}

// yearWords are the words that, before a year, make it a year of the
// plan's calendar ("entro il 2023", "anno 2023", "esercizio 2023").
var yearWords = []string{
	"anno", "anni", "annualità", "entro il", "entro", "nel", "nell'anno", "del", "dell'anno", "per il",
	"esercizio", "bilancio", "triennio", "biennio", "dal", "al", "fino al", "a tutto il", "il", "dopo il", "prima del",
}

// numberWords before a figure make it a number, not a year: "n. 2023".
var numberWords = []string{"n.", "n°", "nr.", "num.", "numero", "prot.", "protocollo", "cap.", "art.", "tel.", "fax", "cod."}

// AnniNelTesto lists the years of [lo, hi] written in s, in order.
func AnniNelTesto(s string, lo, hi int) []AnnoNelTesto {
	var out []AnnoNelTesto
	in := func(y int) bool { return y >= lo && y <= hi }
	for i := 0; i < len(s); {
		start, end, ok := digitRun(s, i)
		if !ok {
			break
		}
		i = end
		run := s[start:end]
		if len(run) != 4 || !in(atoi(run)) {
			continue
		}
		y := atoi(run)
		before, after := s[:start], s[end:]
		switch {
		case isDateBefore(before):
			// dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy
			ds := dateStart(before)
			out = append(out, AnnoNelTesto{Inizio: ds, Fine: end, Testo: s[ds:end], Anni: []int{y}, Certo: true})
		case strings.HasSuffix(before, "/") && digitsBefore(before[:len(before)-1]) > 0:
			// 45/2023: an act or a law of that year, not a date of the plan.
			ns := len(before) - 1 - digitsBefore(before[:len(before)-1])
			if digitsBefore(before[:len(before)-1]) == 4 {
				continue // the second year of a range, handled with the first
			}
			out = append(out, AnnoNelTesto{Inizio: ns, Fine: end, Testo: s[ns:end], Anni: []int{y},
				Motivo: "numero di un atto di quell'anno"})
		case afterDigit(before) || strings.HasPrefix(after, ",") && len(after) > 1 && isDigit(after[1]),
			partOfPhone(before):
			continue // part of a longer figure
		case endsWithWord(before, numberWords):
			continue // "n. 2023" is a number
		default:
			if y2, rEnd, ok := rangeAfter(after, lo, hi, y); ok {
				out = append(out, AnnoNelTesto{Inizio: start, Fine: end + rEnd, Testo: s[start : end+rEnd], Anni: []int{y, y2}, Certo: true})
				i = end + rEnd
				continue
			}
			a := AnnoNelTesto{Inizio: start, Fine: end, Testo: run, Anni: []int{y}}
			if w := wordBefore(before, yearWords); w != "" {
				a.Inizio = start - spaceBefore(before) - len(w)
				a.Testo, a.Certo = s[a.Inizio:end], true
			} else {
				a.Motivo = "anno senza una parola che lo accompagni"
			}
			out = append(out, a)
		}
	}
	return out
}

// SpostaAnniNelTesto moves the years of [lo, hi] written in s by delta,
// where it is sure they are years of the plan. It returns the new text,
// the changes ("31/12/2023 → 31/12/2024") and what it left as it was for
// the clerk to review.
func SpostaAnniNelTesto(s string, lo, hi, delta int) (nuovo string, cambi, dubbi []string) {
	found := AnniNelTesto(s, lo, hi)
	var b strings.Builder
	last := 0
	for _, a := range found {
		if !a.Certo {
			dubbi = append(dubbi, fmt.Sprintf("«%s»: %s", a.Testo, a.Motivo))
			continue
		}
		moved := moveYears(a.Testo, a.Anni, delta)
		b.WriteString(s[last:a.Inizio])
		b.WriteString(moved)
		last = a.Fine
		cambi = append(cambi, a.Testo+" → "+moved)
	}
	b.WriteString(s[last:])
	return b.String(), cambi, dubbi
}

// moveYears rewrites each year of ys in t by delta; 29 February of a year
// that has none becomes the 28th.
func moveYears(t string, ys []int, delta int) string {
	for k := len(ys) - 1; k >= 0; k-- {
		old := strconv.Itoa(ys[k])
		i := strings.LastIndex(t, old)
		if i < 0 {
			continue
		}
		nu := strconv.Itoa(ys[k] + delta)
		t = t[:i] + nu + t[i+len(old):]
		if len(ys) == 1 && (strings.HasPrefix(t[:i], "29/02") || strings.HasPrefix(t[:i], "29.02") || strings.HasPrefix(t[:i], "29-02")) {
			if !isLeap(ys[k] + delta) {
				t = "28" + t[2:]
			}
		}
	}
	return t
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// digitRun finds the next run of ASCII digits at or after i.
func digitRun(s string, i int) (start, end int, ok bool) {
	for i < len(s) && !isDigit(s[i]) {
		i++
	}
	if i >= len(s) {
		return 0, 0, false
	}
	start = i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return start, i, true
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// digitsBefore counts the digits at the end of s.
func digitsBefore(s string) int {
	n := 0
	for n < len(s) && isDigit(s[len(s)-1-n]) {
		n++
	}
	return n
}

// afterDigit: the year follows a digit, a dot or a comma of a figure
// ("1.2023", "0331 2023…" is a different run and is caught by its length).
func afterDigit(before string) bool {
	if before == "" {
		return false
	}
	c := before[len(before)-1]
	return (c == '.' || c == ',') && digitsBefore(before[:len(before)-1]) > 0 && !isDateBefore(before)
}

// partOfPhone: the year follows a group of three or more digits and a
// space or dash, as in "0331 2023" or "0331-2023".
func partOfPhone(before string) bool {
	n := len(before)
	return n > 3 && (before[n-1] == ' ' || before[n-1] == '-') && digitsBefore(before[:n-1]) >= 3
}

// isDateBefore: before ends with "dd/mm/", "dd.mm." or "dd-mm-".
func isDateBefore(before string) bool { return dateStart(before) >= 0 }

// dateStart is where a date ending in before begins, -1 if none.
func dateStart(before string) int {
	n := len(before)
	if n < 4 {
		return -1
	}
	sep := before[n-1]
	if sep != '/' && sep != '.' && sep != '-' {
		return -1
	}
	m := digitsBefore(before[:n-1])
	if m < 1 || m > 2 {
		return -1
	}
	p := n - 1 - m
	if p < 2 || before[p-1] != sep {
		return -1
	}
	d := digitsBefore(before[:p-1])
	if d < 1 || d > 2 {
		return -1
	}
	day, month := atoi(before[p-1-d:p-1]), atoi(before[p:n-1])
	if day < 1 || day > 31 || month < 1 || month > 12 {
		return -1
	}
	return p - 1 - d
}

// rangeAfter reads "/2024", "-2025", "–2025" right after a year y: a
// second year of the window, later than y.
func rangeAfter(after string, lo, hi, y int) (int, int, bool) {
	r, size := utf8.DecodeRuneInString(after)
	if r != '/' && r != '-' && r != '–' {
		return 0, 0, false
	}
	rest := after[size:]
	if len(rest) < 4 || digitsPrefix(rest) != 4 {
		return 0, 0, false
	}
	y2 := atoi(rest[:4])
	if y2 <= y || y2 < lo || y2 > hi+2 {
		return 0, 0, false
	}
	return y2, size + 4, true
}

func digitsPrefix(s string) int {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	return n
}

// spaceBefore counts the spaces at the end of s.
func spaceBefore(s string) int {
	n := 0
	for n < len(s) && s[len(s)-1-n] == ' ' {
		n++
	}
	return n
}

// wordBefore is the word of words that ends before (spaces apart), as
// written, "" if none. Longer words are tried first.
func wordBefore(before string, words []string) string {
	t := before[:len(before)-spaceBefore(before)]
	if len(t) == len(before) {
		return "" // the year is glued to what comes before
	}
	best := ""
	for _, w := range words {
		if len(w) > len(t) || len(w) <= len(best) {
			continue
		}
		tail := t[len(t)-len(w):]
		if !strings.EqualFold(tail, w) {
			continue
		}
		if k := len(t) - len(w); k > 0 {
			r, _ := utf8.DecodeLastRuneInString(t[:k])
			if unicode.IsLetter(r) || r == '\'' {
				continue // the end of a longer word
			}
		}
		best = tail
	}
	return best
}

// endsWithWord: before ends with one of words (spaces apart).
func endsWithWord(before string, words []string) bool { return wordBefore(before, words) != "" }
