package report

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"pianoperformance/chart"
	"pianoperformance/model"
)

// tocEntry is a line of the table of contents.
type tocEntry struct {
	title string
	level int
	page  int
}

// documento is a document with a table of contents (see indexed).
type documento struct {
	*doc
	obs    []model.Obiettivo
	charts map[string]*chart.Figure
	toc    []tocEntry // collected in this pass
	final  bool       // the pass written out
	index  struct {   // where the index goes
		pages int     // pages kept for it after the cover
		page  int     // its first page
		y     float64 // where its entries start on that page
	}
	steps int // progress steps done
	total int
	done  map[string]bool // sections printed in this pass
}

// Size on paper of the charts, in millimetres.
const chartW = 170.0

var chartH = map[string]float64{"residenti": 112, "fasce": 78, "permille": 78, "sesso": 72}

// writeDocumento prints the whole sub-section 2.2 (see indexed for the
// page numbers of the index).
func writeDocumento(w io.Writer, p *model.Plan, obs []model.Obiettivo, opt Options) error {
	anno := annoPiano(p)
	dd := &documento{obs: obs, charts: buildCharts(p)}
	dd.total = len(dd.obs) + 7
	return dd.indexed(w, func() {
		dd.doc = newDoc(p, false, "Piano della Performance "+anno,
			strings.TrimSpace(p.Piano.Sezione+" "+p.Piano.Sottosezione+" — Piano della Performance e Piano degli Obiettivi "+anno), opt)
		dd.short = nomeComune(p.Ente) + " — Piano della Performance " + anno
		dd.sub = p.Piano.Sottosezione
	}, dd.build)
}

// indexed lays out a document with an index (the cover, the index, then
// the body on a fresh page) in one pass. The index's entries do not
// depend on the layout, so a first run of build with all content skipped
// (outline, on scratch pages) lists them, and so gives the number of
// index pages; those pages are kept empty after the cover, the body is
// laid out once recording the page of every entry, and the index is then
// written onto the pages kept for it. The body starts on a fresh page, so
// its layout does not depend on the index.
//
// Should the entries laid out need another number of index pages than the
// outline's (an entry the outline missed), the document is laid out again
// from a fresh start (newDoc) with that number, now known. The layout
// events reach opt.trace only from the pass written out, in page order.
func (dd *documento) indexed(w io.Writer, newDoc func(), build func()) error {
	newDoc()
	trace := dd.trace
	dd.trace, dd.outline = nil, true
	dd.measure(func() {
		build()
		dd.flush() // headings left queued by the skipped content
	})
	dd.outline = false
	pages := dd.tocLayout(dd.toc, false)
	if dd.opt.indexGuess != 0 {
		pages = dd.opt.indexGuess // tests: a wrong estimate
	}
	for pass := 1; ; pass++ {
		var evs []layoutEvent
		if trace != nil {
			dd.trace = func(e layoutEvent) { evs = append(evs, e) }
		}
		dd.toc, dd.final, dd.index.pages = nil, true, pages
		build()
		if err := dd.pdf.Error(); err != nil {
			return err
		}
		need := dd.tocLayout(dd.toc, false)
		if need != pages {
			if pass > 1 {
				return fmt.Errorf("indice del documento: %d pagine previste, %d necessarie", pages, need)
			}
			pages = need
			newDoc()
			continue
		}
		dd.writeIndex()
		if trace != nil {
			slices.SortStableFunc(evs, func(a, b layoutEvent) int { return a.page - b.page })
			for _, e := range evs {
				trace(e)
			}
		}
		return dd.output(w)
	}
}

func (dd *documento) build() {
	p := dd.plan
	dd.done = nil
	dd.cover()
	dd.progress()
	dd.tocPages()
	dd.progress()
	dd.newPage()

	first := true
	for _, c := range ordinaCapitoli(p.Capitoli, dd.hasSection) {
		if !first {
			dd.space(5)
		}
		first = false
		dd.chapter(c.Titolo)
		if strings.TrimSpace(c.Testo) != "" {
			dd.paragraphs(c.Testo, 10)
			dd.space(3)
		}
		if c.Sezione != "" {
			dd.section(c.Sezione)
		}
	}
}

func (dd *documento) progress() {
	if !dd.final {
		return // the first pass is not what the user waits for
	}
	dd.steps++
	dd.opt.progress(min(dd.steps, dd.total), dd.total)
}

func (dd *documento) hasSection(key string) bool {
	p := dd.plan
	switch key {
	case model.SezioneTerritorio:
		return p.Territorio.SuperficieTotale > 0 || len(p.Territorio.Strade) > 0 || len(p.Territorio.Frazioni) > 0
	case model.SezionePopolazione:
		return len(p.Popolazione) > 0 || len(p.PopolazioneFasce) > 0
	case model.SezioneOrganizzazione:
		return len(p.Unita) > 0 || len(p.Personale) > 0
	case model.SezioneServizi:
		return len(p.Servizi) > 0
	case model.SezioneObiettivi:
		return len(dd.obs) > 0
	}
	return false
}

// section prints the data a chapter introduces; it reports whether the key
// is known.
func (dd *documento) section(key string) bool {
	if dd.done[key] {
		return true
	}
	if dd.done == nil {
		dd.done = map[string]bool{}
	}
	dd.done[key] = true
	switch key {
	case model.SezioneTerritorio:
		dd.territorio()
	case model.SezionePopolazione:
		dd.popolazione()
	case model.SezioneOrganizzazione:
		dd.organizzazione()
		dd.personale()
	case model.SezioneServizi:
		dd.servizi()
	case model.SezioneObiettivi:
		dd.obiettivi()
	default:
		return false
	}
	dd.progress()
	return true
}

// mark records a table-of-contents entry at the current position and adds
// it to the PDF outline.
func (dd *documento) mark(title string, level int) {
	dd.toc = append(dd.toc, tocEntry{title: title, level: level, page: dd.pageNo()})
	if !dd.measuring {
		dd.pdf.Bookmark(title, level, dd.y())
	}
}

// chapter prints a chapter title with its rule, kept with the start of its
// text.
func (dd *documento) chapter(title string) {
	dd.keepWithNext(0, func() { dd.mark(title, 0) })
	dd.heading(strings.ToUpper(title), 14)
	dd.keepWithNext(2, func() {
		dd.draw(colAccent)
		dd.pdf.SetLineWidth(0.3)
		y := dd.y() - 1
		dd.pdf.Line(dd.left, y, dd.left+30, y)
		dd.pdf.SetLineWidth(0.2)
		dd.pdf.SetY(dd.y() + 2)
	})
}

// part prints a section title inside a chapter and lists it in the index.
func (dd *documento) part(title string) {
	dd.space(3)
	dd.keepWithNext(0, func() { dd.mark(title, 1) })
	dd.subheading(title)
	dd.space(1)
}

// tocPages starts the index and keeps the pages it needs, empty; its
// entries are written at the end (writeIndex), once the body has told
// their pages.
func (dd *documento) tocPages() {
	dd.newPage()
	dd.heading("INDICE", 14)
	dd.space(2)
	dd.flush()
	dd.index.page, dd.index.y = dd.pdf.PageNo(), dd.y()
	if !dd.final {
		return
	}
	for range dd.index.pages - 1 {
		dd.newPage()
	}
}

// writeIndex writes the index onto the pages kept for it and comes back
// to the last page.
func (dd *documento) writeIndex() {
	last := dd.pdf.PageNo()
	dd.turnTo(dd.index.page)
	dd.pdf.SetY(dd.index.y)
	dd.tocLayout(dd.toc, true)
	dd.turnTo(last)
}

// turnTo goes back to a page already laid out to write on it. That
// page's content may end with other colours and line width than the
// document's current ones: they are set again (fpdf selects the font
// again by itself).
func (dd *documento) turnTo(page int) {
	pdf := dd.pdf
	pdf.SetPage(page)
	pdf.SetLineWidth(pdf.GetLineWidth())
	pdf.SetDrawColor(pdf.GetDrawColor())
	pdf.SetFillColor(pdf.GetFillColor())
}

// tocLine is the style of an index entry.
func (dd *documento) tocLine(e tocEntry) (indent float64, style string, size, lh float64) {
	if e.level > 0 {
		return 7, "", 9.5, 9.5 * 0.55
	}
	return 0, "B", 10.5, 10.5 * 0.55
}

const tocNumW = 12.0

// tocLayout lays out the index's entries from where tocPages left the
// index; it draws only when draw is set (on the current page and the
// following ones), and returns how many pages the index takes.
func (dd *documento) tocLayout(entries []tocEntry, draw bool) int {
	pdf := dd.pdf
	y := dd.index.y
	pages := 1
	for _, e := range entries {
		indent, style, size, lh := dd.tocLine(e)
		dd.font(style, size)
		lines := dd.wrap(printable(e.title), dd.width()-indent-tocNumW-8)
		h := float64(len(lines))*lh + 1.5
		if y+h > dd.bottom {
			pages++
			y = dd.bodyTop
			if draw {
				dd.turnTo(pdf.PageNo() + 1)
			}
		}
		if draw {
			for j, l := range lines {
				pdf.SetXY(dd.left+indent-pdf.GetCellMargin(), y+float64(j)*lh)
				pdf.CellFormat(dd.width()-indent-tocNumW, lh, l, "", 0, "L", false, 0, "")
			}
			last := y + float64(len(lines)-1)*lh
			// Dot leader from the end of the title to the page number.
			tw := pdf.GetStringWidth(lines[len(lines)-1])
			dd.draw(colBorder)
			pdf.SetDashPattern([]float64{0.3, 1.2}, 0)
			pdf.Line(dd.left+indent+tw+1, last+lh*0.72, dd.right-tocNumW+1, last+lh*0.72)
			pdf.SetDashPattern(nil, 0)
			pdf.SetXY(dd.right-tocNumW, last)
			pdf.CellFormat(tocNumW, lh, strconv.Itoa(e.page), "", 0, "R", false, 0, "")
			pdf.SetY(last + lh)
			dd.record(evContent, e.title)
		}
		y += h
	}
	if draw {
		pdf.SetY(y)
	}
	return pages
}

// buildCharts builds the context charts once for both passes; only the
// second draws them. A chart without data is simply left out.
func buildCharts(p *model.Plan) map[string]*chart.Figure {
	out := map[string]*chart.Figure{}
	for name, fn := range chartFuncs {
		if f, err := fn(p); err == nil {
			out[name] = f
		}
	}
	return out
}

// image draws a chart as vectors at full text width.
func (dd *documento) image(name string) {
	f, ok := dd.charts[name]
	if !ok {
		return
	}
	h := chartH[name]
	dd.ensure(h + 2)
	x, y := dd.left+(dd.width()-chartW)/2, dd.y()
	if dd.final { // the first pass only needs the space
		drawFigure(dd.doc, "grafico-"+name, x, y, chartW, h, f.Draw)
	}
	dd.pdf.SetY(y + h + 2)
	dd.record(evContent, name)
}
