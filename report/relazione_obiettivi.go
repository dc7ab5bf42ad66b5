package report

import (
	"fmt"
	"strings"

	"pianoperformance/model"
)

// misurazione prints every objective measured in the year, Area by Area:
// per indicator the target, the result, the degree with how it was reached,
// the deviation and its reason; per objective its degree, the Nucleo's,
// the share of incentive, and the outcome written by the Responsabile.
func (r *relazione) misurazione() {
	dd, val := r.documento, r.val
	dd.capitolo("La misurazione degli obiettivi")
	dd.paragraphs("Per ogni indicatore il programma legge il target e calcola il grado di raggiungimento dal valore rilevato "+
		"alla verifica "+val.Verifica.Etichetta()+": una scadenza rispettata vale il 100% ("+val.SMVP.DescriviRitardo()+"); "+
		"un valore numerico vale il rapporto con il target (il target diviso il valore quando è meglio un valore più basso), fino al "+
		model.FormatPerc(val.SMVP.Tetto())+"; un sì/no vale 100% o 0%. I target descrittivi sono valutati da chi compila, "+
		"e ogni percentuale inserita a mano riporta il motivo, chi l'ha inserita e quando. Il grado dell'obiettivo è la media "+
		"dei suoi indicatori.", 9.5)
	want := map[int64]bool{}
	for _, o := range dd.obs {
		want[o.ID] = true
	}
	for _, a := range val.Aree {
		var obs []*model.EsitoObiettivo
		for _, e := range a.Obiettivi {
			if want[e.Obiettivo.ID] {
				obs = append(obs, e)
			}
		}
		if len(obs) == 0 {
			continue
		}
		title := a.Nome()
		if a.Area != nil {
			title += " — risultato " + percText(a.Percentuale)
		}
		dd.part(title)
		for _, e := range obs {
			r.obiettivo(e)
			dd.progress()
		}
	}
}

// blocco is more than an objective's block usually takes, in millimetres.
const blocco = 150.0

// obiettivo prints one objective's measurement.
func (r *relazione) obiettivo(e *model.EsitoObiettivo) {
	dd := r.documento
	o := e.Obiettivo
	dd.space(3)
	head := newTable(dd.doc, 9.5, col{w: dd.width() - 45}, col{w: 45, align: "R"})
	title := o.Intestazione()
	if o.Codice != "" && !strings.HasPrefix(title, o.Codice) {
		title = o.Codice + " — " + title
	}
	peso := pesoText(o.Peso)
	if peso == "" {
		peso = "peso: pari agli altri"
	} else {
		peso = "peso: " + peso
	}
	hc := []cell{{text: title, style: "B", fill: colHeadFill, color: colAccent}, {text: peso, style: "I", fill: colHeadFill, color: colAccent}}
	rows := r.righeObiettivo(e)
	// The block stays on one page when it fits on one; measuring costs a
	// layout, so only near the foot of a page, where it may not fit.
	if dd.room() < blocco {
		if h := head.rowHeight(hc) + r.altezzaIndicatori(e.Indicatori) + dd.altezzaKV(50, rows); h < dd.bottom-dd.bodyTop {
			dd.ensure(h)
		}
	}
	head.row(hc...)
	if len(e.Indicatori) > 0 {
		r.tabellaIndicatori(e.Indicatori)
	}
	dd.kv(50, rows)
}

// righeObiettivo are the label/value rows under an objective's indicators.
func (r *relazione) righeObiettivo(e *model.EsitoObiettivo) [][2]string {
	o := e.Obiettivo
	var rows [][2]string
	g := percText(e.Percentuale)
	switch {
	case e.Fonte == model.FonteForzatura && e.Avanzamento != nil && e.Avanzamento.Forzatura != nil:
		f := e.Avanzamento.Forzatura
		g += " — inserito a mano: " + strings.TrimPrefix(forzaturaText(f), "forzato a "+model.FormatPerc(f.Percentuale)+" ")
	case e.Calcolata != nil && len(e.Indicatori) > 1:
		g += fmt.Sprintf(" (media di %d indicatori)", len(e.Indicatori)-e.Mancanti)
	case e.Percentuale == nil:
		g = "in corso o non valutabile"
	}
	if e.Mancanti > 0 && e.Percentuale != nil {
		g += fmt.Sprintf("; %d indicatori in corso o non valutabili", e.Mancanti)
	}
	rows = append(rows, [2]string{"Raggiungimento dell'obiettivo", g})
	if vz := o.Validazione; vz != nil && r.val.Finale {
		s := percText(vz.Percentuale)
		if vz.Verbale != "" {
			s += ", verbale n. " + vz.Verbale
		}
		if vz.Data != nil {
			s += " del " + vz.Data.String()
		}
		if vz.Note != "" {
			s += " — " + vz.Note
		}
		rows = append(rows, [2]string{"Validato dal Nucleo", s})
	}
	if e.Quota != nil {
		rows = append(rows, [2]string{"Quota di incentivo", percText(e.Quota)})
	}
	if e.Prerequisito {
		s := "obiettivo prerequisito: raggiunto"
		if e.Mancato {
			s = "obiettivo prerequisito mancato: " + r.val.SMVP.DescriviPrerequisito()
		}
		rows = append(rows, [2]string{"Prerequisito", s})
	}
	if a := e.Avanzamento; a != nil {
		rows = append(rows, [2]string{"Esito", a.Esito}, [2]string{"Stato di attuazione", a.Nota})
		if a.Punteggio != nil {
			rows = append(rows, [2]string{"Punteggio proposto", num(*a.Punteggio)})
		}
	}
	return rows
}

// forzaturaText describes an override the way the sheets print it.
func forzaturaText(f *model.Forzatura) string {
	s := "forzato a " + model.FormatPerc(f.Percentuale)
	if f.Calcolata != nil {
		s += " (calcolato " + model.FormatPerc(*f.Calcolata) + ")"
	}
	s += " da " + f.Autore
	if !f.Quando.IsZero() {
		q := f.Quando
		s += " il " + model.Date{Year: q.Year(), Month: q.Month(), Day: q.Day()}.String()
	}
	return s + ", motivo: " + f.Motivo
}

// tabellaIndicatori is the table of indicators' results.
func (r *relazione) tabellaIndicatori(ee []model.EsitoIndicatore) {
	tb := r.tavolaIndicatori()
	tb.start(tb.rowHeight(rigaIndicatore(ee[0])))
	for _, e := range ee {
		tb.row(rigaIndicatore(e)...)
	}
}

func (r *relazione) tavolaIndicatori() *table {
	tb := newTable(r.doc, 8.5, col{title: "Indicatore", w: 36}, col{title: "Target", w: 30}, col{title: "Risultato", w: 30},
		col{title: "Raggiun- gimento", w: 19, align: "R"}, col{title: "Come si è calcolato, scostamento e motivo", w: 65})
	tb.fitWidths()
	tb.header = true
	return tb
}

func rigaIndicatore(e model.EsitoIndicatore) []cell {
	return []cell{txt(e.Indicatore.Nome), txt(e.Target), txt(risultatoText(e.Risultato)),
		{text: percText(e.Percentuale) + "\n" + fonteText(e.Fonte), style: "B"}, txt(comeText(e))}
}

// altezzaIndicatori measures the indicators' table.
func (r *relazione) altezzaIndicatori(ee []model.EsitoIndicatore) float64 {
	if len(ee) == 0 {
		return 0
	}
	tb := r.tavolaIndicatori()
	h := tb.headerHeight()
	for _, e := range ee {
		h += tb.rowHeight(rigaIndicatore(e))
	}
	return h
}

// risultatoText is a reading as printed: the value, the state and the day.
func risultatoText(r *model.Risultato) string {
	if r == nil {
		return "nessuna rilevazione"
	}
	var parts []string
	if v := strings.TrimSpace(r.Valore); v != "" {
		parts = append(parts, v)
	}
	if r.Stato != model.StatoNonIndicato {
		parts = append(parts, r.Stato.Etichetta())
	}
	if len(parts) == 0 {
		parts = append(parts, "—")
	}
	s := strings.Join(parts, "\n")
	if !r.Data.IsZero() {
		s += "\n(rilevato il " + r.Data.String() + ")"
	}
	if n := strings.TrimSpace(r.Note); n != "" {
		s += "\n" + n
	}
	return s
}

// comeText is how a degree was reached, the deviation, its cause and the
// corrective action.
func comeText(e model.EsitoIndicatore) string {
	var parts []string
	if e.Fonte == model.FonteForzatura {
		parts = append(parts, forzaturaText(e.Risultato.Forzatura))
	} else {
		parts = append(parts, e.Spiegazione())
	}
	if s := e.Scostamento(); s != "" {
		parts = append(parts, "Scostamento: "+s)
	}
	if r := e.Risultato; r != nil {
		if c := strings.TrimSpace(r.Causa); c != "" {
			parts = append(parts, "Causa: "+c)
		}
		if a := strings.TrimSpace(r.Azione); a != "" {
			parts = append(parts, "Azione correttiva: "+a)
		}
	}
	return strings.Join(parts, "\n")
}
