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

func TestTwoChaptersSwapOrderInOneTransaction(t *testing.T) {
	s := newStore(t, richPlan())
	before := load(t, s)
	a, b := before.Capitoli[0], before.Capitoli[1] // IDs 3 and 1
	a.Ordine, b.Ordine = b.Ordine, a.Ordine
	a.Titolo = "PREMESSA (spostata)"
	if err := s.Write(ctx, func(w model.Writer) error {
		return errors.Join(w.SaveCapitolo(&a), w.SaveCapitolo(&b))
	}); err != nil {
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
	var gone model.Capitolo
	if err := s.Write(ctx, func(w model.Writer) (err error) { gone, err = w.DeleteCapitolo(2); return err }); err != nil {
		t.Fatal(err)
	}
	if gone != before.Capitoli[2] {
		t.Fatalf("DeleteCapitolo ha restituito %+v, atteso %+v", gone, before.Capitoli[2])
	}
	if err := s.Write(ctx, func(w model.Writer) error {
		for i := range before.Capitoli {
			if err := w.SaveCapitolo(&before.Capitoli[i]); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s).Capitoli; !reflect.DeepEqual(got, before.Capitoli) {
		t.Fatalf("ripristino: %+v", got)
	}
}

func TestFailedTransactionSavesNothing(t *testing.T) {
	s := newStore(t, richPlan())
	before := load(t, s)
	first := before.Capitoli[0]
	first.Titolo = "Non deve restare"
	first.Ordine = 99
	nuovo := model.Capitolo{Titolo: "Nuovo"}
	// The first chapter is written, a new one gets its ID, then the second
	// write is refused: the transaction must take everything back, the new
	// chapter's ID included.
	err := s.Write(ctx, func(w model.Writer) error {
		if err := w.SaveCapitolo(&first); err != nil {
			return err
		}
		if err := w.SaveCapitolo(&nuovo); err != nil || nuovo.ID == 0 {
			t.Fatalf("nuovo capitolo: %v, ID %d", err, nuovo.ID)
		}
		_, err := w.DeleteCapitolo(9999)
		return err
	})
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("capitolo inesistente: errore %v", err)
	}
	if nuovo.ID != 0 {
		t.Fatalf("ID %d rimasto nella struttura dopo l'annullamento", nuovo.ID)
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
	if err := s.Write(ctx, func(w model.Writer) error { return w.RenumberPopolazioneAnno(2021, 2019) }); err != nil {
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
	if err := s.Write(ctx, func(w model.Writer) error { return w.RenumberPopolazioneAnno(2019, 2021) }); err != nil {
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
		{"popolazione", func(f, t int) error {
			return s.Write(ctx, func(w model.Writer) error { return w.RenumberPopolazioneAnno(f, t) })
		}, 2022},
		{"personale", func(f, t int) error {
			return s.Write(ctx, func(w model.Writer) error { return w.RenumberPersonaleAnno(f, t) })
		}, 2022},
	} {
		from := 2021
		if c.name == "personale" {
			// richPlan has one staff year: add the one to collide with.
			if err := s.Write(ctx, func(w model.Writer) error { return w.SavePersonaleAnno(model.PersonaleAnno{Anno: 2021, Dipendenti: 3}) }); err != nil {
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
	if err := s.Write(ctx, func(w model.Writer) error { return w.RenumberPersonaleAnno(old.Anno, 2023) }); err != nil {
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
	if err := s.Write(ctx, func(w model.Writer) error { _, err := w.DeletePopolazioneFascia(10, 2022); return err }); err != nil {
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
	if err := s.Write(ctx, func(w model.Writer) error { _, err := w.DeletePopolazioneFascia(10, 2022); return err }); !errors.Is(err, ErrNotFound) {
		t.Fatalf("secondo DeletePopolazioneFascia: %v", err)
	}
}

func TestDeletedBandComesBackWithItsCounts(t *testing.T) {
	s := newStore(t, richPlan())
	before := load(t, s)
	var band model.FasciaEta
	var counts []model.PopolazioneFascia
	if err := s.Write(ctx, func(w model.Writer) (err error) {
		band, counts, err = w.DeleteFascia(11)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	var want []model.PopolazioneFascia
	for _, c := range before.PopolazioneFasce {
		if c.FasciaID == 11 {
			want = append(want, c)
		}
	}
	if !reflect.DeepEqual(band, before.Fasce[1]) || !reflect.DeepEqual(counts, want) {
		t.Fatalf("DeleteFascia ha restituito %+v %+v", band, counts)
	}
	// Undo: the band and its counts again, in one transaction.
	if err := s.Write(ctx, func(w model.Writer) error {
		if err := w.SaveFascia(&band); err != nil {
			return err
		}
		for _, c := range counts {
			if err := w.SavePopolazioneFascia(c); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	s = reopen(t, s)
	if got := load(t, s); !reflect.DeepEqual(got, before) {
		t.Fatalf("fasce %+v\nconteggi %+v", got.Fasce, got.PopolazioneFasce)
	}
}

func TestFailedBandSaveHandsOutNoID(t *testing.T) {
	s := newStore(t, richPlan())
	before := load(t, s)
	// The band and its first count are written, then a count for a band
	// that does not exist is refused: nothing may stay, and no ID is kept.
	nb := model.FasciaEta{Ordine: 4, Nome: "80 e oltre", EtaMin: ip(80)}
	err := s.Write(ctx, func(w model.Writer) error {
		if err := w.SaveFascia(&nb); err != nil {
			return err
		}
		if err := w.SavePopolazioneFascia(model.PopolazioneFascia{FasciaID: nb.ID, Anno: 2022, Residenti: 1}); err != nil {
			return err
		}
		return w.SavePopolazioneFascia(model.PopolazioneFascia{FasciaID: 555, Anno: 2022})
	})
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("fascia inesistente: %v", err)
	}
	if nb.ID != 0 {
		t.Error("un salvataggio fallito ha scritto ID nella struttura")
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
