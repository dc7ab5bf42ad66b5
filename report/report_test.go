package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"pianoperformance/model"
	"pianoperformance/model/synth"
)

var kinds = []Kind{Schede, Riepilogo, Documento}

// fields are the texts of an objective that every document must print.
func fields(p *model.Plan, o model.Obiettivo) []string {
	f := []string{o.Titolo, o.Descrizione, anniText(o.Anni)}
	for _, ind := range o.Indicatori {
		f = append(f, ind.Nome)
		for _, t := range ind.Target {
			f = append(f, t.Valore)
		}
	}
	return append(f, p.NomiUnita(o)...)
}

// words is the set of white-space separated tokens of a text.
func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// assertPrinted checks a field both ways: each of its words is in the
// layout text, and the whole field, white space aside, is in the raw text
// (where a wrapped cell's lines follow each other).
func assertPrinted(t *testing.T, what, field string, layout map[string]bool, raw string) {
	t.Helper()
	for _, w := range strings.Fields(field) {
		if !layout[w] {
			t.Errorf("%s: word %q of %q missing from pdftotext -layout", what, w, field)
			return
		}
	}
	if !strings.Contains(raw, squash(field)) {
		t.Errorf("%s: %q missing from pdftotext -raw", what, field)
	}
}

var paginaRe = regexp.MustCompile(`Pagina (\d+) di (\d+)`)

// checkPages asserts "Pagina i di N" on every page, with N the page count.
func checkPages(t *testing.T, what string, pages []string) {
	t.Helper()
	for i, pg := range pages {
		m := paginaRe.FindStringSubmatch(pg)
		if m == nil || m[1] != strconv.Itoa(i+1) || m[2] != strconv.Itoa(len(pages)) {
			t.Errorf("%s: page %d footer %q, want \"Pagina %d di %d\"", what, i+1, m, i+1, len(pages))
		}
		if !strings.Contains(pg, "Stampato il 28/11/2026") {
			t.Errorf("%s: page %d lacks the print date", what, i+1)
		}
		if !strings.Contains(pg, "COMUNE DI ALBIZZATE") {
			t.Errorf("%s: page %d lacks the comune in the header", what, i+1)
		}
	}
}

func TestEveryDocumentPrintsEveryFieldOfItsObjectives(t *testing.T) {
	p := examplePlan(t)
	for _, k := range kinds {
		t.Run(k.String(), func(t *testing.T) {
			pdf := render(t, p, k, Selection{})
			layout := pdfToText(t, pdf, "-layout")
			raw := squash(strings.Join(pdfToText(t, pdf, "-raw"), "\n"))
			all := words(strings.Join(layout, "\n"))
			checkPages(t, k.String(), layout)
			if !strings.Contains(layout[0], "Pagina 1 di "+strconv.Itoa(len(layout))) {
				t.Errorf("first page lacks \"Pagina 1 di %d\"", len(layout))
			}
			for _, o := range p.Obiettivi {
				for _, f := range fields(p, o) {
					assertPrinted(t, o.Codice, f, all, raw)
				}
			}
		})
	}
}

func TestSchedeNumberEverySheetAndShowTheCode(t *testing.T) {
	p := examplePlan(t)
	pages := pdfToText(t, render(t, p, Schede, Selection{}), "-layout")
	if len(pages) < len(p.Obiettivi) {
		t.Fatalf("%d pages for %d objectives", len(pages), len(p.Obiettivi))
	}
	text := strings.Join(pages, "\n")
	for i, o := range p.Obiettivi {
		if !strings.Contains(text, "Scheda obiettivo n. "+strconv.Itoa(i+1)) {
			t.Errorf("sheet n. %d missing", i+1)
		}
		if o.Codice != "" && !strings.Contains(text, "Codice obiettivo: "+o.Codice) {
			t.Errorf("code %s missing", o.Codice)
		}
	}
	for _, s := range []string{"Approvato con deliberazione della Giunta comunale n.", "Il Responsabile", "Il Segretario comunale"} {
		if c := strings.Count(text, s); c != len(p.Obiettivi) {
			t.Errorf("%q printed %d times, want once per sheet (%d)", s, c, len(p.Obiettivi))
		}
	}
}

// The context tables print the derived figures, not the ones the source
// printed: the density on the latest residents is 5.141 / 3,80.
func TestDocumentoPrintsDerivedFigures(t *testing.T) {
	p := examplePlan(t)
	text := strings.Join(pdfToText(t, render(t, p, Documento, Selection{}), "-layout"), "\n")
	for _, s := range []string{
		"5.141", "1.352,89 ab/km²", "3,80 km²", "36,27", // residents, density, surface, road total
		"-87", "-50", // 2022: change from 2021, and births − deaths + immigrants − emigrants
		"2,92", "3,05", "5,97", "6,27", // staff per 1.000 inhabitants (derived) and benchmarks
		"33,33", "66,67", "37,50", // split by sex
		"SEZIONE 2 - P.I.A.O.", "Sottosezione 2.2.1", "PIANO DELLA PERFORMANCE", "INDICE",
		"Servizio in forma associata della Segreteria comunale", "Valdarno, Tarabara, Mirasole, Mora",
	} {
		if !strings.Contains(text, s) {
			t.Errorf("piano: %q missing", s)
		}
	}
	if strings.Contains(text, "1.363,18") {
		t.Error("piano prints the density as the source printed it instead of deriving it")
	}
}

// The index gives each chapter the page where it is printed.
func TestDocumentoIndexPointsToTheRightPages(t *testing.T) {
	p := examplePlan(t)
	pages := pdfToText(t, render(t, p, Documento, Selection{}), "-layout")
	entry := regexp.MustCompile(`^\s*(\S.*?\S)\s*(?:\.\s*)*(\d+)\s*$`)
	checked := 0
	for _, c := range p.Capitoli {
		title := strings.ToUpper(c.Titolo)
		for _, ln := range strings.Split(pages[1], "\n") {
			m := entry.FindStringSubmatch(ln)
			if m == nil || !strings.EqualFold(m[1], c.Titolo) {
				continue
			}
			n, _ := strconv.Atoi(m[2])
			if n < 1 || n > len(pages) || !strings.Contains(pages[n-1], title) {
				t.Errorf("index: %q on page %d, but that page does not show it", c.Titolo, n)
			}
			checked++
		}
	}
	if checked != len(p.Capitoli) {
		t.Errorf("index lists %d of %d chapters", checked, len(p.Capitoli))
	}
}

// The golden checksums use the test's own plan, so that edits to the
// built-in example do not break them.
func TestGoldenOutputIsByteIdentical(t *testing.T) {
	p := fixturePlan()
	var lines []string
	for _, k := range kinds {
		a, b := render(t, p, k, Selection{}), render(t, p, k, Selection{})
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two runs with the same print date differ", k)
		}
		sum := sha256.Sum256(a)
		lines = append(lines, k.String()+" "+hex.EncodeToString(sum[:]))
	}
	got := strings.Join(lines, "\n") + "\n"
	golden := filepath.Join("testdata", "golden.sha256")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("output changed from the golden checksums; look at the PDFs, then run go test ./report -update\ngot:\n%swant:\n%s", got, want)
	}
}

// A 3,000-character description with bullets and a 200-character URL wraps
// onto two or more pages with nothing lost, the header repeated.
func TestLongTextsWrapWithoutLoss(t *testing.T) {
	p := fixturePlan()
	long, url := longText()
	p.Obiettivi[2].Descrizione = long
	p.Obiettivi[2].Note = long
	for _, k := range kinds {
		t.Run(k.String(), func(t *testing.T) {
			pdf := render(t, p, k, Selection{Obiettivi: []int64{p.Obiettivi[2].ID}})
			layout := pdfToText(t, pdf, "-layout")
			raw := pdfToText(t, pdf, "-raw")
			checkPages(t, k.String(), layout)
			all := words(strings.Join(layout, "\n"))
			for _, w := range strings.Fields(long) {
				if w != url && !strings.Contains(w, "albizzate.va.it") && !all[w] {
					t.Errorf("word %q lost", w)
				}
			}
			onPages := 0
			for _, pg := range raw {
				if strings.Contains(squash(pg), "Ognifaseèdocumentata") || strings.Contains(squash(pg), "attivitànumero") {
					onPages++
				}
			}
			if k != Documento && onPages < 2 {
				t.Errorf("the long text spans %d pages, want 2 or more", onPages)
			}
			if !strings.Contains(squash(strings.Join(raw, "")), url) {
				t.Error("the 200-character URL is not printed whole")
			}
			if k == Schede {
				for i, pg := range layout {
					if !strings.Contains(pg, "Scheda obiettivo n. 1") {
						t.Errorf("page %d lacks the sheet title in its header", i+1)
					}
				}
				if n := strings.Count(strings.Join(layout, ""), "•"); n < 24 {
					t.Errorf("%d bullets printed, want the 12 items of the description and 12 of the note", n)
				}
			}
		})
	}
}

func TestSelectionOfOneAreaPrintsOnlyItsObjectives(t *testing.T) {
	p := examplePlan(t)
	area := p.Aree()[2].ID
	for _, k := range kinds {
		text := squash(strings.Join(pdfToText(t, render(t, p, k, Selection{AreaID: area}), "-raw"), ""))
		for _, o := range p.Obiettivi {
			printed := strings.Contains(text, squash(o.Descrizione))
			if want := o.AreaID == area; printed != want {
				t.Errorf("%s: objective %s (Area %d) printed=%v, want %v", k, o.Codice, o.AreaID, printed, want)
			}
		}
	}
}

func TestSelectionOfObjectivesKeepsThePlanOrder(t *testing.T) {
	p := examplePlan(t)
	a, b := p.Obiettivi[1], p.Obiettivi[4]
	text := squash(strings.Join(pdfToText(t, render(t, p, Schede, Selection{Obiettivi: []int64{b.ID, a.ID}}), "-raw"), ""))
	ia, ib := strings.Index(text, squash(a.Descrizione)), strings.Index(text, squash(b.Descrizione))
	if ia < 0 || ib < 0 || ia > ib {
		t.Errorf("selected objectives not both printed in the plan's order (%d, %d)", ia, ib)
	}
	if !strings.Contains(text, "Schedaobiettivon.2") || strings.Contains(text, "Schedaobiettivon.3") {
		t.Error("sheets should be numbered by their position in the selection")
	}
	if err := Write(&bytes.Buffer{}, p, Schede, Selection{Obiettivi: []int64{-1}}, Options{Printed: printed}); err == nil {
		t.Error("an empty selection should be refused with a message")
	}
}

func TestItalianCharactersAndWeights(t *testing.T) {
	p := fixturePlan()
	p.Obiettivi[0].Titolo = "Qualità: à è é ì ò ù € ≥ ≤ “virgolette” l’ente – fine"
	text := strings.Join(pdfToText(t, render(t, p, Schede, Selection{}), "-layout"), "\n")
	for _, s := range []string{p.Obiettivi[0].Titolo, "60%", "12 punti", "× 1,2", "Obiettivo prerequisito (senza peso)",
		"0301 – Polizia locale e amministrativa", "Approvato con deliberazione della Giunta comunale n. 12 del 09/02/2023",
		"Livello: obiettivo esecutivo — Natura: sviluppo", "01/02/2023", "Bibliotecaria, volontari del servizio civile"} {
		if !strings.Contains(text, s) {
			t.Errorf("%q missing", s)
		}
	}
	r := strings.Join(pdfToText(t, render(t, p, Riepilogo, Selection{}), "-layout"), "\n")
	if !strings.Contains(r, "ATTENZIONE: i pesi percentuali sommano a 90% e non a 100%") {
		t.Error("riepilogo: no warning for percentage weights summing to 90")
	}
	if strings.Count(r, "ATTENZIONE") != 1 {
		t.Error("riepilogo: warning printed for Areas whose weights are fine")
	}
}

func TestProgressIsReported(t *testing.T) {
	p := examplePlan(t)
	for _, k := range kinds {
		var last, total, calls int
		opt := Options{Printed: printed, Progress: func(d, tot int) { last, total = d, tot; calls++ }}
		if err := Write(&bytes.Buffer{}, p, k, Selection{}, opt); err != nil {
			t.Fatal(err)
		}
		if calls == 0 || last != total {
			t.Errorf("%s: progress ended at %d of %d after %d calls", k, last, total, calls)
		}
	}
}

func TestParseKind(t *testing.T) {
	for s, want := range map[string]Kind{"schede": Schede, "riepilogo": Riepilogo, "piano": Documento, " Piano ": Documento} {
		if k, err := ParseKind(s); err != nil || k != want {
			t.Errorf("ParseKind(%q) = %v, %v", s, k, err)
		}
	}
	if _, err := ParseKind("bilancio"); err == nil || !strings.Contains(err.Error(), "sconosciuto") {
		t.Errorf("ParseKind(bilancio) error = %v, want an Italian message", err)
	}
}

// Periods and multipliers are written the Italian way.
func TestPeriodsAndMultipliersAreItalian(t *testing.T) {
	d := func(m, g int) *model.Date { return model.DatePtr(2016, time.Month(m), g) }
	for _, c := range []struct {
		got, want string
	}{
		{periodo(d(3, 1), d(9, 30)), "dal 01/03 al 30/09/2016"},
		{periodo(nil, d(9, 30)), "entro il 30/09/2016"},
		{periodo(d(3, 1), nil), "dal 01/03/2016"},
		{periodo(d(11, 1), model.DatePtr(2017, time.March, 31)), "dal 01/11/2016 al 31/03/2017"},
		{periodo(nil, nil), ""},
		{pesoText(model.Peso{Tipo: model.PesoMoltiplicatore, Valore: 1}), "× 1,0"},
		{pesoText(model.Peso{Tipo: model.PesoMoltiplicatore, Valore: 1.25}), "× 1,25"},
	} {
		if c.got != c.want {
			t.Errorf("%q, want %q", c.got, c.want)
		}
	}
}

// Phases, with their dates, are on the sheets and in the document.
func TestPhasesArePrinted(t *testing.T) {
	p := synth.Plan(2, 3, 1)
	for _, k := range []Kind{Schede, Documento} {
		raw := squash(strings.Join(pdfToText(t, render(t, p, k, Selection{}), "-raw"), "\n"))
		for _, o := range p.Obiettivi {
			for _, f := range o.Fasi {
				when := []string{f.Inizio.String(), f.Fine.String()}
				if k == Documento { // "dal 01/01 al 30/04/2024"
					when = []string{periodo(f.Inizio, f.Fine)}
				}
				for _, s := range append(when, f.Titolo) {
					if !strings.Contains(raw, squash(s)) {
						t.Errorf("%s: phase %q of %s lacks %q", k, f.Titolo, o.Codice, s)
					}
				}
			}
		}
	}
}
