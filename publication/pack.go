// Package publication prepares what the comune publishes: the plan as
// PDF/A with its open data (CSV, XLSX, JSON) and an index, in one folder
// or ZIP named for Amministrazione trasparente › Performance, and the
// adoption data the PIAO portal asks for. It knows nothing of the window.
package publication

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"pianoperformance/atomicfile"
	"pianoperformance/export"
	"pianoperformance/model"
	"pianoperformance/report"
)

// Pack is what to publish: the plan, the frozen version it comes from (nil
// for a plan not yet adopted), every version (for the portal's sheet) and
// the date written into the files.
type Pack struct {
	Plan     *model.Plan
	Versione *model.Versione
	Versioni []model.Versione
	Date     time.Time
	// Progress, when set, hears how far the pack is (done of total steps:
	// the pages of the PDF, then each open-data file), from the calling
	// goroutine. Every file is made before any is written.
	Progress func(done, total int)
}

// Steps of the pack after the PDF: XLSX, JSON, CSV, the portal's sheet.
const stepsAfterPDF = 4

// Nome is the pack's base name: "piano-performance-2024".
func (pk Pack) Nome() string { return "piano-performance-" + anno(pk.Plan) }

func anno(p *model.Plan) string {
	if p.Piano.Anno > 0 {
		return strconv.Itoa(p.Piano.Anno)
	}
	return strconv.Itoa(p.Piano.AnnoInizio)
}

// file is one file of the pack, its description for the index.
type file struct {
	name, what string
	data       []byte
}

// Write makes the pack at dst: a ZIP when dst ends in .zip, otherwise a
// folder (created; files already there with the same names are replaced).
// It returns the names written, index first.
func (pk Pack) Write(dst string) ([]string, error) {
	if pk.Plan == nil {
		return nil, errors.New("nessun piano da pubblicare")
	}
	if pk.Date.IsZero() {
		pk.Date = time.Now()
	}
	files, err := pk.files()
	if err != nil {
		return nil, err
	}
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = f.name
	}
	if strings.EqualFold(filepath.Ext(dst), ".zip") {
		return names, writeZip(dst, pk.Nome(), files, pk.Date)
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return nil, fmt.Errorf("impossibile creare la cartella %s: %w", dst, err)
	}
	for _, f := range files {
		path := filepath.Join(dst, filepath.FromSlash(f.name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, err
		}
		err := atomicfile.Write(path, atomicfile.Public, func(w io.Writer) error {
			_, err := w.Write(f.data)
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("scrittura di %s non riuscita: %w", f.name, err)
		}
	}
	return names, nil
}

// files builds every file in memory: the PDF/A, the open data, the sheet
// for the portal and, first, the index that lists them with their
// fingerprints.
func (pk Pack) files() ([]file, error) {
	p, base := pk.Plan, pk.Nome()
	var out []file
	pdfSteps := 1
	step := func(n int) {
		if pk.Progress != nil {
			pk.Progress(n, pdfSteps+stepsAfterPDF)
		}
	}
	var pdf bytes.Buffer
	opt := report.Options{Printed: pk.Date, Versione: pk.Versione, PDFA: true, Progress: func(done, total int) {
		pdfSteps = max(total, 1)
		step(done)
	}}
	if err := report.Write(&pdf, p, report.Documento, report.Selection{}, opt); err != nil {
		return nil, fmt.Errorf("stampa del piano non riuscita: %w", err)
	}
	out = append(out, file{base + ".pdf", "Il Piano della Performance in PDF/A-2b, il formato per la conservazione (caratteri incorporati, metadati, profilo colore sRGB).", pdf.Bytes()})
	step(pdfSteps)
	var xlsx bytes.Buffer
	if err := export.XLSXWith(&xlsx, p, export.Options{Created: pk.Date}); err != nil {
		return nil, fmt.Errorf("esportazione XLSX non riuscita: %w", err)
	}
	out = append(out, file{base + "-dati.xlsx", "I dati del piano in una cartella di lavoro Excel, un foglio per sezione.", xlsx.Bytes()})
	step(pdfSteps + 1)
	js, err := model.MarshalPlan(p)
	if err != nil {
		return nil, err
	}
	what := "Il piano completo in JSON, il formato aperto che altri programmi leggono (e questo programma reimporta)."
	if pk.Versione != nil && sha(js) == pk.Versione.Impronta {
		what += " È il testo della versione adottata, byte per byte: la sua impronta è quella registrata con la delibera."
	}
	out = append(out, file{base + "-dati.json", what, js})
	step(pdfSteps + 2)
	csvs, err := csvFiles(p, base+"-csv/")
	if err != nil {
		return nil, err
	}
	out = append(out, csvs...)
	step(pdfSteps + 3)
	out = append(out, file{"scheda-adozione-piao-" + anno(p) + ".txt", "I dati dell'adozione da riportare nel Portale PIAO del Dipartimento della Funzione pubblica.", []byte(pk.schedaPortale())})
	index := file{"LEGGIMI.txt", "Questo indice.", nil}
	index.data = []byte(pk.indice(out))
	step(pdfSteps + stepsAfterPDF)
	return append([]file{index}, out...), nil
}

// csvFiles writes the CSV export into a temporary folder and reads it back.
func csvFiles(p *model.Plan, prefix string) ([]file, error) {
	dir, err := os.MkdirTemp("", "piano-csv-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	paths, err := export.CSV(dir, p)
	if err != nil {
		return nil, fmt.Errorf("esportazione CSV non riuscita: %w", err)
	}
	var out []file
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		name := filepath.Base(path)
		out = append(out, file{prefix + name, "Tabella «" + strings.TrimSuffix(name, ".csv") + "» in CSV (UTF-8, separatore «;»), per Excel in italiano.", b})
	}
	return out, nil
}

func sha(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// stato says which text the pack holds.
func (pk Pack) stato() string {
	if v := pk.Versione; v != nil {
		return fmt.Sprintf("testo %s (versione n. %d, impronta SHA-256 del testo %s)", v.Dicitura(), v.Numero, v.Impronta)
	}
	return "ATTENZIONE: il piano non risulta adottato. Pubblicare solo il testo adottato dalla Giunta (piano adotta, poi piano pubblica)."
}

// indice is LEGGIMI.txt: where to publish, which text, for how long, and
// each file with its fingerprint.
func (pk Pack) indice(files []file) string {
	p := pk.Plan
	var b strings.Builder
	w := func(format string, a ...any) { fmt.Fprintf(&b, format+"\r\n", a...) }
	y, _ := strconv.Atoi(anno(p))
	w("PIANO DELLA PERFORMANCE %s – %s", anno(p), strings.ToUpper(nomeComune(p)))
	w("Pacchetto per la pubblicazione in Amministrazione trasparente")
	w("")
	w("Dove pubblicare: Amministrazione trasparente › Performance › Piano della Performance")
	w("  (D.Lgs 33/2013 art. 10 c.8 lett. b; il piano è la sottosezione 2.2 del PIAO, DL 80/2021 art. 6)")
	w("Testo: %s", pk.stato())
	if y > 0 {
		w("Da tenere pubblicato almeno fino al 31/12/%d (cinque anni dal 1° gennaio dell'anno successivo, D.Lgs 33/2013 art. 8 c.3).", y+5)
	}
	w("Preparato il %s.", pk.Date.Format("02/01/2006"))
	w("")
	w("File (con l'impronta SHA-256, per verificare che il file pubblicato sia questo):")
	for _, f := range files {
		w("")
		w("  %s", f.name)
		w("    %s", f.what)
		w("    SHA-256 %s", sha(f.data))
	}
	return b.String()
}

func nomeComune(p *model.Plan) string {
	n := strings.TrimSpace(p.Ente.Nome)
	if strings.HasPrefix(strings.ToLower(n), "comune ") {
		return n
	}
	return "Comune di " + n
}

// schedaPortale lists, label by label, what the PIAO portal's form asks
// about the adoption; what the plan does not hold is left to fill in.
func (pk Pack) schedaPortale() string {
	p := pk.Plan
	var b strings.Builder
	w := func(label, value string) {
		if value == "" {
			value = "______________________ (da completare)"
		}
		fmt.Fprintf(&b, "%-44s %s\r\n", label+":", value)
	}
	fmt.Fprintf(&b, "DATI DELL'ADOZIONE DEL PIAO – SOTTOSEZIONE 2.2 PERFORMANCE\r\n")
	fmt.Fprintf(&b, "(da riportare nel Portale PIAO del Dipartimento della Funzione pubblica, DL 80/2021 art. 6 c.4)\r\n\r\n")
	w("Amministrazione", nomeComune(p))
	w("Provincia", p.Ente.Provincia)
	w("Regione", p.Ente.Regione)
	w("Codice ISTAT", p.Ente.CodiceISTAT)
	w("Codice fiscale dell'ente", "")
	w("Codice IPA", "")
	w("Anno di riferimento", anno(p))
	span := ""
	if p.Piano.AnnoInizio > 0 && p.Piano.AnnoFine >= p.Piano.AnnoInizio {
		span = fmt.Sprintf("%d–%d", p.Piano.AnnoInizio, p.Piano.AnnoFine)
	}
	w("Triennio", span)
	var adoz *model.Versione
	for i := range pk.Versioni {
		if pk.Versioni[i].Tipo == model.VersioneAdozione {
			adoz = &pk.Versioni[i]
		}
	}
	a := p.Piano.Approvazione
	if adoz != nil {
		a = adoz.Atto
	}
	w("Organo che ha adottato il piano", a.Organo)
	w("Numero della delibera di adozione", a.Numero)
	data := ""
	if a.Data != nil {
		data = a.Data.String()
	}
	w("Data della delibera di adozione", data)
	for _, v := range pk.Versioni {
		if v.Tipo == model.VersioneVariazione {
			w(v.Etichetta(), v.Atto.Testo()+" – "+v.Motivo)
		}
	}
	w("Indirizzo della pubblicazione sul sito", "")
	w("File da caricare", "piano-performance-"+anno(p)+".pdf (PDF/A)")
	return b.String()
}

// writeZip writes the files under a folder named root, with a fixed date,
// whole or not at all (see atomicfile).
func writeZip(dst, root string, files []file, date time.Time) error {
	err := atomicfile.Write(dst, atomicfile.Public, func(w io.Writer) error {
		zw := zip.NewWriter(w)
		for _, f := range files {
			h := &zip.FileHeader{Name: root + "/" + f.name, Method: zip.Deflate, Modified: date.UTC()}
			fw, err := zw.CreateHeader(h)
			if err != nil {
				return err
			}
			if _, err := io.Copy(fw, bytes.NewReader(f.data)); err != nil {
				return err
			}
		}
		return zw.Close()
	})
	if err != nil {
		return fmt.Errorf("scrittura di %q non riuscita: %w", dst, err)
	}
	return nil
}
