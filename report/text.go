package report

import (
	"strings"
)

// line is one laid-out line of a text: wrapped to a width, with the hanging
// indent of a bullet item. gap lines separate paragraphs.
type line struct {
	text   string
	indent float64
	bullet bool
	gap    bool
}

const bulletIndent = 4.5

// layout wraps text to width w with the current font. Paragraphs are
// separated by blank lines; lines starting with "- ", "• " or "* " are
// bullets. Words break only when one alone is wider than the line (see
// wrap), so nothing is ever cut.
func (d *doc) layout(text string, w float64) []line {
	size, _ := d.pdf.GetFontSize()
	key := layoutKey{text: text, style: d.pdf.GetFontStyle(), size: size, w: w}
	if ls, ok := d.cache[key]; ok {
		return ls
	}
	ls := d.layoutText(text, w)
	if d.cache == nil {
		d.cache = map[layoutKey][]line{}
	}
	d.cache[key] = ls
	return ls
}

func (d *doc) layoutText(text string, w float64) []line {
	text = printable(text)
	text = strings.ReplaceAll(text, "\t", "    ")
	var out []line
	pendingGap := false
	for _, raw := range strings.Split(text, "\n") {
		s := strings.TrimSpace(raw)
		if s == "" {
			pendingGap = len(out) > 0
			continue
		}
		if pendingGap {
			out = append(out, line{gap: true})
			pendingGap = false
		}
		indent, bullet := 0.0, false
		for _, p := range []string{"- ", "• ", "* ", "– "} {
			if strings.HasPrefix(s, p) {
				s = strings.TrimSpace(s[len(p):])
				indent, bullet = bulletIndent, true
				break
			}
		}
		parts := d.wrap(s, w-indent)
		for i, p := range parts {
			out = append(out, line{text: p, indent: indent, bullet: bullet && i == 0})
		}
	}
	if len(out) == 0 {
		out = []line{{}}
	}
	return out
}

// heightOf is the height of lines at line height lh; gaps are shorter.
func heightOf(ls []line, lh float64) float64 {
	h := 0.0
	for _, l := range ls {
		h += lineH(l, lh)
	}
	return h
}

func lineH(l line, lh float64) float64 {
	if l.gap {
		return lh * 0.45
	}
	return lh
}

// drawLines writes lines from (x, y) in a column of width w.
func (d *doc) drawLines(ls []line, x, y, w, lh float64, align string) float64 {
	pdf := d.pdf
	for _, l := range ls {
		if l.gap {
			y += lineH(l, lh)
			continue
		}
		if l.bullet {
			pdf.SetXY(x+l.indent-3.8, y)
			pdf.CellFormat(3.8, lh, "•", "", 0, "L", false, 0, "")
		}
		pdf.SetXY(x+l.indent, y)
		pdf.CellFormat(w-l.indent, lh, l.text, "", 0, align, false, 0, "")
		y += lh
	}
	return y
}

// paragraphs prints free text across pages (chapters, notes), wrapping and
// breaking pages line by line; it avoids leaving a single line at the foot.
func (d *doc) paragraphs(text string, size float64) {
	d.paragraphsStyled(text, "", size)
}

func (d *doc) paragraphsStyled(text, style string, size float64) {
	if d.outline {
		return
	}
	size *= d.scale()
	d.font(style, size)
	d.color(colInk)
	lh := size * 0.5
	cm := d.pdf.GetCellMargin()
	ls := d.layout(text, d.width()+2*cm)
	// The first two lines stay together (and with a heading before them).
	d.ensure(heightOf(ls[:min(2, len(ls))], lh))
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		if l.gap {
			if d.room() > 2*lh {
				d.pdf.SetY(d.y() + lineH(l, lh))
			} else {
				d.newPage()
			}
			continue
		}
		d.ensure(lh)
		d.font(style, size)
		d.color(colInk)
		d.drawLines(ls[i:i+1], d.left-cm, d.y(), d.width()+2*cm, lh, "L")
		d.pdf.SetY(d.y() + lh)
		d.record(evContent, l.text)
	}
}

// heading prints a chapter or section title in the accent colour, kept
// with what follows (see keepWithNext).
func (d *doc) heading(text string, size float64) {
	size *= d.scale()
	d.font("B", size)
	lh := size * 0.5
	cm := d.pdf.GetCellMargin()
	ls := d.layout(text, d.width()+2*cm)
	h := heightOf(ls, lh) + 2
	d.keepWithNext(h, func() {
		d.font("B", size)
		d.color(colAccent)
		y := d.drawLines(ls, d.left-cm, d.y(), d.width()+2*cm, lh, "L")
		d.color(colInk)
		d.pdf.SetY(y + 2)
		d.record(evHeading, text)
	})
}
