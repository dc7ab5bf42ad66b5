package export

import (
	"strings"

	"github.com/xuri/excelize/v2"
)

// styles are the cell styles of the workbook, created once per file.
type styles struct {
	header, text, wrap, plain, whole, date int
	decimals                               map[int]int // by number of decimals
	f                                      *excelize.File
}

func newStyles(f *excelize.File) (styles, error) {
	st := styles{decimals: map[int]int{}, f: f}
	top := &excelize.Alignment{Vertical: "top"}
	defs := []struct {
		id *int
		s  *excelize.Style
	}{
		{&st.header, &excelize.Style{Font: &excelize.Font{Bold: true},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDE4EE"}},
			Border:    []excelize.Border{{Type: "bottom", Color: "7F8FA6", Style: 1}},
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
		{&st.text, &excelize.Style{Alignment: top}},
		{&st.wrap, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&st.plain, &excelize.Style{Alignment: top, NumFmt: 1}}, // 0: years and IDs, never "2.023"
		{&st.whole, &excelize.Style{Alignment: top, NumFmt: 3}}, // #,##0
		{&st.date, &excelize.Style{Alignment: top, CustomNumFmt: ptr("dd/mm/yyyy")}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(d.s)
		if err != nil {
			return st, err
		}
		*d.id = id
	}
	return st, nil
}

func ptr[T any](v T) *T { return &v }

// number returns the style showing n decimals with thousands grouping.
func (st styles) number(n int) int {
	if n == 0 {
		return st.whole
	}
	if id, ok := st.decimals[n]; ok {
		return id
	}
	id, err := st.f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"},
		CustomNumFmt: ptr("#,##0." + strings.Repeat("0", n))})
	if err != nil {
		return st.whole
	}
	st.decimals[n] = id
	return id
}

// column picks the style of column i from what it holds: the first
// non-empty cell decides between date, number and text.
func (st styles) column(c column, rows [][]cell, i int, wrap bool) int {
	for _, row := range rows {
		switch row[i].k {
		case date:
			return st.date
		case number:
			switch {
			case c.Key:
				return st.plain
			case c.Decimals >= 0:
				return st.number(c.Decimals)
			case allWhole(rows, i):
				return st.whole
			}
			return st.number(2)
		case text:
			if wrap {
				return st.wrap
			}
			return st.text
		}
	}
	return st.text
}
