package export

import (
	"bytes"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"pianoperformance/assets"
	"pianoperformance/model"
)

func openXLSX(t *testing.T, p *model.Plan) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := XLSX(&buf, p); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// cellAt reads a cell by sheet, column header and data row (0-based).
func cellAt(t *testing.T, f *excelize.File, sheet, header string, row int, opts ...excelize.Options) string {
	t.Helper()
	addr := addrOf(t, f, sheet, header, row)
	v, err := f.GetCellValue(sheet, addr, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func addrOf(t *testing.T, f *excelize.File, sheet, header string, row int) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.Index(rows[0], header)
	if i < 0 {
		t.Fatalf("%s: colonna %q assente in %q", sheet, header, rows[0])
	}
	addr, _ := excelize.CoordinatesToCellName(i+1, row+2)
	return addr
}

var raw = excelize.Options{RawCellValue: true}

func TestXLSXEqualsPlan(t *testing.T) {
	p := testPlan()
	f := openXLSX(t, p)
	want := []string{"Ente e piano", "Capitoli", "Territorio", "Strade", "Popolazione", "Fasce d'età",
		"Unità organizzative", "Personale", "Benchmark", "Servizi associati", "Obiettivi", "Indicatori", "Fasi",
		"Verifiche", "Risultati", "Esiti obiettivi", "Esiti Aree", "Sistema di valutazione", "Relazione"}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Fatalf("fogli %q, attesi %q", got, want)
	}
	checkXLSXObiettivi(t, f, p)
	// Population: numeric cells holding the plan's numbers.
	for k, r := range p.Popolazione {
		for header, v := range map[string]int{"Residenti": r.Residenti, "Maschi": r.Maschi, "Nati": r.Nati} {
			addr := addrOf(t, f, "Popolazione", header, k)
			if typ, _ := f.GetCellType("Popolazione", addr); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
				t.Errorf("%s non è una cella numerica (tipo %v)", addr, typ)
			}
			if got := cellAt(t, f, "Popolazione", header, k, raw); got != strconv.Itoa(v) {
				t.Errorf("%s %d = %q, atteso %d", header, r.Anno, got, v)
			}
		}
	}
	if got := cellAt(t, f, "Popolazione", "Variazione sull'anno precedente (calcolato)", 1, raw); got != "-8" {
		t.Errorf("variazione 2023 = %q, attesa -8 numerica", got)
	}
	if got := cellAt(t, f, "Strade", "Km", 2); got != "1,363.18" {
		t.Errorf("km formattati %q: atteso il formato #,##0.00", got)
	}
	if got := cellAt(t, f, "Ente e piano", "Anno", 0); got != "2024" {
		t.Errorf("anno %q: gli anni non hanno separatore delle migliaia", got)
	}
}

// checkXLSXObiettivi compares every objective and every indicator × year
// target with the Obiettivi and Indicatori sheets.
func checkXLSXObiettivi(t *testing.T, f *excelize.File, p *model.Plan) {
	t.Helper()
	for k, o := range p.Obiettivi {
		if cellAt(t, f, "Obiettivi", "Titolo", k) != Neutralize(o.Titolo) ||
			cellAt(t, f, "Obiettivi", "Descrizione", k) != Neutralize(o.Descrizione) ||
			cellAt(t, f, "Obiettivi", "ID", k) != strconv.FormatInt(o.ID, 10) {
			t.Errorf("obiettivo %d diverso dal piano", o.ID)
		}
	}
	row := 0
	for _, o := range p.Obiettivi {
		for _, ind := range o.Indicatori {
			for _, tg := range ind.Target {
				if cellAt(t, f, "Indicatori", "Indicatore", row) != Neutralize(ind.Nome) ||
					cellAt(t, f, "Indicatori", "Anno", row) != strconv.Itoa(tg.Anno) ||
					cellAt(t, f, "Indicatori", "Target", row) != Neutralize(tg.Valore) ||
					cellAt(t, f, "Indicatori", "ID obiettivo", row) != strconv.FormatInt(o.ID, 10) {
					t.Errorf("indicatori, riga %d: diversa dal piano", row+2)
				}
				row++
			}
		}
	}
}

func TestXLSXOfTheExamplePlan(t *testing.T) {
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	f := openXLSX(t, p)
	checkXLSXObiettivi(t, f, p)
	rows, _ := f.GetRows("Obiettivi")
	if len(rows) != len(p.Obiettivi)+1 || len(p.Obiettivi) != 25 {
		t.Errorf("foglio Obiettivi: %d righe per %d obiettivi", len(rows), len(p.Obiettivi))
	}
	for k, r := range p.Popolazione {
		if got := cellAt(t, f, "Popolazione", "Residenti", k, raw); got != strconv.Itoa(r.Residenti) {
			t.Errorf("residenti %d: %q", r.Anno, got)
		}
	}
}

func TestXLSXDatesAreDates(t *testing.T) {
	f := openXLSX(t, testPlan())
	addr := addrOf(t, f, "Ente e piano", "Data atto", 0)
	serial, _ := f.GetCellValue("Ente e piano", addr, raw)
	d, err := excelize.ExcelDateToTime(mustFloat(t, serial), false)
	if err != nil || !d.Equal(time.Date(2024, time.January, 31, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("data atto: seriale %q = %v (%v), atteso 31/01/2024", serial, d, err)
	}
	if shown, _ := f.GetCellValue("Ente e piano", addr); shown != "31/01/2024" {
		t.Errorf("data atto mostrata come %q, attesa 31/01/2024", shown)
	}
	id, _ := f.GetCellStyle("Ente e piano", addr)
	st, _ := f.GetStyle(id)
	if st.CustomNumFmt == nil || *st.CustomNumFmt != "dd/mm/yyyy" {
		t.Errorf("formato della data: %+v", st)
	}
}

func mustFloat(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("%q non è un numero: %v", s, err)
	}
	return v
}

func TestXLSXLayout(t *testing.T) {
	f := openXLSX(t, testPlan())
	for _, sh := range f.GetSheetList() {
		panes, err := f.GetPanes(sh)
		if err != nil || !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
			t.Errorf("%s: riga di intestazione non bloccata: %+v %v", sh, panes, err)
		}
		id, _ := f.GetCellStyle(sh, "A1")
		st, _ := f.GetStyle(id)
		if st.Font == nil || !st.Font.Bold {
			t.Errorf("%s: intestazione non in grassetto", sh)
		}
	}
	names := map[string]bool{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm._FilterDatabase" {
			names[dn.Scope] = true
		}
	}
	if len(names) != len(f.GetSheetList()) {
		t.Errorf("filtro automatico su %d fogli su %d: %v", len(names), len(f.GetSheetList()), names)
	}
	wTit, _ := f.GetColWidth("Obiettivi", "I")
	wID, _ := f.GetColWidth("Obiettivi", "A")
	if wTit <= wID || wTit > maxWidth {
		t.Errorf("larghezze non adattate al contenuto: Titolo %v, ID %v", wTit, wID)
	}
	props, _ := f.GetDocProps()
	if props.Creator != "Piano della Performance" || props.Language != "it-IT" {
		t.Errorf("proprietà del documento: %+v", props)
	}
}

func TestXLSXNeutralizesFormulas(t *testing.T) {
	f := openXLSX(t, testPlan())
	for header, want := range map[string]string{"Titolo": `'=HYPERLINK("http://x")`, "Descrizione": "'+1+1", "Note": "'@SUM(A1)"} {
		addr := addrOf(t, f, "Obiettivi", header, 0)
		if got, _ := f.GetCellValue("Obiettivi", addr); got != want {
			t.Errorf("%s = %q, atteso %q", header, got, want)
		}
		if formula, _ := f.GetCellFormula("Obiettivi", addr); formula != "" {
			t.Errorf("%s contiene la formula %q", header, formula)
		}
		if typ, _ := f.GetCellType("Obiettivi", addr); typ != excelize.CellTypeSharedString {
			t.Errorf("%s non è testo (tipo %v)", header, typ)
		}
	}
	if got := cellAt(t, f, "Indicatori", "Indicatore", 0); got != "'-2+3" {
		t.Errorf("indicatore %q, atteso '-2+3", got)
	}
}

func TestXLSXIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := XLSX(&a, testPlan()); err != nil {
		t.Fatal(err)
	}
	if err := XLSX(&b, testPlan()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("due esportazioni dello stesso piano danno byte diversi")
	}
	var c bytes.Buffer
	when := time.Date(2024, time.February, 1, 9, 30, 0, 0, time.UTC)
	if err := XLSXWith(&c, testPlan(), Options{Created: when}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&c)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	props, _ := f.GetDocProps()
	if props.Created != "2024-02-01T09:30:00Z" || props.Modified != props.Created {
		t.Errorf("date del documento: creato %q, modificato %q", props.Created, props.Modified)
	}
}
