package report

import (
	"bytes"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"pianoperformance/model"
)

// The layout rules, checked on every plan of the corpus in every document,
// the performance cycle's included:
// no heading is the last thing on its page, no page holds only a signature
// block, no word or code of the plan is cut, and every word of the plan's
// texts is on paper.
func TestCorpusLayout(t *testing.T) {
	for _, c := range corpus() {
		for _, k := range append(slices.Clone(kinds), cycleKinds...) {
			t.Run(c.name+"/"+k.String(), func(t *testing.T) {
				var evs []layoutEvent
				var b bytes.Buffer
				opt := Options{Printed: printed}
				opt.trace = func(e layoutEvent) { evs = append(evs, e) }
				if err := Write(&b, c.plan, k, Selection{}, opt); err != nil {
					t.Fatal(err)
				}
				saveStampa(t, c.name+"-"+k.String()+".pdf", b.Bytes())
				checkFlow(t, evs)
				words, raw := pdfWords(t, b.Bytes())
				texts := planTexts(c.plan, k)
				if slices.Contains(cycleKinds, k) {
					texts = cycleTexts(c.plan, k)
				}
				for _, s := range texts {
					checkOnPaper(t, s, words, raw)
				}
			})
		}
	}
}

// checkFlow applies the page rules to the record of what was drawn where.
func checkFlow(t *testing.T, evs []layoutEvent) {
	t.Helper()
	if len(evs) == 0 {
		t.Fatal("nothing recorded")
	}
	content := map[int]bool{}
	for i, e := range evs {
		if e.kind == evContent {
			content[e.page] = true
		}
		last := i == len(evs)-1 || evs[i+1].page != e.page
		if e.kind == evHeading && last {
			t.Errorf("page %d ends with the heading %q", e.page, e.text)
		}
		if e.kind == evSignature && !content[e.page] {
			t.Errorf("page %d holds a signature block and nothing it signs", e.page)
		}
	}
}

var wordRe = regexp.MustCompile(`<word [^>]*>([^<]*)</word>`)

// pdfWords returns the words pdftotext -bbox finds on the pages (lower
// case) and the whole text with white space removed and the hyphens that
// end a line joined.
func pdfWords(t *testing.T, pdf []byte) (map[string]bool, string) {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext non installato (pacchetto poppler-utils): verifica del testo saltata")
	}
	in := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-bbox", "-enc", "UTF-8", in, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	words := map[string]bool{}
	var all []string
	for _, m := range wordRe.FindAllStringSubmatch(string(out), -1) {
		w := html.UnescapeString(m[1])
		words[strings.ToLower(w)] = true
		words[strings.ToLower(strings.TrimRight(w, ";,"))] = true // joined by the layout ("2016: ≥ 10;")
		all = append(all, w)
	}
	var b strings.Builder
	for i, w := range all {
		if strings.HasSuffix(w, "-") && i+1 < len(all) && startsWord(all[i+1]) {
			w = strings.TrimSuffix(w, "-")
		}
		b.WriteString(strings.ToLower(w))
	}
	return words, b.String()
}

func startsWord(s string) bool {
	for _, r := range s {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// A word may be cut (and hyphenated) only when it alone is wider than the
// narrowest column it is printed in: in the corpus, only words longer
// than this.
const longWord = 28

// checkOnPaper asserts that every word of s is printed whole, and that
// words too long for a column are printed, cut where the layout chose.
func checkOnPaper(t *testing.T, s string, words map[string]bool, raw string) {
	t.Helper()
	for _, w := range strings.Fields(printable(s)) {
		if strings.Trim(w, "-–•*") == "" {
			continue // bullets
		}
		w = strings.ToLower(strings.TrimPrefix(w, "•"))
		switch {
		case words[w]:
		case len([]rune(w)) >= longWord && strings.Contains(raw, w):
		case len([]rune(w)) >= longWord:
			t.Errorf("long word %q is not on paper", w)
		default:
			t.Errorf("word %q (of %q) is cut or missing", w, clip(s))
		}
	}
}

func clip(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

// planTexts are the texts of the plan a document must print.
func planTexts(p *model.Plan, k Kind) []string {
	var out []string
	for _, o := range p.Obiettivi {
		out = append(out, fields(p, o)...)
		out = append(out, o.Codice, pesoText(o.Peso))
		out = append(out, model.EtichettaProgramma(o.Programma))
		for _, f := range o.Fasi {
			if k == Schede {
				out = append(out, f.Titolo, dateText(f.Inizio), dateText(f.Fine))
			} else {
				out = append(out, f.Titolo+" ("+periodo(f.Inizio, f.Fine)+")")
			}
		}
		if k == Schede {
			out = append(out, o.Risorse, o.Personale, o.Note, o.StatoAttuazione)
			for _, ind := range o.Indicatori {
				out = append(out, ind.UnitaMisura, ind.Baseline)
			}
		}
		if k == Documento {
			out = append(out, o.Note)
		}
	}
	if k == Documento {
		for _, c := range p.Capitoli {
			out = append(out, c.Titolo, c.Testo)
		}
		for _, u := range p.Unita {
			out = append(out, u.Nome, u.Responsabile)
		}
		for _, s := range p.Servizi {
			out = append(out, s.Titolo, s.Descrizione, s.Stato)
			out = append(out, s.Partner...)
		}
		for _, b := range p.Benchmark {
			out = append(out, b.Descrizione, b.Fonte)
		}
		out = append(out, p.Territorio.Frazioni...)
	}
	return out
}

// Objectives of no Area print under the plan's own name for them, with
// the Segretario's weights checked against 100 and others' not; chapters
// print where their anchors put them; unknown staff totals are "n.d.".
func TestGroupsOrderAndUnknownFigures(t *testing.T) {
	p := corpusEstremo()
	r := strings.Join(pdfToText(t, render(t, p, Riepilogo, Selection{}), "-layout"), "\n")
	if !strings.Contains(r, "OBIETTIVI DEL SEGRETARIO COMUNALE") || strings.Contains(r, "TRASVERSALI") {
		t.Error("the Segretario's objectives are not printed under his name")
	}
	if n := strings.Count(r, "ATTENZIONE"); n != 1 {
		t.Errorf("%d weight warnings, want 1 (the Area's 20%%; the Segretario's add up to 100)", n)
	}
	p.Piano.GruppoSenzaArea = "Obiettivi di ente"
	p.Obiettivi[len(p.Obiettivi)-1].Segretario = false
	p.Obiettivi[len(p.Obiettivi)-1].Peso.Valore = 5
	r = strings.Join(pdfToText(t, render(t, p, Riepilogo, Selection{}), "-layout"), "\n")
	if !strings.Contains(r, "OBIETTIVI DI ENTE") || !strings.Contains(r, "Totale pesi – Obiettivi di ente") {
		t.Error("the plan's own name for the objectives of no Area is not printed")
	}
	if n := strings.Count(r, "ATTENZIONE"); n != 1 {
		t.Errorf("%d weight warnings, want 1: objectives of several people have no total to reach", n)
	}
	s := strings.Join(pdfToText(t, render(t, p, Schede, Selection{Obiettivi: []int64{p.Obiettivi[len(p.Obiettivi)-1].ID}}), "-layout"), "\n")
	if !strings.Contains(s, "OBIETTIVI DI ENTE") {
		t.Error("the sheet of an objective of no Area lacks the group's name")
	}

	doc := squash(strings.Join(pdfToText(t, render(t, p, Documento, Selection{}), "-raw")[2:], "\n"))
	i, j, k := strings.Index(doc, "ILCONTESTOINTERNO"), strings.Index(doc, "GLIOBIETTIVIASSEGNATI"), strings.Index(doc, "ALLEGATI")
	if i < 0 || j < 0 || k < 0 || !(i < j && j < k) {
		t.Errorf("chapters at %d, %d, %d: want the internal context, then the objectives, then the annexes", i, j, k)
	}
	if !strings.Contains(doc, "Totalen.d.n.d.") || strings.Contains(doc, "Totale0") {
		t.Error("the staff total of units with no figures is not printed as n.d.")
	}
}

// The documents of the versions line (variation, quality summary) follow
// the same page rules.
func TestVariationAndQualityFollowThePageRules(t *testing.T) {
	p := fixturePlan()
	da, a := versioniDiProva()
	for _, c := range []struct {
		name  string
		write func(*bytes.Buffer, Options) error
	}{
		{"variazione", func(b *bytes.Buffer, o Options) error {
			return WriteVariazione(b, Variazione{Prima: p, Dopo: variato(t, p), Da: da, A: &a}, o)
		}},
		{"qualita-estremo", func(b *bytes.Buffer, o Options) error { return WriteQualita(b, corpusEstremo(), o) }},
		{"qualita-programmi", func(b *bytes.Buffer, o Options) error { return WriteQualita(b, corpusProgrammi(), o) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			var evs []layoutEvent
			var b bytes.Buffer
			opt := Options{Printed: printed}
			opt.trace = func(e layoutEvent) { evs = append(evs, e) }
			if err := c.write(&b, opt); err != nil {
				t.Fatal(err)
			}
			saveStampa(t, c.name+".pdf", b.Bytes())
			checkFlow(t, evs)
		})
	}
}
