package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"pianoperformance/model"
)

// monitoraggio is the report of a checkpoint during the year (D.Lgs
// 150/2009 art. 6): where each objective stands, what is at risk and why,
// the corrective actions, the phases late.
type monitoraggio struct {
	*documento
	val    *model.Valutazione
	titolo string
}

func writeMonitoraggio(w io.Writer, p *model.Plan, obs []model.Obiettivo, sel Selection, opt Options) error {
	val, err := valutaScelta(p, sel.VerificaID)
	if err != nil {
		return err
	}
	v := val.Verifica
	m := &monitoraggio{val: val, titolo: "Report di monitoraggio al " + v.Data.String()}
	dd := &documento{obs: obs}
	dd.total = len(dd.obs) + 4
	m.documento = dd
	return dd.indexed(w, func() {
		dd.doc = newDoc(p, false, m.titolo, m.titolo+" — "+titoloPiano(p), opt)
		dd.short = nomeComune(p.Ente) + " — " + m.titolo
	}, m.build)
}

func (m *monitoraggio) build() {
	dd := m.documento
	v := m.val.Verifica
	quando := "al " + v.Data.String()
	if t := strings.TrimSpace(v.Titolo); t != "" {
		quando = t + " " + quando
	}
	dd.coverCiclo("Report di monitoraggio", quando, []string{"Stato di attuazione degli obiettivi, scostamenti e azioni correttive"})
	dd.progress()
	dd.tocPages()
	dd.newPage()
	m.sintesi()
	m.attenzione()
	m.obiettivi()
}

// conteggi counts the indicators of the selected objectives by state.
func (m *monitoraggio) conteggi() (byState map[model.StatoRilevazione]int, missing int) {
	byState = map[model.StatoRilevazione]int{}
	for _, e := range m.val.Obiettivi {
		for _, ei := range e.Indicatori {
			if ei.Risultato == nil {
				missing++
				continue
			}
			byState[ei.Risultato.Stato]++
		}
	}
	return byState, missing
}

func (m *monitoraggio) sintesi() {
	dd, val := m.documento, m.val
	dd.capitolo("Sintesi")
	dd.avvertenza()
	byState, missing := m.conteggi()
	dd.part("Gli indicatori per stato")
	tb := newTable(dd.doc, 9.5, col{title: "Stato indicato dai Responsabili", w: 110}, col{title: "Indicatori", w: 30, align: "R"})
	tb.header, tb.zebra = true, true
	tb.start(8)
	for _, st := range model.StatiRilevazione {
		if n := byState[st]; n > 0 {
			c := txt(st.Etichetta())
			if st.Deviazione() {
				c = cell{text: st.Etichetta(), style: "B", color: colWarn}
			}
			tb.row(c, txt(strconv.Itoa(n)))
		}
	}
	if n := byState[model.StatoNonIndicato]; n > 0 {
		tb.row(txt("stato non indicato"), txt(strconv.Itoa(n)))
	}
	if missing > 0 {
		tb.row(cell{text: "senza rilevazione", style: "I", color: colWarn}, txt(strconv.Itoa(missing)))
	}
	dd.part("L'avanzamento per Area")
	tb = newTable(dd.doc, 9, col{title: "Area", w: 70}, col{title: "Obiettivi", w: 20, align: "R"},
		col{title: "Raggiungimento ad oggi", w: 30, align: "R"}, col{title: "Indicatori a rischio o critici", w: 30, align: "R"},
		col{title: "Fasi in ritardo", w: 24, align: "R"})
	tb.fitWidths()
	tb.header, tb.zebra = true, true
	tb.start(8)
	for _, a := range val.Aree {
		risk, late := 0, 0
		for _, e := range a.Obiettivi {
			risk += e.Rischi()
			late += len(model.FasiInRitardo(*e.Obiettivo, val.Verifica.Data))
		}
		tb.row(txt(a.Nome()), txt(strconv.Itoa(len(a.Obiettivi))), txt(percText(a.Media)), txt(strconv.Itoa(risk)), txt(strconv.Itoa(late)))
	}
	tb.row(bold("Ente"), bold(strconv.Itoa(len(val.Obiettivi))), bold(percText(val.Ente.Media)), txt(""), txt(""))
	dd.note("Il raggiungimento ad oggi misura i valori rilevati alla verifica rispetto ai target dell'anno: a metà anno è una misura dell'avanzamento, non il risultato finale.")
	dd.progress()
}

func (m *monitoraggio) attenzione() {
	dd, val := m.documento, m.val
	dd.capitolo("Gli obiettivi che richiedono attenzione")
	type riga struct{ cod, ind, stato, causa, azione string }
	var rows []riga
	var late []string
	var missing []string
	for _, e := range val.Obiettivi {
		o := e.Obiettivo
		for _, ei := range e.Indicatori {
			switch r := ei.Risultato; {
			case r == nil:
				missing = append(missing, o.Codice+" «"+ei.Indicatore.Nome+"»")
			case r.Stato.Deviazione():
				rows = append(rows, riga{o.Codice, ei.Indicatore.Nome, r.Stato.Etichetta(), r.Causa, r.Azione})
			}
		}
		for _, f := range model.FasiInRitardo(*o, val.Verifica.Data) {
			st := model.StatoFaseAl(f, val.Verifica.Data)
			late = append(late, fmt.Sprintf("%s — fase «%s», fine prevista il %s, in ritardo di %d giorni", o.Codice, f.Titolo, dateText(f.Fine), st.Giorni))
		}
	}
	if len(rows) == 0 && len(late) == 0 && len(missing) == 0 {
		dd.paragraphs("Nessun indicatore a rischio, critico o non raggiunto, nessuna fase in ritardo e nessuna rilevazione mancante "+val.Verifica.Etichetta()+".", 10)
		dd.progress()
		return
	}
	if len(rows) > 0 {
		dd.part("Indicatori a rischio, critici o non raggiunti")
		tb := newTable(dd.doc, 8.5, col{title: "Obiettivo", w: 16}, col{title: "Indicatore", w: 36}, col{title: "Stato", w: 20},
			col{title: "Causa dello scostamento", w: 54}, col{title: "Azione correttiva", w: 54})
		tb.fitWidths()
		tb.header, tb.zebra = true, true
		cells := make([][]cell, len(rows))
		for i, r := range rows {
			cells[i] = []cell{txt(r.cod), txt(r.ind), {text: r.stato, style: "B", color: colWarn}, txt(orText(r.causa, "non indicata")), txt(orText(r.azione, "non indicata"))}
		}
		tb.start(tb.rowHeight(cells[0]))
		for _, cs := range cells {
			tb.row(cs...)
		}
	}
	if len(late) > 0 {
		dd.part("Fasi in ritardo")
		dd.paragraphs("- "+strings.Join(late, "\n- "), 9.5)
	}
	if len(missing) > 0 {
		dd.part("Rilevazioni mancanti")
		dd.paragraphs("- "+strings.Join(missing, "\n- "), 9.5)
	}
	dd.progress()
}

func (m *monitoraggio) obiettivi() {
	dd, val := m.documento, m.val
	dd.capitolo("Lo stato di attuazione per Area")
	want := map[int64]bool{}
	for _, o := range dd.obs {
		want[o.ID] = true
	}
	for _, a := range val.Aree {
		first := true
		for _, e := range a.Obiettivi {
			if !want[e.Obiettivo.ID] {
				continue
			}
			if first {
				dd.part(a.Nome())
				first = false
			}
			m.obiettivo(e)
			dd.progress()
		}
	}
}

func (m *monitoraggio) obiettivo(e *model.EsitoObiettivo) {
	dd := m.documento
	o := e.Obiettivo
	al := m.val.Verifica.Data
	dd.space(3)
	head := newTable(dd.doc, 9.5, col{w: dd.width() - 45}, col{w: 45, align: "R"})
	title := o.Intestazione()
	if o.Codice != "" && !strings.HasPrefix(title, o.Codice) {
		title = o.Codice + " — " + title
	}
	hc := []cell{{text: title, style: "B", fill: colHeadFill, color: colAccent},
		{text: "ad oggi: " + orText(pctOrNil(e.Percentuale), "in corso"), style: "B", fill: colHeadFill, color: colAccent}}
	var tb *table
	var rows [][]cell
	if len(e.Indicatori) > 0 {
		tb = newTable(dd.doc, 8.5, col{title: "Indicatore", w: 38}, col{title: "Target", w: 30}, col{title: "Valore rilevato", w: 30},
			col{title: "Stato", w: 20}, col{title: "Raggiun- gimento", w: 18, align: "R"}, col{title: "Causa e azione correttiva", w: 50})
		tb.fitWidths()
		tb.header = true
		for _, ei := range e.Indicatori {
			rows = append(rows, rigaMonitoraggio(ei))
		}
	}
	// The objective's bar goes with the start of what follows it.
	first := 24.0
	if tb != nil {
		first = tb.headerHeight() + min(tb.rowHeight(rows[0]), (dd.bottom-dd.bodyTop)/2)
	}
	dd.ensure(head.rowHeight(hc) + first)
	head.row(hc...)
	if tb != nil {
		tb.start(tb.rowHeight(rows[0]))
		for _, cs := range rows {
			tb.row(cs...)
		}
	}
	if len(o.Fasi) > 0 {
		tb := newTable(dd.doc, 8.5, col{title: "Fase", w: 80}, col{title: "Fine prevista", w: 28, align: "C"}, col{title: "Stato al " + al.String(), w: 80})
		tb.fitWidths()
		tb.header = true
		tb.start(tb.rowHeight([]cell{txt(o.Fasi[0].Titolo), txt(dateText(o.Fasi[0].Fine)), faseCell(o.Fasi[0], al)}))
		for _, f := range o.Fasi {
			tb.row(txt(f.Titolo), txt(dateText(f.Fine)), faseCell(f, al))
		}
	}
	if a := e.Avanzamento; a != nil && strings.TrimSpace(a.Nota) != "" {
		dd.kv(50, [][2]string{{"Stato di attuazione", a.Nota}})
	}
}

// rigaMonitoraggio is an indicator's row: the value read, its state, the
// degree reached so far, the cause and the corrective action.
func rigaMonitoraggio(ei model.EsitoIndicatore) []cell {
	stato := cell{text: "—"}
	var ca []string
	val := "nessuna rilevazione"
	if r := ei.Risultato; r != nil {
		val = orText(r.Valore, "—")
		if !r.Data.IsZero() {
			val += "\n(rilevato il " + r.Data.String() + ")"
		}
		stato = txt(r.Stato.Etichetta())
		if r.Stato.Deviazione() {
			stato = cell{text: r.Stato.Etichetta(), style: "B", color: colWarn}
		}
		if r.Causa != "" {
			ca = append(ca, "Causa: "+r.Causa)
		}
		if r.Azione != "" {
			ca = append(ca, "Azione: "+r.Azione)
		}
		if r.Note != "" {
			ca = append(ca, r.Note)
		}
	}
	return []cell{txt(ei.Indicatore.Nome), txt(ei.Target), txt(val), stato, txt(percText(ei.Percentuale)), txt(strings.Join(ca, "\n"))}
}

// faseCell is a phase's state at a date, late ones in red.
func faseCell(f model.Fase, al model.Date) cell {
	st := model.StatoFaseAl(f, al)
	switch {
	case st.Completata && f.Completamento != nil && st.InRitardo:
		return cell{text: fmt.Sprintf("completata il %s, con %d giorni di ritardo", f.Completamento, st.Giorni), color: colWarn}
	case st.Completata && f.Completamento != nil:
		return txt("completata il " + f.Completamento.String())
	case st.Completata:
		return txt("completata")
	case st.InRitardo:
		return cell{text: fmt.Sprintf("in ritardo di %d giorni", st.Giorni), style: "B", color: colWarn}
	}
	return txt("in corso")
}

// pctOrNil is a degree, or "" when there is none.
func pctOrNil(p *float64) string {
	if p == nil {
		return ""
	}
	return model.FormatPerc(*p)
}
