package report

import (
	"bytes"
	"encoding/xml"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// No PDF/A validator can be installed here (veraPDF is not in Debian), so
// these tests check each requirement of PDF/A-2b that the documents touch,
// with qpdf and poppler reading the files as other programs would.

type xmpMeta struct {
	Desc struct {
		Part        string  `xml:"http://www.aiim.org/pdfa/ns/id/ part"`
		Conformance string  `xml:"http://www.aiim.org/pdfa/ns/id/ conformance"`
		Title       rdfList `xml:"http://purl.org/dc/elements/1.1/ title"`
		Creator     rdfList `xml:"http://purl.org/dc/elements/1.1/ creator"`
		CreateDate  string  `xml:"http://ns.adobe.com/xap/1.0/ CreateDate"`
		ModifyDate  string  `xml:"http://ns.adobe.com/xap/1.0/ ModifyDate"`
		Producer    string  `xml:"http://ns.adobe.com/pdf/1.3/ Producer"`
	} `xml:"RDF>Description"`
}

// rdfList is an rdf:Alt or rdf:Seq of strings.
type rdfList struct {
	Alt []string `xml:"Alt>li"`
	Seq []string `xml:"Seq>li"`
}

func (l rdfList) items() []string { return append(l.Alt, l.Seq...) }

func qpdf(t *testing.T, args ...string) []byte {
	t.Helper()
	out, err := exec.Command("qpdf", args...).CombinedOutput()
	if err != nil {
		t.Fatalf("qpdf %v: %v\n%s", args, err, out)
	}
	return out
}

// stemmaPNG is a coat of arms with transparency, as comuni have.
func stemmaPNG(t *testing.T) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 40, 50))
	for y := range 50 {
		for x := range 40 {
			if (x-20)*(x-20)+(y-25)*(y-25) < 400 {
				img.Set(x, y, color.NRGBA{31, 64, 104, 255})
			}
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func checkPDFA(t *testing.T, name string, pdf []byte, title string) {
	t.Helper()
	// Header: version and a comment of at least four bytes above 127.
	lines := bytes.SplitN(pdf, []byte("\n"), 3)
	if !bytes.HasPrefix(lines[0], []byte("%PDF-1.")) || len(lines[1]) < 5 || lines[1][0] != '%' {
		t.Errorf("%s: intestazione %q %q", name, lines[0], lines[1])
	}
	high := 0
	for _, c := range lines[1][1:] {
		if c > 127 {
			high++
		}
	}
	if high < 4 {
		t.Errorf("%s: il commento binario ha %d byte oltre 127", name, high)
	}
	if bytes.Contains(pdf, []byte("/Encrypt")) {
		t.Errorf("%s: cifrato", name)
	}

	// XMP: well-formed, PDF/A-2b, the same title, author and dates as the
	// document information dictionary.
	start := bytes.Index(pdf, []byte("<?xpacket begin="))
	end := bytes.Index(pdf, []byte(`<?xpacket end="w"?>`))
	if start < 0 || end < start {
		t.Fatalf("%s: nessun pacchetto XMP", name)
	}
	var meta xmpMeta
	if err := xml.Unmarshal(pdf[bytes.Index(pdf[start:], []byte("<x:xmpmeta"))+start:end], &meta); err != nil {
		t.Fatalf("%s: XMP non leggibile: %v", name, err)
	}
	d := meta.Desc
	if d.Part != "2" || d.Conformance != "B" || len(d.Title.items()) != 1 || d.Title.Alt[0] != title ||
		len(d.Creator.items()) != 1 || d.Creator.Seq[0] != "Comune di Albizzate" || d.Producer != "Piano della Performance" ||
		d.CreateDate != "2026-11-28T10:00:00Z" || d.ModifyDate != d.CreateDate {
		t.Errorf("%s: XMP %+v", name, d)
	}

	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Log("qpdf non installato (pacchetto qpdf): controlli strutturali saltati")
		return
	}
	dir := t.TempDir()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	// qpdf finds no damage, no warning: the cross-reference table is right.
	if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil || bytes.Contains(out, []byte("WARNING")) {
		t.Errorf("%s: qpdf --check: %v\n%s", name, err, out)
	}
	trailer := string(qpdf(t, "--show-object=trailer", path))
	if !regexp.MustCompile(`/ID \[ <[0-9a-f]{32}> <[0-9a-f]{32}> \]`).MatchString(trailer) {
		t.Errorf("%s: trailer senza identificativo: %s", name, trailer)
	}
	infoN := regexp.MustCompile(`/Info (\d+) 0 R`).FindStringSubmatch(trailer)
	rootN := regexp.MustCompile(`/Root (\d+) 0 R`).FindStringSubmatch(trailer)
	if infoN == nil || rootN == nil {
		t.Fatalf("%s: trailer %s", name, trailer)
	}
	info := string(qpdf(t, "--show-object="+infoN[1], path))
	if !strings.Contains(info, "/CreationDate (D:20261128100000Z)") || !strings.Contains(info, "/ModDate (D:20261128100000Z)") {
		t.Errorf("%s: date del dizionario delle informazioni: %s", name, info)
	}
	// The sRGB output intent, with the profile embedded whole.
	root := string(qpdf(t, "--show-object="+rootN[1], path))
	if !strings.Contains(root, "/Metadata ") || !strings.Contains(root, "/S /GTS_PDFA1") ||
		!strings.Contains(root, "/OutputConditionIdentifier (sRGB IEC61966-2.1)") {
		t.Errorf("%s: catalogo %s", name, root)
	}
	prof := regexp.MustCompile(`/DestOutputProfile (\d+) 0 R`).FindStringSubmatch(root)
	if prof == nil {
		t.Fatalf("%s: nessun profilo colore", name)
	}
	if icc := qpdf(t, "--show-object="+prof[1], "--filtered-stream-data", path); !bytes.Equal(icc, srgbICC) {
		t.Errorf("%s: il profilo incorporato non è sRGB.icc (%d byte)", name, len(icc))
	}
	// Every font embedded.
	if out, err := exec.Command("pdffonts", path).Output(); err == nil {
		rows := strings.Split(strings.TrimSpace(string(out)), "\n")[2:]
		if len(rows) == 0 {
			t.Errorf("%s: nessun carattere", name)
		}
		for _, r := range rows {
			f := strings.Fields(r)
			if len(f) < 5 || f[len(f)-5] != "yes" {
				t.Errorf("%s: carattere non incorporato: %s", name, r)
			}
		}
	}
}

func TestPDFA(t *testing.T) {
	p := fixturePlan()
	p.Ente.Stemma = stemmaPNG(t)
	titles := map[Kind]string{Schede: "Piano della Performance 2023 — Schede obiettivo",
		Riepilogo: "Piano della Performance 2023 — Riepilogo degli obiettivi per Area", Documento: "Piano della Performance 2023"}
	for _, k := range kinds {
		var plain, archival bytes.Buffer
		if err := Write(&plain, p, k, Selection{}, Options{Printed: printed}); err != nil {
			t.Fatal(err)
		}
		if err := Write(&archival, p, k, Selection{}, Options{Printed: printed, PDFA: true}); err != nil {
			t.Fatal(err)
		}
		checkPDFA(t, k.String()+".pdf", archival.Bytes(), titles[k])
		if a, b := pdfToText(t, plain.Bytes(), "-raw"), pdfToText(t, archival.Bytes(), "-raw"); strings.Join(a, "\f") != strings.Join(b, "\f") {
			t.Errorf("%v: il PDF/A non ha lo stesso testo del PDF", k)
		}
		if k == Documento {
			saveStampa(t, "piano-pdfa.pdf", archival.Bytes())
		}
	}
	var b bytes.Buffer
	if err := WriteQualita(&b, p, Options{Printed: printed, PDFA: true}); err != nil {
		t.Fatal(err)
	}
	checkPDFA(t, "qualita.pdf", b.Bytes(), "Piano della Performance 2023 — Qualità degli obiettivi")
	da, a := versioniDiProva()
	b.Reset()
	if err := WriteVariazione(&b, Variazione{Prima: p, Dopo: variato(t, p), Da: da, A: &a}, Options{Printed: printed, PDFA: true}); err != nil {
		t.Fatal(err)
	}
	checkPDFA(t, "variazione.pdf", b.Bytes(), "Variazione n. 1 al Piano della Performance 2023")
}

// The embedded profile is the one Debian ships in icc-profiles-free.
func TestProfiloSRGB(t *testing.T) {
	deb, err := os.ReadFile("/usr/share/color/icc/sRGB.icc")
	if err != nil {
		t.Skip("pacchetto icc-profiles-free non installato")
	}
	if !bytes.Equal(deb, srgbICC) {
		t.Error("report/icc/sRGB.icc differisce dal profilo di icc-profiles-free")
	}
	if string(srgbICC[16:20]) != "RGB " || string(srgbICC[36:40]) != "acsp" {
		t.Error("il profilo non è un profilo ICC RGB")
	}
}
