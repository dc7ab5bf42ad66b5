package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"pianoperformance/model"
)

// v1File writes a file of schema version 1, as the program before the
// performance cycle left it: EF.1 with a deadline indicator and its old
// readings (a % typed by hand, final and validation ticks), and indicator
// 50 deleted once, so the counter stands above the IDs in use.
func v1File(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "vecchio.db")
	db, err := sql.Open("sqlite3", fileURI(path)+"?"+rwParams)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := migrateOne(context.Background(), db, migrations[0]); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"INSERT INTO ente (id, nome) VALUES (1, 'Albizzate')",
		"INSERT INTO piano (id, anno, anno_inizio, anno_fine, titolo) VALUES (1, 2023, 2023, 2025, 'Piano')",
		"INSERT INTO unita (id, ordine, tipo, nome) VALUES (5, 1, 'area', 'Area Economico Finanziaria')",
		"INSERT INTO obiettivo (id, ordine, codice, livello, area_id, titolo) VALUES (1, 1, 'EF.1', 'esecutivo', 5, 'Regolamento')",
		"INSERT INTO obiettivo_anno (obiettivo_id, anno) VALUES (1, 2023)",
		"INSERT INTO indicatore (id, obiettivo_id, ordine, nome, tipo) VALUES (50, 1, 9, 'cancellato', 'numero')",
		"DELETE FROM indicatore WHERE id = 50",
		"INSERT INTO indicatore (id, obiettivo_id, ordine, nome, tipo) VALUES (1, 1, 1, 'Tempistica', 'tempo')",
		"INSERT INTO target (indicatore_id, anno, valore) VALUES (1, 2023, 'Entro 31/12/2023')",
		`INSERT INTO risultato (id, indicatore_id, data, valore, raggiungimento, punteggio, finale, validato, data_validazione, note) VALUES
			(7, 1, '2023-06-30', 'in corso', 40, NULL, 0, 0, NULL, 'a metà'),
			(8, 1, '2023-12-20', '20/12/2023', 100, 9, 1, 1, '2024-04-10', '')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	return path
}

// pianoFormato1 is v1File's plan as the JSON file of format 1 held it.
const pianoFormato1 = `{"formato": "piano-performance", "versione": 1, "piano": {"ente": {"nome": "Albizzate"},
		"piano": {"anno": 2023, "anno_inizio": 2023, "anno_fine": 2025, "titolo": "Piano", "sezione": "", "sottosezione": "", "stato": "", "approvazione": {}},
		"capitoli": [], "territorio": {"superficie_totale_kmq": 0, "superficie_urbana_kmq": 0, "altitudine_m": 0, "frazioni": [], "strade": [], "risorse_idriche": []},
		"popolazione": [], "fasce_eta": [], "popolazione_fasce": [], "personale": [], "benchmark": [], "servizi_associati": [],
		"unita": [{"id": 5, "ordine": 1, "tipo": "area", "nome": "Area Economico Finanziaria"}],
		"obiettivi": [{"id": 1, "ordine": 1, "codice": "EF.1", "livello": "esecutivo", "area_id": 5, "unita_ids": [], "titolo": "Regolamento",
			"descrizione": "", "anni": [2023], "peso": {}, "fasi": [], "indicatori": [{"id": 1, "ordine": 1, "nome": "Tempistica", "tipo": "tempo",
			"target": [{"anno": 2023, "valore": "Entro 31/12/2023"}], "risultati": [
				{"id": 7, "data": "2023-06-30", "valore": "in corso", "raggiungimento_perc": 40, "note": "a metà"},
				{"id": 8, "data": "2023-12-20", "valore": "20/12/2023", "raggiungimento_perc": 100, "punteggio": 9, "finale": true, "validato": true, "data_validazione": "2024-04-10"}]}]}]}}`

// A file of schema 1 is brought to the cycle's model on opening, by the
// same rules as a JSON file of format 1: nothing it held is lost.
func TestMigrationToCicloPlacesOldReadings(t *testing.T) {
	s, err := Open(v1File(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if v, _ := schemaVersion(ctx, s.db); v != latestVersion() {
		t.Fatalf("schema %d dopo l'apertura, atteso %d", v, latestVersion())
	}
	p := load(t, s)
	if err := p.Validate(); err != nil {
		t.Fatalf("piano convertito non valido: %v", err)
	}
	want := []model.Verifica{{ID: 1, Data: model.MustDate(2023, 6, 30)}, {ID: 2, Data: model.MustDate(2023, 12, 31)}}
	if !reflect.DeepEqual(p.Verifiche, want) {
		t.Fatalf("verifiche %+v", p.Verifiche)
	}
	rr := p.Obiettivi[0].Indicatori[0].Risultati
	if len(rr) != 2 {
		t.Fatalf("rilevazioni %+v", rr)
	}
	mid, fin := rr[0], rr[1]
	if mid.ID != 7 || mid.VerificaID != 1 || mid.Valore != "" || !strings.Contains(mid.Note, "a metà") ||
		!strings.Contains(mid.Note, "Valore registrato in precedenza: «in corso»") || mid.Forzatura == nil || mid.Forzatura.Percentuale != 40 {
		t.Errorf("rilevazione di metà anno: %+v", mid)
	}
	if fin.ID != 8 || fin.VerificaID != 2 || fin.Valore != "20/12/2023" || *fin.Punteggio != 9 || fin.Forzatura.Autore != model.AutoreV1 {
		t.Errorf("rilevazione finale: %+v", fin)
	}
	if v := p.Obiettivi[0].Validazione; v == nil || *v.Data != model.MustDate(2024, 4, 10) {
		t.Errorf("validazione %+v", v)
	}
	// The JSON import of format 1 reads the same readings the same way.
	pj, err := model.UnmarshalPlan([]byte(pianoFormato1))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(pj.Obiettivi[0].Indicatori[0].Risultati, rr) || !reflect.DeepEqual(pj.Obiettivi[0].Validazione, p.Obiettivi[0].Validazione) {
		t.Errorf("JSON e archivio convertono diversamente:\n%+v\n%+v", pj.Obiettivi[0].Indicatori[0].Risultati, rr)
	}
	// A deleted ID is still never handed out again.
	ind := model.Indicatore{Nome: "nuovo", Tipo: model.IndNumero}
	if err := wr(s, func(w model.Writer) error { return w.SaveIndicatoreEnte(&ind) }); err != nil || ind.ID != 51 {
		t.Errorf("nuovo indicatore con ID %d (%v), atteso 51", ind.ID, err)
	}
	var leftover int
	s.db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name LIKE '%_v1'").Scan(&leftover)
	if leftover != 0 {
		t.Error("tabelle temporanee della migrazione rimaste nel file")
	}
}

func TestSaveMonitoraggio(t *testing.T) {
	s := newStore(t, richPlan())
	p := load(t, s)
	ind := p.Obiettivi[0].Indicatori[1] // no readings yet
	m := &model.Monitoraggio{
		Verifiche: []model.Verifica{{Data: model.MustDate(2023, 9, 30), Titolo: "Verifica del terzo trimestre"}},
		Risultati: []model.RisultatoDi{
			{IndicatoreID: ind.ID, Risultato: model.Risultato{VerificaID: 1, Valore: "45%", Stato: model.StatoInLinea}},
			// Replaces the reading at 31/12 of indicator 1, keeping its ID.
			{IndicatoreID: p.Obiettivi[0].Indicatori[0].ID, Risultato: model.Risultato{VerificaID: 2, Valore: "20/12/2023", Stato: model.StatoRaggiunto}},
		},
		Avanzamenti: []model.AvanzamentoDi{{ObiettivoID: 101, Avanzamento: model.Avanzamento{VerificaID: 1, Nota: "avviato"}}},
		Fasi:        []model.StatoFase{{FaseID: p.Obiettivi[0].Fasi[1].ID, Completata: true, Completamento: dp(2023, 10, 2)}},
	}
	if err := wr(s, func(w model.Writer) error { return w.SaveMonitoraggio(m) }); err != nil {
		t.Fatal(err)
	}
	oldID := p.Obiettivi[0].Indicatori[0].Risultati[1].ID
	if m.Verifiche[0].ID == 0 || m.Risultati[0].Risultato.ID == 0 || m.Risultati[1].Risultato.ID != oldID {
		t.Errorf("ID scritti nel lotto: %d %d %d (atteso %d)", m.Verifiche[0].ID, m.Risultati[0].Risultato.ID, m.Risultati[1].Risultato.ID, oldID)
	}
	// What is on disk is what the plan in memory becomes.
	p.ApplicaMonitoraggio(m)
	s = reopen(t, s)
	if got := load(t, s); !reflect.DeepEqual(got, p) {
		t.Fatalf("dopo il lotto, archivio e memoria differiscono:\n got %+v\nwant %+v", got.Obiettivi[0], p.Obiettivi[0])
	}
	// The inverse batch brings the file back.
	before := load(t, s)
	m2 := &model.Monitoraggio{RisultatiRimossi: []model.ChiaveRisultato{{IndicatoreID: ind.ID, VerificaID: 1}},
		Risultati: []model.RisultatoDi{{IndicatoreID: ind.ID, Risultato: model.Risultato{VerificaID: 2, Valore: "90"}}}}
	inv := before.InversoMonitoraggio(m2)
	if err := wr(s, func(w model.Writer) error { return w.SaveMonitoraggio(m2) }); err != nil {
		t.Fatal(err)
	}
	if err := wr(s, func(w model.Writer) error { return w.SaveMonitoraggio(inv) }); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s); !reflect.DeepEqual(got, before) {
		t.Fatal("il lotto inverso non ripristina l'archivio")
	}
}

// A batch is all or nothing, and its refusals say why.
func TestSaveMonitoraggioRefusesAndChangesNothing(t *testing.T) {
	s := newStore(t, richPlan())
	before := load(t, s)
	indID := before.Obiettivi[0].Indicatori[1].ID
	good := model.RisultatoDi{IndicatoreID: indID, Risultato: model.Risultato{VerificaID: 1, Valore: "10"}}
	cases := []struct {
		name string
		m    *model.Monitoraggio
		is   error
		msg  string
	}{
		{"indicatore cancellato", &model.Monitoraggio{Risultati: []model.RisultatoDi{good, {IndicatoreID: 4242, Risultato: model.Risultato{VerificaID: 1}}}},
			ErrNotFound, "L'indicatore 4242 non esiste più"},
		{"verifica cancellata", &model.Monitoraggio{Risultati: []model.RisultatoDi{good, {IndicatoreID: indID, Risultato: model.Risultato{VerificaID: 77}}}},
			ErrNotFound, "La verifica 77 non esiste più"},
		{"fase cancellata", &model.Monitoraggio{Risultati: []model.RisultatoDi{good}, Fasi: []model.StatoFase{{FaseID: 999, Completata: true}}},
			ErrNotFound, "La fase 999 non esiste più"},
		{"verifica nella stessa data", &model.Monitoraggio{Verifiche: []model.Verifica{{Data: model.MustDate(2023, 6, 30)}}, Risultati: []model.RisultatoDi{good}},
			model.ErrExists, "c'è già una verifica al 30/06/2023"},
		{"forzatura senza motivo", &model.Monitoraggio{Risultati: []model.RisultatoDi{{IndicatoreID: indID, Risultato: model.Risultato{VerificaID: 1,
			Forzatura: &model.Forzatura{Percentuale: 80, Autore: "Rossi", Quando: time.Now()}}}}},
			nil, "scrivere il motivo (è obbligatorio quando la percentuale non è quella calcolata)"},
		{"forzatura oltre il tetto del piano", &model.Monitoraggio{Risultati: []model.RisultatoDi{{IndicatoreID: indID, Risultato: model.Risultato{VerificaID: 1,
			Forzatura: &model.Forzatura{Percentuale: 115, Motivo: "superato", Autore: "Rossi", Quando: time.Now()}}}}},
			nil, "115% supera il massimo riconosciuto dal sistema di valutazione (110%)"},
	}
	for _, c := range cases {
		err := wr(s, func(w model.Writer) error { return w.SaveMonitoraggio(c.m) })
		if err == nil || !strings.Contains(err.Error(), c.msg) || (c.is != nil && !errors.Is(err, c.is)) {
			t.Errorf("%s: %v", c.name, err)
		}
		if c.m.Risultati != nil && c.m.Risultati[0].Risultato.ID != 0 {
			t.Errorf("%s: un lotto rifiutato non deve ricevere ID", c.name)
		}
	}
	s = reopen(t, s)
	if got := load(t, s); !reflect.DeepEqual(got, before) {
		t.Fatal("un lotto rifiutato ha cambiato l'archivio")
	}
	// Within the SMVP's cap (110 %) an override is accepted.
	ok := &model.Monitoraggio{Risultati: []model.RisultatoDi{{IndicatoreID: indID, Risultato: model.Risultato{VerificaID: 1,
		Forzatura: &model.Forzatura{Percentuale: 105, Motivo: "superato", Autore: "Rossi", Quando: time.Now().UTC()}}}}}
	if err := wr(s, func(w model.Writer) error { return w.SaveMonitoraggio(ok) }); err != nil {
		t.Errorf("forzatura entro il tetto rifiutata: %v", err)
	}
}

// Deleting a checkpoint takes its readings and notes; the plan's batch
// brings everything back, IDs included.
func TestDeleteVerificaAndUndo(t *testing.T) {
	s := newStore(t, richPlan())
	before := load(t, s)
	back := before.DatiVerifica(2)
	gone, err := deleteVerifica(s, 2)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gone, back) {
		t.Errorf("l'eliminazione restituisce %+v, non quello che c'era %+v", gone, back)
	}
	after := load(t, s)
	if after.VerificaByID(2) != nil || len(after.Obiettivi[0].Indicatori[0].Risultati) != 1 || len(after.IndicatoriEnte[0].Risultati) != 0 ||
		len(after.Obiettivi[0].Avanzamenti) != 1 {
		t.Fatalf("dopo l'eliminazione: %+v", after.Obiettivi[0].Avanzamenti)
	}
	mem := *before
	mem.RimuoviVerifica(2)
	if !reflect.DeepEqual(&mem, after) {
		t.Error("RimuoviVerifica in memoria e DeleteVerifica nell'archivio differiscono")
	}
	if err := wr(s, func(w model.Writer) error { return w.SaveMonitoraggio(back) }); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s); !reflect.DeepEqual(got, before) {
		t.Fatal("il ripristino della verifica non riporta l'archivio com'era")
	}
	if _, err := deleteVerifica(s, 99); !errors.Is(err, ErrNotFound) {
		t.Errorf("verifica inesistente: %v", err)
	}
}

func TestSaveValidazioneSMVPRelazione(t *testing.T) {
	s := newStore(t, richPlan())
	if err := wr(s, func(w model.Writer) error {
		return w.SaveValidazione(101, &model.Validazione{Percentuale: fp(70), Data: dp(2024, 5, 2), Verbale: "5/2024"})
	}); err != nil {
		t.Fatal(err)
	}
	if err := wr(s, func(w model.Writer) error { return w.SaveValidazione(100, nil) }); err != nil {
		t.Fatal(err)
	}
	if err := wr(s, func(w model.Writer) error { return w.SaveValidazione(4242, nil) }); !errors.Is(err, ErrNotFound) {
		t.Errorf("obiettivo inesistente: %v", err)
	}
	p := load(t, s)
	if p.ObiettivoByID(100).Validazione != nil || *p.ObiettivoByID(101).Validazione.Percentuale != 70 {
		t.Error("validazioni non salvate")
	}
	bad := model.SMVPPredefinito()
	bad.Fasce[1].Da = 95
	if err := wr(s, func(w model.Writer) error { return w.SaveSMVP(bad) }); err == nil || !strings.Contains(err.Error(), "le fasce vanno in ordine crescente") {
		t.Errorf("fasce disordinate accettate: %v", err)
	}
	q := model.SMVPPredefinito()
	q.Ritardo = model.RegolaRitardo{Tipo: model.RitardoPerMese, PerMese: 5}
	if err := wr(s, func(w model.Writer) error { return w.SaveSMVP(q) }); err != nil {
		t.Fatal(err)
	}
	rel := model.Relazione{Sintesi: "Nuova sintesi", Validazione: model.ValidazioneRelazione{Esito: model.ValidazioneValidata, Data: dp(2024, 6, 1)}}
	if err := wr(s, func(w model.Writer) error { return w.SaveRelazione(rel) }); err != nil {
		t.Fatal(err)
	}
	p = load(t, reopen(t, s))
	if !reflect.DeepEqual(p.SMVP, q) || !reflect.DeepEqual(p.Relazione, rel) {
		t.Errorf("SMVP o relazione riletti diversi: %+v %+v", p.SMVP, p.Relazione)
	}
}

func TestIndicatoriEnte(t *testing.T) {
	s := newStore(t, richPlan())
	ind := model.Indicatore{Ordine: 2, Nome: "Indice di indebitamento", Tipo: model.IndPercentuale, Target: []model.Target{{Anno: 2023, Valore: "< 10%"}},
		Risultati: []model.Risultato{{VerificaID: 2, Valore: "7,5%"}}}
	if err := wr(s, func(w model.Writer) error { return w.SaveIndicatoreEnte(&ind) }); err != nil {
		t.Fatal(err)
	}
	if ind.ID == 0 || ind.Risultati[0].ID == 0 {
		t.Fatal("ID non assegnati")
	}
	p := load(t, s)
	if len(p.IndicatoriEnte) != 2 || !reflect.DeepEqual(p.IndicatoriEnte[1], ind) {
		t.Fatalf("indicatori dell'ente: %+v", p.IndicatoriEnte)
	}
	// An ID of an objective's indicator is not taken over.
	taken := model.Indicatore{ID: p.Obiettivi[0].Indicatori[0].ID, Nome: "x", Tipo: model.IndNumero}
	if err := wr(s, func(w model.Writer) error { return w.SaveIndicatoreEnte(&taken) }); err == nil {
		t.Error("un indicatore di un obiettivo è stato trasformato in indicatore dell'ente")
	}
	if _, err := deleteIndicatoreEnte(s, p.Obiettivi[0].Indicatori[0].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("eliminato un indicatore di un obiettivo: %v", err)
	}
	gone, err := deleteIndicatoreEnte(s, ind.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gone, ind) {
		t.Errorf("l'eliminazione restituisce %+v, non l'indicatore %+v", gone, ind)
	}
	// Undo: saved again with its IDs.
	if err := wr(s, func(w model.Writer) error { return w.SaveIndicatoreEnte(&ind) }); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s); !reflect.DeepEqual(got, p) {
		t.Error("il ripristino dell'indicatore dell'ente non riporta l'archivio com'era")
	}
}

// wr runs fn as one transaction of s.
func wr(s model.Store, fn func(w model.Writer) error) error { return s.Write(ctx, fn) }

func deleteVerifica(s *Store, id int64) (gone *model.Monitoraggio, err error) {
	err = s.Write(ctx, func(w model.Writer) (e error) { gone, e = w.DeleteVerifica(id); return e })
	return gone, err
}

func deleteIndicatoreEnte(s *Store, id int64) (gone model.Indicatore, err error) {
	err = s.Write(ctx, func(w model.Writer) (e error) { gone, e = w.DeleteIndicatoreEnte(id); return e })
	return gone, err
}
