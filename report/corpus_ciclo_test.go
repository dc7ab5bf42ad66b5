package report

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"pianoperformance/model"
)

// The performance cycle in the print test corpus: every corpus plan gets a
// year of monitoring, so that the Relazione, the monitoring report and the
// dashboard are held to the same page rules as the plan's documents.

// cycleKinds are the cycle's documents the layout tests print.
var cycleKinds = []Kind{Relazione, Monitoraggio, Cruscotto}

// conMonitoraggio gives p the two usual checkpoints of its year and, at
// both, a reading for every indicator in turn of every state (deviations
// with their cause and corrective action), a progress note per objective,
// the Nucleo's validation of some objectives, phases done, late and in
// progress, and the Relazione's texts. long, when set, is the text of
// causes, actions and notes, to stress the tables.
func conMonitoraggio(p *model.Plan, long string) *model.Plan {
	y := p.Piano.Anno
	p.Verifiche = []model.Verifica{{ID: 1, Data: model.MustDate(y, time.June, 30), Titolo: "Verifica intermedia"},
		{ID: 2, Data: model.MustDate(y, time.December, 31)}}
	p.SMVP = model.SMVPPredefinito()
	quando := time.Date(y+1, time.January, 15, 9, 30, 0, 0, time.UTC)
	testo := func(short string) string {
		if long != "" {
			return short + ". " + long
		}
		return short
	}
	n := 0
	var id int64 = 5000
	for i := range p.Obiettivi {
		o := &p.Obiettivi[i]
		for j := range o.Indicatori {
			in := &o.Indicatori[j]
			in.Risultati = nil
			for _, v := range p.Verifiche {
				n++
				id++
				st := model.StatiRilevazione[n%len(model.StatiRilevazione)]
				r := model.Risultato{ID: id, VerificaID: v.ID, Valore: valoreDiProva(in.Tipo, v.Data), Stato: st}
				if st.Deviazione() {
					r.Causa = testo("Carenza di personale nel SERVIZIO LL.PP. durante il MONITORAGGIO")
					r.Azione = testo("Redistribuzione dei carichi di lavoro e DEMATERIALIZZAZIONE delle pratiche")
				}
				if n%7 == 0 {
					r.Note = testo("Dato fornito dall'ufficio 01010601")
				}
				if n%11 == 0 {
					r.Forzatura = &model.Forzatura{Percentuale: 80, Motivo: testo("Valutazione del Segretario sulla SEMPLIFICAZIONE"),
						Autore: "Segretario comunale", Quando: quando}
				}
				in.Risultati = append(in.Risultati, r)
			}
		}
		o.Avanzamenti = []model.Avanzamento{{VerificaID: 1, Nota: testo("Attività avviate secondo il cronoprogramma")},
			{VerificaID: 2, Nota: testo("Attività concluse"), Esito: testo("Obiettivo raggiunto nei tempi")}}
		if i%3 == 0 {
			perc := 90.0
			o.Validazione = &model.Validazione{Percentuale: &perc, Data: model.DatePtr(y+1, time.April, 20), Verbale: "3/" + fmt.Sprint(y+1),
				Note: testo("Validato con osservazioni sul MONITORAGGIO")}
		}
		for k := range o.Fasi {
			f := &o.Fasi[k]
			if k%2 == 0 && f.Fine != nil {
				f.Completata, f.Completamento = true, model.DatePtr(y, f.Fine.Month, min(f.Fine.Day+3, 28))
			}
		}
	}
	p.Relazione = model.Relazione{Sintesi: testo("L'ente ha raggiunto gran parte degli obiettivi"),
		Contesto: testo("Nel corso dell'anno il personale è diminuito di due unità"), BilancioGenere: testo("Le donne sono la maggioranza del personale"),
		Avvertenza:   "Dati di monitoraggio di prova, generati per le verifiche dell'impaginazione.",
		Approvazione: model.Atto{Organo: "Giunta comunale", Numero: "45", Data: model.DatePtr(y+1, time.June, 20)},
		Validazione: model.ValidazioneRelazione{Esito: model.ValidazioneConRilievi, Data: model.DatePtr(y+1, time.June, 25), Verbale: "4/" + fmt.Sprint(y+1),
			Note: testo("Si raccomanda di rivedere gli indicatori descrittivi")}}
	return p
}

// valoreDiProva is a value of the indicator's kind read at d.
func valoreDiProva(t model.TipoIndicatore, d model.Date) string {
	switch t {
	case model.IndTempo:
		return model.MustDate(d.Year, time.October, 15).String()
	case model.IndPercentuale:
		return "85%"
	case model.IndNumero:
		return "12"
	case model.IndSiNo:
		return "sì"
	}
	return "Relazione presentata in Consiglio"
}

// cycleTexts are the texts of the plan a cycle document must print whole.
// The dashboard prints its lists shortened to fit its page: only the
// Areas' names are held to it.
func cycleTexts(p *model.Plan, k Kind) []string {
	var out []string
	for _, u := range p.Aree() {
		// The Relazione lists every Area's resources; the monitoring
		// documents, the Areas with objectives.
		if k == Relazione || slices.ContainsFunc(p.Obiettivi, func(o model.Obiettivo) bool { return o.AreaID == u.ID }) {
			out = append(out, u.Nome)
		}
	}
	if k == Cruscotto {
		return out
	}
	for _, o := range p.Obiettivi {
		out = append(out, o.Codice, o.Intestazione())
		for _, in := range o.Indicatori {
			out = append(out, in.Nome)
			for _, r := range in.Risultati {
				if r.VerificaID == 2 { // the year-end checkpoint, which both report
					out = append(out, r.Valore, r.Causa, r.Azione, r.Note)
				}
			}
		}
		for _, a := range o.Avanzamenti {
			if a.VerificaID == 2 {
				out = append(out, a.Nota)
				if k == Relazione {
					out = append(out, a.Esito)
				}
			}
		}
		if k == Relazione && o.Validazione != nil {
			out = append(out, o.Validazione.Note)
		}
		if k == Monitoraggio {
			for _, f := range o.Fasi {
				out = append(out, f.Titolo)
			}
		}
	}
	if k == Relazione {
		r := p.Relazione
		out = append(out, r.Sintesi, r.Contesto, r.BilancioGenere, r.Validazione.Note, r.Avvertenza)
	}
	return slicesNonEmpty(out)
}

func slicesNonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}
