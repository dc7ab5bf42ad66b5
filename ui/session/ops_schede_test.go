package session

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"pianoperformance/model"
	"pianoperformance/workbook/wbtest"
)

func storicoDi(t *testing.T, s *Session) []model.EventoStorico {
	t.Helper()
	var ev []model.EventoStorico
	if err := s.Store.Read(context.Background(), func(r model.Reader) (err error) { ev, err = r.Storico(); return err }); err != nil {
		t.Fatal(err)
	}
	return ev
}

// The workbooks read back are one step: saved with their history line,
// read back from the file, and undone whole, which the history records.
func TestLeggiSchedeEAnnulla(t *testing.T) {
	s, _ := open(t, wbtest.Piano())
	before := stored(t, s.Store)
	m := &model.Monitoraggio{
		Risultati: []model.RisultatoDi{
			{IndicatoreID: wbtest.IndKm, Risultato: model.Risultato{VerificaID: 1, Valore: "4,5", Stato: model.StatoARischio}},
			// A reading already there (ID 501) is replaced.
			{IndicatoreID: wbtest.IndProtocollo, Risultato: model.Risultato{ID: 501, VerificaID: 1, Valore: "2.500", Stato: model.StatoInLinea}},
			{IndicatoreID: wbtest.IndEnte, Risultato: model.Risultato{VerificaID: 1, Valore: "-3"}},
		},
		Avanzamenti: []model.AvanzamentoDi{{ObiettivoID: wbtest.ObTE1, Avanzamento: model.Avanzamento{VerificaID: 1, Nota: "Gara aggiudicata."}}},
		Fasi:        []model.StatoFase{{FaseID: wbtest.FaseGara, Completata: true, Completamento: model.DatePtr(2024, 5, 15)}},
	}
	ev := []model.EventoStorico{{Quando: time.Date(2024, 7, 10, 10, 0, 0, 0, time.UTC), Tipo: model.EventoSchede,
		File: "tecnica.xlsx", Area: "Area Tecnica", Valori: 5, Descrizione: "Letta la scheda dell'Area Tecnica: 5 valori salvati."}}
	if err := s.LeggiSchede("Lettura delle schede", m, ev); err != nil {
		t.Fatal(err)
	}
	sameAsFile(t, s)
	if ind, _ := s.Plan.IndicatoreByID(wbtest.IndEnte); ind.RisultatoAl(1) == nil {
		t.Error("la rilevazione dell'indicatore dell'ente non è stata riletta")
	}
	if got := storicoDi(t, s); len(got) != 1 || got[0].File != "tecnica.xlsx" {
		t.Fatalf("storico %+v", got)
	}
	if s.UndoLabel() != "Lettura delle schede" {
		t.Fatalf("annulla: %q", s.UndoLabel())
	}
	after := stored(t, s.Store)
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	sameAsFile(t, s)
	if !reflect.DeepEqual(s.Plan, before) {
		t.Fatal("annullata la lettura, il piano non è tornato com'era")
	}
	got := storicoDi(t, s)
	if len(got) != 2 || got[1].Tipo != model.EventoAnnullamento || !strings.Contains(got[1].Descrizione, "«tecnica.xlsx»") {
		t.Fatalf("storico dopo l'annullamento: %+v", got)
	}

	// Redone, the readings come back as the first reading left them, with
	// the same IDs, and the history says the workbook was read again.
	if err := s.Redo(); err != nil {
		t.Fatal(err)
	}
	sameAsFile(t, s)
	if !reflect.DeepEqual(stored(t, s.Store), after) {
		t.Fatal("ripetuta la lettura, il piano non è quello della prima lettura")
	}
	if got := storicoDi(t, s); len(got) != 3 || got[2].File != "tecnica.xlsx" || got[2].Tipo != model.EventoSchede {
		t.Fatalf("storico dopo la ripetizione: %+v", got)
	}
}
