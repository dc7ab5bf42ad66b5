package report

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"pianoperformance/model"
)

func docxOf(t *testing.T, p *model.Plan, k Kind, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteDOCX(&b, p, k, Selection{}, opt); err != nil {
		t.Fatalf("WriteDOCX(%v): %v", k, err)
	}
	return b.Bytes()
}

// parts reads the files of a DOCX package.
func parts(t *testing.T, b []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(rc)
		rc.Close()
		out[f.Name] = string(data)
	}
	return out
}

// The Word structures a user relies on are there: headings in Word's own
// styles, tables, the pictures of the charts, page numbers and contents as
// fields, the comune as author; and the same plan gives the same bytes.
func TestDOCXStruttura(t *testing.T) {
	p := examplePlan(t)
	v := &model.Versione{Numero: 1, Tipo: model.VersioneAdozione, Atto: model.Atto{Organo: model.OrganoGiunta, Numero: "12", Data: model.DatePtr(2023, time.January, 31)}}
	b := docxOf(t, p, Documento, Options{Printed: printed, Versione: v})
	if !bytes.Equal(b, docxOf(t, p, Documento, Options{Printed: printed, Versione: v})) {
		t.Error("lo stesso piano dà file Word diversi")
	}
	pp := parts(t, b)
	doc := pp["word/document.xml"]
	if n, want := strings.Count(doc, `<w:pStyle w:val="Heading1"`), len(p.Capitoli); n != want {
		t.Errorf("%d titoli di livello 1, attesi %d (uno per capitolo)", n, want)
	}
	if strings.Count(doc, `<w:pStyle w:val="Heading2"`) < 10 || strings.Count(doc, "<w:tbl>") < 10 {
		t.Error("mancano i titoli di livello 2 o le tabelle")
	}
	if !strings.Contains(doc, `TOC \o "1-2" \h \z \u`) || strings.Contains(doc, tocMarker) {
		t.Error("campo dell'indice assente")
	}
	media := 0
	for name := range pp {
		if strings.HasPrefix(name, "word/media/") && strings.HasSuffix(name, ".png") {
			media++
		}
	}
	if media != 4 {
		t.Errorf("%d grafici, attesi 4", media)
	}
	foot := pp["word/footer1.xml"]
	for _, w := range []string{"> PAGE <", "> NUMPAGES <", "Stampato il 28/11/2026",
		"Testo come adottato con delibera di Giunta comunale n. 12 del 31/01/2023 (versione n. 1)"} {
		if !strings.Contains(foot, w) {
			t.Errorf("piè di pagina senza %q", w)
		}
	}
	if !strings.Contains(pp["word/header1.xml"], "COMUNE DI ALBIZZATE") {
		t.Error("intestazione senza il comune")
	}
	if !strings.Contains(pp["docProps/core.xml"], "<dc:creator>Comune di Albizzate</dc:creator>") ||
		strings.Contains(pp["docProps/core.xml"], "godocx") {
		t.Errorf("proprietà del documento: %s", pp["docProps/core.xml"])
	}
	if !strings.Contains(pp["word/settings.xml"], `<w:updateFields w:val="true"/>`) {
		t.Error("Word non aggiornerà i campi all'apertura")
	}
	for _, rel := range []string{`Target="footer1.xml"`, `Target="header1.xml"`} {
		if !strings.Contains(pp["word/_rels/document.xml.rels"], rel) {
			t.Errorf("relazione %s assente", rel)
		}
	}
	if err := WriteDOCX(io.Discard, p, Riepilogo, Selection{}, Options{}); err == nil {
		t.Error("riepilogo in Word accettato")
	}
}

var pageNumRe = regexp.MustCompile(`^\d+([.,]\d+)*$`)

// wordsOf is the set of words of a text, with the lines of headers and
// footers left out (their page numbers and dates differ by design). Words
// are cut at slashes and hyphens too, where either layout may wrap.
func wordsOf(text string) map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		if strings.Contains(line, "Stampato il") || strings.Contains(line, "Pagina ") {
			continue
		}
		for _, w := range strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == '/' || r == '-' || r == '•' }) {
			if w = strings.Trim(w, ".,;:()«»"); w != "" {
				out[w] = true
			}
		}
	}
	return out
}

// chartWords are the words the PDF draws inside its charts; in Word the
// charts are pictures, so their words are not text there.
func chartWords(t *testing.T, p *model.Plan) map[string]bool {
	d := newDoc(p, false, "grafici", "grafici", Options{Printed: printed})
	d.newPage()
	for name, f := range buildCharts(p) {
		drawFigure(d, "grafico-"+name, d.left, d.bodyTop, chartW, chartH[name], f.Draw)
		d.newPage()
	}
	var b bytes.Buffer
	if err := d.output(&b); err != nil {
		t.Fatal(err)
	}
	return wordsOf(strings.Join(pdfToText(t, b.Bytes(), "-layout"), "\n"))
}

// The DOCX opens in LibreOffice (converted headless to PDF, as a user's
// office suite would read it) with the same text as the PDF printout.
func TestDOCXApertoDaLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice non installato (pacchetto libreoffice-writer-nogui): conversione saltata")
	}
	p := examplePlan(t)
	inCharts := chartWords(t, p)
	dir := t.TempDir()
	for _, k := range []Kind{Documento, Schede} {
		if err := os.WriteFile(filepath.Join(dir, k.String()+".docx"), docxOf(t, p, k, Options{Printed: printed}), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// One LibreOffice start for both files: it takes a couple of seconds.
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profilo"),
		"--convert-to", "pdf", "--outdir", dir, filepath.Join(dir, "piano.docx"), filepath.Join(dir, "schede.docx"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("LibreOffice: %v\n%s", err, out)
	}
	for _, k := range []Kind{Documento, Schede} {
		converted, err := os.ReadFile(filepath.Join(dir, k.String()+".pdf"))
		if err != nil {
			t.Fatalf("%v: LibreOffice non ha prodotto il PDF: %v", k, err)
		}
		saveStampa(t, "docx-"+k.String()+".pdf", converted)
		word := strings.Join(pdfToText(t, converted, "-layout"), "\n")
		printed := strings.Join(pdfToText(t, render(t, p, k, Selection{}), "-layout"), "\n")
		have := wordsOf(word)
		var missing []string
		for w := range wordsOf(printed) {
			if !have[w] && !pageNumRe.MatchString(w) && !inCharts[w] {
				missing = append(missing, w)
			}
		}
		if len(missing) > 0 {
			t.Errorf("%v: parole della stampa PDF assenti dal documento Word: %q", k, missing)
		}
		// Every objective's fields, word for word.
		raw := squash(word)
		for _, o := range p.Obiettivi {
			for _, f := range fields(p, o) {
				if !strings.Contains(raw, squash(f)) {
					t.Errorf("%v, %s: manca %q", k, o.Codice, f)
				}
			}
		}
		if k == Documento {
			for _, c := range p.Capitoli {
				for _, par := range strings.Split(c.Testo, "\n") {
					par = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(par), "- "))
					if par != "" && !strings.Contains(raw, squash(par)) {
						t.Errorf("capitolo %q: manca il paragrafo %.60q", c.Titolo, par)
					}
				}
			}
		}
	}
}
