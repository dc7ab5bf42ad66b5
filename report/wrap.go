package report

import (
	"strings"
	"unicode"
)

// wrap breaks one paragraph (no new lines) into lines that fit a cell of
// width w with the current font, as fpdf's SplitText measures cells (the
// cell margins left and right are not for text). Lines break between words
// only: a word, code or abbreviation ("01010601", "LL.PP.") is never cut,
// unless it alone is wider than the line; then it breaks at the best point
// that fits (after a "/", "." or "-" of a URL or code, else between Italian
// syllables) and the cut is marked with a hyphen. It always returns at
// least one line.
func (d *doc) wrap(s string, w float64) []string {
	avail := w - 2*d.pdf.GetCellMargin() + 1e-9
	words := strings.Fields(s)
	if len(words) == 0 {
		return []string{""}
	}
	space := d.pdf.GetStringWidth(" ")
	var out []string
	var cur strings.Builder
	curW := 0.0
	flush := func() {
		out = append(out, cur.String())
		cur.Reset()
		curW = 0
	}
	for _, word := range words {
		ww := d.pdf.GetStringWidth(word)
		switch {
		case cur.Len() > 0 && curW+space+ww <= avail:
			cur.WriteByte(' ')
			cur.WriteString(word)
			curW += space + ww
			continue
		case cur.Len() > 0:
			flush()
		}
		if ww <= avail {
			cur.WriteString(word)
			curW = ww
			continue
		}
		// Wider than the line on its own: cut it into pieces.
		rest, addr := []rune(word), isAddress(word)
		for {
			piece, n := d.cut(rest, avail, addr)
			if n >= len(rest) {
				cur.WriteString(piece)
				curW = d.pdf.GetStringWidth(piece)
				break
			}
			out = append(out, piece)
			rest = rest[n:]
		}
	}
	if cur.Len() > 0 {
		flush()
	}
	return out
}

// cut returns the longest head of word that fits avail (with its hyphen
// when the cut needs one) and how many runes it takes; addr marks a piece
// of an address.
func (d *doc) cut(word []rune, avail float64, addr bool) (string, int) {
	if d.pdf.GetStringWidth(string(word)) <= avail {
		return string(word), len(word)
	}
	pts := breakPoints(word)
	// An address is copied by hand or by the reader's software: an added
	// hyphen would change it, so it breaks only where it may, unmarked.
	for i := len(pts) - 1; i >= 0; i-- {
		if addr && pts[i].hyphen {
			continue
		}
		p := pts[i]
		s := string(word[:p.at])
		if p.hyphen {
			s += "-"
		}
		if d.pdf.GetStringWidth(s) <= avail {
			return s, p.at
		}
	}
	// No sensible point fits: cut at the last character that does.
	mark := "-"
	if addr {
		mark = ""
	}
	n := 1
	for n < len(word)-1 && d.pdf.GetStringWidth(string(word[:n+1])+mark) <= avail {
		n++
	}
	return string(word[:n]) + mark, n
}

// isAddress tells web and e-mail addresses and file paths.
func isAddress(s string) bool {
	return strings.Contains(s, "://") || strings.HasPrefix(strings.ToLower(s), "www.") ||
		strings.Contains(s, "@") || strings.Count(s, "/") >= 2 || strings.Count(s, "\\") >= 2
}

// breakPt is a place where a word may be cut: before rune at, with or
// without an added hyphen.
type breakPt struct {
	at     int
	hyphen bool
}

// breakPoints lists, in order, where word may be cut: after the
// punctuation of URLs and codes (no hyphen added), and between the
// syllables of its letters (hyphen added).
func breakPoints(word []rune) []breakPt {
	var pts []breakPt
	for i := 1; i < len(word)-1; i++ {
		if strings.ContainsRune("/-._?&=,;:)|\\", word[i-1]) && !strings.ContainsRune("/-._", word[i]) {
			pts = append(pts, breakPt{at: i})
			continue
		}
		if syllableBreak(word, i) {
			pts = append(pts, breakPt{at: i, hyphen: true})
		}
	}
	return pts
}

func isVowel(r rune) bool {
	return strings.ContainsRune("aeiouàèéìíòóùúAEIOUÀÈÉÌÍÒÓÙÚ", r)
}

func isCons(r rune) bool { return unicode.IsLetter(r) && !isVowel(r) }

// syllableBreak applies the Italian rules for dividing a word before rune
// i: a single consonant goes with the next vowel (ca-sa); double consonants
// split (mo-nitorag-gio); "s" + consonant, a consonant + "l"/"r" and the
// digraphs gn, ch, gh, sc, qu stay together (po-sta, ca-pra, ba-gno); of
// three consonants the first stays behind unless it is "s" (in-stru-zio-ne).
// At least two letters stay on each side.
func syllableBreak(w []rune, i int) bool {
	letters := func(from, to int) bool {
		for k := from; k < to; k++ {
			if k < 0 || k >= len(w) || !unicode.IsLetter(w[k]) {
				return false
			}
		}
		return true
	}
	if !letters(i-2, i+2) {
		return false
	}
	lw := func(k int) rune { return unicode.ToLower(w[k]) }
	a, b := lw(i-1), lw(i)
	switch {
	case isVowel(a) && isCons(b):
		// V-CV: the consonant starts the next syllable; V-CCV when its
		// cluster cannot be split.
		if i+1 < len(w) && isVowel(w[i+1]) {
			return true
		}
		if i+2 < len(w) && isCons(w[i+1]) && isVowel(w[i+2]) {
			return together(b, lw(i+1))
		}
		if i+3 < len(w) && isCons(w[i+1]) && isCons(w[i+2]) && isVowel(w[i+3]) {
			return b == 's' && together(lw(i+1), lw(i+2))
		}
	case isCons(a) && isCons(b) && i >= 2 && isVowel(w[i-2]):
		// VC-CV: split a pair that does not belong together.
		if i+1 < len(w) && isVowel(w[i+1]) {
			return !together(a, b)
		}
		// VC-CCV: of three consonants the first stays behind unless "s".
		if i+2 < len(w) && isCons(w[i+1]) && isVowel(w[i+2]) {
			return a != 's' && together(b, lw(i+1))
		}
	}
	return false
}

// together reports whether two consonants open a syllable together.
func together(a, b rune) bool {
	if a == b {
		return false // double consonants split
	}
	switch {
	case a == 's':
		return true
	case b == 'l' || b == 'r':
		return !strings.ContainsRune("lrmn", a)
	case b == 'h' && (a == 'c' || a == 'g'), a == 'g' && b == 'n', a == 'q' && b == 'u':
		return true
	}
	return false
}
