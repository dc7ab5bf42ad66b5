package sqlite

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"pianoperformance/model"
)

// reopen closes s and opens its file again, so what a test reads back is
// what is on disk.
func reopen(t *testing.T, s *Store) *Store {
	t.Helper()
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s2.Close() })
	return s2
}

func TestSaveCapitoliSwapsOrderInOneTransaction(t *testing.T) {
	s := newStore(t, richPlan())
	before := load(t, s)
	a, b := before.Capitoli[0], before.Capitoli[1] // IDs 3 and 1
	a.Ordine, b.Ordine = b.Ordine, a.Ordine
	a.Titolo = "PREMESSA (spostata)"
	if err := s.SaveCapitoli(ctx, []model.Capitolo{a, b}); err != nil {
		t.Fatal(err)
	}
	s = reopen(t, s)
	got := load(t, s).Capitoli
	// 3 now has order 2, like 2: the lower ID comes first.
	if want := []int64{1, 2, 3}; !reflect.DeepEqual(ids(got), want) {
		t.Fatalf("ordine dopo lo scambio %v, atteso %v", ids(got), want)
	}
	if got[0] != b || got[2] != a {
		t.Fatalf("capitoli salvati %+v, attesi %+v e %+v", got, b, a)
	}
	// A deleted chapter comes back with its ID (undo of a move after a delete).
	if err := s.DeleteCapitolo(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveCapitoli(ctx, before.Capitoli); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s).Capitoli; !reflect.DeepEqual(got, before.Capitoli) {
		t.Fatalf("ripristino: %+v", got)
	}
	// An empty list changes nothing and is not an error.
	if err := s.SaveCapitoli(ctx, nil); err != nil {
		t.Fatal(err)
	}
}

func TestSaveCapitoliFailureSavesNothing(t *testing.T) {
	s := newStore(t, richPlan())
	before := load(t, s)
	first := before.Capitoli[0]
	first.Titolo = "Non deve restare"
	first.Ordine = 99
	// The first chapter is written, then the second is refused: the
	// transaction must take the first write back too.
	err := s.SaveCapitoli(ctx, []model.Capitolo{first, {Titolo: "Senza ID"}})
	if err == nil || !strings.Contains(err.Error(), "Senza ID") {
		t.Fatalf("capitolo senza ID: errore %v", err)
	}
	s = reopen(t, s)
	if got := load(t, s); !reflect.DeepEqual(got, before) {
		t.Fatalf("un salvataggio fallito ha modificato i capitoli: %+v", got.Capitoli)
	}
}

func TestRenumberPopolazioneAnno(t *testing.T) {
	s := newStore(t, richPlan())
	before := load(t, s)
	r2021, _ := before.PopolazioneDi(2021)
	if err := s.RenumberPopolazioneAnno(ctx, 2021, 2019); err != nil {
		t.Fatal(err)
	}
	s = reopen(t, s)
	p := load(t, s)
	if _, ok := p.PopolazioneDi(2021); ok {
		t.Fatal("l'anno 2021 è rimasto")
	}
	want := r2021
	want.Anno = 2019
	if got, ok := p.PopolazioneDi(2019); !ok || !reflect.DeepEqual(got, want) {
		t.Fatalf("anno 2019: %+v %v, atteso %+v", got, ok, want)
	}
	if len(p.Popolazione) != len(before.Popolazione) {
		t.Fatalf("%d anni, attesi %d", len(p.Popolazione), len(before.Popolazione))
	}
	// The age-band counts keep their years.
	if !reflect.DeepEqual(p.PopolazioneFasce, before.PopolazioneFasce) {
		t.Fatalf("conteggi per fascia cambiati: %+v", p.PopolazioneFasce)
	}
	// Back again: the plan is as before.
	if err := s.RenumberPopolazioneAnno(ctx, 2019, 2021); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s); !reflect.DeepEqual(got, before) {
		t.Fatalf("dopo il ritorno: %+v", got.Popolazione)
	}
}

func TestRenumberRefusals(t *testing.T) {
	s := newStore(t, richPlan())
	before := load(t, s)
	for _, c := range []struct {
		name     string
		renumber func(from, to int) error
		taken    int
	}{
		{"popolazione", func(f, t int) error { return s.RenumberPopolazioneAnno(ctx, f, t) }, 2022},
		{"personale", func(f, t int) error { return s.RenumberPersonaleAnno(ctx, f, t) }, 2022},
	} {
		from := 2021
		if c.name == "personale" {
			// richPlan has one staff year: add the one to collide with.
			if err := s.SavePersonaleAnno(ctx, model.PersonaleAnno{Anno: 2021, Dipendenti: 3}); err != nil {
				t.Fatal(err)
			}
			before = load(t, s)
		}
		err := c.renumber(from, c.taken)
		if !errors.Is(err, model.ErrExists) {
			t.Fatalf("%s: anno già presente: %v, atteso model.ErrExists", c.name, err)
		}
		if !strings.Contains(err.Error(), "2022 esistono già") {
			t.Errorf("%s: messaggio %q", c.name, err)
		}
		if got := load(t, s); !reflect.DeepEqual(got, before) {
			t.Fatalf("%s: un cambio d'anno rifiutato ha modificato il piano", c.name)
		}
		if err := c.renumber(1990, 1991); !errors.Is(err, ErrNotFound) {
			t.Fatalf("%s: anno inesistente: %v, atteso ErrNotFound", c.name, err)
		}
		if got := load(t, s); !reflect.DeepEqual(got, before) {
			t.Fatalf("%s: un cambio d'anno rifiutato ha modificato il piano", c.name)
		}
		// Renumbering a year to itself changes nothing and succeeds.
		if err := c.renumber(from, from); err != nil {
			t.Fatalf("%s: stesso anno: %v", c.name, err)
		}
	}
}

func TestRenumberPersonaleAnno(t *testing.T) {
	s := newStore(t, richPlan())
	before := load(t, s)
	old := before.Personale[0]
	if err := s.RenumberPersonaleAnno(ctx, old.Anno, 2023); err != nil {
		t.Fatal(err)
	}
	s = reopen(t, s)
	want := old
	want.Anno = 2023
	if got := load(t, s).Personale; !reflect.DeepEqual(got, []model.PersonaleAnno{want}) {
		t.Fatalf("personale %+v, atteso %+v", got, want)
	}
}

func TestDeletePopolazioneFascia(t *testing.T) {
	s := newStore(t, richPlan())
	if err := s.DeletePopolazioneFascia(ctx, 10, 2022); err != nil {
		t.Fatal(err)
	}
	s = reopen(t, s)
	p := load(t, s)
	if _, ok := p.FasciaResidenti(10, 2022); ok {
		t.Fatal("conteggio ancora presente")
	}
	if n, ok := p.FasciaResidenti(10, 2021); !ok || n != 700 {
		t.Fatalf("l'altro anno della fascia: %d %v", n, ok)
	}
	if len(p.PopolazioneFasce) != 5 || len(p.Fasce) != 3 {
		t.Fatalf("fasce %d, conteggi %d", len(p.Fasce), len(p.PopolazioneFasce))
	}
	if err := s.DeletePopolazioneFascia(ctx, 10, 2022); !errors.Is(err, ErrNotFound) {
		t.Fatalf("secondo DeletePopolazioneFascia: %v", err)
	}
}

func TestSaveFasciaConConteggiUndoesADeletion(t *testing.T) {
	s := newStore(t, richPlan())
	before := load(t, s)
	band := before.Fasce[1] // ID 11
	var counts []model.PopolazioneFascia
	for _, c := range before.PopolazioneFasce {
		if c.FasciaID == band.ID {
			c.FasciaID = 0 // the store gives them the band's ID
			counts = append(counts, c)
		}
	}
	if err := s.DeleteFascia(ctx, band.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveFasciaConConteggi(ctx, &band, counts); err != nil {
		t.Fatal(err)
	}
	if band.ID != 11 || counts[0].FasciaID != 11 || counts[1].FasciaID != 11 {
		t.Fatalf("ID fascia %d, conteggi %+v", band.ID, counts)
	}
	s = reopen(t, s)
	if got := load(t, s); !reflect.DeepEqual(got, before) {
		t.Fatalf("fasce %+v\nconteggi %+v", got.Fasce, got.PopolazioneFasce)
	}
	// A new band (ID 0) gets an ID, and its counts get it too.
	nb := model.FasciaEta{Ordine: 4, Nome: "80 e oltre", EtaMin: ip(80)}
	nc := []model.PopolazioneFascia{{Anno: 2022, Residenti: 300}}
	if err := s.SaveFasciaConConteggi(ctx, &nb, nc); err != nil {
		t.Fatal(err)
	}
	if nb.ID == 0 || nc[0].FasciaID != nb.ID {
		t.Fatalf("ID %d, conteggio %+v", nb.ID, nc[0])
	}
	if n, ok := load(t, s).FasciaResidenti(nb.ID, 2022); !ok || n != 300 {
		t.Fatalf("conteggio della nuova fascia %d %v", n, ok)
	}
	// Saving a band whole replaces its counts with those given.
	if err := s.SaveFasciaConConteggi(ctx, &nb, []model.PopolazioneFascia{{Anno: 2021, Residenti: 290}}); err != nil {
		t.Fatal(err)
	}
	p := load(t, s)
	if _, ok := p.FasciaResidenti(nb.ID, 2022); ok {
		t.Error("conteggio non più indicato ancora presente")
	}
	if n, _ := p.FasciaResidenti(nb.ID, 2021); n != 290 {
		t.Errorf("conteggio 2021: %d", n)
	}
}

func TestSaveFasciaConConteggiFailureSavesNothing(t *testing.T) {
	s := newStore(t, richPlan())
	if err := s.DeleteFascia(ctx, 12); err != nil {
		t.Fatal(err)
	}
	before := load(t, s)
	// The band and its first count are written, then the same year again
	// breaks the key: nothing of it may stay, and no ID is handed out.
	nb := model.FasciaEta{Ordine: 3, Nome: "65 e oltre", EtaMin: ip(65)}
	counts := []model.PopolazioneFascia{{Anno: 2021, Residenti: 1}, {Anno: 2021, Residenti: 2}}
	if err := s.SaveFasciaConConteggi(ctx, &nb, counts); err == nil {
		t.Fatal("anno ripetuto accettato")
	}
	if nb.ID != 0 || counts[0].FasciaID != 0 {
		t.Error("un salvataggio fallito ha scritto ID nella struttura")
	}
	// The same with a band that keeps its ID (the undo of a deletion).
	old := model.FasciaEta{ID: 12, Ordine: 3, Nome: "65 e oltre", EtaMin: ip(65)}
	if err := s.SaveFasciaConConteggi(ctx, &old, counts); err == nil {
		t.Fatal("anno ripetuto accettato")
	}
	s = reopen(t, s)
	if got := load(t, s); !reflect.DeepEqual(got, before) {
		t.Fatalf("un salvataggio fallito ha modificato il piano:\nfasce %+v\nconteggi %+v", got.Fasce, got.PopolazioneFasce)
	}
}

func ids(cs []model.Capitolo) []int64 {
	out := make([]int64, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}
