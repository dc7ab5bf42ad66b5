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
	pdf   *fpdf.Fpdf
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
	pdf := fpdf.New(orient, "mm", "A4", "")
	d := &doc{pdf: pdf, plan: p, opt: opt, landscape: landscape}
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
	d.pdf.SetFont(fontFamily, style, size)
}

func (d *doc) color(c rgb) { d.pdf.SetTextColor(c.r, c.g, c.b) }

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
	d.font("B", 13)
	pdf.SetXY(x-pdf.GetCellMargin(), headerTop+2)
	name := strings.ToUpper(nomeComune(d.plan.Ente))
	pdf.CellFormat(0, 6, name, "", 0, "L", false, 0, "")
	nameW := pdf.GetStringWidth(name)
	d.color(colMuted)
	d.font("I", 9.5)
	pdf.SetXY(x-pdf.GetCellMargin(), headerTop+8.5)
	pdf.CellFormat(0, 5, nomeProvincia(d.plan.Ente), "", 0, "L", false, 0, "")

	// Title on the right, wrapped on at most two lines.
	avail := d.right - (x + nameW + 8)
	d.color(colInk)
	d.font("B", 10)
	lines := pdf.SplitText(d.title, avail+2*pdf.GetCellMargin())
	if len(lines) > 2 {
		lines = lines[:2]
	}
	y := headerTop + 2
	for _, l := range lines {
		pdf.SetXY(d.right-avail-pdf.GetCellMargin(), y)
		pdf.CellFormat(avail+2*pdf.GetCellMargin(), 5, l, "", 0, "R", false, 0, "")
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
		pdf.SetXY(d.left+60, y+1.5)
		pdf.CellFormat(d.width()-120, 4, d.short, "", 0, "C", false, 0, "")
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

// newPage starts a page; the header is drawn by fpdf's callback.
func (d *doc) newPage() {
	d.pdf.AddPage()
	d.pdf.SetXY(d.left, d.bodyTop)
	if d.onNewPage != nil {
		d.onNewPage()
	}
}

func (d *doc) y() float64 { return d.pdf.GetY() }

// room is the vertical space left on the page.
func (d *doc) room() float64 { return d.bottom - d.pdf.GetY() }

// ensure starts a new page unless h millimetres fit on this one.
func (d *doc) ensure(h float64) {
	if d.room() < h {
		d.newPage()
	}
}

func (d *doc) space(h float64) {
	if d.room() > h {
		d.pdf.SetY(d.y() + h)
	}
}

func (d *doc) output(w io.Writer) error {
	if d.opt.PDFA {
		return d.outputPDFA(w)
	}
	return d.pdf.Output(w)
}
