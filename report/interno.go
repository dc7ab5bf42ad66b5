package report

import (
	"strconv"
	"strings"

	"pianoperformance/model"
)

// ruoloText is the role as printed; "Altro" says nothing on paper.
func ruoloText(r model.Ruolo) string {
	if r == model.RuoloAltro {
		return ""
	}
	return r.Label()
}

func responsabileText(u model.Unita) string {
	r := ruoloText(u.RuoloResponsabile)
	switch {
	case u.Responsabile != "" && r != "" && !strings.EqualFold(u.Responsabile, r):
		return u.Responsabile + " (" + r + ")"
	case u.Responsabile != "":
		return u.Responsabile
	}
	return r
}

func optInt(n *int) string {
	if n == nil {
		return ""
	}
	return model.FormatInt(*n)
}

// organizzazione prints Aree and their units with staff and responsabili.
func (dd *documento) organizzazione() {
	p := dd.plan
	if len(p.Unita) == 0 {
		return
	}
	dd.part("Aree, settori e personale assegnato")
	tb := newTable(dd.doc, 9, col{title: "Area", w: 48}, col{title: "Settore / Servizio / Ufficio", w: 58},
		col{title: "Responsabile", w: 44}, col{title: "Dipendenti", w: 18, align: "R"}, col{title: "di cui part-time", w: 18, align: "R"})
	tb.fitWidths()
	tb.header = true
	tb.start(10)
	var walk func(u model.Unita, depth int)
	walk = func(u model.Unita, depth int) {
		name := strings.Repeat("   ", max(depth-1, 0)) + u.Nome
		tb.row(txt(""), txt(name), txt(responsabileText(u)), txt(optInt(u.Dipendenti)), txt(optInt(u.PartTime)))
		for _, c := range p.Figli(u.ID) {
			walk(c, depth+1)
		}
	}
	for _, a := range p.Aree() {
		tb.n = 1 // Aree on the tinted stripe, their units on white
		tb.row(bold(a.Nome), txt(""), txt(responsabileText(a)), txt(optInt(a.Dipendenti)), txt(optInt(a.PartTime)))
		tb.n = 0
		for _, c := range p.Figli(a.ID) {
			walk(c, 1)
		}
	}
	tb.zebra = false
	dip, pt := totaliUnita(p)
	tb.row(bold("Totale"), txt(""), txt(""), bold(dip), bold(pt))
}

// personale prints staff per year with the derived figures per 1,000
// inhabitants, the benchmarks, the split by sex and their charts.
func (dd *documento) personale() {
	p := dd.plan
	rows := append([]model.PersonaleAnno(nil), p.Personale...)
	for i := 1; i < len(rows); i++ {
		for j := i; j > 0 && rows[j].Anno < rows[j-1].Anno; j-- {
			rows[j], rows[j-1] = rows[j-1], rows[j]
		}
	}
	if len(rows) > 0 {
		dd.part("Dipendenti e abitanti")
		cols := []col{{title: "", w: 60}}
		for _, r := range rows {
			cols = append(cols, col{title: strconv.Itoa(r.Anno), w: 20, align: "R"})
		}
		tb := newTable(dd.doc, 9.5, cols...)
		if 60+20*float64(len(rows)) > dd.width() {
			tb.fitWidths()
		}
		tb.header, tb.zebra = true, true
		tb.start(25)
		line := func(label string, f func(model.PersonaleAnno) string) {
			cs := []cell{bold(label)}
			for _, r := range rows {
				cs = append(cs, txt(f(r)))
			}
			tb.row(cs...)
		}
		for _, l := range personaleLines(p) {
			line(l.label, l.value)
		}
	}
	if len(p.Benchmark) > 0 {
		dd.part("Valori di confronto (dipendenti per 1.000 abitanti)")
		tb := newTable(dd.doc, 9.5, col{title: "Riferimento", w: 100}, col{title: "Anno", w: 16, align: "C"},
			col{title: "Fonte", w: 40}, col{title: "Valore", w: 24, align: "R"})
		tb.fitWidths()
		tb.header, tb.zebra = true, true
		tb.start(8)
		for _, b := range p.Benchmark {
			anno := ""
			if b.Anno > 0 {
				anno = strconv.Itoa(b.Anno)
			}
			tb.row(txt(b.Descrizione), txt(anno), txt(b.Fonte), txt(model.FormatNumber(b.Valore, 2)))
		}
	}
	if _, ok := dd.charts["permille"]; ok {
		dd.part("Grafico: dipendenti per 1.000 abitanti e valori di confronto")
		dd.image("permille")
	}
	if len(rows) > 0 {
		dd.part("I dipendenti distinti per sesso")
		tb := newTable(dd.doc, 9.5, col{title: "Anno", w: 20, align: "C"}, col{title: "Uomini", w: 25, align: "R"},
			col{title: "% uomini", w: 25, align: "R"}, col{title: "Donne", w: 25, align: "R"}, col{title: "% donne", w: 25, align: "R"},
			col{title: "Totale", w: 25, align: "R"})
		tb.header, tb.zebra = true, true
		tb.start(8)
		for _, r := range rows {
			tb.row(txt(strconv.Itoa(r.Anno)), txt(intText(r.Uomini)), txt(model.FormatNumber(r.PercUomini(), 2)),
				txt(intText(r.Donne)), txt(model.FormatNumber(r.PercDonne(), 2)), bold(intText(r.Dipendenti)))
		}
	}
	if _, ok := dd.charts["sesso"]; ok {
		dd.part("Grafico: dipendenti per sesso")
		dd.image("sesso")
	}
}

// servizi prints each joint service as a small key/value block.
func (dd *documento) servizi() {
	for _, s := range dd.plan.Servizi {
		var rows [][2]string
		add := func(k, v string) {
			if strings.TrimSpace(v) != "" {
				rows = append(rows, [2]string{k, v})
			}
		}
		add("Descrizione", s.Descrizione)
		add("Comuni partner", strings.Join(s.Partner, ", "))
		if s.DataSottoscrizione != nil {
			add("Sottoscrizione", s.DataSottoscrizione.String())
		}
		switch {
		case s.DurataIllimitata:
			add("Scadenza", "durata illimitata")
		case s.Scadenza != nil:
			add("Scadenza", s.Scadenza.String())
		}
		add("Stato", s.Stato)
		tb := newTable(dd.doc, 9.5, col{w: 40, label: true}, col{w: dd.width() - 40})
		head := []cell{{text: s.Titolo, style: "B", fill: colHeadFill, color: colAccent}, {text: "", fill: colHeadFill}}
		h := tb.rowHeight(head)
		for _, r := range rows {
			h += tb.rowHeight([]cell{txt(r[0]), txt(r[1])})
		}
		dd.space(3)
		if h < dd.bottom-dd.bodyTop {
			dd.ensure(h)
		}
		// The title spans the block: draw it as a one-cell row.
		wide := newTable(dd.doc, 10, col{w: dd.width()})
		wide.row(cell{text: s.Titolo, style: "B", fill: colHeadFill, color: colAccent})
		for _, r := range rows {
			tb.row(txt(r[0]), txt(r[1]))
		}
	}
}

// personaleLine is a row of the table of the staff per year: its label,
// and its value in a year.
type personaleLine struct {
	label string
	value func(model.PersonaleAnno) string
}

// personaleLines are the rows of the table of the staff per year, as
// every document (PDF and Word) prints them.
func personaleLines(p *model.Plan) []personaleLine {
	return []personaleLine{
		{"Dipendenti al 31/12", func(r model.PersonaleAnno) string { return intText(r.Dipendenti) }},
		{"di cui a tempo parziale", func(r model.PersonaleAnno) string { return optInt(r.PartTime) }},
		{"Abitanti al 31/12", func(r model.PersonaleAnno) string {
			if pop, ok := p.PopolazioneDi(r.Anno); ok {
				return intText(pop.Residenti)
			}
			return "–"
		}},
		{"Dipendenti per 1.000 abitanti", func(r model.PersonaleAnno) string {
			if v, ok := p.PerMille(r.Anno); ok {
				return model.FormatNumber(v, 2)
			}
			return "–"
		}},
	}
}
