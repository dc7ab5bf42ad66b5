package report

import (
	"strconv"
	"strings"
)

// col is a table column: its width, alignment and header text.
type col struct {
	title string
	w     float64
	align string
	// label marks the label column of key/value tables: bold on a tinted
	// fill, repeated with "(segue)" when a row continues on the next page.
	label bool
}

// cell is the content of one cell; a non-zero fill overrides the row's
// background and a non-zero color the ink.
type cell struct {
	text  string
	style string // "", "B", "I"
	fill  rgb
	color rgb
	align string
}

func txt(s string) cell  { return cell{text: s} }
func bold(s string) cell { return cell{text: s, style: "B"} }

// table draws rows whose height follows their wrapped text. A row that does
// not fit goes to the next page, where the header row is repeated; a row
// taller than a page is split line by line, so nothing is ever cut.
type table struct {
	d        *doc
	cols     []col
	size     float64 // font size in points
	lh       float64 // line height in mm
	pad      float64 // vertical padding in mm
	header   bool    // draw and repeat the header row
	zebra    bool
	n        int     // rows drawn, for zebra stripes
	headSize float64 // header font size, fitted so no title word breaks
	// before runs after a page break, before the repeated header (e.g. to
	// repeat an Area heading).
	before func()
	// keepNext is the height that must fit below the next row on its page
	// (e.g. a signature block); it applies to one row.
	keepNext float64
}

// newTable starts a table in the document's type size (compacted with the
// document, see doc.scale).
func newTable(d *doc, size float64, cols ...col) *table {
	size *= d.scale()
	return &table{d: d, cols: cols, size: size, lh: size * 0.47, pad: 1.2 * d.scale()}
}

// fitWidths scales the columns to the body width.
func (t *table) fitWidths() *table {
	tot := 0.0
	for _, c := range t.cols {
		tot += c.w
	}
	for i := range t.cols {
		t.cols[i].w *= t.d.width() / tot
	}
	t.headSize = 0
	return t
}

// headerSize shrinks the header font (down to 6 pt) until every word of
// every column title fits its column: "Residenti" must not break.
func (t *table) headerSize() float64 {
	if t.headSize > 0 {
		return t.headSize
	}
	// Sheets repeat the same tables: fit each header once per document.
	key := strconv.FormatFloat(t.size, 'f', 3, 64)
	for _, c := range t.cols {
		key += "\x00" + c.title + "\x00" + strconv.FormatFloat(c.w, 'f', 3, 64)
	}
	if s, ok := t.d.headSizes[key]; ok {
		t.headSize = s
		return s
	}
	cm := t.d.pdf.GetCellMargin()
	size := t.size
	for ; size > 6; size -= 0.25 {
		t.d.font("B", size)
		fits := true
		for _, c := range t.cols {
			for _, w := range strings.Fields(c.title) {
				if t.d.pdf.GetStringWidth(w) > c.w-2*cm {
					fits = false
				}
			}
		}
		if fits {
			break
		}
	}
	t.headSize = size
	if t.d.headSizes == nil {
		t.d.headSizes = map[string]float64{}
	}
	t.d.headSizes[key] = size
	return size
}

func (t *table) fontSize(head bool) float64 {
	if head {
		return t.headerSize()
	}
	return t.size
}

func (t *table) layoutRow(cells []cell, head bool) [][]line {
	out := make([][]line, len(cells))
	for i, c := range cells {
		style := c.style
		if head || (t.cols[i].label && style == "") {
			style = "B"
		}
		t.d.font(style, t.fontSize(head))
		out[i] = t.d.layout(c.text, t.cols[i].w)
	}
	return out
}

// rowHeight measures a row as it would be drawn.
func (t *table) rowHeight(cells []cell) float64 {
	h := 0.0
	for _, ls := range t.layoutRow(cells, false) {
		h = max(h, heightOf(ls, t.lh))
	}
	return h + 2*t.pad
}

func (t *table) headerHeight() float64 {
	if !t.header {
		return 0
	}
	return t.rowHeight(t.headerCells())
}

func (t *table) headerCells() []cell {
	cs := make([]cell, len(t.cols))
	for i, c := range t.cols {
		cs[i] = cell{text: c.title, style: "B", fill: colHeadFill, color: colAccent, align: c.align}
	}
	return cs
}

// drawHeader draws the header row (after a page break too).
func (t *table) drawHeader() {
	if t.header {
		t.draw(t.headerCells(), true)
	}
}

// start draws the header, moving to a new page unless the header and a
// first row of height first fit.
func (t *table) start(first float64) {
	t.d.ensure(t.headerHeight() + first)
	t.drawHeader()
}

func (t *table) breakPage() {
	t.d.newPage()
	if t.before != nil {
		t.before()
	}
	t.drawHeader()
}

// row draws one row.
func (t *table) row(cells ...cell) {
	t.draw(cells, false)
	t.n++
}

func (t *table) draw(cells []cell, head bool) {
	d := t.d
	if d.outline {
		return
	}
	lays := t.layoutRow(cells, head)
	pos := make([]int, len(cells))
	bodyH := d.bottom - d.bodyTop - t.headerHeight() - 2*t.pad
	full := 0.0
	for _, ls := range lays {
		full = max(full, heightOf(ls, t.lh))
	}
	switch {
	case t.keepNext > 0 && full+2*t.pad+t.keepNext <= bodyH:
		d.ensure(full + 2*t.pad + t.keepNext)
	case len(d.heads) > 0:
		// A heading above keeps at least two lines of the row.
		d.ensure(min(full, 2*t.lh) + 2*t.pad)
	}
	t.keepNext = 0
	continued, fresh := false, false
	for {
		rest := 0.0
		for i, ls := range lays {
			rest = max(rest, heightOf(ls[pos[i]:], t.lh))
		}
		avail := d.room() - 2*t.pad
		if rest <= avail+0.01 {
			t.drawChunk(cells, lays, pos, rest, head, continued)
			return
		}
		// Move whole to the next page when it would fit there, or when less
		// than two lines are left here; on a page just begun, draw what
		// fits (at least a line), so that every turn makes progress.
		if !fresh && (head || (!continued && rest <= bodyH) || avail < 2*t.lh) {
			t.breakPage()
			fresh = true
			continue
		}
		t.drawChunk(cells, lays, pos, max(avail, t.lh), head, continued)
		continued = true
		t.breakPage()
		fresh = true
	}
}

// drawChunk draws, for every cell, the lines from pos that fit in height h,
// then advances pos.
func (t *table) drawChunk(cells []cell, lays [][]line, pos []int, h float64, head, continued bool) {
	d := t.d
	pdf := d.pdf
	y0 := d.y()
	// Decide what each cell shows first, to size the row exactly.
	ends := make([]int, len(cells))
	used := 0.0
	for i, ls := range lays {
		hh, j := 0.0, pos[i]
		for j < len(ls) && hh+lineH(ls[j], t.lh) <= h+0.01 {
			hh += lineH(ls[j], t.lh)
			j++
		}
		ends[i] = j
		used = max(used, hh)
	}
	rowH := used + 2*t.pad
	x := d.left
	d.draw(colBorder)
	pdf.SetLineWidth(0.2)
	for i, c := range cells {
		w := t.cols[i].w
		fill := c.fill
		switch {
		case fill != colNone:
		case t.cols[i].label:
			fill = colLabel
		case t.zebra && t.n%2 == 1 && !head:
			fill = colZebra
		}
		style := "D"
		if fill != colNone {
			d.fill(fill)
			style = "FD"
		}
		pdf.Rect(x, y0, w, rowH, style)
		st := c.style
		if head || (t.cols[i].label && st == "") {
			st = "B"
		}
		d.font(st, t.fontSize(head))
		if c.color != colNone {
			d.color(c.color)
		} else {
			d.color(colInk)
		}
		align := c.align
		if align == "" {
			align = t.cols[i].align
		}
		if align == "" {
			align = "L"
		}
		ls := lays[i][pos[i]:ends[i]]
		if continued && pos[i] >= len(lays[i]) && t.cols[i].label && len(lays[i]) > 0 {
			// The label has already been printed: remind the reader.
			d.font("I", t.fontSize(head)-1)
			d.color(colMuted)
			ls = []line{{text: "(segue)"}}
		}
		d.drawLines(ls, x, y0+t.pad, w, t.lh, align)
		pos[i] = ends[i]
		x += w
	}
	d.color(colInk)
	pdf.SetXY(d.left, y0+rowH)
	kind := evContent
	if head {
		kind = evHeading
	}
	d.record(kind, cells[0].text)
}
