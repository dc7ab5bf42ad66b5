package model

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"
)

// Every limit of limits.go, broken once: the plan's Validate names it in
// Italian, and the record's own check (what the store runs) says the same.
func TestEveryLimitIsRefusedInItalian(t *testing.T) {
	long := strings.Repeat("x", MaxRiga+1)
	huge := strings.Repeat("x", MaxTesto+1)
	cases := []struct {
		name   string
		break_ func(p *Plan)
		check  func(p *Plan) error
		want   string
	}{
		{"anno del piano", func(p *Plan) { p.Piano.Anno = 999_999_999 }, func(p *Plan) error { return CheckPiano(p.Piano) },
			"piano, l'anno: 999999999 non è valido (deve essere tra 1900 e 2100)"},
		{"titolo del piano", func(p *Plan) { p.Piano.Titolo = long }, func(p *Plan) error { return CheckPiano(p.Piano) },
			"piano, il titolo: testo troppo lungo: 1.001 caratteri, al massimo 1.000"},
		{"nome degli obiettivi senza Area", func(p *Plan) { p.Piano.GruppoSenzaArea = long }, func(p *Plan) error { return CheckPiano(p.Piano) },
			"piano, il nome degli obiettivi senza Area: testo troppo lungo: 1.001 caratteri, al massimo 1.000"},
		{"data dell'atto", func(p *Plan) { p.Piano.Approvazione.Data = &Date{Year: 2500, Month: 1, Day: 1} },
			func(p *Plan) error { return CheckPiano(p.Piano) }, "l'anno deve essere tra 1900 e 2100"},
		{"codice ISTAT", func(p *Plan) { p.Ente.CodiceISTAT = strings.Repeat("1", 51) }, func(p *Plan) error { return CheckEnte(p.Ente) },
			"ente, il codice ISTAT: testo troppo lungo: 51 caratteri, al massimo 50"},
		{"testo di un capitolo", func(p *Plan) { p.Capitoli[0].Testo = huge }, func(p *Plan) error { return CheckCapitolo(p.Capitoli[0]) },
			"il testo: testo troppo lungo: 100.001 caratteri, al massimo 100.000"},
		{"popolazione", func(p *Plan) { p.Popolazione[0].Residenti = math.MaxInt64 }, func(p *Plan) error { return CheckPopolazioneAnno(p.Popolazione[0]) },
			"residenti: 9.223.372.036.854.775.807 è oltre il massimo ammesso (10.000.000)"},
		{"anno della popolazione", func(p *Plan) { p.Popolazione[0].Anno = 1850 }, func(p *Plan) error { return CheckPopolazioneAnno(p.Popolazione[0]) },
			"popolazione, l'anno: 1850 non è valido (deve essere tra 1900 e 2100)"},
		{"dipendenti", func(p *Plan) { p.Personale[0].Dipendenti = 200_000 }, func(p *Plan) error { return CheckPersonaleAnno(p.Personale[0]) },
			"dipendenti: 200.000 è oltre il massimo ammesso (100.000)"},
		{"percentuale stampata", func(p *Plan) { v := 140.0; p.Personale[0].PercDonneStampata = &v },
			func(p *Plan) error { return CheckPersonaleAnno(p.Personale[0]) }, "la percentuale di donne stampata: 140,00 è fuori dai limiti (da 0 a 100)"},
		{"superficie", func(p *Plan) { p.Territorio.SuperficieTotale = 1e9 }, func(p *Plan) error { return CheckTerritorio(p.Territorio) },
			"territorio, la superficie totale: 1.000.000.000,00 è fuori dai limiti (da 0 a 20.000)"},
		{"superficie non numerica", func(p *Plan) { p.Territorio.SuperficieUrbana = math.NaN() }, func(p *Plan) error { return CheckTerritorio(p.Territorio) },
			"la superficie urbana: non è un numero"},
		{"km di strade", func(p *Plan) { p.Territorio.Strade = []Strada{{Tipo: "Comunali", Km: 5e6}} },
			func(p *Plan) error { return CheckTerritorio(p.Territorio) }, "la lunghezza: 5.000.000,00 è fuori dai limiti (da 0 a 100.000)"},
		{"altitudine", func(p *Plan) { p.Territorio.Altitudine = 9000 }, func(p *Plan) error { return CheckTerritorio(p.Territorio) },
			"l'altitudine: 9.000 è fuori dai limiti (da -500 a 5.000)"},
		{"età di una fascia", func(p *Plan) { v := 400; p.Fasce[0].EtaMax = &v }, func(p *Plan) error { return CheckFascia(p.Fasce[0]) },
			"l'età massima: 400 è oltre il massimo ammesso (150)"},
		{"dipendenti di un'unità", func(p *Plan) { v := 1_000_000; p.Unita[0].Dipendenti = &v }, func(p *Plan) error { return CheckUnita(p.Unita[0]) },
			"i dipendenti: 1.000.000 è oltre il massimo ammesso (100.000)"},
		{"benchmark", func(p *Plan) { p.Benchmark = []Benchmark{{Descrizione: "Media", Anno: 2022, Valore: 5000}} },
			func(p *Plan) error { return CheckBenchmark(p.Benchmark[0]) }, "il valore: 5.000,00 è fuori dai limiti (da 0 a 1.000)"},
		{"peso percentuale", func(p *Plan) { p.Obiettivi[0].Peso = Peso{Tipo: PesoPercentuale, Valore: 250} },
			func(p *Plan) error { return CheckObiettivo(p.Obiettivi[0]) }, "il peso: 250,00 è fuori dai limiti (da 0 a 100)"},
		{"moltiplicatore", func(p *Plan) { p.Obiettivi[0].Peso = Peso{Tipo: PesoMoltiplicatore, Valore: 14} },
			func(p *Plan) error { return CheckObiettivo(p.Obiettivi[0]) }, "il peso: 14,00 è fuori dai limiti (da 0 a 10)"},
		{"codice dell'obiettivo", func(p *Plan) { p.Obiettivi[0].Codice = strings.Repeat("C", 60) },
			func(p *Plan) error { return CheckObiettivo(p.Obiettivi[0]) }, "il codice: testo troppo lungo: 60 caratteri, al massimo 50"},
		{"anno dell'obiettivo", func(p *Plan) { p.Obiettivi[0].Anni = []int{20230} },
			func(p *Plan) error { return CheckObiettivo(p.Obiettivi[0]) }, "l'anno: 20230 non è valido"},
		{"target", func(p *Plan) {
			p.Obiettivi[0].Indicatori = []Indicatore{{Nome: "I", Tipo: IndNumero, Target: []Target{{Anno: 2023, Valore: long}}}}
		}, func(p *Plan) error { return CheckObiettivo(p.Obiettivi[0]) }, "indicatore «I», il target: testo troppo lungo: 1.001 caratteri"},
		{"raggiungimento", func(p *Plan) {
			p.Obiettivi[0].Indicatori = []Indicatore{{Nome: "I", Tipo: IndNumero, Risultati: []Risultato{{VerificaID: 1, Data: MustDate(2023, time.June, 30),
				Forzatura: &Forzatura{Percentuale: 5000, Motivo: "rettifica", Autore: "Segretario", Quando: time.Date(2023, 7, 1, 9, 0, 0, 0, time.UTC)}}}}}
		}, func(p *Plan) error { return CheckObiettivo(p.Obiettivi[0]) }, "raggiungimento inserito a mano, la percentuale: 5.000,00 è fuori dai limiti (da 0 a 1.000)"},
		{"causa dello scostamento", func(p *Plan) {
			p.Obiettivi[0].Indicatori = []Indicatore{{ID: 7, Nome: "I", Tipo: IndNumero, Risultati: []Risultato{{VerificaID: 1, Valore: "3", Stato: StatoCritico, Causa: huge}}}}
		}, func(p *Plan) error {
			return CheckMonitoraggio(&Monitoraggio{Risultati: []RisultatoDi{{IndicatoreID: 7, Risultato: p.Obiettivi[0].Indicatori[0].Risultati[0]}}})
		}, "rilevazione, la causa dello scostamento: testo troppo lungo: 100.001 caratteri, al massimo 100.000"},
		{"punteggio proposto", func(p *Plan) {
			v := 1e7
			p.Obiettivi[0].Avanzamenti = []Avanzamento{{VerificaID: 2, Punteggio: &v}}
		}, func(p *Plan) error {
			return CheckMonitoraggio(&Monitoraggio{Avanzamenti: []AvanzamentoDi{{ObiettivoID: 1, Avanzamento: p.Obiettivi[0].Avanzamenti[0]}}})
		}, "avanzamento, il punteggio: 10.000.000,00 è fuori dai limiti (da 0 a 10.000)"},
		{"titolo di una verifica", func(p *Plan) { p.Verifiche[0].Titolo = long },
			func(p *Plan) error { return CheckMonitoraggio(&Monitoraggio{Verifiche: p.Verifiche[:1]}) }, "il titolo: testo troppo lungo: 1.001 caratteri"},
		{"percentuale validata", func(p *Plan) { v := 5000.0; p.Obiettivi[0].Validazione = &Validazione{Percentuale: &v} },
			func(p *Plan) error { return CheckValidazione(p.Obiettivi[0].Validazione) }, "la percentuale validata: 5.000,00 è fuori dai limiti (da 0 a 1.000)"},
		{"verbale del Nucleo", func(p *Plan) { p.Obiettivi[0].Validazione = &Validazione{Verbale: strings.Repeat("7", 60)} },
			func(p *Plan) error { return CheckValidazione(p.Obiettivi[0].Validazione) }, "il numero del verbale: testo troppo lungo: 60 caratteri, al massimo 50"},
		{"linea strategica", func(p *Plan) { p.Obiettivi[0].LineaStrategica = long },
			func(p *Plan) error { return CheckObiettivo(p.Obiettivi[0]) }, "la linea strategica: testo troppo lungo: 1.001 caratteri"},
		{"fasce del sistema di valutazione", func(p *Plan) { p.SMVP.Fasce = []FasciaSMVP{{Da: math.NaN()}} },
			func(p *Plan) error { return CheckSMVP(p.SMVP) }, "sistema di valutazione, fascia 1, l'inizio: non è un numero"},
		{"sintesi della relazione", func(p *Plan) { p.Relazione.Sintesi = huge },
			func(p *Plan) error { return CheckRelazione(p.Relazione) }, "relazione, la sintesi: testo troppo lungo: 100.001 caratteri"},
		{"verbale della relazione", func(p *Plan) { p.Relazione.Validazione.Data = &Date{Year: 2500, Month: 1, Day: 1} },
			func(p *Plan) error { return CheckRelazione(p.Relazione) }, "relazione, validazione del Nucleo, la data: 01/01/2500 non è valida"},
		{"indicatore dell'ente", func(p *Plan) {
			p.IndicatoriEnte = []Indicatore{{ID: 9, Nome: "Tempestività dei pagamenti", Tipo: IndNumero, AnnoBaseline: 20230}}
		}, func(p *Plan) error { return CheckIndicatore(p.IndicatoriEnte[0]) },
			"indicatore dell'ente «Tempestività dei pagamenti», l'anno del valore di partenza: 20230 non è valido"},
		{"servizio", func(p *Plan) {
			p.Servizi = []ServizioAssociato{{Titolo: "S", Scadenza: &Date{Year: 3000, Month: 1, Day: 1}}}
		},
			func(p *Plan) error { return CheckServizio(p.Servizi[0]) }, "servizio associato «S», la scadenza: 01/01/3000 non è valida"},
		{"frazioni", func(p *Plan) { p.Territorio.Frazioni = make([]string, MaxVoci+1) },
			func(p *Plan) error { return CheckTerritorio(p.Territorio) }, "troppe voci in frazioni (10.001, al massimo 10.000)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := limitsPlan()
			tc.break_(p)
			for what, err := range map[string]error{"Validate": p.Validate(), "controllo del record": tc.check(p)} {
				var ve *ValidationError
				if !errors.As(err, &ve) || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("%s: errore %v, atteso %q", what, err, tc.want)
				}
			}
		})
	}
}

// limitsPlan is the reference plan with one record of every kind.
func limitsPlan() *Plan {
	p := referencePlan()
	p.Capitoli = []Capitolo{{ID: 1, Ordine: 1, Titolo: "Premessa", Testo: "Testo."}}
	if len(p.Fasce) == 0 {
		p.Fasce = []FasciaEta{{ID: 1, Ordine: 1, Nome: "0-14"}}
	}
	p.Unita = []Unita{{ID: 1, Ordine: 1, Tipo: TipoArea, Nome: "Area Tecnica"}}
	p.Obiettivi = []Obiettivo{{ID: 1, Ordine: 1, Codice: "T.1", Livello: LivelloEsecutivo, AreaID: 1, Titolo: "Obiettivo"}}
	p.Verifiche = []Verifica{{ID: 1, Data: MustDate(2023, time.June, 30)}, {ID: 2, Data: MustDate(2023, time.December, 31)}}
	if len(p.Personale) == 0 {
		p.Personale = []PersonaleAnno{{Anno: 2022, Dipendenti: 18}}
	}
	return p
}

// A plan at the limits is still valid: the limits are inclusive.
func TestLimitsAreInclusive(t *testing.T) {
	p := limitsPlan()
	p.Piano.AnnoFine = AnnoMax
	p.Popolazione[0].Residenti = MaxAbitanti
	p.Personale[0].Dipendenti = MaxDipendenti
	p.Territorio.SuperficieTotale = MaxKmq
	p.Capitoli[0].Testo = strings.Repeat("è", MaxTesto)
	p.Obiettivi[0].Codice = strings.Repeat("C", MaxCodice)
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
}

// The records of the performance cycle have their limits too.
func TestCycleRecordsLimits(t *testing.T) {
	far := &Date{Year: 2500, Month: 1, Day: 1}
	for _, tc := range []struct {
		err  error
		want string
	}{
		{CheckScadenzario(Scadenzario{ApprovazioneBilancio: far}), "scadenze, l'approvazione del bilancio: 01/01/2500 non è valida"},
		{CheckScadenzario(Scadenzario{Adempimenti: []Adempimento{{Chiave: "adozione", Data: MustDate(2023, 1, 31), Note: strings.Repeat("n", MaxTesto+1)}}}),
			"adempimento «adozione», le note: testo troppo lungo"},
		{CheckConfermaQualita(ConfermaQualita{ObiettivoID: 1, Criterio: "misurabile", Note: strings.Repeat("n", MaxTesto+1)}), "le note: testo troppo lungo"},
		{CheckAtto(Atto{Organo: "Giunta", Numero: strings.Repeat("1", 60), Data: DatePtr(2023, 3, 30)}, ""), "il numero dell'atto: testo troppo lungo"},
		{CheckAtto(Atto{Organo: "Giunta", Numero: "12", Data: far}, "motivo"), "la data dell'atto: 01/01/2500 non è valida"},
	} {
		var ve *ValidationError
		if !errors.As(tc.err, &ve) || !strings.Contains(tc.err.Error(), tc.want) {
			t.Errorf("errore %v, atteso %q", tc.err, tc.want)
		}
	}
}
