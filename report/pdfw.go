package report

import (
	"fmt"

	"codeberg.org/go-pdf/fpdf"
)

// pdfw is the fpdf document every printout draws on. It shadows each fpdf
// method that takes text, so that all text (cells, wrapped lines, headers,
// footers, the index, bookmarks, the PDF's metadata and the charts' labels)
// passes through printable on its way to the page: that is the one place
// where characters the font cannot draw are mapped. Code in this package
// draws through a *pdfw, never through a bare *fpdf.Fpdf.
//
// The embedded *fpdf.Fpdf may be swapped for a template's while a block is
// measured (see doc.measure); everything else stays the same.
type pdfw struct {
	*fpdf.Fpdf
	// dry skips drawing text and shapes while a block is only measured:
	// cells still move the position as fpdf would, nothing is written.
	dry bool
}

func (p *pdfw) CellFormat(w, h float64, txt, border string, ln int, align string, fill bool, link int, linkStr string) {
	if p.dry {
		x, y := p.GetXY()
		switch {
		case ln > 0:
			y += h
			if ln == 1 {
				x, _, _, _ = p.GetMargins()
			}
		case w == 0:
			pw, _ := p.GetPageSize()
			_, _, r, _ := p.GetMargins()
			x = pw - r
		default:
			x += w
		}
		p.SetXY(x, y)
		return
	}
	p.Fpdf.CellFormat(w, h, printable(txt), border, ln, align, fill, link, linkStr)
}

func (p *pdfw) Rect(x, y, w, h float64, style string) {
	if !p.dry {
		p.Fpdf.Rect(x, y, w, h, style)
	}
}

func (p *pdfw) Line(x1, y1, x2, y2 float64) {
	if !p.dry {
		p.Fpdf.Line(x1, y1, x2, y2)
	}
}

func (p *pdfw) Cell(w, h float64, txt string) { p.Fpdf.Cell(w, h, printable(txt)) }

func (p *pdfw) Cellf(w, h float64, format string, args ...any) {
	p.Cell(w, h, fmt.Sprintf(format, args...))
}

func (p *pdfw) MultiCell(w, h float64, txt, border, align string, fill bool) {
	p.Fpdf.MultiCell(w, h, printable(txt), border, align, fill)
}

func (p *pdfw) Write(h float64, txt string) { p.Fpdf.Write(h, printable(txt)) }

func (p *pdfw) Writef(h float64, format string, args ...any) {
	p.Write(h, fmt.Sprintf(format, args...))
}

func (p *pdfw) WriteAligned(width, lineHeight float64, txt, align string) {
	p.Fpdf.WriteAligned(width, lineHeight, printable(txt), align)
}

func (p *pdfw) WriteLinkString(h float64, display, target string) {
	p.Fpdf.WriteLinkString(h, printable(display), target)
}

func (p *pdfw) WriteLinkID(h float64, display string, linkID int) {
	p.Fpdf.WriteLinkID(h, printable(display), linkID)
}

func (p *pdfw) SubWrite(ht float64, str string, subFontSize, subOffset float64, link int, linkStr string) {
	p.Fpdf.SubWrite(ht, printable(str), subFontSize, subOffset, link, linkStr)
}

func (p *pdfw) Text(x, y float64, txt string) {
	if !p.dry {
		p.Fpdf.Text(x, y, printable(txt))
	}
}

func (p *pdfw) ClipText(x, y float64, txt string, outline bool) {
	p.Fpdf.ClipText(x, y, printable(txt), outline)
}

func (p *pdfw) Bookmark(txt string, level int, y float64) {
	p.Fpdf.Bookmark(printable(txt), level, y)
}

func (p *pdfw) GetStringWidth(s string) float64 { return p.Fpdf.GetStringWidth(printable(s)) }

func (p *pdfw) GetStringSymbolWidth(s string) int {
	return p.Fpdf.GetStringSymbolWidth(printable(s))
}

func (p *pdfw) SplitText(txt string, w float64) []string {
	return p.Fpdf.SplitText(printable(txt), w)
}

func (p *pdfw) SplitLines(txt []byte, w float64) [][]byte {
	return p.Fpdf.SplitLines([]byte(printable(string(txt))), w)
}

func (p *pdfw) SetTitle(s string, isUTF8 bool)    { p.Fpdf.SetTitle(printable(s), isUTF8) }
func (p *pdfw) SetSubject(s string, isUTF8 bool)  { p.Fpdf.SetSubject(printable(s), isUTF8) }
func (p *pdfw) SetAuthor(s string, isUTF8 bool)   { p.Fpdf.SetAuthor(printable(s), isUTF8) }
func (p *pdfw) SetKeywords(s string, isUTF8 bool) { p.Fpdf.SetKeywords(printable(s), isUTF8) }
func (p *pdfw) SetCreator(s string, isUTF8 bool)  { p.Fpdf.SetCreator(printable(s), isUTF8) }
func (p *pdfw) SetProducer(s string, isUTF8 bool) { p.Fpdf.SetProducer(printable(s), isUTF8) }
