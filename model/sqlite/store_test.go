package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"pianoperformance/model"
)

var ctx = context.Background()

func TestCreateLoadReturnsThePlanSaved(t *testing.T) {
	want := richPlan()
	s := newStore(t, richPlan())
	if got := load(t, s); !reflect.DeepEqual(got, want) {
		t.Fatalf("Load dopo Create diverso:\n got %+v\nwant %+v", got, want)
	}
	// The same after closing and opening the file again.
	path := s.Path()
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if got := load(t, s2); !reflect.DeepEqual(got, want) {
		t.Fatalf("Load dopo Open diverso:\n got %+v\nwant %+v", got, want)
	}
}

func TestReplacePlanSwapsEverything(t *testing.T) {
	s := newStore(t, richPlan())
	small := &model.Plan{
		Ente:     model.Ente{Nome: "Altro comune"},
		Capitoli: []model.Capitolo{{ID: 7, Titolo: "Unico"}},
		Territorio: model.Territorio{Frazioni: []string{}, Strade: []model.Strada{},
			RisorseIdriche: []model.RisorsaIdrica{}},
		Popolazione: []model.PopolazioneAnno{}, Fasce: []model.FasciaEta{},
		PopolazioneFasce: []model.PopolazioneFascia{}, Unita: []model.Unita{},
		Personale: []model.PersonaleAnno{}, Benchmark: []model.Benchmark{},
		Servizi: []model.ServizioAssociato{}, Obiettivi: []model.Obiettivo{},
		IndicatoriEnte: []model.Indicatore{}, Verifiche: []model.Verifica{}, SMVP: model.SMVP{Fasce: []model.FasciaSMVP{}},
	}
	want := *small
	if err := s.Write(ctx, func(w model.Writer) error { return w.ReplacePlan(small) }); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s); !reflect.DeepEqual(got, &want) {
		t.Fatalf("got %+v\nwant %+v", got, &want)
	}
}

func TestLoadNilVersusEmpty(t *testing.T) {
	s := newStore(t, &model.Plan{})
	p := load(t, s)
	if p.Capitoli == nil || p.Obiettivi == nil || p.Territorio.Frazioni == nil || p.PopolazioneFasce == nil {
		t.Error("le liste senza omitempty devono essere vuote, non nil")
	}
	if p.Ente.Stemma != nil {
		t.Error("Stemma vuoto deve essere nil")
	}
	o := model.Obiettivo{Titolo: "Senza parti", Fasi: []model.Fase{{Titolo: "Senza mesi", Mesi: []int{}}}}
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&o) }); err != nil {
		t.Fatal(err)
	}
	got := load(t, s).Obiettivi[0]
	if got.UnitaIDs == nil || got.Anni == nil || got.Indicatori == nil {
		t.Error("UnitaIDs, Anni, Indicatori devono essere vuoti, non nil")
	}
	if got.Fasi[0].Mesi != nil {
		t.Error("Mesi vuoto (omitempty) deve essere nil")
	}
}

func TestSaveObiettivoRoundTrip(t *testing.T) {
	s := newStore(t, richPlan())
	o := richObiettivo(2, []int64{4, 1, 5}, model.Peso{Tipo: model.PesoPunti, Valore: 12.5})
	o.Ordine = 9
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&o) }); err != nil {
		t.Fatal(err)
	}
	// IDs are written back, nested ones too, and are all distinct.
	seen := map[int64]bool{}
	check := func(what string, id int64) {
		if id == 0 {
			t.Errorf("%s senza ID dopo il salvataggio", what)
		}
	}
	check("obiettivo", o.ID)
	for _, in := range o.Indicatori {
		check("indicatore", in.ID)
		if seen[in.ID] {
			t.Errorf("ID indicatore %d ripetuto", in.ID)
		}
		seen[in.ID] = true
		for _, r := range in.Risultati {
			check("risultato", r.ID)
		}
	}
	for _, f := range o.Fasi {
		check("fase", f.ID)
	}
	got := find(t, load(t, s), o.ID)
	if !reflect.DeepEqual(got, o) {
		t.Fatalf("obiettivo riletto diverso:\n got %+v\nwant %+v", got, o)
	}

	// Update: drop an indicator, add a phase, change a target and a unit.
	o.Indicatori = o.Indicatori[:2]
	o.Indicatori[1].Target[0].Valore = "< 40%"
	o.Fasi = append(o.Fasi, model.Fase{Ordine: 4, Titolo: "Rendicontazione", Mesi: []int{12}})
	o.UnitaIDs = []int64{5}
	o.Anni = []int{2023}
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&o) }); err != nil {
		t.Fatal(err)
	}
	if o.Fasi[3].ID == 0 {
		t.Error("la nuova fase non ha ricevuto un ID")
	}
	got = find(t, load(t, s), o.ID)
	if !reflect.DeepEqual(got, o) {
		t.Fatalf("obiettivo aggiornato diverso:\n got %+v\nwant %+v", got, o)
	}
}

func TestEveryWeightKind(t *testing.T) {
	s := newStore(t, richPlan())
	pesi := []model.Peso{{}, {Tipo: model.PesoPercentuale, Valore: 33.3}, {Tipo: model.PesoPunti, Valore: 20},
		{Tipo: model.PesoMoltiplicatore, Valore: 1.4}, {Tipo: model.PesoPrerequisito}}
	var saved []model.Obiettivo
	for i, peso := range pesi {
		o := richObiettivo(1, []int64{5}, peso)
		o.Ordine = 10 + i
		if err := s.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&o) }); err != nil {
			t.Fatal(err)
		}
		saved = append(saved, o)
	}
	p := load(t, s)
	for _, o := range saved {
		if got := find(t, p, o.ID); !reflect.DeepEqual(got.Peso, o.Peso) || !reflect.DeepEqual(got, o) {
			t.Errorf("peso %+v: riletto %+v", o.Peso, got.Peso)
		}
	}
}

func TestDeleteAndUndoKeepIDs(t *testing.T) {
	s := newStore(t, richPlan())
	before := load(t, s)
	old := before.Obiettivi[0]
	var gone []model.Obiettivo
	if err := s.Write(ctx, func(w model.Writer) (err error) { gone, err = w.DeleteObiettivo(old.ID); return err }); err != nil {
		t.Fatal(err)
	}
	p := load(t, s)
	if len(p.Obiettivi) != 0 {
		t.Fatalf("dopo l'eliminazione restano %d obiettivi (il sotto-obiettivo va eliminato con il padre)", len(p.Obiettivi))
	}
	// What went is returned whole, the objective before its sub-objective.
	if !reflect.DeepEqual(gone, before.Obiettivi) {
		t.Fatalf("eliminati %+v\nattesi %+v", gone, before.Obiettivi)
	}
	// A new objective never takes a deleted ID: undo must find it free.
	n := model.Obiettivo{Titolo: "Nuovo"}
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&n) }); err != nil {
		t.Fatal(err)
	}
	if n.ID <= before.Obiettivi[1].ID {
		t.Errorf("nuovo ID %d riusa un ID eliminato", n.ID)
	}
	if err := s.Write(ctx, func(w model.Writer) error { _, err := w.DeleteObiettivo(n.ID); return err }); err != nil {
		t.Fatal(err)
	}
	// Undo: save what went again, in the order returned, in one transaction.
	if err := s.Write(ctx, func(w model.Writer) error {
		for i := range gone {
			if err := w.SaveObiettivo(&gone[i]); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s); !reflect.DeepEqual(got, before) {
		t.Fatalf("dopo l'annullamento il piano è diverso:\n got %+v\nwant %+v", got.Obiettivi, before.Obiettivi)
	}
	if err := s.Write(ctx, func(w model.Writer) error { _, err := w.DeleteObiettivo(9999); return err }); !errors.Is(err, ErrNotFound) {
		t.Errorf("eliminare un obiettivo inesistente: %v, atteso ErrNotFound", err)
	}
}

func TestObiettivoCannotHangBelowItsOwnSubtree(t *testing.T) {
	s := newStore(t, richPlan())
	before := load(t, s)
	top := before.Obiettivi[0] // 100, parent of 101
	top.ParentID = 101
	err := s.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&top) })
	if err == nil || !strings.Contains(err.Error(), "sotto sé stesso") {
		t.Fatalf("ciclo nell'albero degli obiettivi: %v", err)
	}
	if got := load(t, s); !reflect.DeepEqual(got, before) {
		t.Fatal("un salvataggio rifiutato ha modificato il piano")
	}
}

func TestSaveObiettivoIsAtomic(t *testing.T) {
	s := newStore(t, richPlan())
	before := load(t, s)
	o := before.Obiettivi[0]
	o.Titolo = "Cambiato"
	o.Indicatori = o.Indicatori[:1]
	o.UnitaIDs = []int64{5, 777} // 777 does not exist
	err := s.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&o) })
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("unità inesistente: %v, atteso ErrNotFound", err)
	}
	if got := load(t, s); !reflect.DeepEqual(got, before) {
		t.Fatal("un salvataggio fallito ha modificato il piano")
	}
	// A constraint only SQLite sees (a year twice) also leaves everything
	// intact, and the caller's new IDs stay 0.
	n := richObiettivo(1, nil, model.Peso{})
	n.Anni = []int{2023, 2023}
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&n) }); err == nil {
		t.Fatal("anno ripetuto accettato")
	}
	if n.ID != 0 || n.Indicatori[0].ID != 0 || n.Fasi[0].ID != 0 {
		t.Error("un salvataggio fallito ha scritto ID nella struttura")
	}
	if got := load(t, s); !reflect.DeepEqual(got, before) {
		t.Fatal("un salvataggio fallito ha modificato il piano")
	}
	// An indicator ID owned by another objective is refused, not stolen.
	n = richObiettivo(1, []int64{}, model.Peso{})
	n.Indicatori[0].ID = before.Obiettivi[0].Indicatori[0].ID
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&n) }); err == nil {
		t.Fatal("ID di indicatore di un altro obiettivo accettato")
	}
	if got := load(t, s); !reflect.DeepEqual(got, before) {
		t.Fatal("un salvataggio fallito ha modificato il piano")
	}
}

func TestDeleteUnitaInUse(t *testing.T) {
	s := newStore(t, richPlan())
	for _, id := range []int64{1, 5, 4} { // Area of an objective and parent; parent; unit of an objective
		err := s.Write(ctx, func(w model.Writer) error { _, err := w.DeleteUnita(id); return err })
		if !errors.Is(err, model.ErrInUse) {
			t.Errorf("DeleteUnita(%d) = %v, atteso ErrInUse", id, err)
		}
	}
	if err := s.Write(ctx, func(w model.Writer) error { _, err := w.DeleteUnita(2); return err }); err != nil { // an Area nobody uses
		t.Fatal(err)
	}
	if err := s.Write(ctx, func(w model.Writer) error { _, err := w.DeleteObiettivo(100); return err }); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{4, 5, 1} {
		if err := s.Write(ctx, func(w model.Writer) error { _, err := w.DeleteUnita(id); return err }); err != nil {
			t.Fatalf("DeleteUnita(%d) dopo aver liberato l'unità: %v", id, err)
		}
	}
	if n := len(load(t, s).Unita); n != 0 {
		t.Errorf("restano %d unità", n)
	}
	if err := s.Write(ctx, func(w model.Writer) error { _, err := w.DeleteUnita(1); return err }); !errors.Is(err, ErrNotFound) {
		t.Errorf("unità già eliminata: %v", err)
	}
}

func TestSaveUnita(t *testing.T) {
	s := newStore(t, richPlan())
	u := model.Unita{ParentID: 2, Ordine: 5, Tipo: model.TipoServizio, Nome: "Tributi", Dipendenti: ip(3)}
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveUnita(&u) }); err != nil || u.ID == 0 {
		t.Fatalf("nuova unità: %v, ID %d", err, u.ID)
	}
	u.Nome, u.PartTime = "Tributi e tasse", ip(1)
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveUnita(&u) }); err != nil {
		t.Fatal(err)
	}
	if got := findUnita(t, load(t, s), u.ID); !reflect.DeepEqual(got, u) {
		t.Fatalf("got %+v want %+v", got, u)
	}
	// A unit cannot be placed under itself or its own descendant.
	area := findUnita(t, load(t, s), 1)
	area.ParentID = 4
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveUnita(&area) }); err == nil {
		t.Error("ciclo nell'albero delle unità accettato")
	}
	u.ParentID = 999
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveUnita(&u) }); !errors.Is(err, ErrNotFound) {
		t.Errorf("padre inesistente: %v", err)
	}
}

func TestSingletons(t *testing.T) {
	s := newStore(t, &model.Plan{})
	e := model.Ente{Nome: "Comune di X", Provincia: "Como", Regione: "Lombardia", Stemma: []byte("png")}
	pi := model.Piano{Anno: 2024, AnnoInizio: 2024, AnnoFine: 2026, Titolo: "Piano", Stato: model.StatoVariato,
		Approvazione: model.Atto{Organo: "Giunta", Numero: "5", Data: dp(2024, 1, 31)}}
	tr := model.Territorio{SuperficieTotale: 10.5, Frazioni: []string{"A"}, Strade: []model.Strada{{Tipo: "Vicinali", Km: 1}},
		RisorseIdriche: []model.RisorsaIdrica{}}
	for _, err := range []error{s.Write(ctx, func(w model.Writer) error { return w.SaveEnte(e) }), s.Write(ctx, func(w model.Writer) error { return w.SavePiano(pi) }), s.Write(ctx, func(w model.Writer) error { return w.SaveTerritorio(tr) })} {
		if err != nil {
			t.Fatal(err)
		}
	}
	p := load(t, s)
	if !reflect.DeepEqual(p.Ente, e) || !reflect.DeepEqual(p.Piano, pi) || !reflect.DeepEqual(p.Territorio, tr) {
		t.Fatalf("got %+v %+v %+v", p.Ente, p.Piano, p.Territorio)
	}
	// Updating replaces: lists shrink, the blob goes away, the date is cleared.
	e.Stemma = nil
	pi.Approvazione.Data = nil
	tr.Frazioni = []string{}
	for _, err := range []error{s.Write(ctx, func(w model.Writer) error { return w.SaveEnte(e) }), s.Write(ctx, func(w model.Writer) error { return w.SavePiano(pi) }), s.Write(ctx, func(w model.Writer) error { return w.SaveTerritorio(tr) })} {
		if err != nil {
			t.Fatal(err)
		}
	}
	p = load(t, s)
	if !reflect.DeepEqual(p.Ente, e) || !reflect.DeepEqual(p.Piano, pi) || !reflect.DeepEqual(p.Territorio, tr) {
		t.Fatalf("got %+v %+v %+v", p.Ente, p.Piano, p.Territorio)
	}
}

func TestCapitoli(t *testing.T) {
	s := newStore(t, richPlan())
	c := model.Capitolo{Ordine: 0, Titolo: "Nuovo", Testo: "testo"}
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveCapitolo(&c) }); err != nil || c.ID == 0 {
		t.Fatalf("%v, ID %d", err, c.ID)
	}
	p := load(t, s)
	if !reflect.DeepEqual(p.Capitoli[0], c) { // Ordine 0 comes first
		t.Fatalf("got %+v", p.Capitoli)
	}
	c.Titolo = "Rinominato"
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveCapitolo(&c) }); err != nil {
		t.Fatal(err)
	}
	if load(t, s).Capitoli[0].Titolo != "Rinominato" {
		t.Error("aggiornamento perso")
	}
	if err := s.Write(ctx, func(w model.Writer) error { _, err := w.DeleteCapitolo(c.ID); return err }); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s).Capitoli; !reflect.DeepEqual(got, richPlan().Capitoli) {
		t.Fatalf("dopo l'eliminazione: %+v", got)
	}
	if err := s.Write(ctx, func(w model.Writer) error { _, err := w.DeleteCapitolo(c.ID); return err }); !errors.Is(err, ErrNotFound) {
		t.Errorf("secondo DeleteCapitolo: %v", err)
	}
	// Undo re-creates it with its old ID.
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveCapitolo(&c) }); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s).Capitoli[0]; !reflect.DeepEqual(got, c) {
		t.Fatalf("ripristino: %+v", got)
	}
}

func TestYearlyRecords(t *testing.T) {
	s := newStore(t, richPlan())
	pa := model.PopolazioneAnno{Anno: 2020, Residenti: 5200, VariazioneStampata: ip(3)}
	if err := s.Write(ctx, func(w model.Writer) error { return w.SavePopolazioneAnno(pa) }); err != nil {
		t.Fatal(err)
	}
	pa.Residenti = 5201
	if err := s.Write(ctx, func(w model.Writer) error { return w.SavePopolazioneAnno(pa) }); err != nil {
		t.Fatal(err)
	}
	p := load(t, s)
	if len(p.Popolazione) != 3 || !reflect.DeepEqual(p.Popolazione[0], pa) {
		t.Fatalf("popolazione: %+v", p.Popolazione)
	}
	if err := s.Write(ctx, func(w model.Writer) error { _, err := w.DeletePopolazioneAnno(2020); return err }); err != nil {
		t.Fatal(err)
	}
	if err := s.Write(ctx, func(w model.Writer) error { _, err := w.DeletePopolazioneAnno(2020); return err }); !errors.Is(err, ErrNotFound) {
		t.Errorf("secondo DeletePopolazioneAnno: %v", err)
	}

	pe := model.PersonaleAnno{Anno: 2023, Dipendenti: 17, Uomini: 7, Donne: 10}
	if err := s.Write(ctx, func(w model.Writer) error { return w.SavePersonaleAnno(pe) }); err != nil {
		t.Fatal(err)
	}
	pe.PartTime = ip(3)
	if err := s.Write(ctx, func(w model.Writer) error { return w.SavePersonaleAnno(pe) }); err != nil {
		t.Fatal(err)
	}
	p = load(t, s)
	if len(p.Personale) != 2 || !reflect.DeepEqual(p.Personale[1], pe) {
		t.Fatalf("personale: %+v", p.Personale)
	}
	if err := s.Write(ctx, func(w model.Writer) error { _, err := w.DeletePersonaleAnno(2022); return err }); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s).Personale; !reflect.DeepEqual(got, []model.PersonaleAnno{pe}) {
		t.Fatalf("personale dopo l'eliminazione: %+v", got)
	}
}

func TestFasceAndCounts(t *testing.T) {
	s := newStore(t, richPlan())
	f := model.FasciaEta{Ordine: 0, Nome: "0-5", EtaMin: ip(0), EtaMax: ip(5)}
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveFascia(&f) }); err != nil || f.ID == 0 {
		t.Fatalf("%v, ID %d", err, f.ID)
	}
	pf := model.PopolazioneFascia{FasciaID: f.ID, Anno: 2022, Residenti: 200}
	if err := s.Write(ctx, func(w model.Writer) error { return w.SavePopolazioneFascia(pf) }); err != nil {
		t.Fatal(err)
	}
	pf.Residenti = 210
	if err := s.Write(ctx, func(w model.Writer) error { return w.SavePopolazioneFascia(pf) }); err != nil {
		t.Fatal(err)
	}
	p := load(t, s)
	// By band order, then year: the new band (Ordine 0) comes first.
	if !reflect.DeepEqual(p.PopolazioneFasce[0], pf) || !reflect.DeepEqual(p.Fasce[0], f) {
		t.Fatalf("fasce %+v, conteggi %+v", p.Fasce, p.PopolazioneFasce)
	}
	if err := s.Write(ctx, func(w model.Writer) error {
		return w.SavePopolazioneFascia(model.PopolazioneFascia{FasciaID: 555, Anno: 2022})
	}); !errors.Is(err, ErrNotFound) {
		t.Errorf("fascia inesistente: %v", err)
	}
	// Deleting a band deletes its counts.
	if err := s.Write(ctx, func(w model.Writer) error { _, _, err := w.DeleteFascia(12); return err }); err != nil {
		t.Fatal(err)
	}
	p = load(t, s)
	if len(p.Fasce) != 3 || len(p.PopolazioneFasce) != 5 {
		t.Fatalf("dopo l'eliminazione: fasce %d, conteggi %d", len(p.Fasce), len(p.PopolazioneFasce))
	}
	for _, c := range p.PopolazioneFasce {
		if c.FasciaID == 12 {
			t.Error("conteggio della fascia eliminata ancora presente")
		}
	}
}

func TestBenchmarkAndServizi(t *testing.T) {
	s := newStore(t, richPlan())
	b := model.Benchmark{Ordine: 3, Descrizione: "Provincia", Anno: 2022, Valore: 5.25}
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveBenchmark(&b) }); err != nil || b.ID == 0 {
		t.Fatalf("%v, ID %d", err, b.ID)
	}
	b.Valore = 5.5
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveBenchmark(&b) }); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s).Benchmark[2]; !reflect.DeepEqual(got, b) {
		t.Fatalf("got %+v", got)
	}
	if err := s.Write(ctx, func(w model.Writer) error { _, err := w.DeleteBenchmark(b.ID); return err }); err != nil {
		t.Fatal(err)
	}
	if n := len(load(t, s).Benchmark); n != 2 {
		t.Fatalf("%d benchmark", n)
	}

	sv := model.ServizioAssociato{Ordine: 3, Titolo: "Biblioteca", Partner: []string{"C", "A", "B"}, Scadenza: dp(2030, 6, 30)}
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveServizio(&sv) }); err != nil || sv.ID == 0 {
		t.Fatalf("%v, ID %d", err, sv.ID)
	}
	sv.Partner = []string{"A"}
	sv.Scadenza = nil
	sv.DurataIllimitata = true
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveServizio(&sv) }); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s).Servizi[2]; !reflect.DeepEqual(got, sv) {
		t.Fatalf("got %+v want %+v", got, sv)
	}
	if err := s.Write(ctx, func(w model.Writer) error { _, err := w.DeleteServizio(sv.ID); return err }); err != nil {
		t.Fatal(err)
	}
	var partners int
	if err := s.db.QueryRow("SELECT count(*) FROM servizio_partner WHERE servizio_id = ?", sv.ID).Scan(&partners); err != nil || partners != 0 {
		t.Errorf("partner rimasti dopo l'eliminazione: %d %v", partners, err)
	}
}

func TestCreateRefusesExistingFile(t *testing.T) {
	s := newStore(t, richPlan())
	sum := checksum(t, s.Path())
	if _, err := Create(s.Path(), &model.Plan{}); err == nil {
		t.Fatal("Create ha sovrascritto un file esistente")
	}
	if checksum(t, s.Path()) != sum {
		t.Fatal("file esistente modificato")
	}
	if _, err := Create(filepath.Join(t.TempDir(), "manca", "x.db"), &model.Plan{}); err == nil {
		t.Fatal("Create in una cartella inesistente riuscito")
	}
}

func find(t *testing.T, p *model.Plan, id int64) model.Obiettivo {
	t.Helper()
	for _, o := range p.Obiettivi {
		if o.ID == id {
			return o
		}
	}
	t.Fatalf("obiettivo %d non trovato", id)
	return model.Obiettivo{}
}

func findUnita(t *testing.T, p *model.Plan, id int64) model.Unita {
	t.Helper()
	for _, u := range p.Unita {
		if u.ID == id {
			return u
		}
	}
	t.Fatalf("unità %d non trovata", id)
	return model.Unita{}
}
