package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"pianoperformance/model"
)

func readPlan(t *testing.T, path string) *model.Plan {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := model.UnmarshalPlan(b)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func writePlan(t *testing.T, path string, p *model.Plan) {
	t.Helper()
	b, err := model.MarshalPlan(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// pdfText is the text pdftotext finds in a PDF, spaces squeezed: in
// drawing order with mode "-raw", in reading order with mode "".
func pdfText(t *testing.T, path, mode string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext non installato (pacchetto poppler-utils)")
	}
	args := []string{path, "-"}
	if mode != "" {
		args = append([]string{mode}, args...)
	}
	out, err := exec.Command("pdftotext", args...).Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// The year of a plan with a real plan file: adopt it, change it, list and
// print the changes, register the variation, print any version.
func TestAdozioneVariazioneDaRigaDiComando(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext non installato (pacchetto poppler-utils)")
	}
	dir := t.TempDir()
	ok(t, dir, "export", "--example", "--format", "json", "-o", "adottato.json")
	ok(t, dir, "import", "--db", "piano.db", "adottato.json")
	if r := ok(t, dir, "versioni", "--db", "piano.db"); !strings.Contains(r.stdout, "non è ancora stato adottato") {
		t.Errorf("versioni prima dell'adozione:\n%s", r.stdout)
	}
	if r := piano(t, dir, "variazioni", "--db", "piano.db"); r.code != exitError || !strings.Contains(r.stderr, "non è ancora stato adottato") {
		t.Errorf("variazioni prima dell'adozione: %d %s", r.code, r.stderr)
	}
	for _, bad := range [][]string{
		{"adotta", "--db", "piano.db", "--data", "31/01/2023"},
		{"adotta", "--db", "piano.db", "--numero", "12", "--data", "31/02/2023"},
		{"adotta", "--db", "piano.db", "--numero", "12", "--data", "31/01/2023", "--motivo", "x"},
	} {
		if r := piano(t, dir, bad...); r.code != exitUsage {
			t.Errorf("%q: uscita %d, attesa %d (%s)", bad, r.code, exitUsage, r.stderr)
		}
	}
	r := ok(t, dir, "adotta", "--db", "piano.db", "--numero", "12", "--data", "31/01/2023")
	adozione := r.stdout
	if !strings.Contains(r.stdout, "Adottato il piano con delibera di Giunta comunale n. 12 del 31/01/2023: versione n. 1 congelata") {
		t.Errorf("adozione: %s", r.stdout)
	}
	if r := piano(t, dir, "adotta", "--db", "piano.db", "--numero", "13", "--data", "01/02/2023"); r.code != exitError ||
		!strings.Contains(r.stderr, "già stato adottato") {
		t.Errorf("seconda adozione: %d %s", r.code, r.stderr)
	}

	// The Giunta changes the plan during the year.
	ok(t, dir, "export", "--db", "piano.db", "--format", "json", "-o", "prima.json")
	prima := readPlan(t, filepath.Join(dir, "prima.json"))
	dopo := readPlan(t, filepath.Join(dir, "prima.json"))
	var kept []model.Obiettivo
	for _, o := range dopo.Obiettivi {
		switch o.Codice {
		case "AM.8":
			continue
		case "TE.4":
			o.Titolo = "Ampliamento del cimitero comunale"
			o.Indicatori[0].Target[0].Valore = "30.09.2023"
			o.Peso = model.Peso{Tipo: model.PesoPercentuale, Valore: 20}
		}
		kept = append(kept, o)
	}
	dopo.Obiettivi = append(kept, model.Obiettivo{Ordine: 100, Codice: "TE.8", Livello: model.LivelloEsecutivo, AreaID: 10,
		Titolo: "Piano asfaltature 2023", Anni: []int{2023},
		Indicatori: []model.Indicatore{{Nome: "Strade asfaltate", Tipo: model.IndNumero, Target: []model.Target{{Anno: 2023, Valore: "≥ 3 km"}}}}})
	writePlan(t, filepath.Join(dir, "dopo.json"), dopo)
	ok(t, dir, "import", "--db", "piano.db", "dopo.json")
	if r := ok(t, dir, "versioni", "--db", "piano.db"); !strings.Contains(r.stdout, "modifiche non ancora registrate") {
		t.Errorf("versioni con modifiche in sospeso:\n%s", r.stdout)
	}

	// The list of changes, field by field, before and after registering.
	want := []string{
		"TE.4 – Ampliamento del cimitero comunale\n    modificato Titolo\n      prima: CIMITERO COMUNALE\n      dopo:  Ampliamento del cimitero comunale\n",
		"    modificato Peso\n      prima: —\n      dopo:  20%\n",
		"    modificato Indicatore «Tempistica»: target 2023\n      prima: 31.12.2023\n      dopo:  30.09.2023\n",
		"  AM.8 – DEMATERIALIZZAZIONE LISTE ELETTORALI GENERALI E SEZIONALI.\n    eliminato  intero elemento\n      prima: Area: Area Amministrativa\n",
		"  TE.8 – Piano asfaltature 2023\n    aggiunto   intero elemento\n      dopo:  Area: Area Tecnica\n",
		"5 modifiche: 1 obiettivo aggiunto; 1 obiettivo eliminato; 1 obiettivo modificato\n",
	}
	proposta := ok(t, dir, "variazioni", "--db", "piano.db", "--a", "corrente").stdout
	for _, w := range want {
		if !strings.Contains(proposta, w) {
			t.Errorf("variazioni --a corrente senza:\n%s\n--- uscita:\n%s", w, proposta)
		}
	}
	if n := len(model.Confronta(prima, dopo)); n != 5 {
		t.Errorf("il modello conta %d modifiche, attese 5 (titolo, peso, target, eliminato, aggiunto)", n)
	}
	ok(t, dir, "print", "--db", "piano.db", "--what", "variazione", "--a", "corrente", "-o", "proposta.pdf")
	if txt := pdfText(t, filepath.Join(dir, "proposta.pdf"), "-raw"); !strings.Contains(txt, "PROPOSTA DI VARIAZIONE AL PIANO DELLA PERFORMANCE 2023") {
		t.Errorf("proposta: %.400s", txt)
	}

	if r := piano(t, dir, "varia", "--db", "piano.db", "--numero", "58", "--data", "20/07/2023"); r.code != exitError ||
		!strings.Contains(r.stderr, "Indicare il motivo della variazione.") {
		t.Errorf("variazione senza motivo: %d %s", r.code, r.stderr)
	}
	r = ok(t, dir, "varia", "--db", "piano.db", "--numero", "58", "--data", "20/07/2023", "--motivo", "Fondi per le asfaltature")
	if !strings.Contains(r.stdout, "Registrata la variazione n. 1 con delibera di Giunta comunale n. 58 del 20/07/2023: versione n. 2") {
		t.Errorf("variazione: %s", r.stdout)
	}
	r = ok(t, dir, "versioni", "--db", "piano.db")
	for _, w := range []string{"1  Adozione         delibera di Giunta comunale n. 12 del 31/01/2023",
		"2  Variazione n. 1  delibera di Giunta comunale n. 58 del 20/07/2023", "Motivo: Fondi per le asfaltature",
		"Il piano è uguale alla versione n. 2."} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("versioni senza %q:\n%s", w, r.stdout)
		}
	}
	registrata := ok(t, dir, "variazioni", "--db", "piano.db").stdout
	if !strings.HasPrefix(registrata, "Differenze dalla versione n. 1 (adozione, delibera di Giunta comunale n. 12 del 31/01/2023)\n"+
		"a versione n. 2 (variazione n. 1, delibera di Giunta comunale n. 58 del 20/07/2023)\nMotivo: Fondi per le asfaltature\n") {
		t.Errorf("intestazione delle variazioni:\n%s", registrata)
	}
	for _, w := range want {
		if !strings.Contains(registrata, w) {
			t.Errorf("variazioni senza:\n%s", w)
		}
	}
	if r := piano(t, dir, "variazioni", "--db", "piano.db", "--da", "2", "--a", "1"); r.code != exitUsage {
		t.Errorf("--da dopo --a: %d %s", r.code, r.stderr)
	}
	if r := piano(t, dir, "variazioni", "--db", "piano.db", "--a", "3"); r.code != exitError || !strings.Contains(r.stderr, "non ha una versione n. 3") {
		t.Errorf("versione inesistente: %d %s", r.code, r.stderr)
	}

	// The Variazione document, and any version printed or exported.
	ok(t, dir, "print", "--db", "piano.db", "--what", "variazione", "-o", "variazione.pdf")
	txt := pdfText(t, filepath.Join(dir, "variazione.pdf"), "-raw")
	for _, w := range []string{"VARIAZIONE N. 1 AL PIANO DELLA PERFORMANCE 2023", "Delibera di Giunta comunale n. 58 del 20/07/2023",
		"Fondi per le asfaltature", "CIMITERO COMUNALE", "Ampliamento del cimitero comunale", "Piano asfaltature 2023",
		"Variazione approvata con delibera di Giunta comunale n. 58 del 20/07/2023."} {
		if !strings.Contains(txt, w) {
			t.Errorf("Variazione senza %q", w)
		}
	}
	ok(t, dir, "print", "--db", "piano.db", "--what", "schede", "--versione", "1", "-o", "adottato.pdf")
	txt = pdfText(t, filepath.Join(dir, "adottato.pdf"), "-raw")
	if !strings.Contains(txt, "Testo come adottato con delibera di Giunta comunale n. 12 del 31/01/2023 (versione n. 1)") ||
		!strings.Contains(txt, "CIMITERO COMUNALE") || strings.Contains(txt, "Ampliamento del cimitero comunale") {
		t.Error("le schede della versione 1 non sono il testo adottato")
	}
	v1 := ok(t, dir, "export", "--db", "piano.db", "--versione", "1", "--format", "json").stdout
	if p, err := model.UnmarshalPlan([]byte(v1)); err != nil || len(model.Confronta(prima, p)) != 0 || p.Piano.Approvazione.Numero != "12" {
		t.Errorf("export della versione 1: %v", err)
	}
	// The exported version is the text recorded with the resolution.
	if sum := sha256.Sum256([]byte(v1)); !strings.Contains(adozione, "impronta SHA-256 "+hex.EncodeToString(sum[:])) {
		t.Error("l'impronta del JSON esportato non è quella registrata con la delibera")
	}
	if r := piano(t, dir, "print", "--example", "--what", "piano", "--versione", "1", "-o", "x.pdf"); r.code != exitUsage {
		t.Errorf("--versione con --example: %d", r.code)
	}
}

func TestScadenzeDaRigaDiComando(t *testing.T) {
	dir := t.TempDir()
	ok(t, dir, "export", "--example", "--format", "json", "-o", "p.json")
	ok(t, dir, "import", "--db", "piano.db", "p.json")
	// The example is 2023: budget deadline postponed to 15/09/2023.
	r := ok(t, dir, "scadenze", "--db", "piano.db", "--oggi", "01/06/2023")
	if !strings.Contains(r.stdout, "15/10/2023  da fare") || !strings.Contains(r.stdout, "provvisoria") {
		t.Errorf("scadenze senza data del bilancio:\n%s", r.stdout)
	}
	r = ok(t, dir, "scadenze", "--db", "piano.db", "--oggi", "01/06/2023", "--bilancio", "28/03/2023",
		"--fatto", "2023/pubblicazione-piano=02/05/2023:https://www.comune.example/at", "--ics", "scadenze.ics")
	for _, w := range []string{"Scadenze registrate in piano.db.",
		"27/04/2023  IN RITARDO DI 35 GIORNI    Adozione del Piano 2023–2025 [2023/piano]",
		"30 giorni dall'approvazione del bilancio (28/03/2023)",
		"27/04/2023  fatto il 02/05/2023 (5 giorni di ritardo) Pubblicazione del Piano in Amministrazione trasparente",
		"Calendario scritto in scadenze.ics (8 scadenze)."} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("scadenze senza %q:\n%s", w, r.stdout)
		}
	}
	ics, err := os.ReadFile(filepath.Join(dir, "scadenze.ics"))
	if err != nil || !strings.Contains(string(ics), "DTSTART;VALUE=DATE:20230427\r\n") {
		t.Errorf("calendario: %v", err)
	}
	// The settings stay in the archive, and adoption marks the plan done.
	ok(t, dir, "adotta", "--db", "piano.db", "--numero", "40", "--data", "20/04/2023")
	r = ok(t, dir, "scadenze", "--db", "piano.db", "--oggi", "01/06/2023")
	if !strings.Contains(r.stdout, "27/04/2023  fatto il 20/04/2023") || !strings.Contains(r.stdout, "delibera di Giunta comunale n. 40 del 20/04/2023") {
		t.Errorf("scadenze dopo l'adozione:\n%s", r.stdout)
	}
	for _, bad := range [][]string{
		{"scadenze", "--example", "--bilancio", "01/03/2023"},
		{"scadenze", "--db", "piano.db", "--regola", "boh"},
		{"scadenze", "--db", "piano.db", "--fatto", "senza-data"},
		{"scadenze", "--db", "piano.db", "--oggi", "32/01/2023"},
	} {
		if r := piano(t, dir, bad...); r.code != exitUsage {
			t.Errorf("%q: uscita %d (%s)", bad, r.code, r.stderr)
		}
	}
}

func TestPubblicaEFormatiDaRigaDiComando(t *testing.T) {
	dir := t.TempDir()
	ok(t, dir, "export", "--example", "--format", "json", "-o", "p.json")
	ok(t, dir, "import", "--db", "piano.db", "p.json")
	if r := ok(t, dir, "pubblica", "--db", "piano.db", "-o", "prova"); !strings.Contains(r.stdout, "non risulta adottato") {
		t.Errorf("pubblicazione prima dell'adozione: %s", r.stdout)
	}
	ok(t, dir, "adotta", "--db", "piano.db", "--numero", "12", "--data", "31/01/2023")
	r := ok(t, dir, "pubblica", "--db", "piano.db", "-o", "pubblicazione.zip")
	if !strings.Contains(r.stdout, "Pacchetto scritto in pubblicazione.zip") {
		t.Errorf("pubblica: %s", r.stdout)
	}
	ok(t, dir, "print", "--db", "piano.db", "--what", "schede", "--format", "pdfa", "-o", "schede.pdf")
	if b, _ := os.ReadFile(filepath.Join(dir, "schede.pdf")); !strings.Contains(string(b), "<pdfaid:part>2</pdfaid:part>") {
		t.Error("--format pdfa non dà un PDF/A")
	}
	ok(t, dir, "print", "--db", "piano.db", "--what", "piano", "--format", "docx", "-o", "piano.docx")
	if b, _ := os.ReadFile(filepath.Join(dir, "piano.docx")); !strings.HasPrefix(string(b), "PK") {
		t.Error("--format docx non dà un documento Word")
	}
	for _, bad := range [][]string{
		{"print", "--db", "piano.db", "--what", "riepilogo", "--format", "docx", "-o", "x.docx"},
		{"print", "--db", "piano.db", "--what", "piano", "--format", "odt", "-o", "x.odt"},
		{"pubblica", "--db", "piano.db"},
	} {
		if r := piano(t, dir, bad...); r.code != exitUsage {
			t.Errorf("%q: uscita %d (%s)", bad, r.code, r.stderr)
		}
	}
}
