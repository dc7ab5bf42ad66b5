package export

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"pianoperformance/assets"
	"pianoperformance/model"
)

// readCSV parses a file the way Italian Excel would, after checking the BOM
// and the CRLF line ends, and returns the header and the rows.
func readCSV(t *testing.T, path string) (head []string, rows [][]string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte(bom)) {
		t.Fatalf("%s: manca il BOM UTF-8", path)
	}
	if bytes.Count(b, []byte("\n")) != bytes.Count(b, []byte("\r\n")) {
		t.Fatalf("%s: non tutte le righe finiscono con CRLF", path)
	}
	r := csv.NewReader(bytes.NewReader(b[len(bom):]))
	r.Comma = ';'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return recs[0], recs[1:]
}

// column finds a header's index.
func colIndex(t *testing.T, head []string, name string) int {
	t.Helper()
	i := slices.Index(head, name)
	if i < 0 {
		t.Fatalf("colonna %q assente in %q", name, head)
	}
	return i
}

func TestCSVEqualsPlan(t *testing.T) {
	p := testPlan()
	dir := filepath.Join(t.TempDir(), "opendata")
	paths, err := CSV(dir, p)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 19 {
		t.Fatalf("scritti %d file, attesi 19: %v", len(paths), paths)
	}
	for _, want := range []string{"obiettivi.csv", "popolazione.csv", "indicatori.csv", "fasi.csv", "risultati.csv",
		"verifiche.csv", "esiti_obiettivi.csv", "esiti_aree.csv", "sistema_valutazione.csv", "relazione.csv"} {
		if !slices.Contains(paths, filepath.Join(dir, want)) {
			t.Errorf("manca %s", want)
		}
	}

	checkCSVObiettivi(t, dir, p)
	head, rows := readCSV(t, filepath.Join(dir, "obiettivi.csv"))
	if d := rows[1][colIndex(t, head, "Descrizione")]; d != "Prima riga\n- punto uno\n- punto due" {
		t.Errorf("testo su più righe alterato: %q", d)
	}

	// Population: numbers the Italian way, derived columns marked.
	head, rows = readCSV(t, filepath.Join(dir, "popolazione.csv"))
	iRes, iVar := colIndex(t, head, "Residenti"), colIndex(t, head, "Variazione sull'anno precedente (calcolato)")
	iPM := colIndex(t, head, "% maschi (calcolato)")
	for k, r := range p.Popolazione {
		if rows[k][iRes] != strconv.Itoa(r.Residenti) {
			t.Errorf("residenti %d: %q", r.Anno, rows[k][iRes])
		}
		got, err := model.ParseNumber(rows[k][iPM])
		if err != nil || got != roundTo(float64(r.Maschi)*100/float64(r.Residenti), 2) {
			t.Errorf("%% maschi %d: %q (%v)", r.Anno, rows[k][iPM], err)
		}
	}
	if rows[0][iVar] != "" || rows[1][iVar] != "-8" {
		t.Errorf("variazione: %q e %q, attese vuota e -8", rows[0][iVar], rows[1][iVar])
	}

	head, rows = readCSV(t, filepath.Join(dir, "strade.csv"))
	if km := rows[len(rows)-1][colIndex(t, head, "Km")]; km != "1363,18" {
		t.Errorf("km %q, atteso 1363,18 (virgola decimale, senza punti delle migliaia)", km)
	}
	head, rows = readCSV(t, filepath.Join(dir, "ente_piano.csv"))
	if d := rows[0][colIndex(t, head, "Data atto")]; d != "31/01/2024" {
		t.Errorf("data atto %q, attesa 31/01/2024", d)
	}
	if a := rows[0][colIndex(t, head, "Anno")]; a != "2024" {
		t.Errorf("anno %q, atteso 2024 senza punto delle migliaia", a)
	}
	head, rows = readCSV(t, filepath.Join(dir, "risultati.csv"))
	// The target "-8" of a timing indicator cannot be read: nothing is
	// computed, the degree is the one set by hand.
	if r := rows[0]; r[colIndex(t, head, "Raggiungimento % (calcolato)")] != "87,50" || r[colIndex(t, head, "Raggiungimento inserito a mano %")] != "87,5" ||
		r[colIndex(t, head, "Raggiungimento secondo il target % (calcolato)")] != "" ||
		r[colIndex(t, head, "Motivo")] != "'=consegna parziale" || r[colIndex(t, head, "Inserito il")] != "10/07/2024" ||
		r[colIndex(t, head, "Origine del raggiungimento (calcolato)")] != "forzato" || r[colIndex(t, head, "Verifica")] != "30/06/2024" {
		t.Errorf("rilevazione: %q", r)
	}
	if len(rows) != 2*2*len(p.Obiettivi) {
		t.Errorf("risultati.csv: %d righe, attese %d (2 verifiche × 2 indicatori × obiettivi)", len(rows), 4*len(p.Obiettivi))
	}
	head, rows = readCSV(t, filepath.Join(dir, "esiti_obiettivi.csv"))
	last := rows[len(rows)/2] // the first objective at the year-end checkpoint
	if last[colIndex(t, head, "Codice")] != "OB.1" || last[colIndex(t, head, "Data della validazione")] != "15/03/2025" ||
		last[colIndex(t, head, "Validato dal Nucleo %")] == "" || last[colIndex(t, head, "Quota di incentivo % (calcolato)")] == "" {
		t.Errorf("esito dell'obiettivo: %q", last)
	}
	head, rows = readCSV(t, filepath.Join(dir, "esiti_aree.csv"))
	if len(rows) != 2*7 || rows[6][colIndex(t, head, "Area")] != "Ente (tutte le Aree)" || rows[6][colIndex(t, head, "Risultato % (calcolato)")] == "" {
		t.Errorf("esiti delle Aree: %q", rows)
	}
	_, rows = readCSV(t, filepath.Join(dir, "sistema_valutazione.csv"))
	if rows[2][1] != "sotto il 50%: 0% dell'incentivo; dal 50% al 90% escluso: in proporzione al risultato; dal 90%: 100% dell'incentivo" {
		t.Errorf("fasce: %q", rows[2])
	}
}

// checkCSVObiettivi compares obiettivi.csv and indicatori.csv with the plan.
func checkCSVObiettivi(t *testing.T, dir string, p *model.Plan) {
	t.Helper()
	head, rows := readCSV(t, filepath.Join(dir, "obiettivi.csv"))
	if len(rows) != len(p.Obiettivi) {
		t.Fatalf("obiettivi.csv: %d righe, attesi %d", len(rows), len(p.Obiettivi))
	}
	iID, iTit, iDesc, iNote := colIndex(t, head, "ID"), colIndex(t, head, "Titolo"), colIndex(t, head, "Descrizione"), colIndex(t, head, "Note")
	for k, o := range p.Obiettivi {
		r := rows[k]
		if r[iID] != strconv.FormatInt(o.ID, 10) || r[iTit] != Neutralize(o.Titolo) ||
			r[iDesc] != Neutralize(o.Descrizione) || r[iNote] != Neutralize(o.Note) {
			t.Errorf("obiettivo %d: riga %q", o.ID, r)
		}
	}

	// Indicators: one row per indicator and target year, in plan order.
	head, rows = readCSV(t, filepath.Join(dir, "indicatori.csv"))
	iObj, iNome, iAnno, iTarget := colIndex(t, head, "ID obiettivo"), colIndex(t, head, "Indicatore"), colIndex(t, head, "Anno"), colIndex(t, head, "Target")
	var want [][4]string
	for _, o := range p.Obiettivi {
		for _, ind := range o.Indicatori {
			for _, tg := range ind.Target {
				want = append(want, [4]string{strconv.FormatInt(o.ID, 10), Neutralize(ind.Nome), strconv.Itoa(tg.Anno), Neutralize(tg.Valore)})
			}
		}
	}
	if len(rows) != len(want) {
		t.Fatalf("indicatori.csv: %d righe, attese %d", len(rows), len(want))
	}
	for k, w := range want {
		if got := [4]string{rows[k][iObj], rows[k][iNome], rows[k][iAnno], rows[k][iTarget]}; got != w {
			t.Errorf("indicatori riga %d: %q, atteso %q", k+2, got, w)
		}
	}

}

func TestCSVOfTheExamplePlan(t *testing.T) {
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := CSV(dir, p); err != nil {
		t.Fatal(err)
	}
	checkCSVObiettivi(t, dir, p)
	// Roles are spelled as the window and the printouts spell them.
	b, err := os.ReadFile(filepath.Join(dir, "unita_organizzative.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), ";"+model.RuoloEQ.Label()+";") || strings.Contains(string(b), "Elevata Qualificazione") {
		t.Fatalf("unita_organizzative.csv does not spell the role %q", model.RuoloEQ.Label())
	}
}

func roundTo(f float64, d int) float64 {
	v, _ := model.ParseNumber(strings.ReplaceAll(model.FormatNumber(f, d), ".", ""))
	return v
}

func TestCSVNeutralizesFormulas(t *testing.T) {
	dir := t.TempDir()
	if _, err := CSV(dir, testPlan()); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "obiettivi.csv"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`;"'=HYPERLINK(""http://x"")";`, ";'+1+1;", ";'@SUM(A1);"} {
		if !strings.Contains(s, want) {
			t.Errorf("obiettivi.csv non contiene %s", want)
		}
	}
	b, _ = os.ReadFile(filepath.Join(dir, "indicatori.csv"))
	if !strings.Contains(string(b), ";'-2+3;") || !strings.Contains(string(b), ";2024;-8;") {
		t.Errorf("indicatori.csv: guardia mancante su -2+3 o -8 alterato:\n%s", b[:400])
	}
	b, _ = os.ReadFile(filepath.Join(dir, "popolazione.csv"))
	if !strings.HasSuffix(string(b), ";-8\r\n") {
		t.Errorf("la variazione -8 deve restare un numero: %q", b)
	}
}
