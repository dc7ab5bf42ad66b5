package report

import (
	"strings"

	"pianoperformance/model"
)

// approvazioneHeight is the height of the signature block with the space
// above it.
func (d *doc) approvazioneHeight() float64 { return 42*d.scale() + 6*d.scale() }

// approvazione is the approval and signature block, kept whole on a page.
// While a sheet is measured it notes whether the block had to go onto a
// page of its own (sigAlone).
func (d *doc) approvazione(area *model.Unita) {
	k := d.scale()
	h := 42 * k
	d.space(6)
	if d.room() < h && !d.atTop() {
		d.sigAlone = true
	}
	d.ensure(h)
	pdf := d.pdf
	y := d.y()
	d.draw(colBorder)
	pdf.Line(d.left, y, d.right, y)
	d.font("", 9.5*k)
	pdf.SetXY(d.left-pdf.GetCellMargin(), y+3*k)
	pdf.CellFormat(d.width(), 5*k, "Approvato con "+attoText(d.plan.Piano.Approvazione), "", 0, "L", false, 0, "")
	colW := d.width() / 2
	resp := ""
	if area != nil && !strings.EqualFold(area.Responsabile, "Segretario comunale") {
		resp = area.Responsabile
	}
	for i, s := range []struct{ ruolo, nome string }{{"Il Responsabile", resp}, {"Il Segretario comunale", segretario(d.plan)}} {
		x := d.left + float64(i)*colW
		pdf.SetXY(x, y+13*k)
		d.font("B", 9.5*k)
		pdf.CellFormat(colW-10, 5*k, s.ruolo, "", 0, "C", false, 0, "")
		if s.nome != "" {
			d.font("I", 8.5*k)
			d.color(colMuted)
			pdf.SetXY(x, y+18*k)
			pdf.CellFormat(colW-10, 4.5*k, s.nome, "", 0, "C", false, 0, "")
			d.color(colInk)
		}
		d.draw(colInk)
		pdf.Line(x+8, y+33*k, x+colW-18, y+33*k)
	}
	pdf.SetXY(d.left, y+h)
	d.record(evSignature, "")
}

// segretario is the name of the Segretario comunale when a unit says so.
func segretario(p *model.Plan) string {
	for _, u := range p.Unita {
		if u.RuoloResponsabile == model.RuoloSegretario && u.Responsabile != "" &&
			!strings.EqualFold(u.Responsabile, "Segretario comunale") {
			return u.Responsabile
		}
	}
	return ""
}
