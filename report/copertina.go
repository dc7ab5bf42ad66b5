package report

import (
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"pianoperformance/model"
)

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
	if v := dd.opt.Versione; v != nil && v.Tipo == model.VersioneVariazione {
		center("Testo "+v.Dicitura()+" ("+strings.ToLower(v.Etichetta())+")", "I", 11, 6, colInk)
	}
	if p.Piano.Stato == model.StatoBozza {
		center("BOZZA — documento non ancora approvato", "B", 11, 6, colWarn)
	}
	dd.color(colInk)
	dd.noHeader = false
}

// coverStart begins a cover page: the coat of arms h mm high from top,
// then a writer of lines centred across the page and the height it has
// reached, which the caller moves on. Every cover (the plan's, the
// cycle's documents') starts here.
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
		for _, l := range dd.wrap(printable(text), w) {
			pdf.SetXY(dd.left, *y)
			pdf.CellFormat(w, lh, l, "", 0, "C", false, 0, "")
			*y += lh
		}
	}
	return center, y
}
