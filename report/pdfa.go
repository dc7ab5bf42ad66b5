package report

import (
	"bytes"
	"crypto/md5"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html"
	"io"
	"regexp"
	"strconv"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// PDF/A-2b for archiving (ISO 19005-2, level B): every font embedded (the
// documents use only the embedded Liberation Sans), XMP metadata that
// repeats the document information, an sRGB output intent, no encryption,
// and a file identifier in the trailer.

//go:embed icc/sRGB.icc
var srgbICC []byte

// pdfaMeta is what the XMP packet and the information dictionary share.
type pdfaMeta struct {
	title, subject, author, keywords, tool string
	date                                   time.Time
}

// setupPDFA adds the XMP packet and the output intent; finishPDFA does
// the rest once fpdf has written the file.
func (d *doc) setupPDFA(m pdfaMeta) {
	d.pdf.SetXmpMetadata(xmpPacket(m))
	d.pdf.AddOutputIntent(fpdf.OutputIntentType{
		SubtypeIdent:              fpdf.OutputIntent_GTS_PDFA1,
		OutputConditionIdentifier: "sRGB IEC61966-2.1",
		Info:                      "sRGB IEC61966-2.1",
		ICCProfile:                srgbICC,
	})
}

// xmpPacket is the metadata stream: PDF/A identification, Dublin Core and
// the PDF and XMP basic properties matching the information dictionary.
func xmpPacket(m pdfaMeta) []byte {
	e := html.EscapeString
	date := m.date.UTC().Format("2006-01-02T15:04:05Z")
	var b bytes.Buffer
	fmt.Fprintf(&b, `<?xpacket begin="%s" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>it-IT</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>%s</pdf:Keywords>
   <pdf:Producer>%s</pdf:Producer>
   <xmp:CreatorTool>%s</xmp:CreatorTool>
   <xmp:CreateDate>%s</xmp:CreateDate>
   <xmp:ModifyDate>%s</xmp:ModifyDate>
   <xmp:MetadataDate>%s</xmp:MetadataDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`, "\ufeff", e(m.title), e(m.author), e(m.subject), e(m.keywords), e(m.tool), e(m.tool), date, date, date)
	return b.Bytes()
}

// infoDate matches fpdf's dates in the information dictionary, written
// without a time zone; finishPDFA marks them as UTC, as the XMP says.
var infoDate = regexp.MustCompile(`/(CreationDate|ModDate) \(D:\d{14}\)`)

// finishPDFA completes fpdf's output: it marks the information
// dictionary's dates as UTC (moving the cross-reference offsets that
// follow) and adds the file identifier that PDF/A requires to the trailer.
func finishPDFA(src []byte) ([]byte, error) {
	type edit struct{ at, n int }
	var edits []edit
	var b bytes.Buffer
	last := 0
	for _, m := range infoDate.FindAllIndex(src, -1) {
		end := m[1] - 1 // before ")"
		b.Write(src[last:end])
		b.WriteString("Z")
		edits = append(edits, edit{end, 1})
		last = end
	}
	b.Write(src[last:])
	out := b.Bytes()
	shift := func(off int) int {
		for _, e := range edits {
			if off >= e.at {
				off += e.n
			}
		}
		return off
	}
	// The cross-reference table: "xref\n0 N\n" and N entries of 20 bytes.
	sx := bytes.LastIndex(out, []byte("startxref\n"))
	if sx < 0 {
		return nil, errors.New("PDF/A: tabella dei riferimenti non trovata")
	}
	numEnd := sx + len("startxref\n") + bytes.IndexByte(out[sx+len("startxref\n"):], '\n')
	xrefOld, err := strconv.Atoi(string(out[sx+len("startxref\n") : numEnd]))
	if err != nil {
		return nil, fmt.Errorf("PDF/A: posizione della tabella dei riferimenti non valida: %w", err)
	}
	xref := shift(xrefOld)
	if !bytes.HasPrefix(out[xref:], []byte("xref\n0 ")) {
		return nil, errors.New("PDF/A: tabella dei riferimenti non riconosciuta")
	}
	hdrEnd := xref + bytes.IndexByte(out[xref+5:], '\n') + 6
	count, err := strconv.Atoi(string(out[xref+7 : hdrEnd-1]))
	if err != nil {
		return nil, fmt.Errorf("PDF/A: tabella dei riferimenti non valida: %w", err)
	}
	for i := 1; i < count; i++ { // entry 0 is the free list head
		at := hdrEnd + 20*i
		off, err := strconv.Atoi(string(out[at : at+10]))
		if err != nil {
			return nil, fmt.Errorf("PDF/A: riferimento %d non valido: %w", i, err)
		}
		copy(out[at:at+10], fmt.Sprintf("%010d", shift(off)))
	}
	// Trailer: the identifier, then startxref with the moved position.
	tr := bytes.LastIndex(out[:sx], []byte("trailer\n<<\n"))
	if tr < 0 {
		return nil, errors.New("PDF/A: trailer non trovato")
	}
	// fpdf points /Info at the object before the catalog, which with an
	// output intent is the colour profile: point it at the real one.
	info := objectAround(out, bytes.Index(out, []byte("/CreationDate (D:")))
	if info < 0 {
		return nil, errors.New("PDF/A: dizionario delle informazioni non trovato")
	}
	trailer := infoRef.ReplaceAll(out[tr+len("trailer\n<<\n"):sx], []byte(fmt.Sprintf("/Info %d 0 R", info)))
	sum := md5.Sum(out[:xref])
	id := hex.EncodeToString(sum[:])
	var res bytes.Buffer
	res.Write(out[:tr+len("trailer\n<<\n")])
	fmt.Fprintf(&res, "/ID [<%s> <%s>]\n", id, id)
	res.Write(trailer)
	fmt.Fprintf(&res, "startxref\n%d", xref)
	res.Write(out[numEnd:])
	return res.Bytes(), nil
}

var (
	infoRef = regexp.MustCompile(`/Info \d+ 0 R`)
	objHead = regexp.MustCompile(`\n(\d+) 0 obj\n`)
)

// objectAround is the number of the object that holds byte at, -1 if none.
func objectAround(b []byte, at int) int {
	if at < 0 {
		return -1
	}
	heads := objHead.FindAllSubmatchIndex(b[:at], -1)
	if len(heads) == 0 {
		return -1
	}
	h := heads[len(heads)-1]
	n, err := strconv.Atoi(string(b[h[2]:h[3]]))
	if err != nil {
		return -1
	}
	return n
}

// outputPDFA writes the finished PDF/A.
func (d *doc) outputPDFA(w io.Writer) error {
	var b bytes.Buffer
	if err := d.pdf.Output(&b); err != nil {
		return err
	}
	out, err := finishPDFA(b.Bytes())
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}
