package model

import (
	"strings"
	"testing"
	"time"
)

// Targets as real plans write them, and what the program must understand.
func TestLeggiTarget(t *testing.T) {
	d := func(y int, m time.Month, g int) Date { return MustDate(y, m, g) }
	cases := []struct {
		in     string
		tipo   TipoIndicatore
		want   TipoTarget
		val    float64
		conf   Confronto
		perc   bool
		scad   Date
		capito string // a part of what the program says it understood
	}{
		// Deadlines, as the reference plan and others write them.
		{"entro il 31/12/2023", IndTempo, TargetData, 0, 0, false, d(2023, 12, 31), "entro il 31/12/2023"},
		{"Entro 31/12/2023", IndTempo, TargetData, 0, 0, false, d(2023, 12, 31), "entro il 31/12/2023"},
		{"31.12.2024", IndTempo, TargetData, 0, 0, false, d(2024, 12, 31), "entro il 31/12/2024"},
		{"30.11.2023", IndTempo, TargetData, 0, 0, false, d(2023, 11, 30), ""},
		{"Settembre 2023", IndTempo, TargetData, 0, 0, false, d(2023, 9, 30), "entro il 30/09/2023"},
		{"Dicembre 2023", IndTempo, TargetData, 0, 0, false, d(2023, 12, 31), ""},
		{"entro il 15 marzo 2024", IndTempo, TargetData, 0, 0, false, d(2024, 3, 15), ""},
		{"Approvazione del regolamento entro il 30/06/2023", IndTempo, TargetData, 0, 0, false, d(2023, 6, 30), ""},
		// Figures.
		{"100% istanze pervenute", IndNumero, TargetSoglia, 100, AlMeno, true, Date{}, "almeno 100% (istanze pervenute), più alto è meglio"},
		{"< 40%", IndPercentuale, TargetSoglia, 40, Minore, true, Date{}, "meno di 40%"},
		{"≤ 40 %", IndPercentuale, TargetSoglia, 40, AlMassimo, true, Date{}, "al massimo 40%"},
		{"almeno 5 pro capite", IndNumero, TargetSoglia, 5, AlMeno, false, Date{}, "almeno 5 (pro capite)"},
		{"08 rilevazioni velocità", IndPercentuale, TargetSoglia, 8, AlMeno, true, Date{}, "almeno 8% (rilevazioni velocità), più alto è meglio"},
		{"100% evasione 2018", IndPercentuale, TargetSoglia, 100, AlMeno, true, Date{}, "(evasione 2018)"},
		{"100%", IndPercentuale, TargetSoglia, 100, AlMeno, true, Date{}, "almeno 100%"},
		{"superiore al 75%", IndPercentuale, TargetSoglia, 75, Maggiore, true, Date{}, "più di 75%"},
		{"non oltre 30 giorni dalla richiesta", IndNumero, TargetSoglia, 30, AlMassimo, false, Date{}, "al massimo 30 (giorni dalla richiesta)"},
		{"entro 30 giorni", IndNumero, TargetSoglia, 30, AlMassimo, false, Date{}, "al massimo 30 (giorni)"},
		{"1.200 accessi", IndNumero, TargetSoglia, 1200, AlMeno, false, Date{}, "almeno 1.200 (accessi)"},
		{"≥ 2,5", IndNumero, TargetSoglia, 2.5, AlMeno, false, Date{}, "almeno 2,5"},
		// Relative to the previous value: the baseline.
		{"≥ anno precedente", IndNumero, TargetPrecedente, 0, AlMeno, false, Date{}, "almeno il valore di partenza (anno precedente)"},
		{"<= valore dell'anno precedente", IndNumero, TargetPrecedente, 0, AlMassimo, false, Date{}, "al massimo il valore di partenza"},
		// Yes/no.
		{"Sì", IndSiNo, TargetSiNo, 1, 0, false, Date{}, "sì"},
		{"Approvazione del piano", IndSiNo, TargetSiNo, 1, 0, false, Date{}, "sì"},
		{"no", IndSiNo, TargetSiNo, 0, 0, false, Date{}, "no"},
		// What the program refuses to guess, and says why.
		{"Entro l'inizio del nuovo anno scolastico", IndTempo, TargetNonLetto, 0, 0, false, Date{}, "non vi si trova una data"},
		{"Svolgimento adempimenti fino alla chiusura del Consorzio", IndTempo, TargetNonLetto, 0, 0, false, Date{}, "non vi si trova una data"},
		{"20% sanzione comportamenti illeciti rispetto alla media degli ultimi 3 anni", IndPercentuale, TargetNonLetto, 0, 0, false, Date{}, "relativo a un altro valore"},
		{"100% rispetto al numero attuale", IndNumero, TargetNonLetto, 0, 0, false, Date{}, "relativo a un altro valore"},
		{"+10% rispetto al 2022", IndPercentuale, TargetNonLetto, 0, 0, false, Date{}, "relativo"},
		{"riduzione del 20%", IndPercentuale, TargetNonLetto, 0, 0, false, Date{}, "relativo"},
		{"da 10 a 20 interventi", IndNumero, TargetNonLetto, 0, 0, false, Date{}, "all'inizio"},
		{"10 interventi e 3 corsi", IndNumero, TargetNonLetto, 0, 0, false, Date{}, "più di un valore"},
		{"Miglioramento del servizio", IndNumero, TargetNonLetto, 0, 0, false, Date{}, "relativo"},
		{"Qualità percepita buona", IndNumero, TargetNonLetto, 0, 0, false, Date{}, "all'inizio"},
		{"entro il 31/12/2023", IndNumero, TargetNonLetto, 0, 0, false, Date{}, "cambiare il tipo in «tempo»"},
		{"100%", IndTempo, TargetNonLetto, 0, 0, false, Date{}, "non vi si trova una data"},
		{"Relazione al Consiglio", IndTesto, TargetNonLetto, 0, 0, false, Date{}, "descrittivo"},
		{"  ", IndNumero, TargetNonLetto, 0, 0, false, Date{}, "vuoto"},
	}
	for _, c := range cases {
		got := LeggiTarget(c.in, c.tipo)
		if got.Tipo != c.want || got.Valore != c.val || got.Confronto != c.conf || got.Percento != c.perc || got.Scadenza != c.scad {
			t.Errorf("LeggiTarget(%q, %s) = %+v", c.in, c.tipo, got)
		}
		if !strings.Contains(got.Capito, c.capito) {
			t.Errorf("LeggiTarget(%q): capito %q, atteso che contenga %q", c.in, got.Capito, c.capito)
		}
		if got.Capito == "" {
			t.Errorf("LeggiTarget(%q): deve sempre dire che cosa ha capito o perché no", c.in)
		}
	}
}

func TestLeggiValore(t *testing.T) {
	ok := []struct {
		tipo TipoIndicatore
		in   string
		norm string
	}{
		{IndNumero, "1.363,18", "1.363,18"}, {IndNumero, " 15 ", "15"}, {IndNumero, "-3", "-3"}, {IndNumero, "", ""},
		{IndPercentuale, "97%", "97%"}, {IndPercentuale, "97,5 %", "97,5%"}, {IndPercentuale, "0", "0%"}, {IndPercentuale, "100", "100%"},
		{IndTempo, "15/10/2023", "15/10/2023"}, {IndTempo, "2023-10-15", "15/10/2023"}, {IndTempo, "15.10.23", "15/10/2023"},
		{IndSiNo, "Sì", "sì"}, {IndSiNo, "si", "sì"}, {IndSiNo, "NO", "no"}, {IndSiNo, "x", "sì"},
		{IndTesto, "approvato con delibera n. 45 del 12/10", "approvato con delibera n. 45 del 12/10"},
	}
	for _, c := range ok {
		got, err := NormalizzaValore(c.tipo, c.in)
		if err != nil || got != c.norm {
			t.Errorf("NormalizzaValore(%s, %q) = %q, %v; atteso %q", c.tipo, c.in, got, err, c.norm)
		}
	}
	bad := []struct {
		tipo TipoIndicatore
		in   string
		msg  string
	}{
		{IndNumero, "dodici", "«dodici» non è un numero: scrivere ad esempio 1.363,18"},
		{IndNumero, "12a", "«12a» non è un numero"},
		{IndPercentuale, "150%", "150 non è una percentuale possibile: deve stare tra 0 e 100"},
		{IndPercentuale, "-5", "-5 non è una percentuale possibile"},
		{IndTempo, "fatto", "«fatto» non è una data: scrivere il giorno in cui è stato completato"},
		{IndTempo, "31/02/2023", "non è una data"},
		{IndSiNo, "forse", "«forse» non è una risposta sì/no: scrivere sì oppure no"},
	}
	for _, c := range bad {
		_, err := LeggiValore(c.tipo, c.in)
		if err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("LeggiValore(%s, %q): errore %v, atteso %q", c.tipo, c.in, err, c.msg)
		}
	}
}

func TestParseStato(t *testing.T) {
	for in, want := range map[string]StatoRilevazione{"In linea": StatoInLinea, "in_linea": StatoInLinea, " A RISCHIO ": StatoARischio,
		"non raggiunto": StatoNonRaggiunto, "": StatoNonIndicato, "Non avviato": StatoNonAvviato, "critico": StatoCritico} {
		if got, err := ParseStato(in); err != nil || got != want {
			t.Errorf("ParseStato(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseStato("quasi"); err == nil || !strings.Contains(err.Error(), "scegliere tra non avviato, in linea, a rischio, critico, raggiunto, non raggiunto") {
		t.Errorf("stato sconosciuto: %v", err)
	}
}
