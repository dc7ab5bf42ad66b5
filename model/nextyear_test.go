package model

import (
	"testing"
	"time"
)

// Next year's plan starts from each indicator's last measured value and
// carries no readings, notes or validations over.
func TestPianoAnnoSuccessivo(t *testing.T) {
	p := heldPlan()
	p.Obiettivi[0].Fasi = []Fase{{ID: 1, Titolo: "Gara", Fine: DatePtr(2024, 2, 29), Completata: true, Completamento: DatePtr(2024, 2, 20)}}
	p.Obiettivi[0].Avanzamenti = []Avanzamento{{VerificaID: 1, Nota: "avviato"}}
	// A mid-year value only, for indicator 3: it is the last measured.
	p.Obiettivi[1].Indicatori[0].Risultati = []Risultato{{ID: 30, VerificaID: 1, Valore: "55"}}
	p.Relazione = Relazione{Sintesi: "2024", Approvazione: Atto{Organo: "Giunta comunale", Numero: "3"}}
	p.Scadenzario = Scadenzario{ApprovazioneBilancio: DatePtr(2024, 3, 14), Regola: RegolaTermineBilancio, Giorni: 20,
		Adempimenti: []Adempimento{{Chiave: "2024/piano", Data: MustDate(2024, 4, 2)}}}
	n := PianoAnnoSuccessivo(p)
	if n.Piano.Anno != 2025 || n.Verifiche[0].Data != MustDate(2025, time.June, 30) || n.Verifiche[1].Data != MustDate(2025, time.December, 31) {
		t.Fatalf("anno %d, verifiche %+v", n.Piano.Anno, n.Verifiche)
	}
	for _, c := range []struct {
		id         int64
		base       string
		annoBase   int
		targetAnno int
	}{
		{1, "15/10/2024", 2024, 2025},
		{2, "15", 2024, 2025},
		{3, "55%", 2024, 2025},
		{8, "126", 2024, 2025}, // was "120": the measured value replaces it
	} {
		ind, _ := n.IndicatoreByID(c.id)
		if ind.Baseline != c.base || ind.AnnoBaseline != c.annoBase || ind.Target[0].Anno != c.targetAnno || len(ind.Risultati) != 0 {
			t.Errorf("indicatore %d: partenza %q (%d), target %d, %d rilevazioni", c.id, ind.Baseline, ind.AnnoBaseline, ind.Target[0].Anno, len(ind.Risultati))
		}
	}
	o := n.ObiettivoByID(1)
	if len(o.Avanzamenti) != 0 || n.ObiettivoByID(2).Validazione != nil || o.Fasi[0].Completata || o.Fasi[0].Completamento != nil ||
		*o.Fasi[0].Fine != MustDate(2025, 2, 28) {
		t.Errorf("obiettivo riportato: %+v", o)
	}
	if n.Relazione.Sintesi != "" || n.Relazione.Approvazione.Organo != "Giunta comunale" || n.Relazione.Approvazione.Numero != "" {
		t.Errorf("relazione riportata: %+v", n.Relazione)
	}
	if s := n.Scadenzario; s.ApprovazioneBilancio != nil || len(s.Adempimenti) != 0 || s.Regola != RegolaTermineBilancio || s.Giorni != 20 {
		t.Errorf("scadenzario riportato: %+v", s)
	}
	if len(n.SMVP.Fasce) != 3 || n.SMVP.Ritardo.PerMese != 10 {
		t.Error("il sistema di valutazione resta quello dell'ente")
	}
	if err := n.Validate(); err != nil {
		t.Errorf("piano dell'anno successivo non valido: %v", err)
	}
	if p.Piano.Anno != 2024 || len(p.Obiettivi[0].Indicatori[0].Risultati) != 1 {
		t.Error("il piano corrente è stato cambiato")
	}
}
