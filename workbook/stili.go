package workbook

import "github.com/xuri/excelize/v2"

// The look of the form: the plan's data on grey (locked), the cells to
// fill in on pale yellow (unlocked), thin borders, wrapped text, headers
// on blue. Consecutive objectives alternate two greys so a reader sees
// which indicators belong together.

const (
	coloreTitolo   = "1F3864"
	colorePiano    = "595959"
	coloreCompila  = "FFF4CC"
	coloreBordo    = "A6A6A6"
	coloreTitoli   = "DCE6F1"
	coloreGruppoP  = "D9D9D9"
	coloreGruppoC  = "FFE699"
	formatoData    = "dd/mm/yyyy"
	dimensioneTest = 10
)

var grigi = [2]string{"F2F2F2", "E4E8EE"}

type stili struct {
	titolo, sotto, gruppoPiano, gruppoCompila, intestazione, chiave int
	contesto, contestoData                                          [2]int
	compila, compilaData                                            int
	// Instructions sheet.
	iTitolo, iTesto, iScadenza, iSezione, iVoce int
}

func bordi() []excelize.Border {
	var b []excelize.Border
	for _, t := range []string{"left", "right", "top", "bottom"} {
		b = append(b, excelize.Border{Type: t, Color: coloreBordo, Style: 1})
	}
	return b
}

func nuoviStili(f *excelize.File) (stili, error) {
	var st stili
	font := func(bold bool, size float64, color string) *excelize.Font {
		return &excelize.Font{Bold: bold, Size: size, Color: color, Family: "Calibri"}
	}
	fill := func(c string) excelize.Fill { return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}} }
	top := &excelize.Alignment{Vertical: "top", WrapText: true}
	data := formatoData
	locked := &excelize.Protection{Locked: true}
	open := &excelize.Protection{Locked: false}
	defs := []struct {
		id *int
		s  *excelize.Style
	}{
		{&st.titolo, &excelize.Style{Font: font(true, 14, coloreTitolo), Alignment: &excelize.Alignment{Vertical: "center"}}},
		{&st.sotto, &excelize.Style{Font: font(false, dimensioneTest, colorePiano), Alignment: &excelize.Alignment{Vertical: "center"}}},
		{&st.gruppoPiano, &excelize.Style{Font: font(true, dimensioneTest, "404040"), Fill: fill(coloreGruppoP), Border: bordi(),
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}},
		{&st.gruppoCompila, &excelize.Style{Font: font(true, dimensioneTest, "7F6000"), Fill: fill(coloreGruppoC), Border: bordi(),
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}},
		{&st.intestazione, &excelize.Style{Font: font(true, dimensioneTest, coloreTitolo), Fill: fill(coloreTitoli), Border: bordi(),
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
		{&st.chiave, &excelize.Style{Font: font(false, 8, "808080"), Protection: locked}},
		{&st.contesto[0], &excelize.Style{Font: font(false, dimensioneTest, ""), Fill: fill(grigi[0]), Border: bordi(), Alignment: top, Protection: locked}},
		{&st.contesto[1], &excelize.Style{Font: font(false, dimensioneTest, ""), Fill: fill(grigi[1]), Border: bordi(), Alignment: top, Protection: locked}},
		{&st.contestoData[0], &excelize.Style{Font: font(false, dimensioneTest, ""), Fill: fill(grigi[0]), Border: bordi(), Alignment: top,
			Protection: locked, CustomNumFmt: &data}},
		{&st.contestoData[1], &excelize.Style{Font: font(false, dimensioneTest, ""), Fill: fill(grigi[1]), Border: bordi(), Alignment: top,
			Protection: locked, CustomNumFmt: &data}},
		{&st.compila, &excelize.Style{Font: font(false, dimensioneTest, ""), Fill: fill(coloreCompila), Border: bordi(), Alignment: top, Protection: open}},
		{&st.compilaData, &excelize.Style{Font: font(false, dimensioneTest, ""), Fill: fill(coloreCompila), Border: bordi(), Alignment: top,
			Protection: open, CustomNumFmt: &data}},
		{&st.iTitolo, &excelize.Style{Font: font(true, 16, coloreTitolo), Alignment: &excelize.Alignment{Vertical: "center"}}},
		{&st.iTesto, &excelize.Style{Font: font(false, 11, ""), Alignment: top}},
		{&st.iScadenza, &excelize.Style{Font: font(true, 12, "C00000"), Alignment: top}},
		{&st.iSezione, &excelize.Style{Font: font(true, 12, coloreTitolo), Alignment: &excelize.Alignment{Vertical: "bottom"},
			Border: []excelize.Border{{Type: "bottom", Color: coloreTitolo, Style: 1}}}},
		{&st.iVoce, &excelize.Style{Font: font(false, 11, ""), Alignment: &excelize.Alignment{Vertical: "top", WrapText: true, Indent: 1}}},
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
