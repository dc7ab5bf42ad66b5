package export

import (
	"bytes"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pianoperformance/model"
)

// fuzzPlan puts arbitrary text and figures in every kind of field the
// exports write: names, titles, long texts, targets, counts and decimals.
func fuzzPlan(s1, s2 string, n int, x float64) *model.Plan {
	p := testPlan()
	p.Ente.Nome, p.Piano.Titolo = s1, s2
	p.Capitoli = []model.Capitolo{{ID: 1, Ordine: 1, Titolo: s2, Testo: s1}}
	p.Territorio.Frazioni = []string{s1, s2}
	p.Territorio.Strade = append(p.Territorio.Strade, model.Strada{Tipo: s1, Km: x})
	p.Territorio.SuperficieTotale = x
	p.Popolazione[0].Residenti = n
	p.Personale[0].Dipendenti = n
	p.Unita[0].Nome, p.Unita[0].Responsabile = s1, s2
	p.Servizi[0].Titolo, p.Servizi[0].Partner = s2, []string{s1}
	o := &p.Obiettivi[0]
	o.Titolo, o.Descrizione, o.Codice, o.Note = s1, s2, s2, s1
	o.Peso = model.Peso{Tipo: model.PesoPunti, Valore: x}
	o.Indicatori[0].Nome, o.Indicatori[0].Target[0].Valore = s2, s1
	o.Fasi[0].Titolo = s1
	return p
}

// FuzzXLSX: whatever the plan holds, the workbook is written without error,
// opens again, and keeps the objective's title (neutralised as formulas
// are) and figures.
func FuzzXLSX(f *testing.F) {
	f.Add("Albizzate", "Piano 2023", 5141, 3.8)
	f.Add(`=HYPERLINK("http://x")`, "+1+1", -8, -0.0)
	f.Add("😀 📊 €≥", "riga\r\nriga\x00", math.MaxInt64, math.MaxFloat64)
	f.Add("\t@SUM(A1)", strings.Repeat("x", 40000), math.MinInt64, math.Inf(1))
	f.Add("nul\x00 bell\x07 \ufffe", "\r", 0, math.NaN())
	f.Fuzz(func(t *testing.T, s1, s2 string, n int, x float64) {
		p := fuzzPlan(s1, s2, n, x)
		var buf bytes.Buffer
		if err := XLSX(&buf, p); err != nil {
			t.Fatalf("scrittura: %v", err)
		}
		wb, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatalf("il file scritto non si riapre: %v", err)
		}
		defer wb.Close()
		got := cellAt(t, wb, "Obiettivi", "Titolo", 0)
		if want := xlsxText(Neutralize(s1)); got != want {
			t.Fatalf("titolo %q, atteso %q", got, want)
		}
	})
}

// FuzzCSV: the files are written, parse as CSV, and keep the title.
func FuzzCSV(f *testing.F) {
	f.Add("Albizzate", "Piano 2023", 5141, 3.8)
	f.Add(`=HYPERLINK("http://x")`, "a;b\"c\nd", -8, -0.0)
	f.Add("😀 📊", "riga\r\nriga\x00", math.MaxInt64, math.NaN())
	f.Add("\r\r\n", "\"", math.MinInt64, math.Inf(-1))
	f.Fuzz(func(t *testing.T, s1, s2 string, n int, x float64) {
		p := fuzzPlan(s1, s2, n, x)
		dir := t.TempDir()
		paths, err := CSV(dir, p)
		if err != nil {
			t.Fatalf("scrittura: %v", err)
		}
		for _, path := range paths {
			readCSV(t, path)
		}
		head, rows := readCSV(t, filepath.Join(dir, "obiettivi.csv"))
		i := colIndex(t, head, "Titolo")
		if want := csvText(Neutralize(s1)); rows[0][i] != want {
			t.Fatalf("titolo %q, atteso %q", rows[0][i], want)
		}
	})
}

// csvText is what a CSV reader gives back for s: every line break, CR LF or
// a lone CR, reads as LF.
func csvText(s string) string { return lineBreaks.Replace(s) }

// xlsxText is what the workbook gives back for s: a character XML cannot
// hold (control characters, U+FFFE, bytes that are not UTF-8, none of which
// the window produces) comes back as the visible U+FFFD.
func xlsxText(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r',
			r >= 0x20 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD, r >= 0x10000 && r <= 0x10FFFF:
			return r
		}
		return '\uFFFD'
	}, string([]rune(s)))
}
