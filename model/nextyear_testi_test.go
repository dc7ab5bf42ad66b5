package model

import (
	"strings"
	"testing"
	"time"
)

// Next year's plan moves the years inside its texts and lists what it
// changed and what it left alone.
func TestNextYearMovesTheYearsInItsTexts(t *testing.T) {
	fine := MustDate(2023, time.December, 31)
	cur := &Plan{Piano: Piano{Anno: 2023, AnnoInizio: 2023, AnnoFine: 2025},
		Capitoli: []Capitolo{{Titolo: "Premessa", Testo: "Il DUP 2023-2025 e il D.Lgs 150/2009."}},
		Obiettivi: []Obiettivo{{Codice: "EF.2", Titolo: "Bilancio preventivo anno 2024", Anni: []int{2023},
			Descrizione: "Come da delibera 45/2023.",
			Indicatori: []Indicatore{{Nome: "Tempistica", Target: []Target{{Anno: 2023, Valore: "Entro 31/12/2023"}},
				Criterio: "Delibera di approvazione del 2023", Note: "Scadenza di legge 31/12/2023"}},
			Fasi: []Fase{{Titolo: "Approvazione entro il 2023", Fine: &fine}}}}}
	cur.IndicatoriEnte = []Indicatore{{Nome: "Tempestività dei pagamenti (2023)", Note: "Dato del 2023"}}
	NormalizePlan(cur)
	p, rev := PianoAnnoSuccessivoConTesti(cur)
	o := p.Obiettivi[0]
	if o.Titolo != "Bilancio preventivo anno 2025" || o.Indicatori[0].Target[0] != (Target{Anno: 2024, Valore: "Entro 31/12/2024"}) ||
		o.Indicatori[0].Criterio != "Delibera di approvazione del 2024" || o.Indicatori[0].Note != "Scadenza di legge 31/12/2024" ||
		o.Fasi[0].Titolo != "Approvazione entro il 2024" || o.Fasi[0].Fine.Year != 2024 || o.Descrizione != "Come da delibera 45/2023." {
		t.Fatalf("objective %+v", o)
	}
	if p.Capitoli[0].Testo != "Il DUP 2024-2026 e il D.Lgs 150/2009." {
		t.Fatalf("chapter %q", p.Capitoli[0].Testo)
	}
	if cur.Obiettivi[0].Titolo != "Bilancio preventivo anno 2024" {
		t.Fatal("the current plan was changed")
	}
	var all []string
	for _, r := range rev {
		for _, c := range r.Cambi {
			all = append(all, r.Dove+": "+c)
		}
		for _, d := range r.Dubbi {
			all = append(all, r.Dove+": ? "+d)
		}
	}
	joined := strings.Join(all, "\n")
	for _, want := range []string{
		"Obiettivo EF.2 › indicatore «Tempistica» › target 2024: 31/12/2023 → 31/12/2024",
		"Obiettivo EF.2 › descrizione: ? «45/2023»: numero di un atto di quell'anno",
		"Capitolo «Premessa»: 2023-2025 → 2024-2026",
		"Obiettivo EF.2 › indicatore «Tempistica» › criterio di verifica: del 2023 → del 2024",
		"Indicatori dell'ente › indicatore «Tempestività dei pagamenti (2023)» › note: del 2023 → del 2024",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("review lacks %q:\n%s", want, joined)
		}
	}
}

// Controlli flags a target or a phase of a year before the plan's, and
// next year's plan made from the example leaves none.
func TestCheckFlagsYearsBeforeThePlan(t *testing.T) {
	inizio := MustDate(2023, time.March, 1)
	p := &Plan{Piano: Piano{Anno: 2024, AnnoInizio: 2024, AnnoFine: 2026},
		Obiettivi: []Obiettivo{{ID: 1, Codice: "EF.1", Anni: []int{2024},
			Indicatori: []Indicatore{{Nome: "Tempistica", Target: []Target{{Anno: 2024, Valore: "Entro 31/12/2023"}, {Anno: 2025, Valore: "Entro 31/12/2025"}}}},
			Fasi:       []Fase{{Titolo: "Avvio", Inizio: &inizio}, {Titolo: "Chiusura entro il 2024"}}}}}
	var got []string
	for _, f := range Check(p) {
		if f.Campo == "indicatori" || f.Campo == "fasi" {
			got = append(got, f.Messaggio)
		}
	}
	want := []string{
		"Il target dell'indicatore «Tempistica» si riferisce al 2023, prima dell'anno del piano (2024).",
		"La fase «Avvio» si riferisce al 2023, prima dell'anno del piano (2024).",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("findings:\n%s", strings.Join(got, "\n"))
	}
}
