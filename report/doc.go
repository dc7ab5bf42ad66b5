package report

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"time"

	"codeberg.org/go-fonts/liberation/liberationsansbold"
	"codeberg.org/go-fonts/liberation/liberationsansbolditalic"
	"codeberg.org/go-fonts/liberation/liberationsansitalic"
	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"codeberg.org/go-pdf/fpdf"

	"pianoperformance/model"
)

// The font family embedded in every document: Liberation Sans covers the
// Italian accents, € ≥ ≤ “ ” ’ – and the bullet.
const fontFamily = "LiberationSans"

// rgb is a colour of the sober palette shared by all documents.
type rgb struct{ r, g, b int }

var (
	colInk      = rgb{33, 37, 41}
	colMuted    = rgb{100, 108, 118}
	colAccent   = rgb{31, 64, 104}   // headings, rules
	colHeadFill = rgb{219, 228, 239} // table header rows
	colLabel    = rgb{237, 241, 246} // label column of key/value tables
	colZebra    = rgb{246, 248, 250}
	colBorder   = rgb{150, 158, 168}
	colWarn     = rgb{176, 32, 32}
	colBar      = rgb{62, 99, 146} // active months of a phase
	colNone     = rgb{}            // zero value: no fill, default ink
)

// doc is one PDF under construction with the comune's header and the
// footer on every page. It manages page breaks itself (auto page break is
// off) so that tables can repeat their header and blocks can stay together.
type doc struct {
	pdf   *pdfw
	plan  *model.Plan
	opt   Options
	title string // right part of the header; may change between pages
	sub   string // second header line (e.g. the objective's code)
	short string // centre of the footer

	landscape            bool
	pageW, pageH         float64
	left, right, bodyTop float64
	bottom               float64 // lowest y the body may reach
	stemma               string  // registered image name, "" if none
	stemmaW, stemmaH     float64
	noHeader             bool            // the cover has its own layout
	fonts                map[string]bool // styles registered so far
	onNewPage            func()
	name                 struct { // the comune's name as the header prints it
		size  float64
		lines []string
		w     float64
	}

	flowState
}

const (
	marginSide   = 15.0
	headerTop    = 9.0
	headerHeight = 20.0
	footerHeight = 14.0
)

func newDoc(p *model.Plan, landscape bool, title, subject string, opt Options) *doc {
	orient := "P"
	if landscape {
		orient = "L"
	}
	pdf := &pdfw{Fpdf: fpdf.New(orient, "mm", "A4", "")}
	d := &doc{pdf: pdf, plan: p, opt: opt, landscape: landscape}
	d.trace = opt.trace
	d.pageW, d.pageH = pdf.GetPageSize()
	d.left, d.right = marginSide, d.pageW-marginSide
	if landscape {
		d.left, d.right = 12, d.pageW-12
	}
	d.bodyTop = headerTop + headerHeight + 4
	d.bottom = d.pageH - footerHeight - 4
	pdf.SetMargins(d.left, d.bodyTop, d.pageW-d.right)
	pdf.SetAutoPageBreak(false, d.pageH-d.bottom)
	pdf.SetCellMargin(1.6)

	// The fonts are registered on first use (see font): parsing one costs
	// about a millisecond, and many documents use only two or three.

	// Fixed dates and sorted catalogs: same plan and date, same bytes.
	printed := opt.Printed.UTC()
	pdf.SetCreationDate(printed)
	pdf.SetModificationDate(printed)
	pdf.SetCatalogSort(true)
	pdf.SetTitle(title, true)
	pdf.SetSubject(subject, true)
	pdf.SetAuthor(nomeComune(p.Ente), true)
	pdf.SetCreator("Piano della Performance", true)
	pdf.SetProducer("Piano della Performance", true)
	pdf.SetKeywords("PIAO, performance, obiettivi", true)
	pdf.SetLang("it-IT")
	if opt.PDFA {
		d.setupPDFA(pdfaMeta{title: title, subject: subject, author: nomeComune(p.Ente),
			keywords: "PIAO, performance, obiettivi", tool: "Piano della Performance", date: printed})
	}
	pdf.AliasNbPages("{nb}")

	if len(p.Ente.Stemma) > 0 {
		info := pdf.RegisterImageOptionsReader("stemma", fpdf.ImageOptions{ImageType: imageType(p.Ente.Stemma)}, bytes.NewReader(p.Ente.Stemma))
		if pdf.Ok() && info != nil && info.Height() > 0 {
			d.stemma = "stemma"
			d.stemmaW, d.stemmaH = info.Width(), info.Height()
		} else {
			// A broken coat of arms must not stop the printout.
			pdf.ClearError()
		}
	}
	d.title = title
	pdf.SetHeaderFuncMode(d.header, false)
	pdf.SetFooterFunc(d.footer)
	return d
}

func imageType(b []byte) string {
	if bytes.HasPrefix(b, []byte("\x89PNG")) {
		return "PNG"
	}
	if bytes.HasPrefix(b, []byte("GIF8")) {
		return "GIF"
	}
	return "JPG"
}

// nomeComune is "Comune di Albizzate" whether or not the name says "Comune".
func nomeComune(e model.Ente) string {
	n := strings.TrimSpace(e.Nome)
	if n == "" {
		return "Comune"
	}
	if strings.HasPrefix(strings.ToLower(n), "comune ") {
		return n
	}
	return "Comune di " + n
}

func nomeProvincia(e model.Ente) string {
	n := strings.TrimSpace(e.Provincia)
	if n == "" || strings.HasPrefix(strings.ToLower(n), "provincia") || strings.HasPrefix(strings.ToLower(n), "città") {
		return n
	}
	return "Provincia di " + n
}

func dataItaliana(t time.Time) string {
	return model.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}.String()
}

// fontFiles are the styles of the embedded family.
var fontFiles = map[string][]byte{
	"": liberationsansregular.TTF, "B": liberationsansbold.TTF,
	"I": liberationsansitalic.TTF, "BI": liberationsansbolditalic.TTF,
}

// font sets the family in style ("", "B", "I" or "BI") and size, registering
// the style's font the first time the document uses it.
func (d *doc) font(style string, size float64) {
	if !d.fonts[style] {
		if d.fonts == nil {
			d.fonts = map[string]bool{}
		}
		d.pdf.AddUTF8FontFromBytes(fontFamily, style, fontFiles[style])
		d.fonts[style] = true
	}
	// fpdf writes the font into the page at every call: skip the calls
	// that change nothing (most of them, in table cells).
	if sz, _ := d.pdf.GetFontSize(); sz == size && d.pdf.GetFontStyle() == style && d.pdf.GetFontFamily() == fontKey {
		return
	}
	d.pdf.SetFont(fontFamily, style, size)
}

// fontKey is the family's name as fpdf keeps it.
var fontKey = strings.ToLower(fontFamily)

// color sets the text colour. fpdf formats the colour at every call, and
// table cells set theirs for every piece of text: unchanged colours are
// skipped (text colour writes nothing into the page by itself).
func (d *doc) color(c rgb) {
	if r, g, b := d.pdf.GetTextColor(); r == c.r && g == c.g && b == c.b {
		return
	}
	d.pdf.SetTextColor(c.r, c.g, c.b)
}

func (d *doc) fill(c rgb) { d.pdf.SetFillColor(c.r, c.g, c.b) }

func (d *doc) draw(c rgb) { d.pdf.SetDrawColor(c.r, c.g, c.b) }

func (d *doc) width() float64 { return d.right - d.left }

// header draws the comune, the coat of arms and the document title.
func (d *doc) header() {
	if d.noHeader {
		return
	}
	pdf := d.pdf
	x := d.left
	if d.stemma != "" {
		h := headerHeight - 2
		w := h * d.stemmaW / d.stemmaH
		pdf.ImageOptions(d.stemma, x, headerTop, w, h, false, fpdf.ImageOptions{}, 0, "")
		x += w + 4
	}
	d.color(colAccent)
	size, names, nameW := d.nameLayout(x)
	d.font("B", size)
	for i, l := range names {
		pdf.SetXY(x-pdf.GetCellMargin(), headerTop+2+float64(i)*size*0.42)
		pdf.CellFormat(0, 6, l, "", 0, "L", false, 0, "")
	}
	d.color(colMuted)
	d.font("I", 9.5)
	pdf.SetXY(x-pdf.GetCellMargin(), headerTop+8.5+float64(len(names)-1)*size*0.42)
	pdf.CellFormat(0, 5, nomeProvincia(d.plan.Ente), "", 0, "L", false, 0, "")

	// Title on the right, wrapped on at most two lines.
	avail := d.right - (x + nameW + 8)
	d.color(colInk)
	d.font("B", 10)
	lines := d.layout(d.title, avail+2*pdf.GetCellMargin())
	if len(lines) > 2 {
		lines = lines[:2]
	}
	y := headerTop + 2
	for _, l := range lines {
		pdf.SetXY(d.right-avail-pdf.GetCellMargin(), y)
		pdf.CellFormat(avail+2*pdf.GetCellMargin(), 5, l.text, "", 0, "R", false, 0, "")
		y += 5
	}
	if d.sub != "" {
		d.font("", 9)
		d.color(colMuted)
		pdf.SetXY(d.right-avail-pdf.GetCellMargin(), y)
		pdf.CellFormat(avail+2*pdf.GetCellMargin(), 5, d.sub, "", 0, "R", false, 0, "")
	}
	d.draw(colAccent)
	pdf.SetLineWidth(0.5)
	pdf.Line(d.left, headerTop+headerHeight, d.right, headerTop+headerHeight)
	pdf.SetLineWidth(0.2)
	d.color(colInk)
	pdf.SetXY(d.left, d.bodyTop)
}

// nameLayout fits the comune's name in the header, once per document: a
// long name shrinks (and at worst wraps onto two lines) so that the title
// keeps its room.
func (d *doc) nameLayout(x float64) (size float64, lines []string, w float64) {
	if d.name.lines != nil {
		return d.name.size, d.name.lines, d.name.w
	}
	pdf := d.pdf
	name := printable(strings.ToUpper(nomeComune(d.plan.Ente)))
	maxName := d.right - x - 75
	size = 13.0
	for ; size > 9; size -= 0.5 {
		d.font("B", size)
		if pdf.GetStringWidth(name) <= maxName {
			break
		}
	}
	d.font("B", size)
	lines = d.wrap(name, maxName+2*pdf.GetCellMargin())
	if len(lines) > 2 {
		lines = d.wrap(name, d.width())[:1] // cannot happen with a real name
	}
	for _, l := range lines {
		w = max(w, pdf.GetStringWidth(l))
	}
	d.name.size, d.name.lines, d.name.w = size, lines, w
	return size, lines, w
}

// footer prints the date of printing and "Pagina x di y". The page number
// is left-aligned in a fixed box because the {nb} alias is replaced after
// layout and would shift right-aligned text.
func (d *doc) footer() {
	pdf := d.pdf
	y := d.pageH - footerHeight
	d.draw(colBorder)
	pdf.SetLineWidth(0.2)
	pdf.Line(d.left, y, d.right, y)
	d.font("", 8)
	d.color(colMuted)
	pdf.SetXY(d.left-pdf.GetCellMargin(), y+1.5)
	pdf.CellFormat(60, 4, "Stampato il "+dataItaliana(d.opt.Printed), "", 0, "L", false, 0, "")
	if d.short != "" {
		// A long comune name shrinks the centre text rather than run into
		// the date and the page number.
		w := d.width() - 2*(60-2*pdf.GetCellMargin())
		for size := 8.0; size > 5.5 && pdf.GetStringWidth(d.short)+2*pdf.GetCellMargin() > w; size -= 0.5 {
			d.font("", size-0.5)
		}
		pdf.SetXY(d.left+60-2*pdf.GetCellMargin(), y+1.5)
		pdf.CellFormat(w, 4, d.short, "", 0, "C", false, 0, "")
		d.font("", 8)
	}
	pdf.SetXY(d.right-28, y+1.5)
	pdf.CellFormat(30, 4, "Pagina "+itoa(pdf.PageNo())+" di {nb}", "", 0, "L", false, 0, "")
	if c := dicituraVersione(d.opt.Versione); c != "" {
		d.font("I", 7.5)
		pdf.SetXY(d.left, y+6)
		pdf.CellFormat(d.width(), 4, c, "", 0, "C", false, 0, "")
	}
	d.color(colInk)
}

func itoa(n int) string { return strconv.Itoa(n) }

func (d *doc) output(w io.Writer) error {
	d.flush() // a heading with nothing after it still prints
	if d.opt.PDFA {
		return d.outputPDFA(w)
	}
	return d.pdf.Output(w)
}
