package workbook

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pianoperformance/model"
	"pianoperformance/workbook/wbtest"
)

// The workbooks go through a real LibreOffice Calc, headless, as they do
// on a Responsabile's computer: typed into as an Italian user types
// (Calc turns "1.234,5", "85%" and "30/06/2024" into numbers and dates,
// and runs the workbook's checks), sorted and with a column hidden after
// lifting the protection, or only opened and saved again. Calc rewrites
// the whole file, styles and types included; the program must read back
// what was meant. One run of the script serves every case: LibreOffice is
// slow to start, and its profile is set up once.
func TestLibreOffice(t *testing.T) {
	if _, err := exec.LookPath("soffice"); err != nil {
		t.Skip("LibreOffice Calc (soffice) non è installato: il test delle schede compilate con Calc non gira. " +
			"scripts/setup.sh test lo installa, e in CI gira sempre.")
	}
	python := pythonConUno(t)
	db, id := pianoSuDisco(t, wbtest.Piano())
	dir := t.TempDir()
	tec := prepara(t, carica(t, db), id, 1, dir)["Area Tecnica"]
	copia := func(name string) string {
		b, err := os.ReadFile(tec)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	f, err := excelize.OpenFile(tec)
	if err != nil {
		t.Fatal(err)
	}
	type step struct {
		Op         string `json:"op"`
		Sheet      string `json:"sheet"`
		Cell       string `json:"cell,omitempty"`
		Text       string `json:"text,omitempty"`
		Range      string `json:"range,omitempty"`
		Field      int    `json:"field,omitempty"`
		Descending bool   `json:"descending,omitempty"`
		Column     string `json:"column,omitempty"`
	}
	at := func(op, riga, col, text string) step {
		sh, cell := wbtest.Cella(t, f, riga, col)
		return step{Op: op, Sheet: sh, Cell: cell, Text: text}
	}
	I, O, F := wbtest.I, wbtest.O, wbtest.F
	digitata := []step{
		at("type", I(wbtest.IndProgetto), wbtest.Valore, "30/06/2024"),
		at("type", I(wbtest.IndProgetto), wbtest.Stato, "raggiunto"),
		at("type", I(wbtest.IndKm), wbtest.Valore, "1.234,5"),
		at("type", I(wbtest.IndKm), wbtest.Data, "01/07/2024"),
		at("type", I(wbtest.IndKm), wbtest.Stato, "in linea"),
		at("type", I(wbtest.IndPratiche), wbtest.Valore, "85%"),
		at("type", I(wbtest.IndPratiche), wbtest.Stato, "a rischio"),
		at("type", I(wbtest.IndPratiche), wbtest.Causa, "Carenza di personale "),
		at("type", I(wbtest.IndPiano), wbtest.Valore, "sì"),
		at("type", I(wbtest.IndRelazione), wbtest.Valore, "Relazione consegnata il 20/06"),
		at("type", O(wbtest.ObTE1), wbtest.Nota, "Gara aggiudicata, lavori avviati."),
		at("type", F(wbtest.FaseGara), wbtest.Conclusa, "sì"),
		at("type", F(wbtest.FaseGara), wbtest.Data, "15/05/2024"),
	}
	disordinata := []step{
		{Op: "unprotect", Sheet: "Indicatori"},
		at("type", I(wbtest.IndKm), wbtest.Valore, "7"),
		at("type", I(wbtest.IndKm), wbtest.Stato, "critico"),
		at("textformat", I(wbtest.IndPratiche), wbtest.Valore, ""),
		at("paste", I(wbtest.IndPratiche), wbtest.Valore, "62,5"),
		at("paste", I(wbtest.IndPratiche), wbtest.Data, "30/06/2024 "),
		at("paste", I(wbtest.IndPiano), wbtest.Valore, "NO"),
		// The whole table, hidden keys included, by indicator, Z to A.
		{Op: "sort", Sheet: "Indicatori", Range: "A6:M10", Field: 2, Descending: true},
		{Op: "hide", Sheet: "Indicatori", Column: "G"},
	}
	f.Close()
	convertita := copia("convertita.xlsx")
	wbtest.Compila(t, convertita,
		wbtest.M(I(wbtest.IndKm), wbtest.Valore, wbtest.Testo("1.234,5")),
		wbtest.M(I(wbtest.IndPratiche), wbtest.Valore, wbtest.Percento(0.85)),
		wbtest.M(I(wbtest.IndProgetto), wbtest.Valore, wbtest.Giorno(model.MustDate(2024, 6, 30))),
		wbtest.M(I(wbtest.IndPiano), wbtest.Valore, wbtest.Vero(false)))

	out := filepath.Join(dir, "calc")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	type job struct {
		In    string `json:"in"`
		Out   string `json:"out"`
		Steps []step `json:"steps"`
	}
	jobs := []job{
		{copia("digitata.xlsx"), filepath.Join(out, "digitata.xlsx"), digitata},
		{copia("disordinata.xlsx"), filepath.Join(out, "disordinata.xlsx"), disordinata},
		{convertita, filepath.Join(out, "convertita.xlsx"), []step{}},
	}
	spec, _ := json.Marshal(map[string]any{"profile": filepath.Join(t.TempDir(), "profilo"), "jobs": jobs})
	specPath := filepath.Join(dir, "lavori.json")
	if err := os.WriteFile(specPath, spec, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, filepath.Join("testdata", "libreoffice.py"), specPath)
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("LibreOffice: %v\n%s", err, b)
	}
	if strings.Contains(string(b), "di nuovo") {
		t.Logf("LibreOffice:\n%s", b)
	}

	p := carica(t, db)
	leggi := func(name string) map[string]map[string]string {
		t.Helper()
		a := Leggi(p, leggiFile(t, filepath.Join(out, name)), OpzioniLettura{Piano: id})
		if len(a.Rifiuti) > 0 {
			t.Fatalf("%s rifiutata: %+v", name, a.Rifiuti)
		}
		got := map[string]map[string]string{}
		for _, r := range a.Schede[0].Righe {
			if r.Esito == Problema {
				t.Errorf("%s, %s: %v", name, r.Dove, r.Problemi)
			}
			for _, c := range r.Campi {
				if got[r.Chiave] == nil {
					got[r.Chiave] = map[string]string{}
				}
				got[r.Chiave][c.Nome] = c.Scheda
			}
		}
		return got
	}
	check := func(name string, want map[string]map[string]string) {
		t.Helper()
		if got := leggi(name); !reflect.DeepEqual(got, want) {
			t.Errorf("%s letta da Calc:\n got %v\nwant %v", name, got, want)
		}
	}
	check("disordinata.xlsx", map[string]map[string]string{
		I(wbtest.IndKm):       {"valore": "7", "stato": "critico"},
		I(wbtest.IndPratiche): {"valore": "62,5%", "data della rilevazione": "30/06/2024"},
		I(wbtest.IndPiano):    {"valore": "no"},
	})
	check("convertita.xlsx", map[string]map[string]string{
		I(wbtest.IndKm):       {"valore": "1.234,5"},
		I(wbtest.IndPratiche): {"valore": "85%"},
		I(wbtest.IndProgetto): {"valore": "30/06/2024"},
		I(wbtest.IndPiano):    {"valore": "no"},
	})
	check("digitata.xlsx", map[string]map[string]string{
		I(wbtest.IndProgetto):  {"valore": "30/06/2024", "stato": "raggiunto"},
		I(wbtest.IndKm):        {"valore": "1.234,5", "data della rilevazione": "01/07/2024", "stato": "in linea"},
		I(wbtest.IndPratiche):  {"valore": "85%", "stato": "a rischio", "causa dello scostamento": "Carenza di personale"},
		I(wbtest.IndPiano):     {"valore": "sì"},
		I(wbtest.IndRelazione): {"valore": "Relazione consegnata il 20/06"},
		O(wbtest.ObTE1):        {"stato di attuazione": "Gara aggiudicata, lavori avviati."},
		F(wbtest.FaseGara):     {"conclusa": "sì", "conclusa il": "15/05/2024"},
	})

	// What Calc wrote is saved, and found in the plan file.
	salva(t, db, Leggi(p, leggiFile(t, filepath.Join(out, "digitata.xlsx")), OpzioniLettura{Piano: id}), nil)
	p = carica(t, db)
	ind, _ := p.IndicatoreByID(wbtest.IndKm)
	if r := ind.RisultatoAl(1); r == nil || r.Valore != "1.234,5" || r.Data != model.MustDate(2024, 7, 1) || r.Stato != model.StatoInLinea {
		t.Errorf("nell'archivio: %+v", r)
	}
	ind, _ = p.IndicatoreByID(wbtest.IndPratiche)
	if r := ind.RisultatoAl(1); r == nil || r.Valore != "85%" || r.Causa != "Carenza di personale" {
		t.Errorf("nell'archivio: %+v", r)
	}
	if fs, _ := p.FaseByID(wbtest.FaseGara); !fs.Completata || *fs.Completamento != model.MustDate(2024, 5, 15) {
		t.Errorf("fase nell'archivio: %+v", fs)
	}
}

// pythonConUno is the Python that has LibreOffice's bridge (Debian's
// python3-uno installs it for the system Python).
func pythonConUno(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/python3", "python3"} {
		if exec.Command(p, "-c", "import uno").Run() == nil {
			return p
		}
	}
	t.Fatal("LibreOffice c'è ma manca il suo modulo Python (python3-uno): scripts/setup.sh test lo installa")
	return ""
}
