package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"pianoperformance/chart"
	"pianoperformance/model"
)

// relazione is the Relazione sulla performance (D.Lgs 150/2009 art. 10
// c.1 lett. b): summary of the results, context and resources, the
// measurement of every objective, results per Area and for the ente, the
// Nucleo's validation and the bilancio di genere.
type relazione struct {
	*documento
	val    *model.Valutazione
	aree   *chart.Figure
	sesso  *chart.Figure
	titolo string
}

func writeRelazione(w io.Writer, p *model.Plan, obs []model.Obiettivo, sel Selection, opt Options) error {
	v, err := verificaRelazione(p, sel)
	if err != nil {
		return err
	}
	val, err := model.Valuta(p, v.ID)
	if err != nil {
		return err
	}
	r := &relazione{val: val, titolo: "Relazione sulla performance " + annoVerifica(v)}
	r.aree, _ = chart.RisultatiFigure("Raggiungimento degli obiettivi per Area", barreAree(val))
	r.sesso, _ = chart.PersonaleSessoFigure(p)
	dd := &documento{obs: obs}
	dd.total = len(dd.obs) + 8
	r.documento = dd
	return dd.indexed(w, func() {
		dd.doc = newDoc(p, false, r.titolo, r.titolo+" — "+titoloPiano(p), opt)
		dd.short = nomeComune(p.Ente) + " — " + r.titolo
	}, r.build)
}

// verificaRelazione is the year-end checkpoint, or the one asked for.
func verificaRelazione(p *model.Plan, sel Selection) (model.Verifica, error) {
	if sel.VerificaID != 0 {
		return verificaScelta(p, sel.VerificaID)
	}
	if fin := p.VerificaFinale(); fin != nil {
		return *fin, nil
	}
	return verificaScelta(p, 0)
}

func barreAree(val *model.Valutazione) []chart.Barra {
	var out []chart.Barra
	for _, a := range val.Aree {
		out = append(out, chart.Barra{Nome: a.Nome(), Calcolato: a.Percentuale, Validato: a.Validata})
	}
	return out
}

func (r *relazione) build() {
	dd := r.documento
	p := dd.plan
	var atti []string
	for _, a := range []string{attoAdozione(p.Relazione.Approvazione), attoValidazione(p.Relazione.Validazione)} {
		if a != "" {
			atti = append(atti, a)
		}
	}
	if len(atti) == 0 {
		atti = []string{"BOZZA — relazione non ancora adottata dalla Giunta"}
	}
	dd.coverCiclo("Relazione sulla performance", "Anno "+annoVerifica(r.val.Verifica), atti)
	dd.progress()
	dd.tocPages()
	dd.progress()
	dd.newPage()
	r.sintesi()
	r.contesto()
	r.misurazione()
	r.indicatoriEnte()
	r.risultatiAree()
	r.validazione()
	r.bilancioGenere()
}

func (r *relazione) sintesi() {
	dd, val := r.documento, r.val
	dd.capitolo("Sintesi dei principali risultati")
	dd.avvertenza()
	dd.testo(dd.plan.Relazione.Sintesi)
	dd.part("Il risultato dell'ente " + val.Verifica.Etichetta())
	rows := [][2]string{
		{"Raggiungimento medio degli obiettivi", percText(val.Ente.Percentuale) + pesiNota(val)},
		{"Dopo la validazione del Nucleo", validatoText(val.Ente)},
		{"Quota di incentivo secondo il sistema di valutazione", quotaText(val.Ente.Quota)},
	}
	if val.Ente.Azzerata {
		rows = append(rows, [2]string{"Obiettivi prerequisito", "un obiettivo prerequisito mancato azzera il risultato dell'ente"})
	}
	dd.kv(75, rows)
	counts := make([]int, len(model.ClassiEsito))
	for _, e := range val.Obiettivi {
		counts[model.ClasseEsito(e.Conta())]++
	}
	dd.part("Gli obiettivi")
	tb := newTable(dd.doc, 9.5, col{title: "Esito", w: 110}, col{title: "Obiettivi", w: 30, align: "R"})
	tb.header, tb.zebra = true, true
	tb.start(8)
	for i, c := range counts {
		tb.row(txt(strings.ToUpper(model.ClassiEsito[i][:1])+model.ClassiEsito[i][1:]), txt(strconv.Itoa(c)))
	}
	tb.row(bold("Obiettivi misurati nell'anno"), bold(strconv.Itoa(len(val.Obiettivi))))
	r.tabellaAree("I risultati per Area")
	dd.progress()
}

// pesiNota says how the objectives were weighed.
func pesiNota(val *model.Valutazione) string {
	for _, e := range val.Obiettivi {
		switch e.Obiettivo.Peso.Tipo {
		case model.PesoPercentuale, model.PesoPunti, model.PesoMoltiplicatore:
			return " (media pesata con i pesi del piano)"
		}
	}
	return " (obiettivi di pari peso)"
}

func validatoText(g model.Aggregato) string {
	if g.Validata == nil {
		return "non ancora validato"
	}
	return fmt.Sprintf("%s (%d obiettivi con il grado validato dal Nucleo)", percText(g.Validata), g.Validati)
}

func quotaText(q *float64) string {
	if q == nil {
		return "il piano non stabilisce fasce di incentivo"
	}
	return percText(q)
}

// tabellaAree is the table of the Areas' results with the ente's row.
func (r *relazione) tabellaAree(title string) {
	dd, val := r.documento, r.val
	dd.part(title)
	tb := newTable(dd.doc, 9, col{title: "Area", w: 62}, col{title: "Obiettivi misurati", w: 22, align: "R"},
		col{title: "Raggiungimento", w: 26, align: "R"}, col{title: "Validato dal Nucleo", w: 26, align: "R"},
		col{title: "Quota di incentivo", w: 24, align: "R"}, col{title: "Note", w: 40})
	tb.fitWidths()
	tb.header, tb.zebra = true, true
	tb.start(8)
	for _, a := range val.Aree {
		tb.row(txt(a.Nome()), txt(strconv.Itoa(a.Contati)), txt(percText(a.Percentuale)), txt(percText(a.Validata)),
			txt(percText(a.Quota)), txt(notaAggregato(a.Aggregato)))
	}
	tb.row(bold("Ente"), bold(strconv.Itoa(val.Ente.Contati)), bold(percText(val.Ente.Percentuale)), bold(percText(val.Ente.Validata)),
		bold(percText(val.Ente.Quota)), txt(notaAggregato(val.Ente)))
}

func notaAggregato(g model.Aggregato) string {
	var n []string
	if g.Azzerata {
		n = append(n, fmt.Sprintf("azzerato da un prerequisito mancato (media %s)", percText(g.Media)))
	}
	if g.Mancanti > 0 {
		n = append(n, fmt.Sprintf("%d in corso o non valutabili", g.Mancanti))
	}
	return strings.Join(n, "; ")
}

func (r *relazione) contesto() {
	dd := r.documento
	p := dd.plan
	dd.capitoloTesto("Il contesto e le risorse", p.Relazione.Contesto)
	var rows [][2]string
	if pop, ok := p.UltimaPopolazione(); ok {
		s := intText(pop.Residenti) + " abitanti al 31/12/" + strconv.Itoa(pop.Anno)
		if v, ok := p.Variazione(pop.Anno); ok {
			s += " (" + signed(v) + " sull'anno precedente)"
		}
		rows = append(rows, [2]string{"Popolazione", s})
	}
	if n := len(p.Personale); n > 0 {
		last := p.Personale[n-1]
		s := intText(last.Dipendenti) + " dipendenti al 31/12/" + strconv.Itoa(last.Anno)
		if last.PartTime != nil {
			s += ", di cui " + intText(*last.PartTime) + " a tempo parziale"
		}
		if pm, ok := p.PerMille(last.Anno); ok {
			s += "; " + model.FormatNumber(pm, 2) + " ogni 1.000 abitanti"
		}
		rows = append(rows, [2]string{"Personale", s})
	}
	stato := "adottato"
	switch p.Piano.Stato {
	case model.StatoVariato:
		stato = "variato nel corso dell'anno"
	case model.StatoBozza:
		stato = "non ancora adottato"
	}
	rows = append(rows,
		[2]string{"Piano della performance", titoloPiano(p) + ": " + stato + "; " + attoText(p.Piano.Approvazione)},
		[2]string{"Obiettivi", fmt.Sprintf("%d nel piano, %d misurati nel %s", len(p.Obiettivi), len(r.val.Obiettivi), annoVerifica(r.val.Verifica))},
		[2]string{"Verifiche del monitoraggio", verificheText(p)})
	dd.part("Il contesto in cifre")
	dd.kv(50, rows)
	if len(p.Aree()) > 0 {
		dd.part("Le risorse delle Aree")
		tb := newTable(dd.doc, 9, col{title: "Area", w: 70}, col{title: "Responsabile", w: 60}, col{title: "Dipendenti", w: 25, align: "R"},
			col{title: "Obiettivi dell'anno", w: 25, align: "R"})
		tb.fitWidths()
		tb.header, tb.zebra = true, true
		tb.start(8)
		for _, a := range p.Aree() {
			n := 0
			if ea := r.val.Area(a.ID); ea != nil {
				n = len(ea.Obiettivi)
			}
			tb.row(txt(a.Nome), txt(responsabileText(a)), txt(dipendentiArea(p, a.ID)), txt(strconv.Itoa(n)))
		}
	}
	dd.progress()
}

func verificheText(p *model.Plan) string {
	var s []string
	for _, v := range p.Verifiche {
		s = append(s, v.Data.String())
	}
	return strings.Join(s, ", ")
}

func (r *relazione) indicatoriEnte() {
	dd, val := r.documento, r.val
	if len(val.IndicatoriEnte) == 0 {
		return
	}
	dd.capitolo("Gli indicatori dell'ente")
	dd.paragraphs("Indicatori che riguardano l'ente nel suo insieme e non un singolo obiettivo.", 10)
	dd.space(2)
	r.tabellaIndicatori(val.IndicatoriEnte)
}

func (r *relazione) risultatiAree() {
	dd, val := r.documento, r.val
	dd.capitolo("I risultati per Area e dell'ente")
	dd.avvertenza()
	dd.paragraphs("Il risultato di ogni Area è la media dei gradi di raggiungimento dei suoi obiettivi, pesata con i pesi del piano "+
		"(a pari peso quando il piano non ne assegna); quello dell'ente è la media delle Aree pesata allo stesso modo. "+
		"Gli obiettivi prerequisito non pesano, ma se mancati producono l'effetto stabilito dal sistema di valutazione: "+
		val.SMVP.DescriviPrerequisito()+".", 10)
	r.tabellaAree("Risultati")
	if r.aree != nil {
		h := 22 + 14*float64(len(val.Aree))
		dd.part("Grafico: raggiungimento per Area")
		dd.figura("aree", r.aree, h)
	}
	dd.part("Il sistema di misurazione e valutazione")
	dd.kv(60, [][2]string{
		{"Massimo riconosciuto", model.FormatPerc(val.SMVP.Tetto())},
		{"Scadenze non rispettate", val.SMVP.DescriviRitardo()},
		{"Fasce di incentivo", orText(val.SMVP.DescriviFasce(), "nessuna fascia stabilita")},
		{"Obiettivi prerequisito", val.SMVP.DescriviPrerequisito()},
	})
	dd.progress()
}

func orText(s, alt string) string {
	if strings.TrimSpace(s) == "" {
		return alt
	}
	return s
}

func (r *relazione) validazione() {
	dd, val := r.documento, r.val
	p := dd.plan
	dd.capitolo("La validazione del Nucleo di Valutazione")
	v := p.Relazione.Validazione
	rows := [][2]string{{"Esito", v.Esito.Etichetta()}, {"Verbale", v.Verbale}, {"Data", dateText(v.Data)}, {"Osservazioni", v.Note}}
	dd.kv(40, rows)
	var validated []model.EsitoObiettivo
	for _, e := range val.Obiettivi {
		if e.Obiettivo.Validazione != nil {
			validated = append(validated, e)
		}
	}
	dd.part(fmt.Sprintf("Il grado di raggiungimento validato (%d obiettivi su %d)", len(validated), len(val.Obiettivi)))
	if len(validated) == 0 {
		dd.paragraphs("Il Nucleo non ha ancora validato alcun obiettivo.", 10)
		return
	}
	tb := newTable(dd.doc, 8.5, col{title: "Codice", w: 16}, col{title: "Obiettivo", w: 62}, col{title: "Calcolato", w: 20, align: "R"},
		col{title: "Validato", w: 20, align: "R"}, col{title: "Verbale", w: 24}, col{title: "Osservazioni del Nucleo", w: 50})
	tb.fitWidths()
	tb.header, tb.zebra = true, true
	tb.start(8)
	for _, e := range validated {
		vz := e.Obiettivo.Validazione
		verb := vz.Verbale
		if vz.Data != nil {
			verb = strings.TrimSpace("n. " + verb + " del " + vz.Data.String())
		}
		valid := txt(percText(vz.Percentuale))
		if vz.Percentuale != nil && e.Percentuale != nil && fmt.Sprintf("%.2f", *vz.Percentuale) != fmt.Sprintf("%.2f", *e.Percentuale) {
			valid = cell{text: valid.text, style: "B", color: colWarn}
		}
		tb.row(txt(e.Obiettivo.Codice), txt(e.Obiettivo.Intestazione()), txt(percText(e.Percentuale)), valid, txt(verb), txt(vz.Note))
	}
	dd.progress()
}

func (r *relazione) bilancioGenere() {
	dd := r.documento
	p := dd.plan
	dd.capitoloTesto("Il bilancio di genere", p.Relazione.BilancioGenere)
	if len(p.Personale) > 0 {
		dd.part("Il personale per sesso")
		tb := newTable(dd.doc, 9.5, col{title: "Anno", w: 20, align: "C"}, col{title: "Donne", w: 24, align: "R"},
			col{title: "% donne", w: 24, align: "R"}, col{title: "Uomini", w: 24, align: "R"}, col{title: "% uomini", w: 24, align: "R"},
			col{title: "Totale", w: 24, align: "R"}, col{title: "Tempo parziale", w: 26, align: "R"})
		tb.header, tb.zebra = true, true
		tb.start(8)
		for _, s := range p.Personale {
			tb.row(txt(strconv.Itoa(s.Anno)), txt(intText(s.Donne)), txt(model.FormatNumber(s.PercDonne(), 2)),
				txt(intText(s.Uomini)), txt(model.FormatNumber(s.PercUomini(), 2)), bold(intText(s.Dipendenti)), txt(optInt(s.PartTime)))
		}
	}
	var ruoli []string
	for _, a := range p.Aree() {
		if rt := responsabileText(a); rt != "" {
			ruoli = append(ruoli, a.Nome+": "+rt)
		}
	}
	if len(ruoli) > 0 {
		dd.part("Le responsabilità delle Aree")
		dd.paragraphs("- "+strings.Join(ruoli, "\n- "), 9.5)
	}
	if r.sesso != nil {
		dd.part("Grafico: dipendenti per sesso")
		dd.figura("sesso", r.sesso, chartH["sesso"])
	}
	dd.progress()
}
