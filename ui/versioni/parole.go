package versioni

import (
	"regexp"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// A text changed in part (a description with a sentence added) shows the
// words that went in red and those that came in green, so the reader
// need not compare two paragraphs by eye.

// maxParole bounds the texts compared word by word: beyond it the cost
// grows with the square, and two long texts rewritten differ everywhere.
const maxParole = 1500

var parola = regexp.MustCompile(`\s+|[^\s]+`)

// parole compares a and b word by word and tells, for each token of each,
// whether it is in the other.
func parole(a, b string) (ta, tb []string, keptA, keptB []bool) {
	ta, tb = parola.FindAllString(a, -1), parola.FindAllString(b, -1)
	keptA, keptB = make([]bool, len(ta)), make([]bool, len(tb))
	if len(ta) > maxParole || len(tb) > maxParole {
		return ta, tb, keptA, keptB
	}
	// Longest common subsequence, by the table of its lengths.
	n, m := len(ta), len(tb)
	l := make([][]int, n+1)
	for i := range l {
		l[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if ta[i] == tb[j] {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case ta[i] == tb[j]:
			keptA[i], keptB[j] = true, true
			i, j = i+1, j+1
		case l[i+1][j] >= l[i][j+1]:
			i++
		default:
			j++
		}
	}
	return ta, tb, keptA, keptB
}

// evidenziato is a text with the words not in the other text in colour;
// worth it only when most of the text stayed.
func evidenziato(tokens []string, kept []bool, color fyne.ThemeColorName) *widget.RichText {
	var segs []widget.RichTextSegment
	var run strings.Builder
	runKept := true
	flush := func() {
		if run.Len() == 0 {
			return
		}
		st := widget.RichTextStyleInline
		if !runKept {
			st.ColorName = color
			st.TextStyle.Bold = true
		}
		segs = append(segs, &widget.TextSegment{Text: run.String(), Style: st})
		run.Reset()
	}
	for i, t := range tokens {
		k := kept[i] || strings.TrimSpace(t) == "" // spaces go with the words around them
		if k != runKept && strings.TrimSpace(t) != "" {
			flush()
			runKept = k
		}
		run.WriteString(t)
	}
	flush()
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// affini tells whether two texts share most of their words, so that
// marking the difference helps.
func affini(keptA, keptB []bool) bool {
	same, total := 0, 0
	for _, k := range keptB {
		total++
		if k {
			same++
		}
	}
	return total > 0 && same*2 >= total && len(keptA) > 0
}
