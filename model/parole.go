package model

import (
	"regexp"
	"strings"
)

// A text changed in part (a sentence added to a description, a figure in
// a target) reads better with the words that went and came marked than
// as two paragraphs to compare by eye.

// Tratto is a run of a text compared word by word: words the other text
// has too, or words it has not (gone from the older text, come in the
// newer).
type Tratto struct {
	Testo    string
	Cambiato bool
}

// maxParole bounds the texts compared word by word: the cost grows with
// the square, and two long texts rewritten differ everywhere anyway.
const maxParole = 1500

var parolaRe = regexp.MustCompile(`\s+|\S+`)

// ConfrontaParole compares two texts word by word and returns each as
// runs of kept and changed words. simili is false when the newer text
// keeps fewer than half of its words from the older, or when the texts
// are too long: then marking words would not help, and both are one
// changed run.
func ConfrontaParole(prima, dopo string) (a, b []Tratto, simili bool) {
	ta, tb := parolaRe.FindAllString(prima, -1), parolaRe.FindAllString(dopo, -1)
	wa, wb := []Tratto{{Testo: prima, Cambiato: true}}, []Tratto{{Testo: dopo, Cambiato: true}}
	if len(ta) == 0 || len(tb) == 0 || len(ta) > maxParole || len(tb) > maxParole {
		return wa, wb, false
	}
	ka, kb := comuni(ta, tb)
	words, kept := 0, 0
	for j, w := range tb {
		if strings.TrimSpace(w) != "" {
			words++
			if kb[j] {
				kept++
			}
		}
	}
	if kept*2 < words {
		return wa, wb, false
	}
	return tratti(ta, ka), tratti(tb, kb), true
}

// tratti joins tokens into runs; spaces go with the words before them.
func tratti(tokens []string, kept []bool) []Tratto {
	var out []Tratto
	for i, t := range tokens {
		changed := !kept[i]
		if strings.TrimSpace(t) == "" && len(out) > 0 {
			changed = out[len(out)-1].Cambiato
		}
		if n := len(out); n > 0 && out[n-1].Cambiato == changed {
			out[n-1].Testo += t
			continue
		}
		out = append(out, Tratto{Testo: t, Cambiato: changed})
	}
	return out
}
