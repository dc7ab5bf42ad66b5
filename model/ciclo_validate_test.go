package model

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func forz(perc float64, motivo string) *Forzatura {
	return &Forzatura{Percentuale: perc, Motivo: motivo, Autore: "Segretario", Quando: time.Date(2025, 1, 10, 12, 0, 0, 0, time.UTC)}
}

// Bad input is refused with where and what is expected, in Italian.
func TestValidaMonitoraggioRefusesBadInput(t *testing.T) {
	p := heldPlan()
	ris := func(ind int64, ver int64, val string) *Monitoraggio {
		return &Monitoraggio{Risultati: []RisultatoDi{{IndicatoreID: ind, Risultato: Risultato{VerificaID: ver, Valore: val}}}}
	}
	withF := func(m *Monitoraggio, f *Forzatura) *Monitoraggio { m.Risultati[0].Risultato.Forzatura = f; return m }
	withData := func(m *Monitoraggio, d Date) *Monitoraggio { m.Risultati[0].Risultato.Data = d; return m }
	cases := []struct {
		name string
		m    *Monitoraggio
		want string
	}{
		{"lettere in un numero", ris(2, 1, "12 circa"),
			"Dati non validi: obiettivo TE.1, indicatore «Indicatore 2», rilevazione al 30/06/2024: «12 circa» non è un numero: scrivere ad esempio 1.363,18"},
		{"percentuale impossibile", ris(3, 1, "140"),
			"Dati non validi: obiettivo TE.2, indicatore «Indicatore 3», rilevazione al 30/06/2024: 140 non è una percentuale possibile: deve stare tra 0 e 100"},
		{"data di completamento fuori dagli anni", ris(1, 2, "15/10/2028"),
			"Dati non validi: obiettivo TE.1, indicatore «Indicatore 1», rilevazione al 31/12/2024, data di completamento: la data 15/10/2028 è fuori dagli anni del piano (2024–2026): sono ammesse date dal 01/01/2024 al 30/06/2027"},
		{"data della rilevazione fuori dagli anni", withData(ris(2, 1, "3"), MustDate(2019, 5, 1)),
			"data della rilevazione: la data 01/05/2019 è fuori dagli anni del piano"},
		{"forzatura senza motivo", withF(ris(2, 2, "15"), forz(80, "  ")),
			"Dati non validi: obiettivo TE.1, indicatore «Indicatore 2», rilevazione al 31/12/2024, raggiungimento inserito a mano: scrivere il motivo (è obbligatorio quando la percentuale non è quella calcolata)"},
		{"forzatura oltre il tetto", withF(ris(2, 2, "15"), forz(120, "obiettivo superato")),
			"raggiungimento inserito a mano: 120% supera il massimo riconosciuto dal sistema di valutazione (100%)"},
		{"forzatura negativa", withF(ris(2, 2, "15"), forz(-1, "errore")), "non può essere negativa"},
		{"forzatura senza autore", withF(ris(2, 2, "15"), &Forzatura{Percentuale: 50, Motivo: "motivo", Quando: time.Now()}), "manca chi lo ha inserito"},
		{"stato sconosciuto", &Monitoraggio{Risultati: []RisultatoDi{{2, Risultato{VerificaID: 1, Stato: "quasi"}}}}, `stato "quasi" sconosciuto`},
		{"verifica inesistente", ris(2, 9, "3"), "rilevazione della verifica 9: la verifica 9 non esiste"},
		{"indicatore cancellato", ris(99, 1, "3"), "l'indicatore 99 non esiste più"},
		{"stessa rilevazione due volte", &Monitoraggio{Risultati: []RisultatoDi{{2, Risultato{VerificaID: 1}}, {2, Risultato{VerificaID: 1}}}}, "compare due volte"},
		{"verifica fuori dagli anni", &Monitoraggio{Verifiche: []Verifica{{Data: MustDate(2030, 6, 30)}}},
			"Dati non validi: verifica al 30/06/2030: la data 30/06/2030 è fuori dagli anni del piano (2024–2026)"},
		{"verifica nella stessa data", &Monitoraggio{Verifiche: []Verifica{{Data: MustDate(2024, 6, 30)}}}, "c'è già una verifica in questa data"},
		{"fase completata fuori dagli anni", &Monitoraggio{Fasi: []StatoFase{{FaseID: 1, Completata: true, Completamento: DatePtr(2023, 12, 1)}}}, "la fase 1 non esiste più"},
		{"avanzamento di un obiettivo cancellato", &Monitoraggio{Avanzamenti: []AvanzamentoDi{{ObiettivoID: 77, Avanzamento: Avanzamento{VerificaID: 1}}}}, "l'obiettivo 77 non esiste più"},
		{"punteggio negativo", &Monitoraggio{Avanzamenti: []AvanzamentoDi{{1, Avanzamento{VerificaID: 1, Punteggio: fp(-2)}}}}, "il punteggio non può essere negativo"},
	}
	before, _ := MarshalPlan(p)
	for _, c := range cases {
		err := p.ValidaMonitoraggio(c.m)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s:\n got %v\nwant %s", c.name, err, c.want)
		}
	}
	after, _ := MarshalPlan(p)
	if !bytes.Equal(before, after) {
		t.Error("la validazione ha cambiato il piano")
	}
	p.Obiettivi[0].Fasi = []Fase{{ID: 1, Titolo: "Gara"}}
	for _, c := range []struct {
		sf   StatoFase
		want string
	}{
		{StatoFase{FaseID: 1, Completata: true, Completamento: DatePtr(2023, 12, 1)}, "fase «Gara», data di completamento: la data 01/12/2023 è fuori dagli anni del piano"},
		{StatoFase{FaseID: 1, Completamento: DatePtr(2024, 12, 1)}, "ha una data di completamento ma non è segnata come completata"},
	} {
		if err := p.ValidaMonitoraggio(&Monitoraggio{Fasi: []StatoFase{c.sf}}); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("fase: %v, atteso %q", err, c.want)
		}
	}
	good := &Monitoraggio{
		Risultati: []RisultatoDi{{2, Risultato{VerificaID: 1, Valore: "7", Data: MustDate(2024, 7, 3), Stato: StatoARischio,
			Causa: "personale in malattia", Azione: "affidamento esterno"}}},
		Avanzamenti: []AvanzamentoDi{{1, Avanzamento{VerificaID: 1, Nota: "progetto approvato"}}},
		Fasi:        []StatoFase{{FaseID: 1, Completata: true, Completamento: DatePtr(2025, 2, 1)}},
	}
	if err := p.ValidaMonitoraggio(good); err != nil {
		t.Errorf("un lotto corretto è rifiutato: %v", err)
	}
}

// The whole plan's validation finds the same problems, located in the
// plan, as an import would.
func TestValidateLocatesCycleProblems(t *testing.T) {
	p := heldPlan()
	p.Obiettivi[0].Indicatori[1].Risultati[0].Valore = "quindici"
	p.Obiettivi[1].Validazione.Percentuale = fp(130)
	p.SMVP.Fasce = []FasciaSMVP{{Da: 50, Proporzionale: true}, {Da: 40, Quota: 100}}
	p.Verifiche = append(p.Verifiche, Verifica{ID: 3, Data: MustDate(2024, 6, 30)})
	err := p.Validate()
	for _, want := range []string{
		"obiettivo n. 1 (TE.1), indicatore «Indicatore 2», rilevazione al 31/12/2024: «quindici» non è un numero",
		"obiettivo n. 2 (TE.2), validazione del Nucleo: 130% supera il massimo riconosciuto dal sistema di valutazione (100%)",
		"sistema di valutazione, fascia 2: le fasce vanno in ordine crescente (40% dopo 50%)",
		"verifica n. 3 (30/06/2024): c'è già una verifica in questa data",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("manca %q in:\n%v", want, err)
		}
	}
	// Plans of other comuni: no level, no title, a target for the whole span.
	q := heldPlan()
	q.Obiettivi[0].Livello, q.Obiettivi[0].Titolo = LivelloNonIndicato, ""
	q.Obiettivi[0].Descrizione = "Riqualificazione dell'illuminazione pubblica. Sostituzione dei corpi illuminanti."
	q.Obiettivi[0].Indicatori[1].Target = []Target{{Anno: 0, Valore: "almeno 60 interventi nel triennio"}}
	if err := q.Validate(); err != nil {
		t.Errorf("piano di un altro comune rifiutato: %v", err)
	}
	if got := q.Obiettivi[0].Intestazione(); got != "TE.1 – Riqualificazione dell'illuminazione pubblica" {
		t.Errorf("intestazione: %q", got)
	}
	q.Obiettivi[0].Indicatori[1].Target = append(q.Obiettivi[0].Indicatori[1].Target, Target{Anno: 0, Valore: "x"})
	if err := q.Validate(); err == nil || !strings.Contains(err.Error(), "più di un target per l'intero triennio") {
		t.Errorf("target ripetuto: %v", err)
	}
}

func TestIntestazione(t *testing.T) {
	long := Obiettivo{Descrizione: strings.Repeat("Digitalizzazione completa dei procedimenti amministrativi ", 3)}
	cases := []struct {
		o    Obiettivo
		want string
	}{
		{Obiettivo{Codice: "A1", Titolo: "Titolo"}, "Titolo"},
		{Obiettivo{Codice: "A1", Descrizione: "Solo descrizione"}, "A1 – Solo descrizione"},
		{Obiettivo{Codice: "A1"}, "Obiettivo A1"},
		{Obiettivo{}, "Obiettivo senza titolo"},
		{long, "Digitalizzazione completa dei procedimenti amministrativi Digitalizzazione completa dei…"},
	}
	for _, c := range cases {
		if got := c.o.Intestazione(); got != c.want {
			t.Errorf("Intestazione(%+v) = %q, atteso %q", c.o, got, c.want)
		}
	}
}
