package report

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"strings"
	"time"

	"github.com/gomutex/godocx/docx"
	"github.com/gomutex/godocx/wml/ctypes"
	"github.com/gomutex/godocx/wml/stypes"
)

// The few parts of the Word file that godocx has no API for: fields
// (page numbers, table of contents), header and footer parts and the
// document properties. They are small and written here, in one place.

const (
	relHeader = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
	relFooter = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
	ctHeader  = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
	ctFooter  = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
	nsW       = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	// tocMarker stands where the contents field goes, until finish.
	tocMarker = "[[INDICE DEL PIANO DELLA PERFORMANCE]]"
)

func esc(s string) string { return html.EscapeString(clean(s)) }

// run is one run of text, with optional run properties.
func run(text, props string) string {
	if props != "" {
		props = "<w:rPr>" + props + "</w:rPr>"
	}
	return `<w:r>` + props + `<w:t xml:space="preserve">` + esc(text) + `</w:t></w:r>`
}

// field is a complex field: its code, and the text shown until Word
// updates it.
func field(code, shown, props string) string {
	if props != "" {
		props = "<w:rPr>" + props + "</w:rPr>"
	}
	return `<w:r>` + props + `<w:fldChar w:fldCharType="begin"/></w:r>` +
		`<w:r>` + props + `<w:instrText xml:space="preserve"> ` + code + ` </w:instrText></w:r>` +
		`<w:r>` + props + `<w:fldChar w:fldCharType="separate"/></w:r>` + run(shown, strings.TrimSuffix(strings.TrimPrefix(props, "<w:rPr>"), "</w:rPr>")) +
		`<w:r>` + props + `<w:fldChar w:fldCharType="end"/></w:r>`
}

// addFooter adds the header (the comune and the document) and the footer
// (print date, "Pagina x di y", the version's resolution) to every page.
func (wd *wordDoc) addFooter() error {
	const small = `<w:color w:val="646C76"/><w:sz w:val="16"/>`
	head := `<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="1F4068"/></w:pBdr><w:tabs><w:tab w:val="right" w:pos="` +
		fmt.Sprint(wordTextWide) + `"/></w:tabs></w:pPr>` +
		run(strings.ToUpper(nomeComune(wd.plan.Ente)), `<w:b/><w:color w:val="1F4068"/><w:sz w:val="20"/>`) +
		`<w:r><w:tab/></w:r>` + run(wd.title, `<w:b/><w:sz w:val="18"/>`) + `<w:r><w:br/></w:r>` +
		run(nomeProvincia(wd.plan.Ente), `<w:i/><w:color w:val="646C76"/><w:sz w:val="16"/>`) + `</w:p>`
	foot := `<w:p><w:pPr><w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="969EA8"/></w:pBdr><w:tabs><w:tab w:val="right" w:pos="` +
		fmt.Sprint(wordTextWide) + `"/></w:tabs></w:pPr>` +
		run("Stampato il "+dataItaliana(wd.opt.Printed), small) + `<w:r><w:tab/></w:r>` +
		run("Pagina ", small) + field("PAGE", "1", small) + run(" di ", small) + field("NUMPAGES", "1", small) + `</w:p>`
	if c := dicituraVersione(wd.opt.Versione); c != "" {
		foot += `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>` + run(c, `<w:i/>`+small) + `</w:p>`
	}
	parts := []struct {
		name, rel, ct, root, body string
	}{
		{"header1.xml", relHeader, ctHeader, "w:hdr", head},
		{"footer1.xml", relFooter, ctFooter, "w:ftr", foot},
	}
	for i, pt := range parts {
		xmlText := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n<" + pt.root + " " + nsW + ">" + pt.body + "</" + pt.root + ">"
		wd.rd.FileMap.Store("word/"+pt.name, []byte(xmlText))
		if err := wd.rd.ContentType.AddOverride("/word/"+pt.name, pt.ct); err != nil {
			return err
		}
		id := fmt.Sprintf("rIdPiano%d", i+1)
		rels := &wd.rd.Document.DocRels
		rels.Relationships = append(rels.Relationships, &docx.Relationship{ID: id, Type: pt.rel, Target: pt.name})
		sp := wd.rd.Document.Body.SectPr
		if pt.root == "w:hdr" {
			sp.HeaderReference = &ctypes.HeaderReference{Type: stypes.HdrFtrDefault, ID: id}
		} else {
			sp.FooterReference = &ctypes.FooterReference{Type: stypes.HdrFtrDefault, ID: id}
		}
	}
	return wd.properties()
}

// properties replaces the template's document properties with the plan's
// title and the comune as author, and asks Word to update the fields (the
// contents, the page count) when it opens the file.
func (wd *wordDoc) properties() error {
	type text struct {
		XMLName xml.Name
		Type    string `xml:"xsi:type,attr,omitempty"`
		Value   string `xml:",chardata"`
	}
	date := wd.opt.Printed.UTC().Format("2006-01-02T15:04:05Z")
	core := struct {
		XMLName  xml.Name `xml:"cp:coreProperties"`
		CP       string   `xml:"xmlns:cp,attr"`
		DC       string   `xml:"xmlns:dc,attr"`
		DCTerms  string   `xml:"xmlns:dcterms,attr"`
		XSI      string   `xml:"xmlns:xsi,attr"`
		Elements []text
	}{CP: "http://schemas.openxmlformats.org/package/2006/metadata/core-properties", DC: "http://purl.org/dc/elements/1.1/",
		DCTerms: "http://purl.org/dc/terms/", XSI: "http://www.w3.org/2001/XMLSchema-instance",
		Elements: []text{
			{XMLName: xml.Name{Local: "dc:title"}, Value: clean(wd.title)},
			{XMLName: xml.Name{Local: "dc:creator"}, Value: clean(nomeComune(wd.plan.Ente))},
			{XMLName: xml.Name{Local: "dc:description"}, Value: "Piano della Performance"},
			{XMLName: xml.Name{Local: "dc:language"}, Value: "it-IT"},
			{XMLName: xml.Name{Local: "dcterms:created"}, Type: "dcterms:W3CDTF", Value: date},
			{XMLName: xml.Name{Local: "dcterms:modified"}, Type: "dcterms:W3CDTF", Value: date},
		}}
	b, err := xml.Marshal(core)
	if err != nil {
		return err
	}
	wd.rd.FileMap.Store("docProps/core.xml", append([]byte(xml.Header), b...))
	v, ok := wd.rd.FileMap.Load("word/settings.xml")
	if !ok {
		return errors.New("impostazioni del documento Word mancanti")
	}
	settings := string(v.([]byte))
	if i := strings.LastIndex(settings, "</w:settings>"); i >= 0 && !strings.Contains(settings, "w:updateFields") {
		settings = settings[:i] + `<w:updateFields w:val="true"/>` + settings[i:]
	}
	wd.rd.FileMap.Store("word/settings.xml", []byte(settings))
	return nil
}

// tocEntry of the Word contents, shown before Word updates the field.
type wordTOC struct {
	title string
	level uint
}

// placeTOC puts the contents heading and the marker the field replaces.
func (wd *wordDoc) placeTOC() {
	p := wd.rd.AddParagraph("INDICE")
	p.Style("TOCHeading")
	wd.rd.AddParagraph(tocMarker)
	wd.toc = true
}

// finish rewrites the package written by godocx: the marker becomes the
// contents field, listing the headings until Word updates it. Entries are
// written in a fixed order with a fixed date, so the same plan gives the
// same bytes.
func (wd *wordDoc) finish(src []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		if f.Name == "word/document.xml" && wd.toc {
			if data, err = wd.tocField(data); err != nil {
				return nil, err
			}
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: time.Unix(0, 0).UTC()})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func (wd *wordDoc) tocField(doc []byte) ([]byte, error) {
	s := string(doc)
	at := strings.Index(s, esc(tocMarker))
	if at < 0 {
		return nil, errors.New("segnaposto dell'indice non trovato nel documento Word")
	}
	start := strings.LastIndex(s[:at], "<w:p>")
	if alt := strings.LastIndex(s[:at], "<w:p "); alt > start {
		start = alt
	}
	end := strings.Index(s[at:], "</w:p>") + at + len("</w:p>")
	var b strings.Builder
	entries := wd.tocEntries()
	if len(entries) == 0 {
		entries = []wordTOC{{"Aggiornare l'indice (tasto F9)", 1}}
	}
	for i, e := range entries {
		indent := ""
		if e.level > 1 {
			indent = `<w:ind w:left="440"/>`
		}
		b.WriteString(`<w:p><w:pPr>` + indent + `</w:pPr>`)
		if i == 0 {
			b.WriteString(`<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>` +
				`<w:r><w:instrText xml:space="preserve"> TOC \o "1-2" \h \z \u </w:instrText></w:r>` +
				`<w:r><w:fldChar w:fldCharType="separate"/></w:r>`)
		}
		b.WriteString(run(e.title, ""))
		if i == len(entries)-1 {
			b.WriteString(`<w:r><w:fldChar w:fldCharType="end"/></w:r>`)
		}
		b.WriteString(`</w:p>`)
	}
	return []byte(s[:start] + b.String() + s[end:]), nil
}
