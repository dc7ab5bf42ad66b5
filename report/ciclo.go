package report

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"pianoperformance/chart"
	"pianoperformance/model"
)

// The documents of the performance cycle (Relazione, monitoring report,
// dashboard) share their cover, the choice of checkpoint and the way
// degrees of achievement are written.

// isPIAO reports whether the plan is a sub-section of a PIAO, so that
// "P.I.A.O." is printed only where the plan says so.
func isPIAO(p *model.Plan) bool {
	s := strings.ToUpper(strings.ReplaceAll(p.Piano.Sezione+" "+p.Piano.Sottosezione+" "+p.Piano.Titolo, ".", ""))
	return strings.Contains(s, "PIAO")
}

// titoloPiano is the plan's own title with its year: "Piano della
// Performance e Piano degli Obiettivi 2023".
func titoloPiano(p *model.Plan) string {
	t := strings.TrimSpace(p.Piano.Titolo)
	if t == "" {
		t = "Piano della Performance"
	}
	if a := annoPiano(p); a != "" && !strings.Contains(t, a) {
		t += " " + a
	}
	return t
}

// riferimentoPiano says which plan a cycle document refers to, with its
// PIAO section when it has one.
func riferimentoPiano(p *model.Plan) string {
	s := "riferita al «" + titoloPiano(p) + "»"
	if isPIAO(p) {
		if sez := strings.TrimSpace(strings.Trim(p.Piano.Sezione+", "+p.Piano.Sottosezione, ", ")); sez != "" {
			s += " (" + sez + ")"
		}
	}
	return s
}

// verificaScelta is the checkpoint a document reports: the one asked for,
// else the latest with a reading.
func verificaScelta(p *model.Plan, id int64) (model.Verifica, error) {
	if len(p.Verifiche) == 0 {
		return model.Verifica{}, errors.New("il piano non ha verifiche del monitoraggio: aggiungere almeno quelle del 30/06 e del 31/12")
	}
	if id != 0 {
		if v := p.VerificaByID(id); v != nil {
			return *v, nil
		}
		return model.Verifica{}, fmt.Errorf("la verifica %d non esiste nel piano", id)
	}
	best := p.Verifiche[0]
	for _, v := range p.Verifiche {
		for _, o := range p.Obiettivi {
			for _, ind := range o.Indicatori {
				if ind.RisultatoAl(v.ID) != nil && best.Data.Before(v.Data) {
					best = v
				}
			}
		}
	}
	return best, nil
}

// valutaScelta measures the plan at the checkpoint a document reports.
func valutaScelta(p *model.Plan, id int64) (*model.Valutazione, error) {
	v, err := verificaScelta(p, id)
	if err != nil {
		return nil, err
	}
	return model.Valuta(p, v.ID)
}

// percText writes a degree of achievement, or a dash when there is none.
func percText(p *float64) string {
	if p == nil {
		return "—"
	}
	return model.FormatPerc(*p)
}

// fonteText says in a few words where a degree comes from.
func fonteText(f model.FonteEsito) string {
	switch f {
	case model.FonteForzatura:
		return "inserito a mano"
	case model.FonteStato:
		return "valutato"
	case model.FonteCalcolo:
		return "calcolato"
	}
	return ""
}

// coverCiclo is the cover of a cycle document: the comune, what the
// document is, the plan it refers to, its adoption and validation, and the
// plan's notice (illustrative data) when there is one.
func (dd *documento) coverCiclo(cosa, quando string, atti []string) {
	p := dd.plan
	pdf := dd.pdf
	w := dd.width()
	center, y := dd.coverStart(38, 42)
	center(strings.ToUpper(nomeComune(p.Ente)), "B", 24, 11, colAccent)
	center(nomeProvincia(p.Ente), "I", 13, 7, colMuted)
	*y += 18
	dd.draw(colAccent)
	pdf.SetLineWidth(0.6)
	pdf.Line(dd.left+30, *y, dd.right-30, *y)
	*y += 12
	center(strings.ToUpper(cosa), "B", 22, 10, colAccent)
	*y += 3
	center(quando, "B", 24, 12, colInk)
	*y += 4
	center(riferimentoPiano(p), "", 12, 6.5, colMuted)
	*y += 6
	pdf.Line(dd.left+30, *y, dd.right-30, *y)
	pdf.SetLineWidth(0.2)
	*y += 10
	for _, a := range atti {
		center(a, "", 10.5, 6, colInk)
		*y++
	}
	if av := strings.TrimSpace(p.Relazione.Avvertenza); av != "" {
		dd.font("I", 9.5)
		lines := dd.wrap(printable(av), w-16)
		h := float64(len(lines))*4.8 + 8
		top := dd.pageH - 30 - h
		dd.draw(colWarn)
		pdf.SetLineWidth(0.4)
		pdf.Rect(dd.left+4, top, w-8, h, "D")
		pdf.SetLineWidth(0.2)
		dd.color(colWarn)
		for i, l := range lines {
			pdf.SetXY(dd.left+8, top+4+float64(i)*4.8)
			pdf.CellFormat(w-16, 4.8, l, "", 0, "C", false, 0, "")
		}
	}
	dd.color(colInk)
	dd.noHeader = false
}

// avvertenza repeats the plan's notice under a chapter title, so that no
// page of figures can be taken for real when the data is illustrative.
func (dd *documento) avvertenza() {
	av := strings.TrimSpace(dd.plan.Relazione.Avvertenza)
	if av == "" {
		return
	}
	dd.font("I", 8.5)
	cm := dd.pdf.GetCellMargin()
	ls := dd.layout(av, dd.width()-4+2*cm)
	h := heightOf(ls, 4) + 3
	dd.ensure(h + 4)
	dd.font("I", 8.5) // the headings ensure drew set theirs
	y := dd.y()
	dd.fill(rgb{253, 243, 243})
	dd.draw(colWarn)
	dd.pdf.Rect(dd.left, y, dd.width(), h, "FD")
	dd.color(colWarn)
	dd.drawLines(ls, dd.left+2-cm, y+1.5, dd.width()-4+2*cm, 4, "L")
	dd.color(colInk)
	dd.pdf.SetY(y + h + 3)
	dd.record(evContent, av)
}

// capitolo starts a chapter of a cycle document on a new page (the first
// one follows the index directly).
func (dd *documento) capitolo(title string) {
	if len(dd.toc) > 0 {
		dd.newPage()
	}
	dd.chapter(title)
}

// capitoloTesto starts a chapter with the free text the plan gives for it.
func (dd *documento) capitoloTesto(title, text string) {
	dd.capitolo(title)
	dd.testo(text)
}

// testo prints free text, when there is some, with a little space after.
func (dd *documento) testo(text string) {
	if t := strings.TrimSpace(text); t != "" {
		dd.paragraphs(t, 10)
		dd.space(3)
	}
}

// figura draws a chart built for this document as vectors, centred.
func (dd *documento) figura(name string, f *chart.Figure, h float64) {
	if f == nil {
		return
	}
	w := min(chartW, dd.width())
	dd.ensure(h + 2)
	x, y := dd.left+(dd.width()-w)/2, dd.y()
	if dd.final {
		drawFigure(dd.doc, "grafico-"+name, x, y, w, h, f.Draw)
	}
	dd.pdf.SetY(y + h + 2)
	dd.record(evContent, name)
}

// kv prints label/value rows as a two-column table, leaving out empty values.
func (dd *documento) kv(labelW float64, rows [][2]string) {
	tb := newTable(dd.doc, 9, col{w: labelW, label: true}, col{w: dd.width() - labelW})
	for _, r := range rows {
		if strings.TrimSpace(r[1]) != "" {
			tb.row(txt(r[0]), txt(r[1]))
		}
	}
}

// altezzaKV measures what kv would print.
func (dd *documento) altezzaKV(labelW float64, rows [][2]string) float64 {
	tb := newTable(dd.doc, 9, col{w: labelW, label: true}, col{w: dd.width() - labelW})
	h := 0.0
	for _, r := range rows {
		if strings.TrimSpace(r[1]) != "" {
			h += tb.rowHeight([]cell{txt(r[0]), txt(r[1])})
		}
	}
	return h
}

// attoAdozione is the Relazione's adoption for the cover.
func attoAdozione(a model.Atto) string {
	if strings.TrimSpace(a.Numero) == "" && a.Data == nil {
		return ""
	}
	return "Adottata con " + attoText(a)
}

// attoValidazione is the Nucleo's validation of the Relazione in words.
func attoValidazione(v model.ValidazioneRelazione) string {
	if v.Esito == model.ValidazioneNonAncora {
		return ""
	}
	s := "Nucleo di Valutazione: " + v.Esito.Etichetta()
	if v.Verbale != "" {
		s += ", verbale n. " + v.Verbale
	}
	if v.Data != nil {
		s += " del " + v.Data.String()
	}
	return s
}

func annoVerifica(v model.Verifica) string { return strconv.Itoa(v.Data.Year) }

// riferimento names an objective above another: code and title, or the
// heading of one known only by code and description.
func riferimento(o model.Obiettivo) string {
	if strings.TrimSpace(o.Titolo) == "" {
		return o.Intestazione()
	}
	return strings.TrimSpace(o.Codice + " " + o.Titolo)
}
