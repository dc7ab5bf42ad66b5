package model

import (
	"math"
	"testing"
	"time"
)

// heldPlan is the example worked out by hand in TestValutaHeldExample.
func heldPlan() *Plan {
	d := func(m time.Month, g int) Date { return MustDate(2024, m, g) }
	ind := func(id int64, tipo TipoIndicatore, target, value string) Indicatore {
		return Indicatore{ID: id, Ordine: int(id), Nome: "Indicatore " + FormatInt(int(id)), Tipo: tipo,
			Target:    []Target{{Anno: 2024, Valore: target}},
			Risultati: []Risultato{{ID: id, VerificaID: 2, Data: d(time.December, 31), Valore: value}}}
	}
	override := func(in Indicatore, perc float64) Indicatore {
		in.Risultati[0].Forzatura = &Forzatura{Percentuale: perc, Calcolata: fp(92), Motivo: "istanze arrivate il 31/12 evase il 2/1",
			Autore: "Segretario comunale", Quando: time.Date(2025, time.February, 3, 10, 0, 0, 0, time.UTC)}
		return in
	}
	judged := ind(5, IndTesto, "Relazione al Consiglio comunale", "presentata il 28/11")
	judged.Risultati[0].Stato = StatoRaggiunto
	return &Plan{
		Ente:      Ente{Nome: "Esempiate"},
		Piano:     Piano{Anno: 2024, AnnoInizio: 2024, AnnoFine: 2026},
		Verifiche: []Verifica{{ID: 1, Data: d(time.June, 30)}, {ID: 2, Data: d(time.December, 31)}},
		SMVP: SMVP{Massimo: 100, Ritardo: RegolaRitardo{Tipo: RitardoPerMese, PerMese: 10},
			Fasce: []FasciaSMVP{{Da: 0}, {Da: 50, Proporzionale: true}, {Da: 90, Quota: 100}}},
		Unita: []Unita{{ID: 1, Ordine: 1, Tipo: TipoArea, Nome: "Area Tecnica"}, {ID: 2, Ordine: 2, Tipo: TipoArea, Nome: "Area Amministrativa"},
			{ID: 3, Ordine: 3, Tipo: TipoArea, Nome: "Area Polizia Locale"}},
		Obiettivi: []Obiettivo{
			{ID: 1, Ordine: 1, Codice: "TE.1", AreaID: 1, Anni: []int{2024}, Peso: Peso{PesoPercentuale, 60}, Indicatori: []Indicatore{
				ind(1, IndTempo, "entro il 30/09/2024", "15/10/2024"),
				ind(2, IndNumero, "almeno 20 interventi", "15")}},
			{ID: 2, Ordine: 2, Codice: "TE.2", AreaID: 1, Anni: []int{2024}, Peso: Peso{PesoPercentuale, 40},
				Indicatori:  []Indicatore{ind(3, IndPercentuale, "< 40%", "50")},
				Validazione: &Validazione{Percentuale: fp(85), Data: DatePtr(2025, time.April, 15), Verbale: "3/2025"}},
			{ID: 3, Ordine: 3, Codice: "AM.1", AreaID: 2, Anni: []int{2024}, Peso: Peso{PesoPercentuale, 50},
				Indicatori: []Indicatore{ind(4, IndSiNo, "Approvazione del regolamento", "sì")}},
			{ID: 4, Ordine: 4, Codice: "AM.2", AreaID: 2, Anni: []int{2024}, Peso: Peso{PesoPercentuale, 30},
				Indicatori: []Indicatore{judged}},
			{ID: 5, Ordine: 5, Codice: "AM.3", AreaID: 2, Anni: []int{2024}, Peso: Peso{PesoPercentuale, 20},
				Indicatori: []Indicatore{override(ind(6, IndPercentuale, "100% istanze pervenute", "92"), 95)}},
			{ID: 6, Ordine: 6, Codice: "PL.1", AreaID: 3, Anni: []int{2024}, Peso: Peso{Tipo: PesoPrerequisito},
				Indicatori: []Indicatore{ind(7, IndSiNo, "sì", "no")}},
			{ID: 7, Ordine: 7, Codice: "PL.2", AreaID: 3, Anni: []int{2024}, Peso: Peso{PesoPercentuale, 100},
				Indicatori: []Indicatore{func() Indicatore {
					i := ind(8, IndNumero, "≥ anno precedente", "126")
					i.Baseline = "120"
					return i
				}()}},
			// Not measured in 2024: it names only 2025.
			{ID: 8, Ordine: 8, Codice: "TE.3", AreaID: 1, Anni: []int{2025}, Peso: Peso{PesoPercentuale, 10},
				Indicatori: []Indicatore{ind(9, IndNumero, "almeno 1", "0")}},
		},
	}
}

func near(p *float64, want float64) bool { return p != nil && math.Abs(*p-want) < 1e-9 }

// TestValutaHeldExample checks a whole measurement against figures worked
// out by hand.
//
// SMVP: cap 100 %; a late date loses 10 points per month or part; bands
// < 50 % → 0, 50–89 % in proportion, ≥ 90 % → 100; a missed prerequisite
// zeroes its Area.
//
// Area Tecnica (weights in percent):
//   - TE.1 (60 %): deadline 30/09/2024 met on 15/10/2024, 15 days late = one
//     month or part → 100 − 10 = 90 %; "almeno 20 interventi", 15 done →
//     15 / 20 = 75 %. Equal weights: (90 + 75) / 2 = 82,5 %.
//   - TE.2 (40 %): "< 40%", 50 % measured, lower is better → 40 / 50 = 80 %.
//     The Nucleo validated 85 %.
//   - TE.3 names only 2025: not measured.
//   - Area: (60 × 82,5 + 40 × 80) / 100 = 49,5 + 32 = 81,5 %.
//     Validated: (60 × 82,5 + 40 × 85) / 100 = 49,5 + 34 = 83,5 % → band
//     "in proportion" → 83,5 % of the incentive.
//
// Area Amministrativa (weights in percent):
//   - AM.1 (50 %): yes/no, done → 100 %.
//   - AM.2 (30 %): a text target, judged "raggiunto" → 100 %.
//   - AM.3 (20 %): 92 % of 100 % computed, overridden to 95 % with a reason.
//   - Area: (50 × 100 + 30 × 100 + 20 × 95) / 100 = 50 + 30 + 19 = 99 % →
//     band ≥ 90 → 100 %.
//
// Area Polizia Locale:
//   - PL.1 prerequisite: yes/no expected "sì", answered "no" → 0 % < 100 %:
//     missed.
//   - PL.2 (100 %): "≥ anno precedente", baseline 120, measured 126 →
//     126 / 120 = 105 % → capped at 100 %.
//   - Area mean 100 %, zeroed by the missed prerequisite → 0 %.
//
// Ente: each Area's weights sum to 100, so the ente is (81,5 + 99 + 0) / 3
// = 60,1666… %; validated (83,5 + 99 + 0) / 3 = 60,8333… % → band "in
// proportion" → 60,8333… %.
func TestValutaHeldExample(t *testing.T) {
	p := heldPlan()
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	v, err := ValutaFinale(p)
	if err != nil {
		t.Fatal(err)
	}
	if !v.Finale || v.Verifica.ID != 2 || len(v.Obiettivi) != 7 || v.Obiettivo(8) != nil {
		t.Fatalf("verifica %+v, %d obiettivi", v.Verifica, len(v.Obiettivi))
	}
	ob := func(id int64) *EsitoObiettivo { return v.Obiettivo(id) }
	checks := []struct {
		name string
		got  *float64
		want float64
	}{
		{"TE.1 data in ritardo", ob(1).Indicatori[0].Percentuale, 90},
		{"TE.1 interventi", ob(1).Indicatori[1].Percentuale, 75},
		{"TE.1", ob(1).Percentuale, 82.5},
		{"TE.2", ob(2).Percentuale, 80},
		{"TE.2 validato", ob(2).Validata, 85},
		{"TE.2 quota dalla validazione", ob(2).Quota, 85},
		{"AM.1", ob(3).Percentuale, 100},
		{"AM.2 giudicato", ob(4).Percentuale, 100},
		{"AM.3 forzato", ob(5).Percentuale, 95},
		{"AM.3 calcolato", ob(5).Indicatori[0].Calcolata, 92},
		{"PL.1", ob(6).Percentuale, 0},
		{"PL.2 con tetto", ob(7).Percentuale, 100},
		{"Area Tecnica", v.Area(1).Percentuale, 81.5},
		{"Area Tecnica validata", v.Area(1).Validata, 83.5},
		{"Area Tecnica quota", v.Area(1).Quota, 83.5},
		{"Area Amministrativa", v.Area(2).Percentuale, 99},
		{"Area Amministrativa quota", v.Area(2).Quota, 100},
		{"Area Polizia Locale media", v.Area(3).Media, 100},
		{"Area Polizia Locale azzerata", v.Area(3).Percentuale, 0},
		{"Area Polizia Locale quota", v.Area(3).Quota, 0},
		{"Ente", v.Ente.Percentuale, (81.5 + 99 + 0) / 3},
		{"Ente validato", v.Ente.Validata, (83.5 + 99 + 0) / 3},
		{"Ente quota", v.Ente.Quota, (83.5 + 99 + 0) / 3},
	}
	for _, c := range checks {
		if !near(c.got, c.want) {
			t.Errorf("%s: %s, atteso %s", c.name, fmtPtr(c.got), FormatPerc(c.want))
		}
	}
	if !ob(6).Mancato || !v.Area(3).Azzerata || v.Area(1).Azzerata || ob(6).Peso != 0 {
		t.Error("il prerequisito mancato deve azzerare solo la sua Area e non pesare")
	}
	if v.Area(2).Validata != nil || v.Area(1).Validati != 1 || v.Ente.Validati != 1 {
		t.Errorf("validazioni contate: %d, %d", v.Area(1).Validati, v.Ente.Validati)
	}
	if FormatPerc(*v.Ente.Percentuale) != "60,17%" {
		t.Errorf("stampa della percentuale dell'ente: %s", FormatPerc(*v.Ente.Percentuale))
	}

	// The same plan under other rules of the SMVP.
	p.SMVP.Prerequisito.Effetto = PrerequisitoNessuno
	v, _ = ValutaFinale(p)
	if !near(v.Area(3).Percentuale, 100) || !near(v.Ente.Percentuale, (81.5+99+100)/3) || !v.Obiettivo(6).Mancato {
		t.Errorf("prerequisito senza effetto: Area %s, ente %s", fmtPtr(v.Area(3).Percentuale), fmtPtr(v.Ente.Percentuale))
	}
	p.SMVP.Prerequisito.Effetto = PrerequisitoEnte
	v, _ = ValutaFinale(p)
	if !near(v.Ente.Percentuale, 0) || !v.Ente.Azzerata || !near(v.Area(1).Percentuale, 81.5) {
		t.Errorf("prerequisito sull'ente: ente %s", fmtPtr(v.Ente.Percentuale))
	}
	// A lower threshold: "sì" expected, "no" given is still 0 %, missed.
	p.SMVP.Prerequisito = RegolaPrerequisito{Soglia: 0.001}
	v, _ = ValutaFinale(p)
	if !v.Obiettivo(6).Mancato {
		t.Error("0% resta sotto qualsiasi soglia positiva")
	}
	p.SMVP.Ritardo = RegolaRitardo{}
	v, _ = ValutaFinale(p)
	if !near(v.Obiettivo(1).Percentuale, 37.5) { // (0 + 75) / 2
		t.Errorf("ritardo che azzera: TE.1 %s", fmtPtr(v.Obiettivo(1).Percentuale))
	}
	// Mid-year: no readings at 30/06, nothing computed, no validation.
	mid, _ := Valuta(p, 1)
	if mid.Finale || mid.Obiettivo(2).Validata != nil || mid.Ente.Percentuale != nil || mid.Obiettivo(1).Mancanti != 2 {
		t.Errorf("verifica intermedia: %+v", mid.Ente)
	}
	if _, err := Valuta(p, 99); err == nil {
		t.Error("una verifica inesistente deve dare errore")
	}
}

// Weights of every kind, equal weights by default, and indicator weights.
func TestValutaPesi(t *testing.T) {
	mk := func(pesi []Peso, perc []string) *Plan {
		p := &Plan{Piano: Piano{Anno: 2024}, Verifiche: []Verifica{v31dic},
			Unita: []Unita{{ID: 1, Tipo: TipoArea, Nome: "A"}}}
		for i, w := range pesi {
			ind := reading(IndPercentuale, "100%", v31dic, sp(perc[i]))
			ind.ID = int64(i + 1)
			p.Obiettivi = append(p.Obiettivi, Obiettivo{ID: int64(i + 1), AreaID: 1, Peso: w, Indicatori: []Indicatore{*ind}})
		}
		return p
	}
	cases := []struct {
		name  string
		pesi  []Peso
		perc  []string
		media float64
	}{
		{"pesi uguali per difetto", []Peso{{}, {}, {}}, []string{"60", "90", "90"}, 80},
		{"percentuali", []Peso{{PesoPercentuale, 70}, {PesoPercentuale, 30}}, []string{"100", "50"}, 85},
		{"punti", []Peso{{PesoPunti, 3}, {PesoPunti, 1}}, []string{"80", "40"}, 70},
		{"moltiplicatori", []Peso{{PesoMoltiplicatore, 1.4}, {PesoMoltiplicatore, 1}}, []string{"100", "40"}, 75},
		{"senza peso tra i pesati non conta", []Peso{{PesoPunti, 2}, {}}, []string{"90", "10"}, 90},
		{"prerequisito raggiunto non pesa", []Peso{{PesoPunti, 1}, {Tipo: PesoPrerequisito}}, []string{"60", "100"}, 60},
	}
	for _, c := range cases {
		v, err := ValutaFinale(mk(c.pesi, c.perc))
		if err != nil {
			t.Fatal(err)
		}
		if a := v.Area(1); !near(a.Percentuale, c.media) || a.Azzerata {
			t.Errorf("%s: %s, atteso %s", c.name, fmtPtr(a.Percentuale), FormatPerc(c.media))
		}
	}

	// Indicator weights inside one objective: 3 × 100 + 1 × 20 over 4 = 80.
	o := Obiettivo{ID: 1, Indicatori: []Indicatore{*reading(IndPercentuale, "100%", v31dic, sp("100")), *reading(IndPercentuale, "100%", v31dic, sp("20"))}}
	o.Indicatori[0].Peso, o.Indicatori[1].ID, o.Indicatori[1].Peso = 3, 2, 1
	v, _ := ValutaFinale(&Plan{Piano: Piano{Anno: 2024}, Verifiche: []Verifica{v31dic}, Obiettivi: []Obiettivo{o}})
	if e := v.Obiettivo(1); !near(e.Percentuale, 80) {
		t.Errorf("pesi degli indicatori: %s", fmtPtr(e.Percentuale))
	}
	// Objectives of no Area form their own group, last.
	if len(v.Aree) != 1 || v.Aree[0].Area != nil || v.Aree[0].Nome() != "Obiettivi trasversali" || !near(v.Ente.Percentuale, 80) {
		t.Errorf("obiettivi senza Area: %+v", v.Aree)
	}
	// An indicator without degree is left out of the mean and counted.
	o.Indicatori[1].Risultati[0].Valore = ""
	v, _ = ValutaFinale(&Plan{Piano: Piano{Anno: 2024}, Verifiche: []Verifica{v31dic}, Obiettivi: []Obiettivo{o}})
	if e := v.Obiettivo(1); !near(e.Percentuale, 100) || e.Mancanti != 1 {
		t.Errorf("indicatore senza grado: %s, mancanti %d", fmtPtr(e.Percentuale), e.Mancanti)
	}
	// The objective's own override, with a reason, wins over the mean.
	o.Avanzamenti = []Avanzamento{{VerificaID: 2, Esito: "Completato", Forzatura: &Forzatura{Percentuale: 90, Calcolata: fp(100),
		Motivo: "un indicatore non è più misurabile", Autore: "Nucleo", Quando: time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)}}}
	v, _ = ValutaFinale(&Plan{Piano: Piano{Anno: 2024}, Verifiche: []Verifica{v31dic}, Obiettivi: []Obiettivo{o}})
	if e := v.Obiettivo(1); !near(e.Percentuale, 90) || !near(e.Calcolata, 100) || e.Fonte != FonteForzatura {
		t.Errorf("forzatura dell'obiettivo: %s (%s)", fmtPtr(e.Percentuale), e.Fonte)
	}
}

// Indicators of the whole ente are measured too, outside every Area.
func TestValutaIndicatoriEnte(t *testing.T) {
	p := heldPlan()
	p.IndicatoriEnte = []Indicatore{{ID: 50, Nome: "Tempestività dei pagamenti (giorni)", Tipo: IndNumero,
		Target: []Target{{Anno: 0, Valore: "≤ 0"}}, Risultati: []Risultato{{VerificaID: 2, Valore: "-3"}}}}
	v, _ := ValutaFinale(p)
	if len(v.IndicatoriEnte) != 1 || !near(v.IndicatoriEnte[0].Percentuale, 100) || !near(v.Ente.Percentuale, (81.5+99+0)/3) {
		t.Errorf("indicatori dell'ente: %+v", v.IndicatoriEnte)
	}
}
