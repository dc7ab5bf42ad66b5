package report

import (
	"strings"
	"testing"
)

func TestFitColumnsKeepsWordsWholeAndDropsEmptyColumns(t *testing.T) {
	d := newDoc(fixturePlan(), true, "t", "t", Options{Printed: printed})
	d.newPage()
	specs := []colFit{
		{col: col{title: "Codice"}, max: 10}, {col: col{title: "Obiettivo"}, text: true, weight: 1},
		{col: col{title: "Peso"}, max: 6}, {col: col{title: "Anni"}, max: 4},
	}
	rows := [][]string{{"AMM.01010601.001", "Riorganizzazione dei servizi", "", "2016"}, {"B", "Breve", "", "2017"}}
	cols, keep := d.fitColumns(8.5, specs, rows)
	if len(keep) != 3 || keep[2] != 3 {
		t.Fatalf("columns kept %v, want the empty Peso left out", keep)
	}
	total := 0.0
	for _, c := range cols {
		total += c.w
	}
	if total < d.width()-0.01 || total > d.width()+0.01 {
		t.Errorf("columns take %.1f mm of %.1f", total, d.width())
	}
	d.font("", 8.5)
	if w := d.pdf.GetStringWidth("AMM.01010601.001") + 2*d.pdf.GetCellMargin(); cols[0].w < w {
		t.Errorf("code column %.1f mm, narrower than its code (%.1f mm)", cols[0].w, w)
	}
	if cols[1].w < 100 {
		t.Errorf("the text column got %.1f mm: the width of the empty columns should go to it", cols[1].w)
	}

	// Words no page can hold: the years keep their width.
	huge := strings.Repeat("W", 200)
	cols, _ = d.fitColumns(8.5, specs, [][]string{{huge, huge, "", "2016"}})
	if w := d.pdf.GetStringWidth("2016") + 2*d.pdf.GetCellMargin(); cols[2].w < w {
		t.Errorf("years column %.1f mm, narrower than a year (%.1f mm)", cols[2].w, w)
	}
}
