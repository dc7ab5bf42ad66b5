package sqlite

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"pianoperformance/model"
	"pianoperformance/model/synth"
)

// Fixtures follow Load's conventions (order, nil versus empty), so a plan
// saved and loaded back compares equal with reflect.DeepEqual.

func ip(n int) *int              { return &n }
func fp(f float64) *float64      { return &f }
func dp(y, m, d int) *model.Date { return model.DatePtr(y, time.Month(m), d) }

// richPlan is a plan touching every table, with IDs set as ReplacePlan keeps them.
func richPlan() *model.Plan {
	p := &model.Plan{
		Ente: model.Ente{Nome: "Comune di Prova", Provincia: "Varese", Regione: "Lombardia",
			CodiceISTAT: "012001", Stemma: synth.PNGHeader(1, 1)},
		Piano: model.Piano{Anno: 2023, AnnoInizio: 2023, AnnoFine: 2025,
			Titolo: "Piano della Performance e Piano degli Obiettivi", Sezione: "Sezione 2 - P.I.A.O.",
			Sottosezione: "Sottosezione 2.2.1", Stato: model.StatoAdottato, GruppoSenzaArea: "Obiettivi del Segretario comunale",
			Approvazione: model.Atto{Organo: "Giunta comunale", Numero: "12/bis", Data: dp(2023, 3, 30)}},
		Capitoli: []model.Capitolo{
			{ID: 3, Ordine: 1, Titolo: "PREMESSA", Testo: "L'art. 169…\n\n- punto uno\n- punto due"},
			{ID: 1, Ordine: 2, Titolo: "IL TERRITORIO", Testo: "Testo sul territorio.", Sezione: model.SezioneTerritorio},
			{ID: 2, Ordine: 2, Titolo: "LA POPOLAZIONE", Testo: "", Sezione: model.SezionePopolazione},
		},
		Territorio: model.Territorio{SuperficieTotale: 3.86, SuperficieUrbana: 1.2, Altitudine: 344,
			AltitudineRiferimento: "casa comunale", Latitudine: `45°43'48"36 N`, Longitudine: `8°48'11"28 E`,
			RegioneAgraria: "n. 3", Frazioni: []string{"Valdarno", "Capoluogo"},
			Strade:          []model.Strada{{Tipo: "Provinciali", Km: 4.5}, {Tipo: "Comunali", Km: 28.25}},
			RisorseIdriche:  []model.RisorsaIdrica{{Tipo: "Fiumi e Torrenti", Numero: 2}},
			DensitaStampata: fp(1331.87)},
		Popolazione: []model.PopolazioneAnno{
			{Anno: 2021, Residenti: 5160, Maschi: 2530, Femmine: 2630, Famiglie: 2200, Immigrati: 150, Emigrati: 140, Nati: 35, Morti: 60},
			{Anno: 2022, Residenti: 5141, Maschi: 2520, Femmine: 2621, Famiglie: 2210, Immigrati: 160, Emigrati: 150, Nati: 30, Morti: 59, VariazioneStampata: ip(-19)},
		},
		Fasce: []model.FasciaEta{
			{ID: 10, Ordine: 1, Nome: "0-14", EtaMin: ip(0), EtaMax: ip(14)},
			{ID: 11, Ordine: 2, Nome: "15-64", EtaMin: ip(15), EtaMax: ip(64)},
			{ID: 12, Ordine: 3, Nome: "65 e oltre", EtaMin: ip(65)},
		},
		PopolazioneFasce: []model.PopolazioneFascia{
			{FasciaID: 10, Anno: 2021, Residenti: 700}, {FasciaID: 10, Anno: 2022, Residenti: 690},
			{FasciaID: 11, Anno: 2021, Residenti: 3300}, {FasciaID: 11, Anno: 2022, Residenti: 3280},
			{FasciaID: 12, Anno: 2021, Residenti: 1160}, {FasciaID: 12, Anno: 2022, Residenti: 1171},
		},
		Unita: []model.Unita{
			{ID: 1, Ordine: 1, Tipo: model.TipoArea, Nome: "Area Amministrativa", Responsabile: "Mario Rossi", RuoloResponsabile: model.RuoloEQ, Dipendenti: ip(6), PartTime: ip(1)},
			{ID: 2, Ordine: 2, Tipo: model.TipoArea, Nome: "Area Polizia Locale", Intestazione: "AREA POLIZIA LOCALE - TRIBUTI", Responsabile: "Anna Bianchi", RuoloResponsabile: model.RuoloSegretario},
			{ID: 5, ParentID: 1, Ordine: 3, Tipo: model.TipoSettore, Nome: "Segreteria"},
			{ID: 4, ParentID: 5, Ordine: 4, Tipo: model.TipoUfficio, Nome: "Protocollo", Dipendenti: ip(2)},
		},
		Personale: []model.PersonaleAnno{
			{Anno: 2022, Dipendenti: 18, PartTime: ip(2), Uomini: 7, Donne: 11, AbitantiStampati: ip(5141),
				PerMilleStampato: fp(3.5), PercUominiStampata: fp(38.89), PercDonneStampata: fp(61.11)},
		},
		Benchmark: []model.Benchmark{
			{ID: 1, Ordine: 1, Descrizione: "Media regionale", Fonte: "Conto annuale", Anno: 2021, Valore: 5.8},
			{ID: 2, Ordine: 2, Descrizione: "Media nazionale", Anno: 2021, Valore: 6.1},
		},
		Servizi: []model.ServizioAssociato{
			{ID: 1, Ordine: 1, Titolo: "Polizia locale", Descrizione: "Convenzione", Partner: []string{"Comune A", "Comune B"},
				DataSottoscrizione: dp(2019, 1, 15), Scadenza: dp(2024, 12, 31), Stato: "attivo"},
			{ID: 2, Ordine: 2, Titolo: "Segreteria", Partner: []string{}, DurataIllimitata: true},
		},
		Verifiche: []model.Verifica{{ID: 1, Data: model.MustDate(2023, 6, 30)}, {ID: 2, Data: model.MustDate(2023, 12, 31), Titolo: "Verifica finale"}},
		SMVP: model.SMVP{Massimo: 110, Ritardo: model.RegolaRitardo{Tipo: model.RitardoPerMese, PerMese: 10, Tolleranza: 5},
			Fasce:        []model.FasciaSMVP{{Da: 0}, {Da: 50, Proporzionale: true}, {Da: 90, Quota: 100}},
			Prerequisito: model.RegolaPrerequisito{Effetto: model.PrerequisitoEnte, Soglia: 80}},
		Relazione: model.Relazione{Sintesi: "Sintesi.", Contesto: "Contesto.", BilancioGenere: "Bilancio di genere.",
			Avvertenza: "Dati illustrativi.", Approvazione: model.Atto{Organo: "Giunta comunale", Numero: "40", Data: dp(2024, 6, 20)},
			Validazione: model.ValidazioneRelazione{Esito: model.ValidazioneConRilievi, Data: dp(2024, 6, 10), Verbale: "4/2024", Note: "Rilievi."}},
		IndicatoriEnte: []model.Indicatore{{ID: 900, Ordine: 1, Nome: "Tempestività dei pagamenti", Tipo: model.IndNumero,
			UnitaMisura: "giorni", Baseline: "3", AnnoBaseline: 2022, Direzione: model.DirezioneDecrescente, Criterio: "PCC",
			Note: "Indicatore di salute finanziaria", Target: []model.Target{{Anno: 0, Valore: "≤ 0"}},
			Risultati: []model.Risultato{{ID: 901, VerificaID: 2, Valore: "-2"}}}},
	}
	o := richObiettivo(1, []int64{5, 4}, model.Peso{Tipo: model.PesoPercentuale, Valore: 40})
	setIDs(&o, 100)
	sub := model.Obiettivo{ID: 101, ParentID: 100, Ordine: 2, Livello: model.LivelloAzione, Titolo: "Sotto-azione",
		UnitaIDs: []int64{}, Anni: []int{2023}, Indicatori: []model.Indicatore{}, Fasi: []model.Fase{},
		Avanzamenti: []model.Avanzamento{}, TutteLeUnita: true, Peso: model.Peso{Tipo: model.PesoPrerequisito}}
	p.Obiettivi = []model.Obiettivo{o, sub}
	return p
}

// richObiettivo has 3 indicators with baseline, targets for 3 years,
// 2 readings (checkpoints 1 and 2), 3 phases with dates and months,
// 2 progress notes, a validation, and the given units (kept
// sorted, as the model does); IDs are 0.
func richObiettivo(area int64, units []int64, peso model.Peso) model.Obiettivo {
	units = slices.Sorted(slices.Values(units))
	if units == nil {
		units = []int64{}
	}
	o := model.Obiettivo{
		Ordine: 1, Codice: "AA.01", Livello: model.LivelloEsecutivo, Natura: model.NaturaSviluppo,
		AreaID: area, UnitaIDs: units, Segretario: true,
		Titolo: "Digitalizzazione del protocollo", Descrizione: "Descrizione lunga:\n- punto uno\n- punto due",
		Anni: []int{2023, 2024, 2025}, Programma: "0102", CentroCosto: "CC-12", Peso: peso,
		Risorse: "Personale dell'ufficio", Personale: "2 istruttori", StatoAttuazione: "In corso",
		Note: "Nota sotto l'obiettivo", LineaStrategica: "Linea 2 – Un comune digitale",
		Avanzamenti: []model.Avanzamento{
			{VerificaID: 1, Nota: "Analisi conclusa in ritardo."},
			{VerificaID: 2, Nota: "Concluso.", Esito: "Protocollo digitale attivo", Punteggio: fp(9),
				Forzatura: &model.Forzatura{Percentuale: 95, Calcolata: fp(88.5), Motivo: "ritardo non imputabile all'ufficio",
					Autore: "Nucleo di Valutazione", Quando: time.Date(2024, 4, 15, 9, 30, 0, 0, time.UTC)}},
		},
		Validazione: &model.Validazione{Percentuale: fp(95), Data: dp(2024, 4, 15), Verbale: "3/2024", Note: "Validato."},
		Fasi: []model.Fase{
			{Ordine: 1, Titolo: "Analisi", Inizio: dp(2023, 1, 1), Fine: dp(2023, 3, 31), Mesi: []int{1, 2, 3}, Responsabile: "Rossi",
				Completata: true, Completamento: dp(2023, 4, 12)},
			{Ordine: 2, Titolo: "Avvio", Inizio: dp(2023, 4, 1), Fine: dp(2023, 9, 30), Mesi: []int{4, 5, 6, 7, 8, 9}},
			{Ordine: 3, Titolo: "Verifica", Fine: dp(2023, 12, 31)},
		},
	}
	for i, tipo := range []model.TipoIndicatore{model.IndTempo, model.IndPercentuale, model.IndNumero} {
		in := model.Indicatore{Ordine: i + 1, Nome: fmt.Sprintf("Indicatore %d", i+1), Tipo: tipo,
			UnitaMisura: "%", Baseline: fmt.Sprintf("base %d", i), AnnoBaseline: 2022, Peso: float64(i), Criterio: "registro",
			Note:      "nota dell'indicatore",
			Target:    []model.Target{{Anno: 2023, Valore: "entro il 31/12/2023"}, {Anno: 2024, Valore: "≥ anno precedente"}, {Anno: 2025, Valore: "100% istanze"}},
			Risultati: []model.Risultato{}}
		if i == 0 {
			in.Risultati = []model.Risultato{
				{VerificaID: 1, Data: model.MustDate(2023, 7, 3), Stato: model.StatoARischio, Causa: "personale assente",
					Azione: "supporto esterno", Note: "a metà"},
				{VerificaID: 2, Data: model.MustDate(2024, 1, 10), Valore: "15/12/2023", Punteggio: fp(9.5), Stato: model.StatoRaggiunto,
					Forzatura: &model.Forzatura{Percentuale: 100, Motivo: "scadenza spostata dalla Giunta", Autore: "Segretario",
						Quando: time.Date(2024, 2, 1, 8, 0, 0, 0, time.UTC)}},
			}
		}
		o.Indicatori = append(o.Indicatori, in)
	}
	return o
}

// setIDs numbers an objective and its parts from base, as if saved before.
func setIDs(o *model.Obiettivo, base int64) {
	o.ID = base
	for i := range o.Indicatori {
		o.Indicatori[i].ID = base*10 + int64(i)
		for j := range o.Indicatori[i].Risultati {
			o.Indicatori[i].Risultati[j].ID = base*10 + int64(i*2+j)
		}
	}
	for i := range o.Fasi {
		o.Fasi[i].ID = base*10 + int64(i)
	}
}

// newStore creates a plan file holding p in a fresh temporary folder.
func newStore(t testing.TB, p *model.Plan) *Store {
	t.Helper()
	s, err := Create(filepath.Join(t.TempDir(), "piano.db"), p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func load(t testing.TB, s *Store) *model.Plan {
	t.Helper()
	p, err := s.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// checksum is the SHA-256 of a file's bytes.
func checksum(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// noSideFiles fails if SQLite left a journal or log beside path.
func noSideFiles(t testing.TB, path string) {
	t.Helper()
	for _, s := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Stat(path + s); err == nil {
			t.Errorf("file %s%s lasciato accanto all'archivio", filepath.Base(path), s)
		}
	}
}

// adotta, varia, versioniDi and versione run the store's version
// operations, each as its own transaction.
func adotta(s *Store, a model.Atto) (v model.Versione, err error) {
	err = s.Write(ctx, func(w model.Writer) (e error) { v, e = w.Adotta(a); return e })
	return v, err
}

func varia(s *Store, a model.Atto, motivo string) (v model.Versione, err error) {
	err = s.Write(ctx, func(w model.Writer) (e error) { v, e = w.RegistraVariazione(a, motivo); return e })
	return v, err
}

func versioniDi(s *Store) (vv []model.Versione, err error) {
	err = s.Read(ctx, func(r model.Reader) (e error) { vv, e = r.Versioni(); return e })
	return vv, err
}

func versione(s *Store, n int) (p *model.Plan, err error) {
	err = s.Read(ctx, func(r model.Reader) (e error) { p, e = r.LoadVersione(n); return e })
	return p, err
}
