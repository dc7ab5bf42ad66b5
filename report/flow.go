package report

import (
	"codeberg.org/go-pdf/fpdf"
)

// The flow of a document from page to page. Every document (and any new
// one) follows the same rules through these primitives:
//
//   - keepWithNext queues a heading instead of drawing it; the next call to
//     ensure (which every piece of content makes before it draws) moves the
//     queued headings and that content's first part to a new page together,
//     so no heading is ever the last thing on a page;
//   - ensure never breaks a page that has nothing on it yet, so nothing
//     taller than a page makes an empty page;
//   - measure lays a block out on a scratch page to learn how many pages it
//     takes before drawing it for real (e.g. to keep a signature block with
//     what it signs, or to compact a sheet onto one page);
//   - the layout of wrapped text is cached per document, so measuring and
//     then drawing a block costs one layout, not two.
type flowState struct {
	heads   []pendingHead
	pageTop float64 // y where the body of the current page starts
	k       float64 // compaction of sizes and spacing; 0 means 1

	sigAlone bool // a measured signature block had to start a page
	keepSig  bool // the sheet's last row keeps the signature block with it

	measuring bool
	// outline: build runs only to list the index's entries (see
	// documento.indexed); content is skipped.
	outline   bool
	basePage  int // while measuring: the document's page the scratch page stands for
	cache     map[layoutKey][]line
	headSizes map[string]float64 // fitted header type sizes, by size, titles and widths
	trace     func(layoutEvent)  // tests: where things were drawn
}

// pendingHead is a queued heading (or the space around it).
type pendingHead struct {
	h    float64
	draw func()
}

// Kinds of layoutEvent.
const (
	evHeading   = "heading"
	evContent   = "content"
	evSignature = "signature"
)

// layoutEvent records where a piece of the page was drawn, for the layout
// tests (no heading last on a page, no page with only a signature).
type layoutEvent struct {
	kind string
	page int
	y    float64 // bottom of what was drawn
	text string
}

func (d *doc) record(kind, text string) {
	if d.trace != nil && !d.measuring {
		d.trace(layoutEvent{kind: kind, page: d.pageNo(), y: d.y(), text: text})
	}
}

// pageNo is the number of the current page, also while measuring.
func (d *doc) pageNo() int {
	if d.measuring {
		return d.basePage + d.pdf.PageNo() - 1
	}
	return d.pdf.PageNo()
}

// scale is the compaction factor applied to font sizes and spacing.
func (d *doc) scale() float64 {
	if d.k == 0 {
		return 1
	}
	return d.k
}

// newPage starts a page; the header is drawn by fpdf's callback. Queued
// headings stay queued: they print on the new page with their content.
func (d *doc) newPage() {
	d.pdf.AddPage()
	d.pdf.SetXY(d.left, d.bodyTop)
	if d.onNewPage != nil {
		d.onNewPage()
	}
	d.pageTop = d.y()
}

func (d *doc) y() float64 { return d.pdf.GetY() }

// room is the vertical space left on the page.
func (d *doc) room() float64 { return d.bottom - d.pdf.GetY() }

// atTop reports whether nothing has been drawn on the page's body yet.
func (d *doc) atTop() bool { return d.pdf.PageNo() > 0 && d.y() <= d.pageTop+0.01 }

// headsHeight is the height of the queued headings.
func (d *doc) headsHeight() float64 {
	h := 0.0
	for _, p := range d.heads {
		h += p.h
	}
	return h
}

// ensure makes room for the next h millimetres of content together with the
// queued headings, starting a new page when they do not fit here (unless the
// page is still empty), then draws the headings.
func (d *doc) ensure(h float64) {
	if d.room() < h+d.headsHeight() && !d.atTop() {
		d.newPage()
	}
	d.flush()
}

// flush draws the queued headings where the content now stands.
func (d *doc) flush() {
	heads := d.heads
	d.heads = nil
	for _, p := range heads {
		if p.draw != nil {
			p.draw()
		} else if !d.atTop() { // space above a heading is not needed at the top
			d.pdf.SetY(min(d.y()+p.h, d.bottom))
		}
	}
}

// keepWithNext queues a heading of height h: draw runs when the content
// after it is placed.
func (d *doc) keepWithNext(h float64, draw func()) {
	d.heads = append(d.heads, pendingHead{h: h, draw: draw})
}

// space leaves h millimetres (compacted) of vertical space; with headings
// queued it joins them, so the space moves with the heading.
func (d *doc) space(h float64) {
	h *= d.scale()
	if len(d.heads) > 0 {
		d.heads = append(d.heads, pendingHead{h: h})
		return
	}
	if d.room() > h && !d.atTop() {
		d.pdf.SetY(d.y() + h)
	}
}

// measure runs fn from the current position on a scratch page (an fpdf
// template, which shares this document's fonts, so nothing is parsed
// again) and reports how many pages fn went onto beyond the current one
// and the y where it ended. Nothing reaches the document.
func (d *doc) measure(fn func()) (breaks int, endY float64) {
	if d.outline && d.measuring {
		return 0, d.y() // content, skipped in an outline
	}
	real := d.pdf.Fpdf
	x, y := real.GetXY()
	heads, top := d.heads, d.pageTop
	d.heads = append([]pendingHead(nil), heads...)
	lm, tm, rm, _ := real.GetMargins()
	cm := real.GetCellMargin()
	d.measuring, d.basePage = true, real.PageNo()
	real.CreateTemplate(func(tpl *fpdf.Tpl) {
		t := &tpl.Fpdf
		t.SetAutoPageBreak(false, 0)
		t.SetMargins(lm, tm, rm)
		t.SetCellMargin(cm)
		t.SetXY(x, y)
		d.pdf.Fpdf, d.pdf.dry = t, true
		fn()
		breaks, endY = t.PageNo()-1, t.GetY()
	})
	d.pdf.Fpdf, d.pdf.dry = real, false
	d.measuring = false
	d.heads, d.pageTop = heads, top
	real.SetXY(x, y)
	return breaks, endY
}

// layoutKey identifies a laid-out text: the same text in the same font and
// width wraps the same way.
type layoutKey struct {
	text, style string
	size, w     float64
}
