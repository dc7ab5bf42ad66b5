package report

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"

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
	// The cycle's documents lay out once with one reserved index page
	// (see conIndice): whether they do, and where the index goes.
	unaPagina bool
	indicePag int
	indiceY   float64
	steps     int // progress steps done
	total     int
}

// Size on paper of the charts, in millimetres.
const chartW = 170.0

var chartH = map[string]float64{"residenti": 112, "fasce": 78, "permille": 78, "sesso": 72}

// writeDocumento prints the whole sub-section 2.2. It lays the document out
// twice: the first pass finds the page of every chapter, the second prints
// them in the table of contents with the same layout.
func writeDocumento(w io.Writer, p *model.Plan, obs []model.Obiettivo, opt Options) error {
	charts := buildCharts(p)
	first := &documento{obs: obs, charts: charts}
	first.build(p, Options{Printed: opt.Printed})
	if err := first.pdf.Error(); err != nil {
		return err
	}
	final := &documento{obs: obs, charts: charts, final: true, prev: first.toc}
	final.build(p, opt)
	return final.output(w)
}

func (dd *documento) build(p *model.Plan, opt Options) {
	anno := annoPiano(p)
	dd.doc = newDoc(p, false, "Piano della Performance "+anno,
		strings.TrimSpace(p.Piano.Sezione+" "+p.Piano.Sottosezione+" — Piano della Performance e Piano degli Obiettivi "+anno), opt)
	dd.short = nomeComune(p.Ente) + " — Piano della Performance " + anno
	dd.sub = p.Piano.Sottosezione
	dd.total = len(dd.obs) + 7
	dd.cover()
	dd.progress()
	dd.tocPages()
	dd.progress()
	dd.newPage()

	done := map[string]bool{}
	caps := slices.Clone(p.Capitoli)
	slices.SortStableFunc(caps, func(a, b model.Capitolo) int { return a.Ordine - b.Ordine })
	first := true
	for _, c := range caps {
		if !first {
			dd.space(5)
		}
		first = false
		dd.chapter(c.Titolo)
		if strings.TrimSpace(c.Testo) != "" {
			dd.paragraphs(c.Testo, 10)
			dd.space(3)
		}
		if c.Sezione != "" && !done[c.Sezione] {
			done[c.Sezione] = dd.section(c.Sezione)
		}
	}
	// Data with no chapter to introduce it still belongs in the document.
	for _, s := range []struct{ key, title string }{
		{model.SezioneTerritorio, "Il contesto territoriale"},
		{model.SezionePopolazione, "Il contesto socio demografico"},
		{model.SezioneOrganizzazione, "Il contesto interno"},
		{model.SezioneServizi, "Servizi e funzioni gestiti in forma associata"},
		{model.SezioneObiettivi, "Gli obiettivi"},
	} {
		if done[s.key] || !dd.hasSection(s.key) {
			continue
		}
		if !first {
			dd.space(5)
		}
		first = false
		dd.chapter(s.title)
		done[s.key] = dd.section(s.key)
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
	dd.toc = append(dd.toc, tocEntry{title: title, level: level, page: dd.pdf.PageNo()})
	dd.pdf.Bookmark(title, level, dd.y())
}

// chapter prints a chapter title, kept with the start of its text.
func (dd *documento) chapter(title string) {
	dd.font("B", 14)
	dd.ensure(30)
	dd.mark(title, 0)
	dd.heading(strings.ToUpper(title), 14, 18)
	dd.draw(colAccent)
	dd.pdf.SetLineWidth(0.3)
	y := dd.y() - 1
	dd.pdf.Line(dd.left, y, dd.left+30, y)
	dd.pdf.SetLineWidth(0.2)
	dd.space(2)
}

// part prints a section title inside a chapter and lists it in the index.
func (dd *documento) part(title string, minAfter float64) {
	dd.space(3)
	dd.font("B", 11)
	dd.ensure(8 + minAfter)
	dd.mark(title, 1)
	dd.subheading(title, minAfter)
	dd.space(1)
}

// cover is the first page, laid out like the reference plan's.
func (dd *documento) cover() {
	p := dd.plan
	pdf := dd.pdf
	center, y := dd.coverStart(38, 42)
	center(strings.ToUpper(nomeComune(p.Ente)), "B", 24, 11, colAccent)
	center(nomeProvincia(p.Ente), "I", 13, 7, colMuted)
	*y += 24
	dd.draw(colAccent)
	pdf.SetLineWidth(0.6)
	pdf.Line(dd.left+30, *y, dd.right-30, *y)
	*y += 10
	// The plan's own title and sections: "P.I.A.O." only where the plan
	// is a sub-section of one.
	if sez := p.Piano.Sezione; sez != "" {
		center(strings.ToUpper(sez), "B", 15, 8, colInk)
	}
	if sott := p.Piano.Sottosezione; sott != "" {
		center(sott, "", 13, 8, colInk)
	}
	*y += 8
	switch t := strings.TrimSpace(p.Piano.Titolo); {
	case strings.EqualFold(t, "Piano della Performance e Piano degli Obiettivi"):
		center("PIANO DELLA PERFORMANCE", "B", 22, 10, colAccent)
		center("e PIANO DEGLI OBIETTIVI", "B", 18, 9, colAccent)
	case t == "":
		center("PIANO DELLA PERFORMANCE", "B", 22, 10, colAccent)
	default:
		center(strings.ToUpper(t), "B", 20, 10, colAccent)
	}
	*y += 6
	center(annoPiano(p), "B", 30, 14, colInk)
	if p.Piano.AnnoInizio > 0 && p.Piano.AnnoFine > p.Piano.AnnoInizio {
		center("Triennio "+strconv.Itoa(p.Piano.AnnoInizio)+" – "+strconv.Itoa(p.Piano.AnnoFine), "", 12, 7, colMuted)
	}
	*y += 6
	pdf.Line(dd.left+30, *y, dd.right-30, *y)
	pdf.SetLineWidth(0.2)
	*y += 12
	a := p.Piano.Approvazione
	if a.Numero != "" || (a.Data != nil && !a.Data.IsZero()) {
		center("Approvato con "+attoText(a), "", 11, 6, colInk)
	}
	if p.Piano.Stato == model.StatoBozza {
		center("BOZZA — documento non ancora approvato", "B", 11, 6, colWarn)
	}
	dd.color(colInk)
	dd.noHeader = false
}

// coverStart begins a cover page: the coat of arms h mm high from top,
// then a writer of lines centred across the page and the height it has
// reached, which the caller moves on.
func (dd *documento) coverStart(top, h float64) (center func(text, style string, size, lh float64, c rgb), y *float64) {
	dd.noHeader = true
	dd.pdf.AddPage()
	pdf := dd.pdf
	w := dd.width()
	at := top
	if dd.stemma != "" {
		iw := h * dd.stemmaW / dd.stemmaH
		pdf.ImageOptions(dd.stemma, (dd.pageW-iw)/2, at, iw, h, false, fpdf.ImageOptions{}, 0, "")
		at += h + 8
	} else {
		at += 20
	}
	y = &at
	center = func(text, style string, size, lh float64, c rgb) {
		dd.font(style, size)
		dd.color(c)
		for _, l := range pdf.SplitText(text, w) {
			pdf.SetXY(dd.left, *y)
			pdf.CellFormat(w, lh, l, "", 0, "C", false, 0, "")
			*y += lh
		}
	}
	return center, y
}

// tocPages prints the index. The first pass leaves one empty page; the
// body always starts on a fresh page after the index, so its layout does
// not depend on the index, and the second pass only shifts the page numbers
// by the index pages beyond the first.
func (dd *documento) tocPages() {
	dd.newPage()
	dd.heading("INDICE", 14, 10)
	dd.space(2)
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
		lines := pdf.SplitText(e.title, dd.width()-indent-tocNumW-8)
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
}
