package report

import (
	"io"
	"strconv"
	"strings"

	"pianoperformance/model"
)

// riepilogoCols are the columns the summary can show; fitColumns keeps
// those the plan uses and gives the width of the others to the texts.
var riepilogoCols = []colFit{
	{col: col{title: "Codice"}, max: 10},
	{col: col{title: "Obiettivo"}, style: "B", text: true, weight: 0.8},
	{col: col{title: "Descrizione"}, text: true, weight: 1.2},
	{col: col{title: "Unità responsabile"}, max: 12},
	{col: col{title: "Missione / Programma"}, max: 14},
	{col: col{title: "Indicatore e target"}, text: true, weight: 1.1},
	{col: col{title: "Fasi"}, text: true, weight: 0.7},
	{col: col{title: "Anni", align: "C"}, max: 4},
	{col: col{title: "Peso", align: "C"}, max: 6},
}

func riepilogoRow(p *model.Plan, o model.Obiettivo) []string {
	return []string{o.Codice, o.Intestazione(), o.Descrizione, strings.Join(p.NomiUnita(o), "\n"),
		model.EtichettaProgramma(o.Programma), indicatoriText(o), fasiText(o.Fasi, false), anniText(o.Anni), pesoBreve(o.Peso)}
}

// writeRiepilogo prints, for each Area, the landscape table of its
// objectives with the weight totals. The columns are the same for every
// Area: those the plan uses.
func writeRiepilogo(w io.Writer, p *model.Plan, obs []model.Obiettivo, opt Options) error {
	anno := annoPiano(p)
	d := newDoc(p, true, "Piano della Performance "+anno+" — Riepilogo degli obiettivi per Area",
		"Riepilogo degli obiettivi per Area del Piano della Performance "+anno, opt)
	d.short = "Piano della Performance " + anno + " — Riepilogo per Area"
	d.newPage()
	rows := make([][]string, len(obs))
	for i, o := range obs {
		rows[i] = riepilogoRow(p, o)
	}
	cols, keep := d.fitColumns(8.5, riepilogoCols, rows)
	done := 0
	for gi, g := range perArea(p, obs) {
		if gi > 0 {
			d.space(6)
		}
		t := newTable(d, 8.5, cols...)
		t.header, t.zebra = true, true
		t.before = func() { d.riepilogoBar(g, true) }
		for i, o := range g.obs {
			all := riepilogoRow(p, o)
			cs := make([]cell, len(keep))
			for j, k := range keep {
				cs[j] = cell{text: all[k], style: riepilogoCols[k].style}
			}
			if i == 0 {
				// The Area's band, the header and a first row stay together.
				d.ensure(14 + t.headerHeight() + min(t.rowHeight(cs), 40))
				d.riepilogoBar(g, false)
				t.drawHeader()
			}
			if i == len(g.obs)-1 {
				t.keepNext = 7 // the totals line never stands alone atop a page
			}
			t.row(cs...)
			done++
			opt.progress(done, len(obs))
		}
		d.totaliPesi(g)
	}
	return d.output(w)
}

// indicatoriText lists indicators and targets, as bullets when several.
func indicatoriText(o model.Obiettivo) string {
	var b strings.Builder
	for i, ind := range o.Indicatori {
		if i > 0 {
			b.WriteByte('\n')
		}
		if len(o.Indicatori) > 1 {
			b.WriteString("- ")
		}
		b.WriteString(ind.Nome)
		var ts []string
		for _, t := range ind.Target {
			if strings.TrimSpace(t.Valore) == "" {
				continue
			}
			if len(ind.Target) > 1 {
				ts = append(ts, strconv.Itoa(t.Anno)+": "+t.Valore)
			} else {
				ts = append(ts, t.Valore)
			}
		}
		if len(ts) > 0 {
			b.WriteString(" — target " + strings.Join(ts, "; "))
		}
	}
	return b.String()
}

func (d *doc) riepilogoBar(g gruppo, segue bool) {
	name := strings.ToUpper(nomeGruppo(d.plan, g))
	if segue {
		name += " (segue)"
	}
	pdf := d.pdf
	y := d.y()
	d.fill(colAccent)
	pdf.Rect(d.left, y, d.width(), 7.5, "F")
	pdf.SetTextColor(255, 255, 255)
	d.font("B", 10.5)
	pdf.SetXY(d.left, y+1)
	pdf.CellFormat(d.width()*0.65, 5.5, name, "", 0, "L", false, 0, "")
	if g.area != nil && g.area.Responsabile != "" {
		d.font("", 9)
		pdf.SetXY(d.left+d.width()*0.35, y+1)
		pdf.CellFormat(d.width()*0.65, 5.5, "Responsabile: "+g.area.Responsabile, "", 0, "R", false, 0, "")
	}
	d.color(colInk)
	pdf.SetXY(d.left, y+7.5)
	d.record(evHeading, name)
}

// totaliPesi prints the weight totals of an Area by kind, with a warning
// when percentage weights do not add up to 100.
func (d *doc) totaliPesi(g gruppo) {
	var perc, punti float64
	var nPerc, nPunti, nMolt, nPre int
	for _, o := range g.obs {
		switch o.Peso.Tipo {
		case model.PesoPercentuale:
			perc += o.Peso.Valore
			nPerc++
		case model.PesoPunti:
			punti += o.Peso.Valore
			nPunti++
		case model.PesoMoltiplicatore:
			nMolt++
		case model.PesoPrerequisito:
			nPre++
		}
	}
	var parts []string
	if nPerc > 0 {
		parts = append(parts, "percentuali "+num(perc)+"%")
	}
	if nPunti > 0 {
		parts = append(parts, "punti "+num(punti))
	}
	if nMolt > 0 {
		parts = append(parts, strconv.Itoa(nMolt)+" con moltiplicatore")
	}
	if nPre > 0 {
		parts = append(parts, strconv.Itoa(nPre)+" prerequisiti (senza peso)")
	}
	if len(parts) == 0 {
		parts = append(parts, "nessun peso indicato")
	}
	d.ensure(7)
	pdf := d.pdf
	y := d.y()
	d.fill(colHeadFill)
	d.draw(colBorder)
	pdf.Rect(d.left, y, d.width(), 6.5, "FD")
	d.font("B", 8.5)
	pdf.SetXY(d.left, y+0.8)
	// The objectives of no Area are an Area's peers only when they are one
	// person's (the Segretario's): otherwise their weights belong to
	// different people and no total is due.
	label := "Totale pesi dell'Area"
	check := true
	if g.area == nil {
		label = "Totale pesi – " + d.plan.NomeSenzaArea()
		check = d.plan.SenzaAreaDelSegretario()
	}
	label += " (" + strconv.Itoa(len(g.obs)) + " obiettivi): " + strings.Join(parts, " · ")
	pdf.CellFormat(pdf.GetStringWidth(label)+2*pdf.GetCellMargin(), 5, label, "", 0, "L", false, 0, "")
	if check && nPerc > 0 && (perc < 99.995 || perc > 100.005) {
		d.color(colWarn)
		pdf.CellFormat(0, 5, "▲ ATTENZIONE: i pesi percentuali sommano a "+num(perc)+"% e non a 100%", "", 0, "L", false, 0, "")
		d.color(colInk)
	}
	pdf.SetXY(d.left, y+6.5)
	d.record(evContent, label)
}
