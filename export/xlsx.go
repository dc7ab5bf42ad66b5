package export

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"pianoperformance/model"
)

// Options tunes the XLSX workbook.
type Options struct {
	// Created is written as the workbook's created and modified date. When
	// zero the library's fixed placeholder date stays, so the same plan
	// always gives the same bytes.
	Created time.Time
}

// XLSX writes the plan as a workbook with one sheet per section, with
// Italian headers, numbers and dates as real cells, derived columns marked
// "(calcolato)", a bold frozen header row and an autofilter on each table.
// The same plan always gives the same bytes.
func XLSX(w io.Writer, p *model.Plan) error { return XLSXWith(w, p, Options{}) }

// XLSXWith is XLSX with options.
func XLSXWith(w io.Writer, p *model.Plan, opt Options) error {
	if p == nil {
		return fmt.Errorf("nessun piano da esportare")
	}
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	for i, t := range tables(p) {
		if i == 0 {
			err = f.SetSheetName(f.GetSheetName(0), t.Sheet)
		} else {
			_, err = f.NewSheet(t.Sheet)
		}
		if err == nil {
			err = writeSheet(f, st, t)
		}
		if err != nil {
			return fmt.Errorf("foglio %q: %w", t.Sheet, err)
		}
	}
	f.SetActiveSheet(0)
	props := &excelize.DocProperties{
		Creator:        "Piano della Performance",
		LastModifiedBy: "Piano della Performance",
		Title:          strings.TrimSpace(fmt.Sprintf("%s %d - %s", p.Piano.Titolo, p.Piano.Anno, p.Ente.Nome)),
		Language:       "it-IT",
	}
	if !opt.Created.IsZero() {
		props.Created = opt.Created.UTC().Format(time.RFC3339)
		props.Modified = props.Created
	}
	if err := f.SetDocProps(props); err != nil {
		return err
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("scrittura del file XLSX non riuscita: %w", err)
	}
	return nil
}

// Widths are in characters: a column fits its longest value within these
// bounds; longer text wraps.
const (
	minWidth    = 6
	maxWidth    = 60
	headerWidth = 24 // headers wrap rather than widen a column of short values
)

func writeSheet(f *excelize.File, st styles, t *table) error {
	sh := t.Sheet
	head := make([]any, len(t.Cols))
	for i, c := range t.Cols {
		head[i] = c.title()
	}
	// Column styles first: cells written afterwards take them.
	for i, c := range t.Cols {
		name, _ := excelize.ColumnNumberToName(i + 1)
		width, wrap := columnWidth(c, t.Rows, i)
		if err := f.SetColWidth(sh, name, name, width); err != nil {
			return err
		}
		if err := f.SetColStyle(sh, name, st.column(c, t.Rows, i, wrap)); err != nil {
			return err
		}
	}
	if err := f.SetSheetRow(sh, "A1", &head); err != nil {
		return err
	}
	last, _ := excelize.CoordinatesToCellName(len(t.Cols), 1)
	if err := f.SetCellStyle(sh, "A1", last, st.header); err != nil {
		return err
	}
	vals := make([]any, len(t.Cols))
	for r, row := range t.Rows {
		for i, c := range row {
			vals[i] = xlsxValue(c)
		}
		if err := f.SetSheetRow(sh, fmt.Sprintf("A%d", r+2), &vals); err != nil {
			return err
		}
	}
	if err := f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	end, _ := excelize.CoordinatesToCellName(len(t.Cols), len(t.Rows)+1)
	return f.AutoFilter(sh, "A1:"+end, nil)
}

// xlsxValue is the value handed to excelize: text is always a string cell
// (never a formula) and goes through the same guard as CSV, so re-saving
// the workbook as CSV cannot turn it into a formula either.
func xlsxValue(c cell) any {
	switch c.k {
	case text:
		return Neutralize(c.s)
	case number:
		return c.n
	case date:
		return c.d.Time()
	}
	return nil
}

// columnWidth fits the longest value of column i; wrap reports text longer
// than the widest column allowed.
func columnWidth(c column, rows [][]cell, i int) (width float64, wrap bool) {
	n := min(utf8.RuneCountInString(c.title()), headerWidth)
	for _, row := range rows {
		var l int
		switch v := row[i]; v.k {
		case text:
			for _, line := range strings.Split(v.s, "\n") {
				l = max(l, utf8.RuneCountInString(line)+1)
			}
		case number:
			l = len(model.FormatNumber(v.n, max(c.Decimals, 2)))
		case date:
			l = 10
		}
		n = max(n, l)
	}
	if n > maxWidth {
		return maxWidth, true
	}
	return float64(max(n+2, minWidth)), false
}

// allWhole reports whether every number in column i is a whole number.
func allWhole(rows [][]cell, i int) bool {
	for _, row := range rows {
		if row[i].k == number && row[i].n != math.Trunc(row[i].n) {
			return false
		}
	}
	return true
}
