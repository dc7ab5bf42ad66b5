package report

import (
	"strconv"
	"strings"

	"pianoperformance/chart"
	"pianoperformance/model"
)

var chartFuncs = map[string]func(*model.Plan) (*chart.Figure, error){
	"residenti": chart.ResidentiFigure, "fasce": chart.FasceEtaFigure,
	"permille": chart.PersonalePerMilleFigure, "sesso": chart.PersonaleSessoFigure,
}

func intText(n int) string { return model.FormatInt(n) }

// signed writes a change with its sign: +12, -8, 0.
func signed(n int) string {
	if n > 0 {
		return "+" + model.FormatInt(n)
	}
	return model.FormatInt(n)
}

// territorio prints the facts of the territory side by side, then roads
// and waters. The density is derived from the latest population.
func (dd *documento) territorio() {
	t := dd.plan.Territorio
	var facts [][2]string
	add := func(k, v string) {
		if strings.TrimSpace(v) != "" {
			facts = append(facts, [2]string{k, v})
		}
	}
	if t.SuperficieTotale > 0 {
		add("Superficie totale", model.FormatNumber(t.SuperficieTotale, 2)+" km²")
	}
	if t.SuperficieUrbana > 0 {
		add("Superficie urbana", model.FormatNumber(t.SuperficieUrbana, 2)+" km²")
	}
	if t.Altitudine != 0 {
		a := model.FormatInt(t.Altitudine) + " m s.l.m."
		if t.AltitudineRiferimento != "" {
			a += " (" + t.AltitudineRiferimento + ")"
		}
		add("Altitudine", a)
	}
	add("Latitudine", t.Latitudine)
	add("Longitudine", t.Longitudine)
	if d, anno, ok := dd.plan.DensitaAttuale(); ok {
		add("Densità demografica", model.FormatNumber(d, 2)+" ab/km² (residenti al 31/12/"+strconv.Itoa(anno)+")")
	}
	add("Regione agraria", t.RegioneAgraria)
	add("Frazioni e località", strings.Join(t.Frazioni, ", "))
	if len(facts) > 0 {
		dd.part("Dati del territorio")
		tb := newTable(dd.doc, 9.5, col{w: 32, label: true}, col{w: 58}, col{w: 32, label: true}, col{w: 58})
		tb.fitWidths()
		for i := 0; i < len(facts); i += 2 {
			cs := []cell{txt(facts[i][0]), txt(facts[i][1]), txt(""), txt("")}
			if i+1 < len(facts) {
				cs[2], cs[3] = txt(facts[i+1][0]), txt(facts[i+1][1])
			}
			tb.row(cs...)
		}
	}
	if len(t.Strade) > 0 {
		dd.part("Strade")
		tb := newTable(dd.doc, 9.5, col{title: "Tipo", w: 60}, col{title: "Lunghezza (km)", w: 35, align: "R"})
		tb.header, tb.zebra = true, true
		tb.start(12)
		for _, s := range t.Strade {
			tb.row(txt(s.Tipo), txt(model.FormatNumber(s.Km, 2)))
		}
		tb.row(bold("Totale"), bold(model.FormatNumber(t.KmStrade(), 2)))
	}
	if len(t.RisorseIdriche) > 0 {
		dd.part("Risorse idriche")
		tb := newTable(dd.doc, 9.5, col{title: "Tipo", w: 60}, col{title: "Numero", w: 35, align: "R"})
		tb.header, tb.zebra = true, true
		tb.start(8)
		for _, r := range t.RisorseIdriche {
			tb.row(txt(r.Tipo), txt(model.FormatInt(r.Numero)))
		}
	}
}

// popolazione prints the demographic tables, with both derived changes,
// the movements of the last year, the age bands and the charts.
func (dd *documento) popolazione() {
	p := dd.plan
	if len(p.Popolazione) > 0 {
		rows := slicesSortedPop(p.Popolazione)
		dd.part("Andamento demografico")
		cols := []col{{title: "Anno", w: 13, align: "C"}}
		for _, h := range []string{"Residenti", "Maschi", "Femmine", "Famiglie", "Immigrati", "Emigrati", "Nati", "Morti"} {
			cols = append(cols, col{title: h, w: 17, align: "R"})
		}
		cols = append(cols, col{title: "Variazione sull'anno prima", w: 22, align: "R"},
			col{title: "Saldo (nati − morti + imm. − emig.)", w: 26, align: "R"})
		tb := newTable(dd.doc, 8.5, cols...)
		tb.fitWidths()
		tb.header, tb.zebra = true, true
		tb.start(12)
		for _, r := range rows {
			v := "–"
			if n, ok := p.Variazione(r.Anno); ok {
				v = signed(n)
			}
			tb.row(txt(strconv.Itoa(r.Anno)), txt(intText(r.Residenti)), txt(intText(r.Maschi)), txt(intText(r.Femmine)),
				txt(intText(r.Famiglie)), txt(intText(r.Immigrati)), txt(intText(r.Emigrati)), txt(intText(r.Nati)),
				txt(intText(r.Morti)), txt(v), txt(signed(r.Saldo())))
		}
		dd.note("La variazione è la differenza dei residenti dall'anno precedente; il saldo è la somma del saldo naturale e del saldo migratorio dell'anno. Le due cifre differiscono quando l'anagrafe registra rettifiche (ad esempio dopo il censimento).")

		last, _ := p.UltimaPopolazione()
		dd.part("Variazioni anagrafiche dell'anno " + strconv.Itoa(last.Anno))
		tb = newTable(dd.doc, 9.5, col{title: "Movimento", w: 70}, col{title: "Numero", w: 30, align: "R"})
		tb.header, tb.zebra = true, true
		tb.start(8)
		for _, m := range []struct {
			k string
			v int
		}{{"Nati nell'anno", last.Nati}, {"Deceduti nell'anno", last.Morti}, {"Saldo naturale", last.SaldoNaturale()},
			{"Immigrati nell'anno", last.Immigrati}, {"Emigrati nell'anno", last.Emigrati}, {"Saldo migratorio", last.SaldoMigratorio()}} {
			if strings.HasPrefix(m.k, "Saldo") {
				tb.row(bold(m.k), bold(signed(m.v)))
			} else {
				tb.row(txt(m.k), txt(intText(m.v)))
			}
		}
	}
	if anni := p.AnniFasce(); len(anni) > 0 && len(p.Fasce) > 0 {
		dd.part("Popolazione per fasce di età al 31/12/" + strconv.Itoa(anni[len(anni)-1]))
		cols := []col{{title: "Fascia di età", w: 80}}
		for _, a := range anni {
			cols = append(cols, col{title: "Residenti " + strconv.Itoa(a), w: 25, align: "R"})
		}
		tb := newTable(dd.doc, 9.5, cols...)
		tb.header, tb.zebra = true, true
		tb.start(8)
		rows, tot := fasceCifre(p, anni)
		for _, r := range rows {
			cs := make([]cell, len(r))
			for k, v := range r {
				cs[k] = txt(v)
			}
			tb.row(cs...)
		}
		cs := []cell{bold("Totale")}
		for _, v := range tot {
			cs = append(cs, bold(v))
		}
		tb.row(cs...)
	}
	if _, ok := dd.charts["residenti"]; ok {
		dd.part("Grafico: andamento della popolazione")
		dd.image("residenti")
	}
	if _, ok := dd.charts["fasce"]; ok {
		dd.part("Grafico: popolazione per fasce di età")
		dd.image("fasce")
	}
}

// note prints a short explanatory text in small italics.
func (dd *documento) note(s string) {
	dd.space(1)
	dd.font("I", 8)
	dd.color(colMuted)
	cm := dd.pdf.GetCellMargin()
	ls := dd.layout(s, dd.width()+2*cm)
	dd.ensure(heightOf(ls, 3.8))
	dd.font("I", 8) // the headings ensure drew set theirs
	dd.color(colMuted)
	y := dd.drawLines(ls, dd.left-cm, dd.y(), dd.width()+2*cm, 3.8, "L")
	dd.color(colInk)
	dd.pdf.SetY(y + 1)
	dd.record(evContent, s)
}

func slicesSortedPop(in []model.PopolazioneAnno) []model.PopolazioneAnno {
	rows := append([]model.PopolazioneAnno(nil), in...)
	for i := 1; i < len(rows); i++ {
		for j := i; j > 0 && rows[j].Anno < rows[j-1].Anno; j-- {
			rows[j], rows[j-1] = rows[j-1], rows[j]
		}
	}
	return rows
}
