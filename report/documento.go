package report

import (
	"io"
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

// documento holds what the two passes of the whole document share: the
// charts, drawn once, and the page numbers the first pass found for the
// table of contents.
type documento struct {
	*doc
	obs      []model.Obiettivo
	charts   map[string]*chart.Figure
	toc      []tocEntry // collected in this pass
	final    bool       // the second pass, the one written out
	prev     []tocEntry // the first pass's entries, printed by the second
	tocShift int        // index pages beyond the first
	steps    int        // progress steps done
	total    int
	done     map[string]bool // sections printed in this pass
}

// Size on paper of the charts, in millimetres.
const chartW = 170.0

var chartH = map[string]float64{"residenti": 112, "fasce": 78, "permille": 78, "sesso": 72}

// writeDocumento prints the whole sub-section 2.2, in two passes for the
// page numbers of the index (twoPasses).
func writeDocumento(w io.Writer, p *model.Plan, obs []model.Obiettivo, opt Options) error {
	anno := annoPiano(p)
	dd := &documento{obs: obs, charts: buildCharts(p)}
	dd.doc = newDoc(p, false, "Piano della Performance "+anno,
		strings.TrimSpace(p.Piano.Sezione+" "+p.Piano.Sottosezione+" — Piano della Performance e Piano degli Obiettivi "+anno), opt)
	dd.short = nomeComune(p.Ente) + " — Piano della Performance " + anno
	dd.sub = p.Piano.Sottosezione
	dd.total = len(dd.obs) + 7
	return dd.twoPasses(w, dd.build)
}

// twoPasses lays out a document with an index twice: the first pass, on
// scratch pages (see measure), finds the page of every entry; the second
// prints them in the index with the same layout. Both passes share the
// fonts and the wrapped texts, and only the second draws the charts.
func (dd *documento) twoPasses(w io.Writer, build func()) error {
	dd.measure(build)
	if err := dd.pdf.Error(); err != nil {
		return err
	}
	dd.prev, dd.toc, dd.final = dd.toc, nil, true
	build()
	return dd.output(w)
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

// tocPages prints the index. The first pass leaves one empty page; the
// body always starts on a fresh page after the index, so its layout does
// not depend on the index, and the second pass only shifts the page numbers
// by the index pages beyond the first.
func (dd *documento) tocPages() {
	dd.newPage()
	dd.heading("INDICE", 14)
	dd.space(2)
	dd.flush()
	if !dd.final {
		return
	}
	dd.tocShift = dd.tocLayout(false) - 1
	dd.tocLayout(true)
}

// tocLine is the style of an index entry.
func (dd *documento) tocLine(e tocEntry) (indent float64, style string, size, lh float64) {
	if e.level > 0 {
		return 7, "", 9.5, 9.5 * 0.55
	}
	return 0, "B", 10.5, 10.5 * 0.55
}

const tocNumW = 12.0

// tocLayout lays out the index from the current position; it draws only
// when draw is set, and returns how many pages the index takes.
func (dd *documento) tocLayout(draw bool) int {
	pdf := dd.pdf
	y := dd.y()
	pages := 1
	shift := 0
	if draw {
		shift = dd.tocShift
	}
	for _, e := range dd.prev {
		indent, style, size, lh := dd.tocLine(e)
		dd.font(style, size)
		lines := dd.wrap(printable(e.title), dd.width()-indent-tocNumW-8)
		h := float64(len(lines))*lh + 1.5
		if y+h > dd.bottom {
			pages++
			y = dd.bodyTop
			if draw {
				dd.newPage()
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
			pdf.CellFormat(tocNumW, lh, strconv.Itoa(e.page+shift), "", 0, "R", false, 0, "")
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
