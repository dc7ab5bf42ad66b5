package wbtest

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"pianoperformance/model"
)

// Values as a user leaves them in a cell.
type (
	Testo    string     // typed or pasted as text
	Percento float64    // "85%" typed: 0,85 shown as a percentage
	Giorno   model.Date // a date typed in a date cell
	Vero     bool       // TRUE/FALSE
	Vuoto    struct{}   // cleared
)

// Modifica is a cell to change: the row (I, O, F), the column key, the
// value (Testo, Percento, Giorno, Vero, Vuoto, float64 or int).
type Modifica struct {
	Riga, Col string
	V         any
}

// M is a Modifica.
func M(riga, col string, v any) Modifica { return Modifica{Riga: riga, Col: col, V: v} }

// Cella finds the cell of a row and column of a workbook, as a user finds
// it on the screen: by what the row is, not by its position.
func Cella(t testing.TB, f *excelize.File, riga, col string) (sheet, cell string) {
	t.Helper()
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
		if err != nil || len(rows) == 0 {
			continue
		}
		ci, key := -1, -1
		for i, k := range rows[0] {
			switch {
			case k == col:
				ci = i
			case strings.HasPrefix(k, "chiave."):
				key = i
			}
		}
		if ci < 0 || key < 0 {
			continue
		}
		for n, r := range rows {
			if key < len(r) && strings.HasPrefix(r[key], riga+"-") {
				name, _ := excelize.CoordinatesToCellName(ci+1, n+1)
				return sh, name
			}
		}
	}
	t.Fatalf("riga %s, colonna %s non trovate", riga, col)
	return "", ""
}

// Compila fills a workbook as a user would with a spreadsheet, and saves it.
func Compila(t testing.TB, path string, mm ...Modifica) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	pct, err := f.NewStyle(&excelize.Style{NumFmt: 9, Protection: &excelize.Protection{Locked: false}})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range mm {
		sh, cell := Cella(t, f, m.Riga, m.Col)
		switch v := m.V.(type) {
		case Testo:
			err = f.SetCellStr(sh, cell, string(v))
		case float64:
			err = f.SetCellFloat(sh, cell, v, -1, 64)
		case int:
			err = f.SetCellInt(sh, cell, int64(v))
		case Percento:
			if err = f.SetCellFloat(sh, cell, float64(v), -1, 64); err == nil {
				err = f.SetCellStyle(sh, cell, cell, pct)
			}
		case Giorno:
			err = f.SetCellFloat(sh, cell, Seriale(model.Date(v)), 0, 64)
		case Vero:
			err = f.SetCellBool(sh, cell, bool(v))
		case Vuoto:
			err = f.SetCellValue(sh, cell, nil)
		default:
			err = fmt.Errorf("valore %T", v)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

// Seriale is a date as a spreadsheet's day number.
func Seriale(d model.Date) float64 {
	return math.Round(d.Time().Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24)
}

// ScambiaContesto exchanges the indicator names two rows show, leaving
// their hidden keys: what sorting only the visible columns does.
func ScambiaContesto(t testing.TB, path, a, b string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sa, ca := Cella(t, f, a, Indicatore)
	sb, cb := Cella(t, f, b, Indicatore)
	va, _ := f.GetCellValue(sa, ca)
	vb, _ := f.GetCellValue(sb, cb)
	if err := f.SetCellStr(sa, ca, vb); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStr(sb, cb, va); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

// Rovescia reverses the order of the data rows of a sheet, hidden keys
// with them, and hides a column: a user who sorted the whole table.
func Rovescia(t testing.TB, path, sheet string, firstRow int, hide string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	data := rows[firstRow-1:]
	for i, j := 0, len(data)-1; i < j; i, j = i+1, j-1 {
		a, b := firstRow+i, firstRow+j
		for c := 0; c < max(len(data[i]), len(data[j])); c++ {
			ca, _ := excelize.CoordinatesToCellName(c+1, a)
			cb, _ := excelize.CoordinatesToCellName(c+1, b)
			va, _ := f.GetCellValue(sheet, ca, excelize.Options{RawCellValue: true})
			vb, _ := f.GetCellValue(sheet, cb, excelize.Options{RawCellValue: true})
			ta, _ := f.GetCellType(sheet, ca)
			tb, _ := f.GetCellType(sheet, cb)
			sa, _ := f.GetCellStyle(sheet, ca)
			sb, _ := f.GetCellStyle(sheet, cb)
			set(t, f, sheet, ca, vb, tb, sb)
			set(t, f, sheet, cb, va, ta, sa)
		}
	}
	if err := f.SetColVisible(sheet, hide, false); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

func set(t testing.TB, f *excelize.File, sh, cell, raw string, typ excelize.CellType, style int) {
	t.Helper()
	var err error
	switch {
	case raw == "":
		err = f.SetCellValue(sh, cell, nil)
	case typ == excelize.CellTypeUnset || typ == excelize.CellTypeNumber:
		var v float64
		fmt.Sscan(raw, &v)
		err = f.SetCellFloat(sh, cell, v, -1, 64)
	default:
		err = f.SetCellStr(sh, cell, raw)
	}
	if err == nil {
		err = f.SetCellStyle(sh, cell, cell, style)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// CompilaTutto fills every row of a workbook as a Responsabile who reports
// on everything: a value and a state for each indicator, fitting the kind
// its «Unità di misura» column shows, and a note for each objective. For
// measurements on large plans: one pass over the workbook.
func CompilaTutto(t testing.TB, path string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
		if err != nil || len(rows) == 0 {
			continue
		}
		col := map[string]int{}
		for i, k := range rows[0] {
			col[k] = i
		}
		key, ok := col["chiave.indicatori"]
		if !ok {
			key, ok = col["chiave.obiettivi"]
		}
		if !ok {
			continue
		}
		cell := func(c, r int) string { n, _ := excelize.CoordinatesToCellName(c+1, r+1); return n }
		for r, row := range rows {
			if r == 0 || key >= len(row) || row[key] == "" {
				continue // the hidden keys row, titles, headers
			}
			if i, ok := col[Nota]; ok {
				err = f.SetCellStr(sh, cell(i, r), "Attività svolte come previsto; restano le verifiche finali.")
			}
			if i, ok := col[Valore]; ok {
				c := cell(i, r)
				switch row[col["misura"]] {
				case "data":
					err = f.SetCellFloat(sh, c, Seriale(model.MustDate(2024, 6, 15)), 0, 64)
				case "%":
					err = f.SetCellFloat(sh, c, 75, -1, 64)
				case "sì/no":
					err = f.SetCellStr(sh, c, "sì")
				case "descrizione":
					err = f.SetCellStr(sh, c, "Bozza presentata alla Giunta")
				default:
					err = f.SetCellFloat(sh, c, 12, -1, 64)
				}
				if err == nil {
					err = f.SetCellStr(sh, cell(col[Stato], r), "in linea")
				}
			}
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}
