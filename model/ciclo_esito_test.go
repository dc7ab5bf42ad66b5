package model

import (
	"math"
	"strings"
	"testing"
	"time"
)

var (
	v30giu = Verifica{ID: 1, Data: MustDate(2024, time.June, 30)}
	v31dic = Verifica{ID: 2, Data: MustDate(2024, time.December, 31)}
)

// reading builds an indicator of a type with one target for 2024 and, when
// value is not nil, a reading at checkpoint v.
func reading(tipo TipoIndicatore, target string, v Verifica, value *string) *Indicatore {
	ind := &Indicatore{ID: 1, Nome: "ind", Tipo: tipo, Target: []Target{{Anno: 2024, Valore: target}}}
	if value != nil {
		ind.Risultati = []Risultato{{ID: 1, VerificaID: v.ID, Valore: *value}}
	}
	return ind
}

func sp(s string) *string { return &s }

func fmtPtr(p *float64) string {
	if p == nil {
		return "nil"
	}
	return FormatPerc(*p)
}

// Every rule of the degree of achievement, by indicator type, direction and
// SMVP setting.
func TestEsitoIndicatoreRules(t *testing.T) {
	perMese := SMVP{Ritardo: RegolaRitardo{Tipo: RitardoPerMese, PerMese: 10}}
	tolleranza := SMVP{Ritardo: RegolaRitardo{Tolleranza: 15}}
	oltre := SMVP{Massimo: 120}
	cases := []struct {
		name   string
		ind    *Indicatore
		v      Verifica
		smvp   SMVP
		want   *float64
		fonte  FonteEsito
		spieg  string // part of the explanation
		scost  string // part of the deviation, "" for none
		direct Direzione
	}{
		// Dates.
		{"data nei tempi", reading(IndTempo, "entro il 30/09/2024", v31dic, sp("15/09/2024")), v31dic, SMVP{}, fp(100), FonteCalcolo, "entro la scadenza del 30/09/2024", "", ""},
		{"data il giorno stesso", reading(IndTempo, "entro il 30/09/2024", v31dic, sp("30/09/2024")), v31dic, SMVP{}, fp(100), FonteCalcolo, "entro la scadenza", "", ""},
		{"data in ritardo, regola azzera", reading(IndTempo, "entro il 30/09/2024", v31dic, sp("01/10/2024")), v31dic, SMVP{}, fp(0), FonteCalcolo, "vale 0%", "ritardo di 1 giorni", ""},
		{"data in ritardo, tolleranza", reading(IndTempo, "entro il 30/09/2024", v31dic, sp("15/10/2024")), v31dic, tolleranza, fp(100), FonteCalcolo, "entro la tolleranza di 15 giorni", "ritardo di 15 giorni", ""},
		{"data oltre la tolleranza", reading(IndTempo, "entro il 30/09/2024", v31dic, sp("16/10/2024")), v31dic, tolleranza, fp(0), FonteCalcolo, "vale 0%", "ritardo di 16 giorni", ""},
		// 15 days late: one month or part → 100 − 10 = 90.
		{"per mese, 15 giorni", reading(IndTempo, "entro il 30/09/2024", v31dic, sp("15/10/2024")), v31dic, perMese, fp(90), FonteCalcolo, "1 mesi o frazione di ritardo × 10 punti = 90%", "ritardo di 15 giorni", ""},
		// 30/09 → 30/10 is one month exactly; 31/10 starts the second.
		{"per mese, un mese esatto", reading(IndTempo, "entro il 30/09/2024", v31dic, sp("30/10/2024")), v31dic, perMese, fp(90), FonteCalcolo, "1 mesi", "", ""},
		{"per mese, un mese e un giorno", reading(IndTempo, "entro il 30/09/2024", v31dic, sp("31/10/2024")), v31dic, perMese, fp(80), FonteCalcolo, "2 mesi", "", ""},
		{"per mese, mai sotto zero", reading(IndTempo, "entro il 31/01/2024", v31dic, sp("20/12/2024")), v31dic, perMese, fp(0), FonteCalcolo, "= 0%", "", ""},
		{"non completato, scadenza futura", reading(IndTempo, "entro il 30/09/2024", v30giu, sp("")), v30giu, SMVP{}, nil, FonteNessuna, "non ancora completato; scadenza il 30/09/2024", "", ""},
		{"non completato alla scadenza", reading(IndTempo, "entro il 31/12/2024", v31dic, sp("")), v31dic, SMVP{}, fp(0), FonteCalcolo, "non completato entro la scadenza del 31/12/2024", "scadenza non rispettata", ""},
		{"scadenza di un anno successivo", func() *Indicatore {
			i := reading(IndTempo, "", v31dic, sp(""))
			i.Target = []Target{{Anno: 2025, Valore: "31.12.2025"}}
			return i
		}(), v31dic, SMVP{}, nil, FonteNessuna, "non ancora completato; scadenza il 31/12/2025", "", ""},
		{"non completato, scadenza passata", reading(IndTempo, "entro il 30/09/2024", v31dic, sp("")), v31dic, perMese, fp(0), FonteCalcolo, "non completato alla data della verifica", "scadenza superata di 92 giorni", ""},
		// Figures, higher is better.
		{"numero sotto il target", reading(IndNumero, "almeno 20 interventi", v31dic, sp("15")), v31dic, SMVP{}, fp(75), FonteCalcolo, "rilevato 15, target almeno 20: 15 / 20 = 75%", "−5 rispetto al target", ""},
		{"numero oltre il target, tetto 100", reading(IndNumero, "almeno 20 interventi", v31dic, sp("25")), v31dic, SMVP{}, fp(100), FonteCalcolo, "= 125%, ridotto al massimo riconosciuto del 100%", "+5 rispetto al target", ""},
		{"numero oltre il target, tetto 120", reading(IndNumero, "almeno 20 interventi", v31dic, sp("25")), v31dic, oltre, fp(120), FonteCalcolo, "ridotto al massimo riconosciuto del 120%", "", ""},
		{"numero oltre il target, tetto 120 non raggiunto", reading(IndNumero, "almeno 20", v31dic, sp("22")), v31dic, oltre, fp(110), FonteCalcolo, "22 / 20 = 110%", "", ""},
		{"percentuale", reading(IndPercentuale, "100% istanze pervenute", v31dic, sp("92%")), v31dic, SMVP{}, fp(92), FonteCalcolo, "rilevato 92%, target almeno 100%", "−8% rispetto al target", ""},
		{"decimali italiani", reading(IndNumero, "almeno 5 pro capite", v31dic, sp("4,5")), v31dic, SMVP{}, fp(90), FonteCalcolo, "4,5 / 5 = 90%", "−0,5", ""},
		{"target zero", reading(IndNumero, "almeno 0", v31dic, sp("3")), v31dic, SMVP{}, fp(100), FonteCalcolo, "target è zero", "", ""},
		// Figures, lower is better.
		{"meno è meglio, raggiunto", reading(IndPercentuale, "< 40%", v31dic, sp("30")), v31dic, SMVP{}, fp(100), FonteCalcolo, "40% / 30% (meno è meglio) = 133,33%, ridotto", "−10%", ""},
		{"meno è meglio, mancato", reading(IndPercentuale, "< 40%", v31dic, sp("50")), v31dic, SMVP{}, fp(80), FonteCalcolo, "40% / 50% (meno è meglio) = 80%", "+10% rispetto al target", ""},
		{"meno è meglio, zero", reading(IndNumero, "non oltre 30 giorni", v31dic, sp("0")), v31dic, SMVP{}, fp(100), FonteCalcolo, "pari o inferiore a zero", "", ""},
		// The indicator's direction overrides the target's wording.
		{"direzione decrescente", reading(IndNumero, "20 giorni", v31dic, sp("25")), v31dic, SMVP{}, fp(80), FonteCalcolo, "20 / 25 (meno è meglio) = 80%", "", DirezioneDecrescente},
		{"direzione crescente", reading(IndPercentuale, "< 40%", v31dic, sp("30")), v31dic, SMVP{}, fp(75), FonteCalcolo, "30% / 40% = 75%", "", DirezioneCrescente},
		// Yes / no.
		{"sì come previsto", reading(IndSiNo, "Approvazione del piano", v31dic, sp("sì")), v31dic, SMVP{}, fp(100), FonteCalcolo, "come previsto", "", ""},
		{"no invece di sì", reading(IndSiNo, "sì", v31dic, sp("no")), v31dic, SMVP{}, fp(0), FonteCalcolo, "diversa dal previsto", "non realizzato", ""},
		{"no come previsto", reading(IndSiNo, "no", v31dic, sp("no")), v31dic, SMVP{}, fp(100), FonteCalcolo, "come previsto", "", ""},
		{"sì/no senza risposta", reading(IndSiNo, "sì", v31dic, sp("")), v31dic, SMVP{}, nil, FonteNessuna, "nessuna risposta", "", ""},
		// Text: judged, never guessed.
		{"testo senza giudizio", reading(IndTesto, "Relazione al Consiglio", v31dic, sp("presentata")), v31dic, SMVP{}, nil, FonteNessuna, "target da valutare: indicatore descrittivo", "", ""},
		{"target non letto senza giudizio", reading(IndPercentuale, "20% rispetto alla media", v31dic, sp("25")), v31dic, SMVP{}, nil, FonteNessuna, "relativo a un altro valore", "", ""},
		// Missing and unreadable values.
		{"nessuna rilevazione", reading(IndNumero, "almeno 20", v31dic, nil), v31dic, SMVP{}, nil, FonteNessuna, "nessuna rilevazione", "", ""},
		{"valore vuoto", reading(IndNumero, "almeno 20", v31dic, sp("")), v31dic, SMVP{}, nil, FonteNessuna, "nessun valore rilevato", "", ""},
		{"valore illeggibile", reading(IndNumero, "almeno 20", v31dic, sp("venti")), v31dic, SMVP{}, nil, FonteNessuna, "valore non leggibile", "", ""},
		{"rilevazione di un'altra verifica", reading(IndNumero, "almeno 20", v30giu, sp("20")), v31dic, SMVP{}, nil, FonteNessuna, "nessuna rilevazione", "", ""},
	}
	for _, c := range cases {
		c.ind.Direzione = c.direct
		e := esitoIndicatore(c.ind, c.v, c.smvp)
		if fmtPtr(e.Percentuale) != fmtPtr(c.want) || e.Fonte != c.fonte {
			t.Errorf("%s: %s (%s), atteso %s (%s); %s", c.name, fmtPtr(e.Percentuale), e.Fonte, fmtPtr(c.want), c.fonte, e.Spiegazione())
		}
		if !strings.Contains(e.Spiegazione(), c.spieg) {
			t.Errorf("%s: spiegazione %q, atteso che contenga %q", c.name, e.Spiegazione(), c.spieg)
		}
		if !strings.Contains(e.Scostamento(), c.scost) || (c.scost == "" && c.want != nil && *c.want == 100 && e.Scostamento() != "" && c.ind.Tipo == IndTempo && !strings.Contains(c.name, "tolleranza")) {
			t.Errorf("%s: scostamento %q, atteso %q", c.name, e.Scostamento(), c.scost)
		}
	}
}

// The previous year's value is the indicator's baseline.
func TestEsitoAnnoPrecedente(t *testing.T) {
	ind := reading(IndNumero, "≥ anno precedente", v31dic, sp("126"))
	ind.Baseline = "120"
	e := esitoIndicatore(ind, v31dic, SMVP{})
	if fmtPtr(e.Percentuale) != "100%" || !strings.Contains(e.Spiegazione(), "126 / 120 = 105%") {
		t.Errorf("anno precedente: %s %q", fmtPtr(e.Percentuale), e.Spiegazione())
	}
	ind.Baseline = "dato non disponibile"
	e = esitoIndicatore(ind, v31dic, SMVP{})
	if e.Percentuale != nil || !strings.Contains(e.Spiegazione(), "valore di partenza, che non è un numero") {
		t.Errorf("senza valore di partenza: %s %q", fmtPtr(e.Percentuale), e.Spiegazione())
	}
}

// A target for the whole span (year 0) holds when the year has none.
func TestEsitoTargetDelTriennio(t *testing.T) {
	ind := reading(IndNumero, "almeno 10", v31dic, sp("5"))
	ind.Target = []Target{{Anno: 0, Valore: "almeno 10"}, {Anno: 2025, Valore: "almeno 50"}}
	if e := esitoIndicatore(ind, v31dic, SMVP{}); fmtPtr(e.Percentuale) != "50%" || e.Target != "almeno 10" {
		t.Errorf("target del triennio: %s su %q", fmtPtr(e.Percentuale), e.Target)
	}
}

// A judgement by state applies only where nothing can be computed; an
// override always wins and keeps the computed value beside it.
func TestEsitoGiudizioEForzatura(t *testing.T) {
	ind := reading(IndTesto, "Relazione al Consiglio", v31dic, sp("presentata il 12/10"))
	ind.Risultati[0].Stato = StatoRaggiunto
	e := esitoIndicatore(ind, v31dic, SMVP{})
	if fmtPtr(e.Percentuale) != "100%" || e.Fonte != FonteStato || !strings.Contains(e.Spiegazione(), "valutato da chi compila: raggiunto") {
		t.Errorf("giudizio raggiunto: %s %s %q", fmtPtr(e.Percentuale), e.Fonte, e.Spiegazione())
	}
	ind.Risultati[0].Stato = StatoNonRaggiunto
	if e := esitoIndicatore(ind, v31dic, SMVP{}); fmtPtr(e.Percentuale) != "0%" || e.Fonte != FonteStato {
		t.Errorf("giudizio non raggiunto: %s %s", fmtPtr(e.Percentuale), e.Fonte)
	}
	// The state does not replace a computation: a readable target wins.
	num := reading(IndNumero, "almeno 20", v31dic, sp("10"))
	num.Risultati[0].Stato = StatoRaggiunto
	if e := esitoIndicatore(num, v31dic, SMVP{}); fmtPtr(e.Percentuale) != "50%" || e.Fonte != FonteCalcolo {
		t.Errorf("lo stato non deve sostituire il calcolo: %s %s", fmtPtr(e.Percentuale), e.Fonte)
	}
	num.Risultati[0].Forzatura = &Forzatura{Percentuale: 70, Calcolata: fp(50), Motivo: "dato del secondo semestre non ancora contabilizzato",
		Autore: "Mario Rossi", Quando: time.Date(2025, time.January, 20, 11, 0, 0, 0, time.UTC)}
	e = esitoIndicatore(num, v31dic, SMVP{})
	if fmtPtr(e.Percentuale) != "70%" || fmtPtr(e.Calcolata) != "50%" || e.Fonte != FonteForzatura {
		t.Errorf("forzatura: %s (calcolata %s) %s", fmtPtr(e.Percentuale), fmtPtr(e.Calcolata), e.Fonte)
	}
	want := "calcolato 50%, forzato a 70% da Mario Rossi il 20/01/2025: dato del secondo semestre non ancora contabilizzato"
	if e.Spiegazione() != want {
		t.Errorf("spiegazione della forzatura:\n got %q\nwant %q", e.Spiegazione(), want)
	}
}

func TestQuotaFasce(t *testing.T) {
	s := SMVPPredefinito()
	for _, c := range []struct{ in, want float64 }{{0, 0}, {49.99, 0}, {50, 50}, {75.5, 75.5}, {89.99, 89.99}, {90, 100}, {100, 100}, {120, 100}} {
		if q, ok := s.Quota(c.in); !ok || math.Abs(q-c.want) > 1e-9 {
			t.Errorf("Quota(%v) = %v, %v; atteso %v", c.in, q, ok, c.want)
		}
	}
	if _, ok := (SMVP{}).Quota(80); ok {
		t.Error("senza fasce non c'è quota")
	}
	steps := SMVP{Fasce: []FasciaSMVP{{Da: 60, Quota: 50}, {Da: 80, Quota: 80}, {Da: 95, Quota: 100}}}
	for _, c := range []struct{ in, want float64 }{{59, 0}, {60, 50}, {94.9, 80}, {95, 100}} {
		if q, _ := steps.Quota(c.in); q != c.want {
			t.Errorf("fasce a gradini: Quota(%v) = %v, atteso %v", c.in, q, c.want)
		}
	}
	if got := s.DescriviFasce(); got != "sotto il 50%: 0% dell'incentivo; dal 50% al 90% escluso: in proporzione al risultato; dal 90%: 100% dell'incentivo" {
		t.Errorf("descrizione delle fasce: %q", got)
	}
	if got := steps.DescriviFasce(); got != "sotto il 60%: nessuna quota; dal 60% all'80% escluso: 50% dell'incentivo; dall'80% al 95% escluso: 80% dell'incentivo; dal 95%: 100% dell'incentivo" {
		t.Errorf("descrizione a gradini: %q", got)
	}
}
