package workbook

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"pianoperformance/model"
)

// scriviFoglio lays out a data sheet: hidden keys, title, the two groups
// of columns (from the plan, to fill in), headers, the rows, the checks
// and hints on the cells to fill in, protection, frozen headers and the
// print setup.
func (s *Scheda) scriviFoglio(f *excelize.File, st stili, fg foglio, righe []riga) error {
	sh := fg.nome
	cols := fg.colonne
	last := len(cols) - 1 // the hidden key column
	nome := func(c int) string { n, _ := excelize.ColumnNumberToName(c + 1); return n }
	cella := func(c, r int) string { n, _ := excelize.CoordinatesToCellName(c+1, r); return n }
	lastVisible := nome(last - 1)
	end := rigaDati + len(righe) - 1

	for c, col := range cols {
		if err := f.SetColWidth(sh, nome(c), nome(c), col.larghezza); err != nil {
			return err
		}
		if err := f.SetCellStr(sh, cella(c, rigaChiavi), col.chiave); err != nil {
			return err
		}
		if c < last {
			if err := f.SetCellStr(sh, cella(c, rigaTitoli), col.titolo); err != nil {
				return err
			}
		}
	}
	if err := f.SetColVisible(sh, nome(last), false); err != nil {
		return err
	}
	if err := f.SetRowVisible(sh, rigaChiavi, false); err != nil {
		return err
	}
	if err := f.SetCellStyle(sh, cella(0, rigaChiavi), cella(last, rigaChiavi), st.chiave); err != nil {
		return err
	}

	// Title, subtitle, groups and headers.
	titolo := s.monitoraggio() + " – " + s.Area
	sotto := s.sottotitolo()
	for _, t := range []struct {
		row   int
		text  string
		style int
	}{{rigaTitolo, titolo, st.titolo}, {rigaSotto, sotto, st.sotto}} {
		if err := f.SetCellStr(sh, cella(0, t.row), t.text); err != nil {
			return err
		}
		if err := f.MergeCell(sh, cella(0, t.row), cella(last-1, t.row)); err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, cella(0, t.row), cella(last-1, t.row), t.style); err != nil {
			return err
		}
	}
	firstInput := 0
	for firstInput < last && !cols[firstInput].compila {
		firstInput++
	}
	groups := []struct {
		from, to int
		text     string
		style    int
	}{{0, firstInput - 1, "Dal piano (non modificabile)", st.gruppoPiano}, {firstInput, last - 1, "Da compilare", st.gruppoCompila}}
	for _, g := range groups {
		if err := f.SetCellStr(sh, cella(g.from, rigaGruppi), g.text); err != nil {
			return err
		}
		if g.to > g.from {
			if err := f.MergeCell(sh, cella(g.from, rigaGruppi), cella(g.to, rigaGruppi)); err != nil {
				return err
			}
		}
		if err := f.SetCellStyle(sh, cella(g.from, rigaGruppi), cella(g.to, rigaGruppi), g.style); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(sh, cella(0, rigaTitoli), cella(last-1, rigaTitoli), st.intestazione); err != nil {
		return err
	}
	for row, h := range map[int]float64{rigaTitolo: 24, rigaSotto: 18, rigaGruppi: 18, rigaTitoli: 42} {
		if err := f.SetRowHeight(sh, row, h); err != nil {
			return err
		}
	}

	// Rows: styles first, then values, so dates keep the Italian format.
	for i, r := range righe {
		row := rigaDati + i
		for c, col := range cols[:last] {
			style := st.contesto[r.banda]
			if col.compila {
				style = st.compila
			}
			v := r.celle[col.chiave]
			if _, isDate := v.(model.Date); isDate || (col.compila && col.chiave == kData) ||
				(col.chiave == kValore && r.tipo == model.IndTempo) {
				style = st.contestoData[r.banda]
				if col.compila {
					style = st.compilaData
				}
			}
			if err := f.SetCellStyle(sh, cella(c, row), cella(c, row), style); err != nil {
				return err
			}
			if err := setCella(f, sh, cella(c, row), v); err != nil {
				return err
			}
		}
		if err := f.SetCellStr(sh, cella(last, row), r.chiave); err != nil {
			return err
		}
		if err := f.SetRowHeight(sh, row, altezza(cols[:last], r, fg.righeMinime)); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(sh, cella(last, rigaDati), cella(last, end), st.chiave); err != nil {
		return err
	}
	if err := s.convalide(f, fg, righe, nome); err != nil {
		return err
	}

	// Protection: the plan's data locked; filtering, resizing columns and
	// selecting allowed. No password: it guards against slips, not people.
	if err := f.AutoFilter(sh, fmt.Sprintf("A%d:%s%d", rigaTitoli, lastVisible, end), nil); err != nil {
		return err
	}
	if err := f.ProtectSheet(sh, &excelize.SheetProtectionOptions{SelectLockedCells: true, SelectUnlockedCells: true,
		FormatColumns: true, FormatRows: true, AutoFilter: true}); err != nil {
		return err
	}
	if err := f.SetPanes(sh, &excelize.Panes{Freeze: true, XSplit: 3, YSplit: rigaTitoli, TopLeftCell: cella(3, rigaDati),
		ActivePane: "bottomRight", Selection: []excelize.Selection{{SQRef: cella(firstInput, rigaDati),
			ActiveCell: cella(firstInput, rigaDati), Pane: "bottomRight"}}}); err != nil {
		return err
	}
	off := false
	if err := f.SetSheetView(sh, 0, &excelize.ViewOptions{ShowGridLines: &off}); err != nil {
		return err
	}
	return s.stampa(f, sh, fmt.Sprintf("$A$%d:$%s$%d", rigaTitolo, lastVisible, end), true)
}

// stampa sets the print setup: A4, fit to the page's width, the headers
// repeated on every page, the comune and page numbers in the footer.
func (s *Scheda) stampa(f *excelize.File, sh, area string, landscape bool) error {
	size, one, tall := 9, 1, 0
	orient := "portrait"
	if landscape {
		orient = "landscape"
	}
	if err := f.SetPageLayout(sh, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &one, FitToHeight: &tall}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	m := 0.4
	if err := f.SetPageMargins(sh, &excelize.PageLayoutMarginsOptions{Left: &m, Right: &m, Top: &m, Bottom: ptr(0.6), Footer: ptr(0.3), Header: ptr(0.2)}); err != nil {
		return err
	}
	footer := fmt.Sprintf("&L&8%s – %s – %s&R&8Pagina &P di &N", footerText(s.comune()), footerText(s.monitoraggio()), footerText(s.Area))
	if err := f.SetHeaderFooter(sh, &excelize.HeaderFooterOptions{OddFooter: footer}); err != nil {
		return err
	}
	names := []excelize.DefinedName{{Name: "_xlnm.Print_Area", RefersTo: fmt.Sprintf("'%s'!%s", sh, area), Scope: sh}}
	if landscape {
		names = append(names, excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$%d:$%d", sh, rigaGruppi, rigaTitoli), Scope: sh})
	}
	for _, n := range names {
		if err := f.SetDefinedName(&n); err != nil {
			return err
		}
	}
	return nil
}

func ptr[T any](v T) *T { return &v }

// altezza is the height a row needs for its wrapped texts, at least lines
// lines so there is room to write. Spreadsheets do not fit heights to the
// text of a file they open, so the writer does.
func altezza(cols []colonna, r riga, lines int) float64 {
	for _, col := range cols {
		if t, ok := r.celle[col.chiave].(string); ok {
			lines = max(lines, righeDiTesto(t, int(col.larghezza)))
		}
	}
	return float64(min(lines, 30))*13 + 4
}

// righeDiTesto is how many lines a text takes wrapped by words in a column
// of width characters.
func righeDiTesto(t string, width int) int {
	width = max(width-1, 4)
	n := 0
	for _, para := range strings.Split(t, "\n") {
		n++
		used := 0
		for _, w := range strings.Fields(para) {
			l := len([]rune(w))
			switch {
			case used == 0:
				used = l
			case used+1+l <= width:
				used += 1 + l
			default:
				n++
				used = l
			}
			for used > width { // a word longer than the column breaks
				n++
				used -= width
			}
		}
	}
	return n
}

// footerText escapes "&", which headers and footers use for codes.
func footerText(s string) string { return strings.ReplaceAll(s, "&", "&&") }

func (s *Scheda) comune() string {
	c := strings.TrimSpace(s.p.Ente.Nome)
	if c != "" && !strings.HasPrefix(strings.ToLower(c), "comune") {
		c = "Comune di " + c
	}
	return c
}

func (s *Scheda) sottotitolo() string {
	parts := []string{s.comune(), fmt.Sprintf("%s %d", strings.TrimSpace(s.p.Piano.Titolo), s.p.Piano.Anno)}
	if s.Responsabile != "" {
		parts = append(parts, "Responsabile: "+s.Responsabile)
	}
	parts = append(parts, "Da restituire entro il "+s.id.Entro.String())
	return strings.Join(parts, " · ")
}

// setCella writes a value as the cell type it is: text stays text (never a
// formula), numbers and dates are numbers the spreadsheet can check.
func setCella(f *excelize.File, sh, cell string, v any) error {
	switch x := v.(type) {
	case nil:
		return nil
	case string:
		if x == "" {
			return nil
		}
		return f.SetCellStr(sh, cell, x)
	case float64:
		return f.SetCellFloat(sh, cell, x, -1, 64)
	case model.Date:
		return f.SetCellFloat(sh, cell, seriale(x), 0, 64)
	}
	return fmt.Errorf("valore di tipo %T non previsto", v)
}

// seriale is a date as a spreadsheet's day number (1900 date system).
func seriale(d model.Date) float64 {
	return math.Round(d.Time().Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24)
}
