package model

import (
	"bytes"
	"testing"
)

// A batch applied and then its inverse gives back the plan, and the copy
// taken before is never written through.
func TestMonitoraggioApplyAndInverse(t *testing.T) {
	p := heldPlan()
	p.Obiettivi[0].Fasi = []Fase{{ID: 1, Titolo: "Gara", Fine: DatePtr(2024, 7, 31)}}
	NormalizePlan(p)
	snapshot := *p
	before, _ := MarshalPlan(p)
	m := &Monitoraggio{
		Risultati: []RisultatoDi{
			{1, Risultato{ID: 500, VerificaID: 1, Valore: "", Stato: StatoInLinea}},  // new
			{2, Risultato{ID: 2, VerificaID: 2, Valore: "18", Stato: StatoARischio}}, // changed
			{50, Risultato{ID: 501, VerificaID: 1, Valore: "3"}},                     // an ente indicator, below
		},
		RisultatiRimossi: []ChiaveRisultato{{3, 2}},
		Avanzamenti:      []AvanzamentoDi{{1, Avanzamento{VerificaID: 1, Nota: "gara bandita"}}},
		Fasi:             []StatoFase{{FaseID: 1, Completata: true, Completamento: DatePtr(2024, 7, 20)}},
	}
	p.IndicatoriEnte = []Indicatore{{ID: 50, Nome: "Indice", Tipo: IndNumero, Target: []Target{}, Risultati: []Risultato{}}}
	snapshot.IndicatoriEnte = p.IndicatoriEnte
	before, _ = MarshalPlan(p)
	if err := p.ValidaMonitoraggio(m); err != nil {
		t.Fatal(err)
	}
	inv := p.InversoMonitoraggio(m)
	p.ApplicaMonitoraggio(m)

	ind1, _ := p.IndicatoreByID(1)
	ind2, _ := p.IndicatoreByID(2)
	ind3, _ := p.IndicatoreByID(3)
	ente, _ := p.IndicatoreByID(50)
	if r := ind1.RisultatoAl(1); r == nil || r.ID != 500 || ind1.Risultati[0].VerificaID != 1 {
		t.Errorf("nuova rilevazione, in ordine di verifica: %+v", ind1.Risultati)
	}
	if r := ind2.RisultatoAl(2); r == nil || r.Valore != "18" || len(ind2.Risultati) != 1 {
		t.Errorf("rilevazione cambiata: %+v", ind2.Risultati)
	}
	if ind3.RisultatoAl(2) != nil || ente.RisultatoAl(1) == nil {
		t.Errorf("rilevazione rimossa o dell'ente: %+v %+v", ind3.Risultati, ente.Risultati)
	}
	if a := p.ObiettivoByID(1).AvanzamentoAl(1); a == nil || a.Nota != "gara bandita" {
		t.Errorf("avanzamento: %+v", p.ObiettivoByID(1).Avanzamenti)
	}
	if f, _ := p.FaseByID(1); !f.Completata || *f.Completamento != MustDate(2024, 7, 20) {
		t.Errorf("fase: %+v", f)
	}
	// The copy taken before the change still shows the old plan.
	if r := snapshot.Obiettivi[0].Indicatori[0].RisultatoAl(1); r != nil || snapshot.Obiettivi[0].Fasi[0].Completata ||
		snapshot.Obiettivi[1].Indicatori[0].RisultatoAl(2) == nil || snapshot.IndicatoriEnte[0].RisultatoAl(1) != nil {
		t.Error("ApplicaMonitoraggio ha scritto nella copia presa prima")
	}
	p.ApplicaMonitoraggio(inv)
	NormalizePlan(p)
	after, _ := MarshalPlan(p)
	if !bytes.Equal(before, after) {
		t.Errorf("il lotto inverso non ripristina il piano")
	}
}

// Deleting a checkpoint takes its readings and notes along; the batch of
// DatiVerifica brings all of them back.
func TestRimuoviVerificaAndRestore(t *testing.T) {
	p := heldPlan()
	p.Obiettivi[0].Avanzamenti = []Avanzamento{{VerificaID: 2, Nota: "concluso"}, {VerificaID: 1, Nota: "avviato"}}
	NormalizePlan(p)
	before, _ := MarshalPlan(p)
	back := p.DatiVerifica(2)
	if len(back.Verifiche) != 1 || len(back.Risultati) != 9 || len(back.Avanzamenti) != 1 {
		t.Fatalf("dati della verifica: %d verifiche, %d rilevazioni, %d avanzamenti", len(back.Verifiche), len(back.Risultati), len(back.Avanzamenti))
	}
	p.RimuoviVerifica(2)
	if p.VerificaByID(2) != nil || p.Obiettivi[0].Indicatori[0].RisultatoAl(2) != nil || len(p.Obiettivi[0].Avanzamenti) != 1 {
		t.Fatal("la verifica rimossa ha lasciato dati")
	}
	if _, err := ValutaFinale(p); err != nil {
		t.Fatal(err)
	}
	p.ApplicaMonitoraggio(back)
	NormalizePlan(p)
	after, _ := MarshalPlan(p)
	if !bytes.Equal(before, after) {
		t.Error("DatiVerifica non ripristina la verifica rimossa")
	}
}
