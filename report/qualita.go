package report

import (
	"errors"
	"io"
	"strconv"
	"time"

	"pianoperformance/model"
)

// WriteQualita prints the quality of the plan's objectives against D.Lgs
// 150/2009 art. 5 c.2, for the Nucleo di Valutazione: the count per
// criterion, the Areas with too many objectives, the checklist of every
// objective and the reasons of each shortfall.
func WriteQualita(w io.Writer, p *model.Plan, opt Options) error {
	if p == nil {
		return errors.New("nessun piano da stampare")
	}
	if len(p.Obiettivi) == 0 {
		return errors.New("il piano non ha obiettivi da valutare")
	}
	if opt.Printed.IsZero() {
		opt.Printed = time.Now()
	}
	anno := annoPiano(p)
	title := "Piano della Performance " + anno + " — Qualità degli obiettivi"
	d := newDoc(p, true, title, "Qualità degli obiettivi (D.Lgs 150/2009 art. 5 c.2), riepilogo per il Nucleo di Valutazione", opt)
	d.short = title
	d.newPage()
	qq := model.ValutaQualita(p)

	d.heading("QUALITÀ DEGLI OBIETTIVI — D.LGS 150/2009 ART. 5 C.2", 15)
	d.paragraphsStyled("Riepilogo per il Nucleo di Valutazione. Il programma verifica i requisiti che può leggere nel piano "+
		"(target misurabile, periodo, valore di partenza, risorse, unità responsabile); gli altri sono confermati da chi compila il piano. "+
		"«Sì» e «No»: esito verificato dal programma; «Sì (conf.)» e «No (conf.)»: esito confermato dall'ente; «Da confermare»: nessuno lo ha ancora valutato.", "I", 8.5)
	d.space(4)

	d.subheading("Esito per requisito")
	sum := newTable(d, 8.5, col{title: "Requisito", w: 34}, col{title: "Che cosa chiede la legge", w: 150},
		col{title: "Fonte", w: 30}, col{title: "Sì", w: 14, align: "R"}, col{title: "No", w: 14, align: "R"}, col{title: "Da confermare", w: 24, align: "R"})
	sum.fitWidths()
	sum.header, sum.zebra = true, true
	sum.start(sum.rowHeight([]cell{txt("x"), txt(model.CriteriQualita[0].Testo)}))
	for _, info := range model.CriteriQualita {
		var si, no, dc int
		for _, q := range qq {
			switch q.Voce(info.Criterio).Esito {
			case model.QualitaSi:
				si++
			case model.QualitaNo:
				no++
			default:
				dc++
			}
		}
		noCell := txt(strconv.Itoa(no))
		if no > 0 {
			noCell = cell{text: strconv.Itoa(no), style: "B", color: colWarn}
		}
		sum.row(bold(info.Titolo), txt(info.Testo), txt(info.Fonte), txt(strconv.Itoa(si)), noCell, txt(strconv.Itoa(dc)))
	}
	if ff := model.CheckQualita(p); len(ff) > 0 {
		d.space(4)
		d.subheading("Distribuzione degli obiettivi tra le Aree")
		for _, f := range ff {
			d.paragraphsStyled("• "+f.Riga+": "+f.Valori+". "+f.Messaggio, "", 9)
		}
	}

	d.space(6)
	d.subheading("Requisiti di ciascun obiettivo")
	cols := []col{{title: "Codice", w: 16}, {title: "Obiettivo", w: 70}}
	for _, info := range model.CriteriQualita {
		cols = append(cols, col{title: info.Titolo, w: 21, align: "C"})
	}
	mat := newTable(d, 8, cols...)
	mat.fitWidths()
	mat.header, mat.zebra = true, true
	byID := map[int64]model.QualitaObiettivo{}
	for _, q := range qq {
		byID[q.ObiettivoID] = q
	}
	groups := perArea(p, p.Obiettivi)
	for gi, g := range groups {
		first := true
		for _, o := range g.obs {
			cs := []cell{txt(o.Codice), txt(model.TitoloObiettivo(o))}
			for _, info := range model.CriteriQualita {
				cs = append(cs, esitoCell(byID[o.ID].Voce(info.Criterio)))
			}
			if first {
				if gi > 0 {
					d.space(3)
				}
				d.ensure(8 + mat.headerHeight() + mat.rowHeight(cs))
				d.riepilogoBar(g, false)
				mat.before = func(g gruppo) func() { return func() { d.riepilogoBar(g, true) } }(g)
				mat.drawHeader()
				first = false
			}
			mat.row(cs...)
		}
		opt.progress(gi+1, len(groups))
	}

	// The reasons: what is missing, and what the comune confirmed.
	var rows [][]cell
	for _, o := range p.Obiettivi {
		for _, v := range byID[o.ID].Voci {
			if v.Esito == model.QualitaDaConfermare || (v.Esito == model.QualitaSi && !v.Confermata) {
				continue
			}
			info, _ := model.InfoQualita(v.Criterio)
			rows = append(rows, []cell{txt(o.Codice), txt(model.TitoloObiettivo(o)), txt(info.Titolo), esitoCell(v), txt(v.Motivo)})
		}
	}
	if len(rows) > 0 {
		d.space(6)
		d.subheading("Requisiti mancanti e valutazioni dell'ente")
		t := newTable(d, 8, col{title: "Codice", w: 16}, col{title: "Obiettivo", w: 80}, col{title: "Requisito", w: 26},
			col{title: "Esito", w: 22, align: "C"}, col{title: "Motivo", w: 120})
		t.fitWidths()
		t.header, t.zebra = true, true
		t.start(t.rowHeight(rows[0]))
		for _, r := range rows {
			t.row(r...)
		}
	}
	return d.output(w)
}

func esitoCell(v model.VoceQualita) cell {
	switch {
	case v.Esito == model.QualitaSi && v.Confermata:
		return txt("Sì (conf.)")
	case v.Esito == model.QualitaSi:
		return txt("Sì")
	case v.Esito == model.QualitaNo && v.Confermata:
		return cell{text: "No (conf.)", style: "B", color: colWarn}
	case v.Esito == model.QualitaNo:
		return cell{text: "No", style: "B", color: colWarn}
	}
	return cell{text: "Da confermare", style: "I", color: colMuted}
}
