package report

import (
	"fmt"
	"strconv"
	"strings"

	"pianoperformance/model"
)

// obiettivi prints the objectives grouped by Area, one compact two-column
// block each, like the reference plan; a block is kept on one page when it
// fits there.
func (dd *documento) obiettivi() {
	p := dd.plan
	for _, g := range perArea(p, dd.obs) {
		title := nomeGruppo(g)
		if g.area != nil && g.area.Nome != "" {
			title = g.area.Nome
		}
		// The Area's title stays with its first objective.
		dd.part(title, min(dd.obiettivoBlock(g.obs[0], false), dd.bottom-dd.bodyTop-20))
		for _, o := range g.obs {
			dd.obiettivoBlock(o, true)
			dd.progress()
		}
	}
}

// obiettivoBlock draws an objective's block, or only measures it when draw
// is false, and returns its height.
func (dd *documento) obiettivoBlock(o model.Obiettivo, draw bool) float64 {
	p := dd.plan
	tb := newTable(dd.doc, 9, col{w: 50, label: true}, col{w: dd.width() - 50})
	label := "OBIETTIVO"
	if l := livelloText(o.Livello); l != "" {
		label = strings.ToUpper(l)
	}
	type kv struct{ k, v string }
	var rows []kv
	add := func(k, v string) {
		if strings.TrimSpace(v) != "" {
			rows = append(rows, kv{k, v})
		}
	}
	if o.Codice != "" {
		add("CODICE", o.Codice)
	}
	add(label, o.Intestazione())
	add("DESCRIZIONE OBIETTIVO", o.Descrizione)
	for i, ind := range o.Indicatori {
		suffix := ""
		if len(o.Indicatori) > 1 {
			suffix = " " + strconv.Itoa(i+1)
		}
		add("INDICATORE"+suffix, nomeIndicatore(ind))
		add("TARGET"+suffix, targetText(ind))
	}
	add("STRUTTURA RESPONSABILE", strings.Join(p.NomiUnita(o), "\n"))
	add("MISSIONE / PROGRAMMA", model.EtichettaProgramma(o.Programma))
	add("LINEA STRATEGICA", o.LineaStrategica)
	add("ANNI INTERESSATI", anniText(o.Anni))
	add("PESO", pesoText(o.Peso))
	add("FASI", fasiText(o.Fasi))

	head := []cell{{text: "AREA", style: "B", fill: colHeadFill, color: colAccent},
		{text: strings.ToUpper(headingFor(p, o)), style: "B", fill: colHeadFill, color: colAccent}}
	h := tb.rowHeight(head) + 4
	for _, r := range rows {
		h += tb.rowHeight([]cell{txt(r.k), txt(r.v)})
	}
	if !draw {
		return h
	}
	dd.space(4)
	if h < dd.bottom-dd.bodyTop {
		dd.ensure(h)
	}
	tb.row(head...)
	for _, r := range rows {
		tb.row(txt(r.k), txt(r.v))
	}
	if strings.TrimSpace(o.Note) != "" {
		dd.space(1.5)
		dd.font("I", 9)
		dd.paragraphsStyled(o.Note, "I", 9)
	}
	return h
}

// fasiText lists the phases one per line, with their dates, for the
// document's compact block (the sheets print them as a table).
func fasiText(ff []model.Fase) string {
	lines := make([]string, 0, len(ff))
	for i, f := range ff {
		l := fmt.Sprintf("%d. %s", i+1, f.Titolo)
		if f.Inizio != nil || f.Fine != nil {
			l += fmt.Sprintf(" (%s – %s)", dateText(f.Inizio), dateText(f.Fine))
		}
		lines = append(lines, l)
	}
	return strings.Join(lines, "\n")
}
