package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gomutex/godocx"
	"github.com/gomutex/godocx/common/units"
	"github.com/gomutex/godocx/docx"
	"github.com/gomutex/godocx/wml/ctypes"
	"github.com/gomutex/godocx/wml/stypes"

	"pianoperformance/model"
)

// DOCX writes the plan as a Word document the comune can edit: the whole
// document or the objective sheets, with Word's own heading styles (so the
// navigation pane and the table of contents work), tables, the charts as
// pictures, page numbers and a table-of-contents field that Word fills in
// on opening. What the user then adds in Word is theirs: the program never
// reads it back. The Riepilogo is a wide table best kept as PDF or XLSX.
func WriteDOCX(w io.Writer, p *model.Plan, k Kind, sel Selection, opt Options) error {
	if p == nil {
		return errors.New("nessun piano da esportare")
	}
	if opt.Printed.IsZero() {
		opt.Printed = time.Now()
	}
	obs := selectObiettivi(p, sel)
	wd, err := newWordDoc(p, opt)
	if err != nil {
		return err
	}
	defer wd.close()
	switch k {
	case Schede:
		if len(obs) == 0 {
			return errors.New("nessun obiettivo da esportare nella selezione")
		}
		wd.title = "Piano della Performance " + annoPiano(p) + " — Schede obiettivo"
		wd.schede(obs)
	case Documento:
		wd.title = "Piano della Performance " + annoPiano(p)
		if err := wd.documento(obs); err != nil {
			return err
		}
	default:
		return fmt.Errorf("il %s si esporta in PDF o XLSX, non in Word", k)
	}
	return wd.write(w)
}

// wordDoc is a Word document under construction.
type wordDoc struct {
	rd    *docx.RootDoc
	plan  *model.Plan
	opt   Options
	title string
	tmp   string // folder for the chart pictures, which godocx reads from files
	toc   bool   // a table of contents was placed
	// entries are the headings of levels 1 and 2, for the contents shown
	// until Word updates the field.
	entries []wordTOC
}

// Page geometry in twentieths of a point: A4 with 2 cm margins.
const (
	twipsPerMM   = 56.6929
	a4W, a4H     = 11906, 16838
	wordMargin   = 1134
	wordTextWide = a4W - 2*wordMargin
)

func newWordDoc(p *model.Plan, opt Options) (*wordDoc, error) {
	rd, err := godocx.NewDocument()
	if err != nil {
		return nil, fmt.Errorf("creazione del documento Word non riuscita: %w", err)
	}
	tmp, err := os.MkdirTemp("", "piano-docx-")
	if err != nil {
		return nil, err
	}
	w, h, m := uint64(a4W), uint64(a4H), wordMargin
	hm := 567
	rd.Document.Body.SectPr = &ctypes.SectionProp{
		PageSize:   &ctypes.PageSize{Width: &w, Height: &h},
		PageMargin: &ctypes.PageMargin{Top: &m, Bottom: &m, Left: &m, Right: &m, Header: &hm, Footer: &hm},
	}
	return &wordDoc{rd: rd, plan: p, opt: opt, tmp: tmp}, nil
}

func (wd *wordDoc) close() { os.RemoveAll(wd.tmp) }

// heading is a Word heading (style Heading 1, 2…), listed in the contents.
func (wd *wordDoc) heading(text string, level uint) { wd.headingAs(text, text, level) }

// headingAs is a heading listed in the contents as toc until Word updates
// it (the PDF's index writes chapters as typed, their headings in capitals).
func (wd *wordDoc) headingAs(text, toc string, level uint) {
	if _, err := wd.rd.AddHeading(clean(text), level); err != nil {
		wd.rd.AddParagraph(clean(text)).Style("Heading1")
	}
	if level >= 1 && level <= 2 {
		wd.entries = append(wd.entries, wordTOC{toc, level})
	}
}

func (wd *wordDoc) tocEntries() []wordTOC { return wd.entries }

// paragraphs adds free text the way the PDF reads it: blank lines between
// paragraphs, "- " starting a bullet.
func (wd *wordDoc) paragraphs(text string) {
	for _, par := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		s := strings.TrimSpace(par)
		if s == "" {
			continue
		}
		bullet := false
		for _, pre := range []string{"- ", "• ", "* ", "– "} {
			if strings.HasPrefix(s, pre) {
				s, bullet = strings.TrimSpace(s[len(pre):]), true
				break
			}
		}
		p := wd.rd.AddParagraph(clean(s))
		if bullet {
			p.Style("ListBullet")
		}
	}
}

// note is a short paragraph in italics.
func (wd *wordDoc) note(text string) {
	p := wd.rd.AddEmptyParagraph()
	p.AddText(clean(text)).Italic(true).Size(8)
}

// wcol is a table column for Word: title, relative width, right-aligned.
type wcol struct {
	title string
	w     float64
	right bool
}

// wcell is a cell's text, whether it is bold, and its shading (hex RGB).
type wcell struct {
	text string
	bold bool
	fill string
}

func wt(s string) wcell { return wcell{text: s} }
func wb(s string) wcell { return wcell{text: s, bold: true} }

// table adds a table with a header row (repeated on every page) when the
// columns have titles; widths are shares of the text width.
func (wd *wordDoc) table(cols []wcol, rows [][]wcell) {
	t := wd.rd.AddTable()
	t.Style("TableGrid")
	tot := 0.0
	for _, c := range cols {
		tot += c.w
	}
	widths := make([]uint64, len(cols))
	for i, c := range cols {
		widths[i] = uint64(c.w / tot * wordTextWide)
	}
	t.Width(wordTextWide, stypes.TableWidthDxa)
	t.Grid(widths...)
	v, h := ctypes.NewTableWidth(40, stypes.TableWidthDxa), ctypes.NewTableWidth(60, stypes.TableWidthDxa)
	t.CellMargin(v, h, v, h)
	size := uint64(9)
	switch { // wide tables: the years and the figures must not break
	case len(cols) > 9:
		size = 7
	case len(cols) > 6:
		size = 8
	}
	head := false
	for _, c := range cols {
		if c.title != "" {
			head = true
		}
	}
	if head {
		r := t.AddRow()
		for i, c := range cols {
			cell := r.AddCell().Width(int(widths[i]), stypes.TableWidthDxa).BackgroundColor("DBE4EF")
			p := cell.AddEmptyPara()
			p.AddText(clean(c.title)).Bold(true).Color("1F4068").Size(size)
			if c.right {
				p.Justification(stypes.JustificationRight)
			}
		}
		ct := t.GetCT()
		ct.RowContents[0].Row.Property = &ctypes.RowProperty{Header: ctypes.OnOffFromBool(true)}
	}
	for _, row := range rows {
		r := t.AddRow()
		for i, c := range row {
			cell := r.AddCell().Width(int(widths[i]), stypes.TableWidthDxa)
			if c.fill != "" {
				cell.BackgroundColor(c.fill)
			}
			lines := strings.Split(c.text, "\n")
			for _, l := range lines {
				p := cell.AddEmptyPara()
				run := p.AddText(clean(l)).Size(size)
				if c.bold {
					run.Bold(true)
				}
				if cols[i].right {
					p.Justification(stypes.JustificationRight)
				}
			}
		}
	}
	wd.rd.AddEmptyParagraph()
}

// keyValues is a two-column table of labels and values, blank values left out.
func (wd *wordDoc) keyValues(rows [][2]string, labelW float64) {
	var cells [][]wcell
	for _, r := range rows {
		if strings.TrimSpace(r[1]) == "" {
			continue
		}
		cells = append(cells, []wcell{{text: r[0], bold: true, fill: "EDF1F6"}, wt(r[1])})
	}
	if len(cells) > 0 {
		wd.table([]wcol{{w: labelW}, {w: 100 - labelW}}, cells)
	}
}

// picture adds a PNG at the given width in millimetres.
func (wd *wordDoc) picture(name string, png []byte, wMM, hMM float64) error {
	path := filepath.Join(wd.tmp, name+".png")
	if err := os.WriteFile(path, png, 0o600); err != nil {
		return err
	}
	p := wd.rd.AddEmptyParagraph()
	p.Justification(stypes.JustificationCenter)
	if _, err := p.AddPicture(path, units.Inch(wMM/25.4), units.Inch(hMM/25.4)); err != nil {
		return fmt.Errorf("grafico %s: %w", name, err)
	}
	return nil
}

func (wd *wordDoc) pageBreak() { wd.rd.AddPageBreak() }

// centered adds a centred line, for the cover.
func (wd *wordDoc) centered(text string, size uint64, bold bool, color string) {
	p := wd.rd.AddEmptyParagraph()
	p.Justification(stypes.JustificationCenter)
	r := p.AddText(clean(text)).Size(size)
	if bold {
		r.Bold(true)
	}
	if color != "" {
		r.Color(color)
	}
}

// clean drops what Word cannot hold: control characters other than tab.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' || r == 0xFFFE || r == 0xFFFF {
			return -1
		}
		return r
	}, s)
}

// write saves the document, then adds what godocx cannot express: the
// footer with the page numbers, the contents field, the properties.
func (wd *wordDoc) write(w io.Writer) error {
	if err := wd.addFooter(); err != nil {
		return err
	}
	var b bytes.Buffer
	if err := wd.rd.Write(&b); err != nil {
		return fmt.Errorf("scrittura del documento Word non riuscita: %w", err)
	}
	out, err := wd.finish(b.Bytes())
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}
