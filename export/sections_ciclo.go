package export

import (
	"pianoperformance/model"
)

// The performance cycle as open data: checkpoints, readings with the degree
// of achievement computed and any override with its reason, the results
// per objective, Area and ente with the Nucleo's validation and the share
// of incentive the SMVP's bands give, the SMVP itself and the Relazione.

// valutazioni measures the plan at every checkpoint, in date order.
func valutazioni(p *model.Plan) []*model.Valutazione {
	var out []*model.Valutazione
	for _, v := range p.Verifiche {
		if val, err := model.Valuta(p, v.ID); err == nil {
			out = append(out, val)
		}
	}
	return out
}

func verifiche(p *model.Plan) *table {
	t := &table{Sheet: "Verifiche", File: "verifiche.csv", Cols: []column{
		key("ID"), col("Data"), col("Titolo"), calc("Verifica di fine anno", -1),
	}}
	fin := p.VerificaFinale()
	for _, v := range p.Verifiche {
		t.add(intc(int(v.ID)), datec(v.Data), txt(v.Titolo), yesNo(fin != nil && fin.ID == v.ID))
	}
	return t
}

func optPerc(f *float64) cell {
	if f == nil {
		return cell{}
	}
	return num(*f)
}

func risultati(p *model.Plan) *table {
	t := &table{Sheet: "Risultati", File: "risultati.csv", Cols: []column{
		key("ID obiettivo"), col("Codice obiettivo"), key("ID indicatore"), col("Indicatore"),
		key("ID verifica"), col("Verifica"), col("Data della rilevazione"), col("Valore"), col("Stato"),
		col("Causa dello scostamento"), col("Azione correttiva"), col("Punteggio proposto"), col("Note"),
		col("Target"), calc("Target come letto dal programma", -1), calc("Raggiungimento secondo il target %", 2),
		col("Raggiungimento inserito a mano %"), col("Motivo"), col("Inserito da"), col("Inserito il"),
		col("Calcolato al momento dell'inserimento %"),
		calc("Raggiungimento %", 2), calc("Origine del raggiungimento", -1), calc("Come è stato ottenuto", -1),
		calc("Scostamento", -1),
	}}
	for _, val := range valutazioni(p) {
		v := val.Verifica
		add := func(o *model.Obiettivo, e model.EsitoIndicatore) {
			r := e.Risultato
			if r == nil {
				return
			}
			ob, code := cell{}, txt("(indicatore dell'ente)")
			if o != nil {
				ob, code = intc(int(o.ID)), txt(o.Codice)
			}
			man, motivo, autore, quando, calcAllora := cell{}, cell{}, cell{}, cell{}, cell{}
			if f := r.Forzatura; f != nil {
				man, motivo, autore, calcAllora = num(f.Percentuale), txt(f.Motivo), txt(f.Autore), optPerc(f.Calcolata)
				if !f.Quando.IsZero() {
					q := f.Quando.UTC()
					quando = datec(model.Date{Year: q.Year(), Month: q.Month(), Day: q.Day()})
				}
			}
			punt := optNum(r.Punteggio)
			t.add(ob, code, intc(int(e.Indicatore.ID)), txt(e.Indicatore.Nome), intc(int(v.ID)), datec(v.Data), datec(r.Data),
				txt(r.Valore), txt(r.Stato.Etichetta()), txt(r.Causa), txt(r.Azione), punt, txt(r.Note),
				txt(e.Target), txt(e.Letto.Capito), optPerc(e.Calcolata), man, motivo, autore, quando, calcAllora,
				optPerc(e.Percentuale), txt(string(e.Fonte)), txt(e.Spiegazione()), txt(e.Scostamento()))
		}
		for _, eo := range val.Obiettivi {
			for _, ei := range eo.Indicatori {
				add(eo.Obiettivo, ei)
			}
		}
		for _, ei := range val.IndicatoriEnte {
			add(nil, ei)
		}
	}
	return t
}

func esitiObiettivi(p *model.Plan) *table {
	t := &table{Sheet: "Esiti obiettivi", File: "esiti_obiettivi.csv", Cols: []column{
		key("ID obiettivo"), col("Codice"), col("Obiettivo"), col("Area"), key("ID verifica"), col("Verifica"),
		calc("Peso nella media dell'Area", -1), calc("Media degli indicatori %", 2), calc("Raggiungimento %", 2),
		calc("Origine del raggiungimento", -1), col("Motivo dell'inserimento a mano"), calc("Indicatori senza raggiungimento", -1),
		col("Validato dal Nucleo %"), col("Data della validazione"), col("Verbale"), col("Note del Nucleo"),
		calc("Quota di incentivo %", 2), calc("Prerequisito mancato", -1), col("Stato di attuazione"), col("Esito dichiarato"),
		col("Punteggio proposto"),
	}}
	for _, val := range valutazioni(p) {
		for _, a := range val.Aree {
			for _, e := range a.Obiettivi {
				o := e.Obiettivo
				motivo, nota, esito, punt := cell{}, cell{}, cell{}, cell{}
				if av := e.Avanzamento; av != nil {
					nota, esito, punt = txt(av.Nota), txt(av.Esito), optNum(av.Punteggio)
					if av.Forzatura != nil {
						motivo = txt(av.Forzatura.Motivo + " (" + av.Forzatura.Autore + ")")
					}
				}
				valid, data, verb, note := cell{}, cell{}, cell{}, cell{}
				if vz := o.Validazione; vz != nil && val.Finale {
					valid, data, verb, note = optPerc(vz.Percentuale), optDate(vz.Data), txt(vz.Verbale), txt(vz.Note)
				}
				prereq := cell{}
				if e.Prerequisito {
					prereq = yesNo(e.Mancato)
				}
				t.add(intc(int(o.ID)), txt(o.Codice), txt(o.Intestazione()), txt(a.Nome()), intc(int(val.Verifica.ID)),
					datec(val.Verifica.Data), num(e.Peso), optPerc(e.Calcolata), optPerc(e.Percentuale), txt(string(e.Fonte)),
					motivo, intc(e.Mancanti), valid, data, verb, note, optPerc(e.Quota), prereq, nota, esito, punt)
			}
		}
	}
	return t
}

func esitiAree(p *model.Plan) *table {
	t := &table{Sheet: "Esiti Aree", File: "esiti_aree.csv", Cols: []column{
		col("Area"), key("ID verifica"), col("Verifica"), calc("Risultato %", 2), calc("Media prima del prerequisito %", 2),
		calc("Risultato con la validazione del Nucleo %", 2), calc("Obiettivi validati", -1), calc("Quota di incentivo %", 2),
		calc("Azzerato da un prerequisito mancato", -1), calc("Obiettivi nella media", -1), calc("Obiettivi senza raggiungimento", -1),
	}}
	row := func(name string, val *model.Valutazione, g model.Aggregato) {
		t.add(txt(name), intc(int(val.Verifica.ID)), datec(val.Verifica.Data), optPerc(g.Percentuale), optPerc(g.Media),
			optPerc(g.Validata), intc(g.Validati), optPerc(g.Quota), yesNo(g.Azzerata), intc(g.Contati), intc(g.Mancanti))
	}
	for _, val := range valutazioni(p) {
		for _, a := range val.Aree {
			row(a.Nome(), val, a.Aggregato)
		}
		row("Ente (tutte le Aree)", val, val.Ente)
	}
	return t
}

func sistemaValutazione(p *model.Plan) *table {
	t := &table{Sheet: "Sistema di valutazione", File: "sistema_valutazione.csv", Cols: []column{
		col("Voce"), col("Regola"),
	}}
	s := p.SMVP
	t.add(txt("Massimo riconosciuto"), txt(model.FormatPerc(s.Tetto())))
	t.add(txt("Scadenze non rispettate"), txt(s.DescriviRitardo()))
	fasce := s.DescriviFasce()
	if fasce == "" {
		fasce = "nessuna fascia stabilita"
	}
	t.add(txt("Fasce di incentivo"), txt(fasce))
	t.add(txt("Obiettivi prerequisito"), txt(s.DescriviPrerequisito()))
	return t
}

func relazione(p *model.Plan) *table {
	t := &table{Sheet: "Relazione", File: "relazione.csv", Cols: []column{
		col("Sintesi"), col("Contesto e risorse"), col("Bilancio di genere"), col("Avvertenza"),
		col("Organo di approvazione"), col("Numero atto"), col("Data atto"),
		col("Validazione del Nucleo"), col("Data della validazione"), col("Verbale"), col("Note del Nucleo"),
	}}
	r := p.Relazione
	t.add(txt(r.Sintesi), txt(r.Contesto), txt(r.BilancioGenere), txt(r.Avvertenza),
		txt(r.Approvazione.Organo), txt(r.Approvazione.Numero), optDate(r.Approvazione.Data),
		txt(r.Validazione.Esito.Etichetta()), optDate(r.Validazione.Data), txt(r.Validazione.Verbale), txt(r.Validazione.Note))
	return t
}
