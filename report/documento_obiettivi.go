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
		title := nomeGruppo(p, g)
		if g.area != nil && g.area.Nome != "" {
			title = g.area.Nome
		}
		// The Area's title stays with its first objective.
		dd.part(title)
		for _, o := range g.obs {
			dd.obiettivoBlock(o, true)
			dd.progress()
		}
	}
}

// obiettivoBlock draws an objective's block, or only measures it when draw
// is false, and returns its height.
func (dd *documento) obiettivoBlock(o model.Obiettivo, draw bool) float64 {
	if dd.outline {
		return 0
	}
	p := dd.plan
	tb := newTable(dd.doc, 9, col{w: 50, label: true}, col{w: dd.width() - 50})
	label := "OBIETTIVO"
	if l := o.Livello.Label(); l != "" {
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
	add("FASI", fasiText(o.Fasi, true))

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
	} else {
		dd.ensure(tb.rowHeight(head) + 20)
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

// fasiText lists the phases one per line, with their period, for the
// document's compact block and the summary (the sheets print them as a
// table); numbered says whether to number them.
func fasiText(ff []model.Fase, numbered bool) string {
	lines := make([]string, 0, len(ff))
	for i, f := range ff {
		l := f.Titolo
		if numbered {
			l = fmt.Sprintf("%d. %s", i+1, l)
		} else if len(ff) > 1 {
			l = "- " + l
		}
		if per := periodo(f.Inizio, f.Fine); per != "" {
			l += " (" + per + ")"
		}
		lines = append(lines, l)
	}
	return strings.Join(lines, "\n")
}

// periodo writes a span of dates the Italian way: "dal 01/03 al
// 30/09/2016", "dal 01/11/2016 al 31/03/2017", "entro il 30/09/2016", "dal
// 01/03/2016"; "" when neither date is known.
func periodo(inizio, fine *model.Date) string {
	switch {
	case inizio != nil && fine != nil && inizio.Year == fine.Year:
		return "dal " + inizio.String()[:5] + " al " + fine.String()
	case inizio != nil && fine != nil:
		return "dal " + inizio.String() + " al " + fine.String()
	case fine != nil:
		return "entro il " + fine.String()
	case inizio != nil:
		return "dal " + inizio.String()
	}
	return ""
}
