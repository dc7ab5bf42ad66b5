package cli

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pianoperformance/model"
	"pianoperformance/model/sqlite"
)

func TestHelpIsItalian(t *testing.T) {
	r := piano(t, t.TempDir())
	if r.code != exitUsage || !strings.Contains(r.stderr, "Comandi:") || !strings.Contains(r.stderr, "esporta il piano") {
		t.Errorf("senza argomenti: uscita %d\n%s", r.code, r.stderr)
	}
	for _, c := range []struct{ cmd, want string }{
		{"export", "Esporta il piano in un formato aperto"},
		{"import", "L'importazione è tutto o niente"},
		{"check", "Controlla la coerenza del piano"},
		{"print", "una scheda obiettivo per pagina"},
		{"synth", "piano sintetico grande"},
		{"monitoraggio", "Le schede di monitoraggio delle Aree"},
	} {
		r := ok(t, t.TempDir(), c.cmd, "-h")
		if !strings.Contains(r.stdout, c.want) || !strings.Contains(r.stdout, "Uso:") || strings.Contains(r.stdout, "Usage") {
			t.Errorf("piano %s -h:\n%s", c.cmd, r.stdout)
		}
	}
	r = piano(t, t.TempDir(), "export", "--example", "--format", "json", "--sconosciuta")
	if r.code != exitUsage || !strings.Contains(r.stderr, "opzione sconosciuta: -sconosciuta") || strings.Contains(r.stderr, "flag") {
		t.Errorf("opzione sconosciuta: uscita %d, %q", r.code, r.stderr)
	}
	r = piano(t, t.TempDir(), "stampa")
	if r.code != exitUsage || !strings.Contains(r.stderr, `comando "stampa" sconosciuto`) {
		t.Errorf("comando sconosciuto: uscita %d, %q", r.code, r.stderr)
	}
}

func TestExportExampleHoldsAllObjectives(t *testing.T) {
	r := ok(t, t.TempDir(), "export", "--example", "--format", "json")
	p, err := model.UnmarshalPlan([]byte(r.stdout))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Obiettivi) != 25 {
		t.Errorf("%d obiettivi esportati, attesi 25", len(p.Obiettivi))
	}
	for _, o := range p.Obiettivi {
		if o.Titolo == "" || len(o.Indicatori) == 0 {
			t.Errorf("obiettivo %s esportato incompleto", o.Codice)
		}
	}
}

func TestJSONRoundTripThroughArchiveIsByteIdentical(t *testing.T) {
	dir := t.TempDir()
	ok(t, dir, "export", "--example", "--format", "json", "-o", "piano.json")
	r := ok(t, dir, "import", "--db", "piano.db", "--format", "json", "piano.json")
	if !strings.Contains(r.stdout, "creato l'archivio") {
		t.Errorf("import in un archivio nuovo: %q", r.stdout)
	}
	again := ok(t, dir, "export", "--db", "piano.db", "--format", "json")
	first, _ := os.ReadFile(filepath.Join(dir, "piano.json"))
	if again.stdout != string(first) {
		t.Fatal("export → import → export non dà gli stessi byte")
	}
	// Importing into an existing archive replaces the plan, same bytes again.
	r = ok(t, dir, "import", "piano.json", "--db", "piano.db")
	if !strings.Contains(r.stdout, "sostituito il piano") {
		t.Errorf("import in un archivio esistente: %q", r.stdout)
	}
	if ok(t, dir, "export", "--db", "piano.db", "--format", "json").stdout != string(first) {
		t.Error("dopo la sostituzione il piano esportato è cambiato")
	}
}

func TestImportOfBrokenJSONLeavesArchiveUnchanged(t *testing.T) {
	dir := t.TempDir()
	ok(t, dir, "export", "--example", "--format", "json", "-o", "piano.json")
	ok(t, dir, "import", "--db", "piano.db", "piano.json")
	before := sha(t, filepath.Join(dir, "piano.db"))

	// A number turned into text at a line we know.
	b, _ := os.ReadFile(filepath.Join(dir, "piano.json"))
	lines := strings.Split(string(b), "\n")
	line := -1
	for i, l := range lines {
		if strings.Contains(l, `"residenti": `) {
			line = i
			lines[i] = strings.SplitAfter(l, `"residenti": `)[0] + `"molti",`
			break
		}
	}
	if line < 0 {
		t.Fatal("il piano di esempio non ha residenti")
	}
	os.WriteFile(filepath.Join(dir, "rotto.json"), []byte(strings.Join(lines, "\n")), 0o644)
	r := piano(t, dir, "import", "--db", "piano.db", "rotto.json")
	want := "riga " + strconv.Itoa(line+1) + ","
	if r.code == 0 || !strings.Contains(r.stderr, want) || !strings.Contains(r.stderr, `"residenti"`) {
		t.Errorf("import di un JSON rotto: uscita %d, messaggio %q (atteso %q)", r.code, r.stderr, want)
	}
	if sha(t, filepath.Join(dir, "piano.db")) != before {
		t.Error("l'archivio è cambiato dopo un import fallito")
	}

	// A JSON file that is not a plan.
	os.WriteFile(filepath.Join(dir, "altro.json"), []byte(`{"name": "pacchetto", "version": "1.0"}`), 0o644)
	r = piano(t, dir, "import", "--db", "piano.db", "altro.json")
	if r.code == 0 || !strings.Contains(r.stderr, "non è un piano della performance") {
		t.Errorf("import di un JSON estraneo: uscita %d, %q", r.code, r.stderr)
	}
	if sha(t, filepath.Join(dir, "piano.db")) != before {
		t.Error("l'archivio è cambiato dopo un import rifiutato")
	}
	// Into a new archive, a refused file creates nothing.
	piano(t, dir, "import", "--db", "nuovo.db", "altro.json")
	if _, err := os.Stat(filepath.Join(dir, "nuovo.db")); err == nil {
		t.Error("un import rifiutato ha creato l'archivio")
	}
}

func TestCheckPrintsFindingsBySection(t *testing.T) {
	r := piano(t, t.TempDir(), "check", "--example")
	if r.code != 0 {
		t.Fatalf("check con segnalazioni deve uscire con 0, uscita %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"Controllo di coerenza:", "\nPopolazione\n", "ERRORE", "Maschi e femmine non sommano ai residenti"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("l'uscita di check non contiene %q:\n%s", want, r.stdout)
		}
	}
	if strings.Index(r.stdout, "\nTerritorio\n") > strings.Index(r.stdout, "\nPopolazione\n") {
		t.Error("le sezioni non seguono l'ordine del documento")
	}
	r = piano(t, t.TempDir(), "check", "--db", "manca.db")
	if r.code != exitError || !strings.Contains(r.stderr, "non esiste") {
		t.Errorf("check su un archivio mancante: uscita %d, %q", r.code, r.stderr)
	}
}

func TestPrintSchede(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext non installato (pacchetto poppler-utils)")
	}
	dir := t.TempDir()
	ok(t, dir, "print", "--example", "--what", "schede", "--area", "area polizia locale - tributi", "-o", "schede.pdf")
	out, err := exec.Command("pdftotext", filepath.Join(dir, "schede.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	if !strings.Contains(text, "Scheda obiettivo") {
		t.Errorf("il PDF non contiene \"Scheda obiettivo\":\n%.500s", text)
	}
	if !strings.Contains(text, "AREA POLIZIA LOCALE - TRIBUTI") || strings.Contains(text, "AREA TECNICA") {
		t.Error("con --area si stampano anche le schede di altre Aree")
	}
	r := piano(t, dir, "print", "--example", "--what", "schede", "--area", "Area Fantasma", "-o", "x.pdf")
	if r.code == 0 || !strings.Contains(r.stderr, "Area Tecnica") || !strings.Contains(r.stderr, "non trovata") {
		t.Errorf("area sconosciuta: uscita %d, %q", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "x.pdf")); err == nil {
		t.Error("stampa fallita ma il PDF è stato scritto")
	}
}

func TestExportCSVAndXLSXWriteFiles(t *testing.T) {
	dir := t.TempDir()
	ok(t, dir, "export", "--example", "--format", "csv", "-o", "opendata")
	b, err := os.ReadFile(filepath.Join(dir, "opendata", "obiettivi.csv"))
	if err != nil {
		t.Fatal(err)
	}
	rd := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff"))))
	rd.Comma = ';'
	recs, err := rd.ReadAll()
	if err != nil || len(recs) != 26 {
		t.Fatalf("obiettivi.csv: %d righe (attese 26 con l'intestazione), %v", len(recs), err)
	}

	ok(t, dir, "export", "--example", "--format", "xlsx", "-o", "piano.xlsx")
	f, err := excelize.OpenFile(filepath.Join(dir, "piano.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Obiettivi")
	if err != nil || len(rows) != 26 {
		t.Errorf("foglio Obiettivi: %d righe, attese 26 (%v)", len(rows), err)
	}
	props, _ := f.GetDocProps()
	if props.Created != "2024-02-01T00:00:00Z" {
		t.Errorf("data del documento %q: SOURCE_DATE_EPOCH non rispettato", props.Created)
	}
	r := piano(t, dir, "export", "--example", "--format", "csv")
	if r.code != exitUsage {
		t.Errorf("csv senza -o: uscita %d", r.code)
	}
	r = piano(t, dir, "export", "--example", "--format", "xlsx", "-o", filepath.Join("manca", "piano.xlsx"))
	if r.code != exitError || !strings.Contains(r.stderr, "non esiste") {
		t.Errorf("xlsx in una cartella mancante: uscita %d, %q", r.code, r.stderr)
	}
}

func TestSynthWritesALargePlan(t *testing.T) {
	dir := t.TempDir()
	ok(t, dir, "synth", "--years", "3", "--objectives", "40", "--indicators", "2", "-o", "grande.db")
	r := ok(t, dir, "export", "--db", "grande.db", "--format", "json")
	p, err := model.UnmarshalPlan([]byte(r.stdout))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Obiettivi) != 40 || len(p.Popolazione) != 3 || len(p.Obiettivi[0].Indicatori) != 2 {
		t.Errorf("piano sintetico: %d obiettivi, %d anni, %d indicatori", len(p.Obiettivi), len(p.Popolazione), len(p.Obiettivi[0].Indicatori))
	}
	if r := piano(t, dir, "synth", "-o", "grande.db"); r.code == 0 {
		t.Error("synth ha sovrascritto un archivio esistente")
	}
}

func TestVersion(t *testing.T) {
	r := ok(t, t.TempDir(), "version")
	if !strings.Contains(r.stdout, "versione") || !strings.Contains(r.stdout, model.FormatoJSON) {
		t.Errorf("version: %q", r.stdout)
	}
}

// Printing, exporting and checking only read: the archive keeps its bytes
// and no backup appears beside it.
func TestReadingCommandsLeaveTheArchiveUntouched(t *testing.T) {
	dir := t.TempDir()
	ok(t, dir, "export", "--example", "--format", "json", "-o", "piano.json")
	ok(t, dir, "import", "--db", "piano.db", "piano.json")
	db := filepath.Join(dir, "piano.db")
	os.RemoveAll(filepath.Join(dir, "backup"))
	before := sha(t, db)
	ok(t, dir, "export", "--db", "piano.db", "--format", "xlsx", "-o", "piano.xlsx")
	ok(t, dir, "check", "--db", "piano.db")
	ok(t, dir, "print", "--db", "piano.db", "--what", "riepilogo", "-o", "r.pdf")
	if sha(t, db) != before {
		t.Fatal("the archive changed")
	}
	for _, side := range []string{"backup", "piano.db-wal", "piano.db-shm"} {
		if _, err := os.Stat(filepath.Join(dir, side)); err == nil {
			t.Errorf("%s appeared beside the archive", side)
		}
	}
}

// A plan the window has open is not replaced behind its back: import says
// who has it and leaves the file as it was.
func TestImportRespectsTheLock(t *testing.T) {
	dir := t.TempDir()
	ok(t, dir, "export", "--example", "--format", "json", "-o", "piano.json")
	ok(t, dir, "import", "--db", "piano.db", "piano.json")
	db := filepath.Join(dir, "piano.db")
	st, err := sqlite.Open(db) // the window
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	before := sha(t, db)
	r := piano(t, dir, "import", "--db", "piano.db", "piano.json")
	if r.code == 0 || !strings.Contains(r.stderr, "è già aperto da") || !strings.Contains(r.stderr, "sul computer") {
		t.Fatalf("import su un piano aperto: uscita %d, %q", r.code, r.stderr)
	}
	if sha(t, db) != before {
		t.Fatal("il piano aperto è cambiato")
	}
	// Reading it is still allowed.
	ok(t, dir, "check", "--db", "piano.db")
}
