package report

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"pianoperformance/model"
)

// The content of the Word documents: the same chapters, tables and
// figures as the PDF, in Word's own structures, so that the comune can
// add a paragraph before the Giunta meets.

func (wd *wordDoc) documento(obs []model.Obiettivo) error {
	p := wd.plan
	wd.cover()
	wd.pageBreak()
	wd.placeTOC()
	wd.pageBreak()
	// The chapters in the PDF's order: where their anchors put them, with a
	// chapter of its own for data no chapter introduces.
	dd := &documento{doc: &doc{plan: p}, obs: obs}
	done := map[string]bool{}
	for _, c := range ordinaCapitoli(p.Capitoli, dd.hasSection) {
		wd.headingAs(strings.ToUpper(c.Titolo), c.Titolo, 1)
		if strings.TrimSpace(c.Testo) != "" {
			wd.paragraphs(c.Testo)
		}
		if c.Sezione != "" && !done[c.Sezione] {
			ok, err := wd.section(c.Sezione, obs)
			if err != nil {
				return err
			}
			done[c.Sezione] = ok
		}
	}
	return nil
}

func (wd *wordDoc) cover() {
	p := wd.plan
	for range 4 {
		wd.rd.AddEmptyParagraph()
	}
	wd.centered(strings.ToUpper(nomeComune(p.Ente)), 24, true, "1F4068")
	wd.centered(nomeProvincia(p.Ente), 13, false, "646C76")
	wd.rd.AddEmptyParagraph()
	sez := p.Piano.Sezione
	if sez == "" {
		sez = "Sezione 2 - P.I.A.O."
	}
	sott := p.Piano.Sottosezione
	if sott == "" {
		sott = "Sottosezione 2.2"
	}
	wd.centered(strings.ToUpper(sez), 15, true, "")
	wd.centered(sott, 13, false, "")
	wd.rd.AddEmptyParagraph()
	wd.centered("PIANO DELLA PERFORMANCE", 22, true, "1F4068")
	wd.centered("e PIANO DEGLI OBIETTIVI", 18, true, "1F4068")
	wd.centered(annoPiano(p), 30, true, "")
	if p.Piano.AnnoInizio > 0 && p.Piano.AnnoFine > p.Piano.AnnoInizio {
		wd.centered("Triennio "+strconv.Itoa(p.Piano.AnnoInizio)+" – "+strconv.Itoa(p.Piano.AnnoFine), 12, false, "646C76")
	}
	wd.rd.AddEmptyParagraph()
	a := p.Piano.Approvazione
	if a.Numero != "" || (a.Data != nil && !a.Data.IsZero()) {
		wd.centered("Approvato con "+attoText(a), 11, false, "")
	}
	if v := wd.opt.Versione; v != nil && v.Tipo == model.VersioneVariazione {
		wd.centered("Testo "+v.Dicitura()+" ("+strings.ToLower(v.Etichetta())+")", 11, false, "")
	}
	if p.Piano.Stato == model.StatoBozza {
		wd.centered("BOZZA — documento non ancora approvato", 11, true, "B02020")
	}
}

// section adds the data a chapter introduces; it reports whether the key
// is known.
func (wd *wordDoc) section(key string, obs []model.Obiettivo) (bool, error) {
	var err error
	switch key {
	case model.SezioneTerritorio:
		wd.territorio()
	case model.SezionePopolazione:
		err = wd.popolazione()
	case model.SezioneOrganizzazione:
		wd.organizzazione()
		err = wd.personale()
	case model.SezioneServizi:
		wd.servizi()
	case model.SezioneObiettivi:
		wd.obiettivi(obs)
	default:
		return false, nil
	}
	return true, err
}

func (wd *wordDoc) chart(name, title string, hMM float64) error {
	fn, ok := chartFuncs[name]
	if !ok {
		return nil
	}
	f, err := fn(wd.plan)
	if err != nil {
		return nil // no data, no chart: as in the PDF
	}
	wd.heading(title, 2)
	wPx, hPx := chartW*300/25.4, hMM*300/25.4 // 300 dpi
	png, err := f.PNG(int(wPx), int(hPx))
	if err != nil {
		return fmt.Errorf("grafico %s: %w", name, err)
	}
	return wd.picture(name, png, chartW, hMM)
}

func (wd *wordDoc) territorio() {
	t := wd.plan.Territorio
	var facts [][2]string
	if t.SuperficieTotale > 0 {
		facts = append(facts, [2]string{"Superficie totale", model.FormatNumber(t.SuperficieTotale, 2) + " km²"})
	}
	if t.SuperficieUrbana > 0 {
		facts = append(facts, [2]string{"Superficie urbana", model.FormatNumber(t.SuperficieUrbana, 2) + " km²"})
	}
	if t.Altitudine != 0 {
		a := model.FormatInt(t.Altitudine) + " m s.l.m."
		if t.AltitudineRiferimento != "" {
			a += " (" + t.AltitudineRiferimento + ")"
		}
		facts = append(facts, [2]string{"Altitudine", a})
	}
	facts = append(facts, [2]string{"Latitudine", t.Latitudine}, [2]string{"Longitudine", t.Longitudine})
	if d, anno, ok := wd.plan.DensitaAttuale(); ok {
		facts = append(facts, [2]string{"Densità demografica", model.FormatNumber(d, 2) + " ab/km² (residenti al 31/12/" + strconv.Itoa(anno) + ")"})
	}
	facts = append(facts, [2]string{"Regione agraria", t.RegioneAgraria}, [2]string{"Frazioni e località", strings.Join(t.Frazioni, ", ")})
	wd.heading("Dati del territorio", 2)
	wd.keyValues(facts, 32)
	if len(t.Strade) > 0 {
		wd.heading("Strade", 2)
		var rows [][]wcell
		for _, s := range t.Strade {
			rows = append(rows, []wcell{wt(s.Tipo), wt(model.FormatNumber(s.Km, 2))})
		}
		rows = append(rows, []wcell{wb("Totale"), wb(model.FormatNumber(t.KmStrade(), 2))})
		wd.table([]wcol{{"Tipo", 60, false}, {"Lunghezza (km)", 35, true}}, rows)
	}
	if len(t.RisorseIdriche) > 0 {
		wd.heading("Risorse idriche", 2)
		var rows [][]wcell
		for _, r := range t.RisorseIdriche {
			rows = append(rows, []wcell{wt(r.Tipo), wt(model.FormatInt(r.Numero))})
		}
		wd.table([]wcol{{"Tipo", 60, false}, {"Numero", 35, true}}, rows)
	}
}

func (wd *wordDoc) popolazione() error {
	p := wd.plan
	if len(p.Popolazione) > 0 {
		wd.heading("Andamento demografico", 2)
		cols := []wcol{{"Anno", 15, false}}
		for _, h := range []string{"Residenti", "Maschi", "Femmine", "Famiglie", "Immigrati", "Emigrati", "Nati", "Morti"} {
			cols = append(cols, wcol{h, 17, true})
		}
		cols = append(cols, wcol{"Variazione sull'anno prima", 22, true}, wcol{"Saldo (nati − morti + imm. − emig.)", 26, true})
		var rows [][]wcell
		for _, r := range slicesSortedPop(p.Popolazione) {
			v := "–"
			if n, ok := p.Variazione(r.Anno); ok {
				v = signed(n)
			}
			rows = append(rows, []wcell{wt(strconv.Itoa(r.Anno)), wt(intText(r.Residenti)), wt(intText(r.Maschi)), wt(intText(r.Femmine)),
				wt(intText(r.Famiglie)), wt(intText(r.Immigrati)), wt(intText(r.Emigrati)), wt(intText(r.Nati)),
				wt(intText(r.Morti)), wt(v), wt(signed(r.Saldo()))})
		}
		wd.table(cols, rows)
		wd.note("La variazione è la differenza dei residenti dall'anno precedente; il saldo è la somma del saldo naturale e del saldo migratorio dell'anno. Le due cifre differiscono quando l'anagrafe registra rettifiche (ad esempio dopo il censimento).")
		last, _ := p.UltimaPopolazione()
		wd.heading("Variazioni anagrafiche dell'anno "+strconv.Itoa(last.Anno), 2)
		rows = nil
		for _, m := range []struct {
			k string
			v int
		}{{"Nati nell'anno", last.Nati}, {"Deceduti nell'anno", last.Morti}, {"Saldo naturale", last.SaldoNaturale()},
			{"Immigrati nell'anno", last.Immigrati}, {"Emigrati nell'anno", last.Emigrati}, {"Saldo migratorio", last.SaldoMigratorio()}} {
			if strings.HasPrefix(m.k, "Saldo") {
				rows = append(rows, []wcell{wb(m.k), wb(signed(m.v))})
			} else {
				rows = append(rows, []wcell{wt(m.k), wt(intText(m.v))})
			}
		}
		wd.table([]wcol{{"Movimento", 70, false}, {"Numero", 30, true}}, rows)
	}
	if anni := p.AnniFasce(); len(anni) > 0 && len(p.Fasce) > 0 {
		wd.heading("Popolazione per fasce di età al 31/12/"+strconv.Itoa(anni[len(anni)-1]), 2)
		cols := []wcol{{"Fascia di età", 80, false}}
		for _, a := range anni {
			cols = append(cols, wcol{"Residenti " + strconv.Itoa(a), 25, true})
		}
		cifre, tot := fasceCifre(p, anni)
		var rows [][]wcell
		for _, r := range cifre {
			cs := make([]wcell, len(r))
			for k, v := range r {
				cs[k] = wt(v)
			}
			rows = append(rows, cs)
		}
		cs := []wcell{wb("Totale")}
		for _, v := range tot {
			cs = append(cs, wb(v))
		}
		wd.table(cols, append(rows, cs))
	}
	if err := wd.chart("residenti", "Grafico: andamento della popolazione", chartH["residenti"]); err != nil {
		return err
	}
	return wd.chart("fasce", "Grafico: popolazione per fasce di età", chartH["fasce"])
}

func (wd *wordDoc) organizzazione() {
	p := wd.plan
	if len(p.Unita) == 0 {
		return
	}
	wd.heading("Aree, settori e personale assegnato", 2)
	var rows [][]wcell
	var walk func(u model.Unita, depth int)
	walk = func(u model.Unita, depth int) {
		rows = append(rows, []wcell{wt(""), wt(strings.Repeat("   ", max(depth-1, 0)) + u.Nome), wt(responsabileText(u)), wt(optInt(u.Dipendenti)), wt(optInt(u.PartTime))})
		for _, c := range p.Figli(u.ID) {
			walk(c, depth+1)
		}
	}
	for _, a := range p.Aree() {
		rows = append(rows, []wcell{wb(a.Nome), wt(""), wt(responsabileText(a)), wt(optInt(a.Dipendenti)), wt(optInt(a.PartTime))})
		for _, c := range p.Figli(a.ID) {
			walk(c, 1)
		}
	}
	dip, pt := totaliUnita(p)
	rows = append(rows, []wcell{wb("Totale"), wt(""), wt(""), wb(dip), wb(pt)})
	wd.table([]wcol{{"Area", 48, false}, {"Settore / Servizio / Ufficio", 58, false}, {"Responsabile", 44, false},
		{"Dipendenti", 18, true}, {"di cui part-time", 18, true}}, rows)
}

func (wd *wordDoc) personale() error {
	p := wd.plan
	rows := slices.Clone(p.Personale)
	slices.SortStableFunc(rows, func(a, b model.PersonaleAnno) int { return a.Anno - b.Anno })
	if len(rows) > 0 {
		wd.heading("Dipendenti e abitanti", 2)
		cols := []wcol{{"", 60, false}}
		for _, r := range rows {
			cols = append(cols, wcol{strconv.Itoa(r.Anno), 20, true})
		}
		cols[0].title = " "
		var cells [][]wcell
		line := func(label string, f func(model.PersonaleAnno) string) {
			cs := []wcell{wb(label)}
			for _, r := range rows {
				cs = append(cs, wt(f(r)))
			}
			cells = append(cells, cs)
		}
		for _, l := range personaleLines(p) {
			line(l.label, l.value)
		}
		wd.table(cols, cells)
	}
	if len(p.Benchmark) > 0 {
		wd.heading("Valori di confronto (dipendenti per 1.000 abitanti)", 2)
		var cells [][]wcell
		for _, b := range p.Benchmark {
			anno := ""
			if b.Anno > 0 {
				anno = strconv.Itoa(b.Anno)
			}
			cells = append(cells, []wcell{wt(b.Descrizione), wt(anno), wt(b.Fonte), wt(model.FormatNumber(b.Valore, 2))})
		}
		wd.table([]wcol{{"Riferimento", 100, false}, {"Anno", 16, false}, {"Fonte", 40, false}, {"Valore", 24, true}}, cells)
	}
	if err := wd.chart("permille", "Grafico: dipendenti per 1.000 abitanti e valori di confronto", chartH["permille"]); err != nil {
		return err
	}
	if len(rows) > 0 {
		wd.heading("I dipendenti distinti per sesso", 2)
		var cells [][]wcell
		for _, r := range rows {
			cells = append(cells, []wcell{wt(strconv.Itoa(r.Anno)), wt(intText(r.Uomini)), wt(model.FormatNumber(r.PercUomini(), 2)),
				wt(intText(r.Donne)), wt(model.FormatNumber(r.PercDonne(), 2)), wb(intText(r.Dipendenti))})
		}
		wd.table([]wcol{{"Anno", 20, false}, {"Uomini", 25, true}, {"% uomini", 25, true}, {"Donne", 25, true},
			{"% donne", 25, true}, {"Totale", 25, true}}, cells)
	}
	return wd.chart("sesso", "Grafico: dipendenti per sesso", chartH["sesso"])
}

func (wd *wordDoc) servizi() {
	for _, s := range wd.plan.Servizi {
		scad := ""
		switch {
		case s.DurataIllimitata:
			scad = "durata illimitata"
		case s.Scadenza != nil:
			scad = s.Scadenza.String()
		}
		firma := ""
		if s.DataSottoscrizione != nil {
			firma = s.DataSottoscrizione.String()
		}
		wd.heading(s.Titolo, 2)
		wd.keyValues([][2]string{{"Descrizione", s.Descrizione}, {"Comuni partner", strings.Join(s.Partner, ", ")},
			{"Sottoscrizione", firma}, {"Scadenza", scad}, {"Stato", s.Stato}}, 22)
	}
}

// obiettivi lists the objectives by Area as the PDF does: the Area as a
// heading, each objective as a two-column block.
func (wd *wordDoc) obiettivi(obs []model.Obiettivo) {
	p := wd.plan
	for _, g := range perArea(p, obs) {
		title := nomeGruppo(p, g)
		if g.area != nil && g.area.Nome != "" {
			title = g.area.Nome
		}
		wd.heading(title, 2)
		for _, o := range g.obs {
			rows := [][2]string{{"AREA", strings.ToUpper(headingFor(p, o))}}
			label := "OBIETTIVO"
			if l := o.Livello.Label(); l != "" {
				label = strings.ToUpper(l)
			}
			rows = append(rows, [2]string{"CODICE", o.Codice}, [2]string{label, o.Intestazione()}, [2]string{"DESCRIZIONE OBIETTIVO", o.Descrizione})
			for i, ind := range o.Indicatori {
				suffix := ""
				if len(o.Indicatori) > 1 {
					suffix = " " + strconv.Itoa(i+1)
				}
				rows = append(rows, [2]string{"INDICATORE" + suffix, nomeIndicatore(ind)}, [2]string{"TARGET" + suffix, targetText(ind)})
			}
			rows = append(rows, [2]string{"STRUTTURA RESPONSABILE", strings.Join(p.NomiUnita(o), "\n")},
				[2]string{"MISSIONE / PROGRAMMA", model.EtichettaProgramma(o.Programma)}, [2]string{"LINEA STRATEGICA", o.LineaStrategica},
				[2]string{"ANNI INTERESSATI", anniText(o.Anni)}, [2]string{"PESO", pesoText(o.Peso)}, [2]string{"FASI", fasiText(o.Fasi, true)})
			wd.keyValues(rows, 28)
			if strings.TrimSpace(o.Note) != "" {
				wd.note(o.Note)
			}
		}
	}
}

// schede writes one sheet per objective, each starting on a new page.
func (wd *wordDoc) schede(obs []model.Obiettivo) {
	p := wd.plan
	for i, o := range obs {
		if i > 0 {
			wd.pageBreak()
		}
		head := strings.ToUpper(headingFor(p, o))
		if o.Codice != "" {
			head += " — " + o.Codice
		}
		sheet := fmt.Sprintf("Scheda obiettivo n. %d", i+1)
		if o.Codice != "" {
			sheet += " — Codice obiettivo: " + o.Codice
		}
		wd.note(sheet)
		wd.heading(head, 1)
		if l := o.Livello.Label(); l != "" {
			wd.note(strings.ToUpper(l))
		}
		wd.heading(o.Intestazione(), 2)
		area := areaOf(p, o)
		var rows [][2]string
		if area != nil {
			a := area.Nome
			if area.Responsabile != "" {
				a += "\nResponsabile: " + area.Responsabile
			}
			rows = append(rows, [2]string{"Area", a})
		}
		var ln []string
		if l := o.Livello.Label(); l != "" {
			ln = append(ln, "Livello: "+strings.ToLower(l))
		}
		if n := o.Natura.Label(); n != "" {
			ln = append(ln, "Natura: "+strings.ToLower(n))
		}
		rows = append(rows, [2]string{"Settore / unità responsabile", strings.Join(p.NomiUnita(o), "\n")},
			[2]string{"Livello e natura", strings.Join(ln, " — ")})
		if up := p.ObiettivoByID(o.ParentID); o.ParentID != 0 && up != nil {
			rows = append(rows, [2]string{"Obiettivo di riferimento", riferimento(*up)})
		}
		rows = append(rows, [2]string{"Missione / Programma", model.EtichettaProgramma(o.Programma)}, [2]string{"Linea strategica", o.LineaStrategica},
			[2]string{"Centro di costo", o.CentroCosto}, [2]string{"Obiettivo", o.Titolo}, [2]string{"Descrizione", o.Descrizione},
			[2]string{"Anni interessati", anniText(o.Anni)}, [2]string{"Peso", pesoText(o.Peso)})
		if o.Segretario {
			rows = append(rows, [2]string{"Scheda del Segretario", "Obiettivo assegnato al Segretario comunale"})
		}
		wd.keyValues(rows, 30)
		if len(o.Indicatori) > 0 {
			wd.heading("Indicatori e target", 3)
			var anni []int // the years some indicator has a target for, as on the PDF sheet
			for _, a := range targetAnni(p, o) {
				if slices.ContainsFunc(o.Indicatori, func(in model.Indicatore) bool { return targetDi(in, a) != "" }) {
					anni = append(anni, a)
				}
			}
			if len(anni) == 0 {
				anni = targetAnni(p)
			}
			cols := []wcol{{"Indicatore", 40, false}, {"Tipo", 14, false}, {"Unità di misura", 12, false}, {"Baseline", 14, false}}
			for _, a := range anni {
				cols = append(cols, wcol{"Target " + strconv.Itoa(a), 14, false})
			}
			var cells [][]wcell
			for _, ind := range o.Indicatori {
				cs := []wcell{wt(nomeIndicatore(ind)), wt(ind.Tipo.Label()), wt(ind.UnitaMisura), wt(baselineText(ind))}
				for _, a := range anni {
					cs = append(cs, wt(targetDi(ind, a)))
				}
				cells = append(cells, cs)
			}
			wd.table(cols, cells)
		}
		if len(o.Fasi) > 0 {
			wd.heading("Fasi di attuazione", 3)
			var cells [][]wcell
			for j, f := range o.Fasi {
				t := f.Titolo
				if f.Completata {
					t += " (completata)"
				}
				cells = append(cells, []wcell{wt(strconv.Itoa(j + 1)), wt(t), wt(dateText(f.Inizio)), wt(dateText(f.Fine)), wt(f.Responsabile)})
			}
			wd.table([]wcol{{"N.", 6, false}, {"Fase", 50, false}, {"Inizio", 14, false}, {"Fine", 14, false}, {"Responsabile", 22, false}}, cells)
		}
		wd.keyValues([][2]string{{"Risorse umane e strumentali", o.Risorse}, {"Personale coinvolto", o.Personale},
			{"Stato di attuazione", o.StatoAttuazione}, {"Note", o.Note}}, 30)
		wd.rd.AddParagraph(clean("Approvato con " + attoText(p.Piano.Approvazione)))
		wd.table([]wcol{{"Il Responsabile", 50, false}, {"Il Segretario comunale", 50, false}},
			[][]wcell{{wt(responsabileFirma(area)), wt(segretario(p))}, {wt("\n\n"), wt("\n\n")}})
	}
}

func responsabileFirma(area *model.Unita) string {
	if area != nil && !strings.EqualFold(area.Responsabile, "Segretario comunale") {
		return area.Responsabile
	}
	return ""
}
