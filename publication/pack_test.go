package publication

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pianoperformance/assets"
	"pianoperformance/model"
)

func adopted(t *testing.T) Pack {
	t.Helper()
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := model.MarshalPlan(p)
	sum := sha256.Sum256(b)
	v := model.Versione{Numero: 1, Tipo: model.VersioneAdozione, Impronta: hex.EncodeToString(sum[:]),
		Atto: model.Atto{Organo: model.OrganoGiunta, Numero: "12", Data: model.DatePtr(2023, time.January, 31)}}
	return Pack{Plan: p, Versione: &v, Versioni: []model.Versione{v}, Date: time.Date(2023, 2, 1, 9, 0, 0, 0, time.UTC)}
}

func TestPacchettoInCartellaEZip(t *testing.T) {
	pk := adopted(t)
	dir := filepath.Join(t.TempDir(), "pubblicazione")
	names, err := pk.Write(dir)
	if err != nil {
		t.Fatal(err)
	}
	if names[0] != "LEGGIMI.txt" || len(names) < 10 {
		t.Fatalf("file %v", names)
	}
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	index := string(read("LEGGIMI.txt"))
	for _, want := range []string{"Amministrazione trasparente › Performance › Piano della Performance",
		"testo come adottato con delibera di Giunta comunale n. 12 del 31/01/2023 (versione n. 1",
		"almeno fino al 31/12/2028"} {
		if !strings.Contains(index, want) {
			t.Errorf("indice senza %q", want)
		}
	}
	// Every file is listed with its true fingerprint.
	for _, n := range names[1:] {
		sum := sha256.Sum256(read(n))
		if !strings.Contains(index, "  "+n+"\r\n") || !strings.Contains(index, "SHA-256 "+hex.EncodeToString(sum[:])) {
			t.Errorf("%s manca dall'indice o con un'impronta sbagliata", n)
		}
	}
	pdf := read("piano-performance-2023.pdf")
	if !bytes.Contains(pdf, []byte("<pdfaid:part>2</pdfaid:part>")) || !bytes.Contains(pdf, []byte("/GTS_PDFA1")) {
		t.Error("il PDF del pacchetto non è PDF/A")
	}
	js := read("piano-performance-2023-dati.json")
	if sum := sha256.Sum256(js); hex.EncodeToString(sum[:]) != pk.Versione.Impronta {
		t.Error("il JSON pubblicato non è il testo della versione adottata")
	}
	if _, err := model.UnmarshalPlan(js); err != nil {
		t.Errorf("JSON non reimportabile: %v", err)
	}
	if !bytes.HasPrefix(read("piano-performance-2023-csv/obiettivi.csv"), []byte("\ufeff")) {
		t.Error("CSV degli obiettivi assente o senza BOM")
	}
	scheda := string(read("scheda-adozione-piao-2023.txt"))
	for _, want := range []string{"Comune di Albizzate", "Numero della delibera di adozione:           12",
		"Data della delibera di adozione:             31/01/2023", "Triennio:                                    2023–2025",
		"Codice IPA:                                  ______________________ (da completare)"} {
		if !strings.Contains(scheda, want) {
			t.Errorf("scheda per il portale senza %q:\n%s", want, scheda)
		}
	}

	// The ZIP holds the same files under one folder, and the same pack
	// gives the same bytes.
	zipPath := filepath.Join(t.TempDir(), "pacchetto.zip")
	if _, err := pk.Write(zipPath); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(zipPath)
	if _, err := pk.Write(zipPath); err != nil {
		t.Fatal(err)
	}
	if again, _ := os.ReadFile(zipPath); !bytes.Equal(first, again) {
		t.Error("lo stesso pacchetto dà ZIP diversi")
	}
	zr, err := zip.NewReader(bytes.NewReader(first), int64(len(first)))
	if err != nil {
		t.Fatal(err)
	}
	if len(zr.File) != len(names) {
		t.Fatalf("%d file nello ZIP, %d nella cartella", len(zr.File), len(names))
	}
	for i, f := range zr.File {
		if f.Name != "piano-performance-2023/"+names[i] {
			t.Errorf("ZIP: %s al posto di %s", f.Name, names[i])
		}
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if !bytes.Equal(b, read(names[i])) {
			t.Errorf("ZIP: %s diverso dalla cartella", f.Name)
		}
	}
}

func TestPacchettoDiUnPianoNonAdottato(t *testing.T) {
	pk := adopted(t)
	pk.Versione, pk.Versioni = nil, nil
	dir := t.TempDir()
	if _, err := pk.Write(dir); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "LEGGIMI.txt"))
	if !strings.Contains(string(b), "ATTENZIONE: il piano non risulta adottato") {
		t.Error("l'indice non avverte che il piano non è adottato")
	}
}

// Progress climbs from the PDF's pages to the last file and reaches the
// end only when every file is made.
func TestPacchettoProgresso(t *testing.T) {
	pk := adopted(t)
	var seen [][2]int
	pk.Progress = func(done, total int) { seen = append(seen, [2]int{done, total}) }
	if _, err := pk.Write(filepath.Join(t.TempDir(), "p.zip")); err != nil {
		t.Fatal(err)
	}
	if len(seen) < stepsAfterPDF+2 {
		t.Fatalf("progress %v", seen)
	}
	last := seen[len(seen)-1]
	if last[0] != last[1] {
		t.Fatalf("progress ends at %v", last)
	}
	for i := 1; i < len(seen); i++ {
		prev, cur := float64(seen[i-1][0])/float64(seen[i-1][1]), float64(seen[i][0])/float64(seen[i][1])
		if cur < prev {
			t.Fatalf("progress goes back: %v", seen)
		}
	}
}
