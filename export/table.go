// Package export writes the plan as open data for Amministrazione
// trasparente (D.Lgs 33/2013 art. 7): one table per section of the plan, as
// an XLSX workbook with one sheet per table or as a folder of CSV files.
// Both writers render the same tables, built once from the plan, so the two
// formats always carry the same rows and columns.
package export

import (
	"strconv"
	"strings"

	"pianoperformance/model"
)

// kind is what a cell holds; it decides how each format writes it.
type kind int

const (
	empty kind = iota
	text
	number
	date
)

// cell is one value of a table.
type cell struct {
	k kind
	s string
	n float64
	d model.Date
}

func txt(s string) cell {
	if s == "" {
		return cell{}
	}
	return cell{k: text, s: s}
}

func num(f float64) cell { return cell{k: number, n: f} }
func intc(n int) cell    { return cell{k: number, n: float64(n)} }

// optInt is an optional whole number: empty when nil.
func optInt(n *int) cell {
	if n == nil {
		return cell{}
	}
	return intc(*n)
}

// optNum is an optional number: empty when nil.
func optNum(f *float64) cell {
	if f == nil {
		return cell{}
	}
	return num(*f)
}

// derivedNum is a derived figure that exists only when ok.
func derivedNum(f float64, ok bool) cell {
	if !ok {
		return cell{}
	}
	return num(f)
}

func datec(d model.Date) cell {
	if d.IsZero() {
		return cell{}
	}
	return cell{k: date, d: d}
}

func optDate(d *model.Date) cell {
	if d == nil {
		return cell{}
	}
	return datec(*d)
}

func yesNo(b bool) cell {
	if b {
		return txt("Sì")
	}
	return txt("No")
}

// column describes one column. Decimals applies to number cells: -1 keeps
// the value as stored (whole numbers show no decimals), n rounds derived
// figures to n decimals in CSV and formats them with n decimals in XLSX.
type column struct {
	Header   string
	Derived  bool
	Decimals int
	// Key marks years, IDs and orders: numbers never shown with thousands
	// grouping ("2023", not "2.023").
	Key bool
}

// title is the header people see; derived columns say so.
func (c column) title() string {
	if c.Derived {
		return c.Header + " (calcolato)"
	}
	return c.Header
}

// Column constructors: stored text/number/date, and derived figures.
func col(h string) column { return column{Header: h, Decimals: -1} }
func key(h string) column { return column{Header: h, Decimals: -1, Key: true} }

func (c column) asKey() column    { c.Key = true; return c }
func calc(h string, d int) column { return column{Header: h, Derived: true, Decimals: d} }

// table is one section of the plan: Sheet names the XLSX sheet, File the
// CSV file.
type table struct {
	Sheet string
	File  string
	Cols  []column
	Rows  [][]cell
}

func (t *table) add(cells ...cell) { t.Rows = append(t.Rows, cells) }

func joinInts(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n) // years and months: never "2.023"
	}
	return strings.Join(parts, ", ")
}
