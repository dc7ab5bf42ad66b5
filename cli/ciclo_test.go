package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pianoperformance/assets"
	"pianoperformance/model"
)

// The example prints a complete Relazione, a monitoring report at a chosen
// checkpoint and the dashboard; a date that is no checkpoint is refused
// with the plan's checkpoints listed.
func TestPrintCiclo(t *testing.T) {
	dir := t.TempDir()
	r := ok(t, dir, "print", "--example", "--what", "relazione", "-o", "relazione.pdf")
	if !strings.Contains(r.stdout, "Stampato relazione.pdf") {
		t.Errorf("stdout %q", r.stdout)
	}
	text := pdfText(t, filepath.Join(dir, "relazione.pdf"), "")
	for _, want := range []string{"RELAZIONE SULLA PERFORMANCE", "Anno 2023", "Dati di monitoraggio illustrativi",
		"SINTESI DEI PRINCIPALI RISULTATI", "LA VALIDAZIONE DEL NUCLEO DI VALUTAZIONE", "IL BILANCIO DI GENERE"} {
		if !strings.Contains(text, want) {
			t.Errorf("relazione senza %q", want)
		}
	}
	ok(t, dir, "print", "--example", "--what", "monitoraggio", "--al", "30/06/2023", "-o", "monitoraggio.pdf")
	if text := pdfText(t, filepath.Join(dir, "monitoraggio.pdf"), ""); !strings.Contains(text, "REPORT DI MONITORAGGIO") ||
		!strings.Contains(text, "al 30/06/2023") {
		t.Errorf("monitoraggio:\n%.600s", text)
	}
	ok(t, dir, "print", "--example", "--what", "cruscotto", "--area", "area tecnica", "-o", "cruscotto.pdf")
	if text := pdfText(t, filepath.Join(dir, "cruscotto.pdf"), ""); !strings.Contains(text, "Area Tecnica") || strings.Contains(text, "Area Amministrativa") {
		t.Errorf("cruscotto dell'Area Tecnica:\n%.600s", text)
	}
	r = piano(t, dir, "print", "--example", "--what", "monitoraggio", "--al", "15/05/2023", "-o", "x.pdf")
	if r.code != exitError || !strings.Contains(r.stderr, "nessuna verifica al 15/05/2023: le verifiche del piano sono al 30/06/2023, 31/12/2023") {
		t.Errorf("data senza verifica: uscita %d, %q", r.code, r.stderr)
	}
	r = piano(t, dir, "print", "--example", "--what", "monitoraggio", "--al", "31/02/2023", "-o", "x.pdf")
	if r.code != exitUsage || !strings.Contains(r.stderr, "--al: la data 31/02/2023 non esiste") {
		t.Errorf("data impossibile: uscita %d, %q", r.code, r.stderr)
	}
	// The cycle's documents come as PDF/A too; they report the year's
	// results, so they print from the plan as it is, never from a frozen
	// version, and --al belongs to them alone.
	ok(t, dir, "print", "--example", "--what", "relazione", "--format", "pdfa", "-o", "relazione-a.pdf")
	if b, err := os.ReadFile(filepath.Join(dir, "relazione-a.pdf")); err != nil || !strings.Contains(string(b), "<pdfaid:part>2</pdfaid:part>") {
		t.Errorf("relazione in PDF/A: %v", err)
	}
	ok(t, dir, "export", "--example", "--format", "json", "-o", "esempio.json")
	ok(t, dir, "import", "--db", "piano.db", "esempio.json")
	ok(t, dir, "adotta", "--db", "piano.db", "--numero", "12", "--data", "31/01/2023")
	for _, bad := range [][]string{
		{"print", "--db", "piano.db", "--what", "relazione", "--versione", "1", "-o", "x.pdf"},
		{"print", "--example", "--what", "schede", "--al", "30/06/2023", "-o", "x.pdf"},
		{"print", "--example", "--what", "cruscotto", "--format", "docx", "-o", "x.docx"},
	} {
		if r := piano(t, dir, bad...); r.code != exitUsage {
			t.Errorf("%q: uscita %d, attesa %d (%s)", bad, r.code, exitUsage, r.stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "x.pdf")); err == nil {
		t.Error("un comando rifiutato ha scritto il PDF")
	}
}

// piano check reports the cycle's findings on the day asked for.
func TestCheckCiclo(t *testing.T) {
	dir := t.TempDir()
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	// EF.1 loses its year-end reading; TE.1 gets a phase due in September.
	o := p.ObiettivoByID(1)
	o.Indicatori[0].Risultati = o.Indicatori[0].Risultati[:1]
	te := p.ObiettivoByID(9)
	te.Fasi = []model.Fase{{ID: 77, Ordine: 1, Titolo: "Sopralluoghi", Fine: model.DatePtr(2023, 9, 30)}}
	b, _ := model.MarshalPlan(p)
	if err := os.WriteFile(filepath.Join(dir, "piano.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	ok(t, dir, "import", "--db", "piano.db", "piano.json")
	r := ok(t, dir, "check", "--db", "piano.db", "--al", "01/07/2023")
	if strings.Contains(r.stdout, "Monitoraggio") || strings.Contains(r.stdout, "Sopralluoghi") {
		t.Errorf("al 01/07/2023 nulla è in ritardo né manca:\n%s", r.stdout)
	}
	r = ok(t, dir, "check", "--db", "piano.db", "--al", "15/01/2024")
	for _, want := range []string{"Monitoraggio", "EF.1: La verifica del 31/12/2023 è passata e mancano le rilevazioni.",
		"fase «Sopralluoghi», fine prevista 30/09/2023, ritardo di 107 giorni al 15/01/2024"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("check al 15/01/2024 senza %q:\n%s", want, r.stdout)
		}
	}
	if r := piano(t, dir, "check", "--example", "--al", "ieri"); r.code != exitUsage || !strings.Contains(r.stderr, "--al:") {
		t.Errorf("data illeggibile: uscita %d, %q", r.code, r.stderr)
	}
}
