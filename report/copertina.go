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
	dd.noHeader = true
	dd.pdf.AddPage()
	pdf := dd.pdf
	cx := dd.left
	w := dd.width()
	y := 38.0
	if dd.stemma != "" {
		h := 42.0
		iw := h * dd.stemmaW / dd.stemmaH
		pdf.ImageOptions(dd.stemma, (dd.pageW-iw)/2, y, iw, h, false, fpdf.ImageOptions{}, 0, "")
		y += h + 8
	} else {
		y += 20
	}
	center := func(text, style string, size, lh float64, c rgb) {
		dd.font(style, size)
		dd.color(c)
		for _, l := range dd.wrap(printable(text), w) {
			pdf.SetXY(cx, y)
			pdf.CellFormat(w, lh, l, "", 0, "C", false, 0, "")
			y += lh
		}
	}
	center(strings.ToUpper(nomeComune(p.Ente)), "B", 24, 11, colAccent)
	center(nomeProvincia(p.Ente), "I", 13, 7, colMuted)
	y += 24
	dd.draw(colAccent)
	pdf.SetLineWidth(0.6)
	pdf.Line(dd.left+30, y, dd.right-30, y)
	y += 10
	sez := p.Piano.Sezione
	if sez == "" {
		sez = "Sezione 2 - P.I.A.O."
	}
	sott := p.Piano.Sottosezione
	if sott == "" {
		sott = "Sottosezione 2.2"
	}
	center(strings.ToUpper(sez), "B", 15, 8, colInk)
	center(sott, "", 13, 8, colInk)
	y += 8
	center("PIANO DELLA PERFORMANCE", "B", 22, 10, colAccent)
	center("e PIANO DEGLI OBIETTIVI", "B", 18, 9, colAccent)
	y += 6
	center(annoPiano(p), "B", 30, 14, colInk)
	if p.Piano.AnnoInizio > 0 && p.Piano.AnnoFine > p.Piano.AnnoInizio {
		center("Triennio "+strconv.Itoa(p.Piano.AnnoInizio)+" – "+strconv.Itoa(p.Piano.AnnoFine), "", 12, 7, colMuted)
	}
	y += 6
	pdf.Line(dd.left+30, y, dd.right-30, y)
	pdf.SetLineWidth(0.2)
	y += 12
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
