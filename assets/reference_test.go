package assets

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"pianoperformance/model"
)

// The tests in this package prove the example plan against the reference
// document itself: the 2023 plan of the Comune di Albizzate, kept in
// testdata so that a plain clone runs them (nothing is skipped).
const referencePath = "testdata/piano-performance-albizzate-2023.md"

// section is the part of the reference under one heading.
type section struct {
	heading string // normalised, upper case
	lines   []string
}

// reference reads the reference document and splits it by heading; the
// cover (before the first heading) is section 0 with an empty heading.
func reference(t *testing.T) []section {
	t.Helper()
	b, err := os.ReadFile(referencePath)
	if err != nil {
		t.Fatalf("documento di riferimento: %v", err)
	}
	return splitSections(string(b))
}

func splitSections(doc string) []section {
	out := []section{{}}
	for _, l := range strings.Split(strings.ReplaceAll(doc, "\r\n", "\n"), "\n") {
		if strings.HasPrefix(l, "#") {
			out = append(out, section{heading: strings.ToUpper(norm(strings.TrimLeft(l, "# ")))})
			continue
		}
		out[len(out)-1].lines = append(out[len(out)-1].lines, l)
	}
	return out
}

func findSection(t *testing.T, secs []section, heading string) section {
	t.Helper()
	for _, s := range secs {
		if s.heading == heading {
			return s
		}
	}
	t.Fatalf("sezione %q assente dal documento di riferimento", heading)
	return section{}
}

var (
	tagRE   = regexp.MustCompile(`<[^>]*>`)
	spaceRE = regexp.MustCompile(`\s+`)
)

// norm removes what is markup rather than words (emphasis markers, HTML
// tags; a superscript 2 is the ² of km²) and collapses blanks.
func norm(s string) string {
	s = strings.ReplaceAll(s, "<sup>2</sup>", "²")
	s = tagRE.ReplaceAllString(s, "")
	s = strings.ReplaceAll(s, "*", "")
	s = strings.ReplaceAll(s, "\u00a0", " ")
	return strings.TrimSpace(spaceRE.ReplaceAllString(s, " "))
}

// cells splits a table row on tabs and normalises each cell.
func cells(l string) []string {
	c := strings.Split(l, "\t")
	for i := range c {
		c[i] = norm(c[i])
	}
	return c
}

// isBold tells a caption line (wholly bold) from prose.
func isBold(l string) bool {
	l = strings.TrimSpace(l)
	return strings.HasPrefix(l, "**") || strings.HasPrefix(l, "<b>")
}

// table returns the rows of the table whose first row starts with first
// (cells joined by a space), that row included.
func table(t *testing.T, s section, first string) [][]string {
	t.Helper()
	var rows [][]string
	for _, l := range s.lines {
		tab := strings.Contains(l, "\t")
		switch {
		case len(rows) == 0 && tab && strings.HasPrefix(strings.Join(cells(l), " "), first):
			rows = append(rows, cells(l))
		case len(rows) > 0 && tab:
			rows = append(rows, cells(l))
		case len(rows) > 0:
			return rows
		}
	}
	if len(rows) == 0 {
		t.Fatalf("tabella che inizia con %q non trovata in %q", first, s.heading)
	}
	return rows
}

func num(t *testing.T, s string) float64 {
	t.Helper()
	f, err := model.ParseNumber(strings.TrimPrefix(strings.TrimSpace(s), "km "))
	if err != nil {
		t.Fatalf("numero %q illeggibile: %v", s, err)
	}
	return f
}

func integer(t *testing.T, s string) int {
	t.Helper()
	n, err := model.ParseInt(strings.ReplaceAll(s, " ", ""))
	if err != nil {
		t.Fatalf("intero %q illeggibile: %v", s, err)
	}
	return n
}

func example(t *testing.T) *model.Plan {
	t.Helper()
	p, err := ExamplePlan()
	if err != nil {
		t.Fatalf("il piano di esempio non si legge: %v", err)
	}
	return p
}
