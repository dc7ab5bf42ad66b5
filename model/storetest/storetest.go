// Package storetest is the contract every model.Store must keep, as a test
// suite: a store implementation runs Run from its own tests with a function
// that makes a store holding a given plan. The SQLite store runs it; a
// second implementation (a database server) runs the same suite.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"pianoperformance/model"
	"pianoperformance/model/synth"
)

// New makes a fresh store holding p, closed when the test ends.
type New func(t *testing.T, p *model.Plan) model.Store

var ctx = context.Background()

// Plan is the plan the suite starts from: every part filled, and a tree of
// objectives (an objective with two sub-objectives, one of which has its
// own) so that deleting cascades.
func Plan() *model.Plan {
	p := synth.Plan(3, 12, 2)
	p.Obiettivi[1].ParentID = p.Obiettivi[0].ID
	p.Obiettivi[2].ParentID = p.Obiettivi[0].ID
	p.Obiettivi[3].ParentID = p.Obiettivi[2].ID
	p.Capitoli = append(p.Capitoli, model.Capitolo{ID: 2, Ordine: 2, Titolo: "Il territorio", Sezione: model.SezioneTerritorio})
	p.Scadenzario = model.Scadenzario{ApprovazioneBilancio: model.DatePtr(2023, 12, 20),
		Adempimenti: []model.Adempimento{{Chiave: fmt.Sprintf("%d/piano", p.Piano.Anno), Data: model.MustDate(2024, 1, 30)}}}
	p.ConfermeQualita = []model.ConfermaQualita{
		{ObiettivoID: p.Obiettivi[2].ID, Criterio: model.QualitaRilevante, Esito: true},
		{ObiettivoID: p.Obiettivi[5].ID, Criterio: model.QualitaRisorse, Note: "Da verificare"},
	}
	// An indicator of the whole ente, read at both checkpoints.
	ente := model.Indicatore{ID: 90001, Ordine: 1, Nome: "Tempestività dei pagamenti", Tipo: model.IndNumero,
		Target: []model.Target{{Anno: 0, Valore: "≤ 0 giorni"}}}
	for i, v := range p.Verifiche {
		ente.Risultati = append(ente.Risultati, model.Risultato{ID: 90001 + int64(i), VerificaID: v.ID, Valore: fmt.Sprint(-3 + i)})
	}
	p.IndicatoriEnte = []model.Indicatore{ente}
	model.NormalizePlan(p)
	return p
}

// Run runs the whole contract against stores made by newStore.
func Run(t *testing.T, newStore New) {
	t.Run("ReadPartsEqualsLoad", func(t *testing.T) { readPartsEqualsLoad(t, newStore) })
	t.Run("ObiettiviByID", func(t *testing.T) { obiettiviByID(t, newStore) })
	t.Run("WriteIsAllOrNothing", func(t *testing.T) { writeIsAllOrNothing(t, newStore) })
	t.Run("WriteReadsItsOwnWrites", func(t *testing.T) { writeReadsItsOwnWrites(t, newStore) })
	t.Run("DeletesReturnWhatTheyRemoved", func(t *testing.T) { deletesReturnWhatTheyRemoved(t, newStore) })
	t.Run("DeleteObiettivoReturnsTheSubtree", func(t *testing.T) { deleteObiettivoReturnsTheSubtree(t, newStore) })
	t.Run("MissingRecords", func(t *testing.T) { missingRecords(t, newStore) })
}

func load(t *testing.T, st model.Store) *model.Plan {
	t.Helper()
	p, err := st.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func write(t *testing.T, st model.Store, fn func(w model.Writer) error) {
	t.Helper()
	if err := st.Write(ctx, fn); err != nil {
		t.Fatal(err)
	}
}

// Every part read alone equals the same part of Load, and reading a part
// into a plan leaves the other parts alone.
func readPartsEqualsLoad(t *testing.T, newStore New) {
	st := newStore(t, Plan())
	want := load(t, st)
	parts := []model.Parts{model.PartEnte, model.PartPiano, model.PartCapitoli, model.PartTerritorio,
		model.PartPopolazione, model.PartFasce, model.PartUnita, model.PartPersonale, model.PartBenchmark,
		model.PartServizi, model.PartObiettivi, model.PartScadenzario, model.PartQualita,
		model.PartVerifiche, model.PartSMVP, model.PartRelazione, model.PartIndicatoriEnte}
	all := model.Parts(0)
	for _, part := range parts {
		all |= part
		got := want.Clone()
		stale := &model.Plan{Ente: model.Ente{Nome: "vecchio"}, Piano: model.Piano{Titolo: "vecchio"},
			Territorio: model.Territorio{Altitudine: -1}}
		// Read into a plan holding other values: the part is replaced.
		got.Apply(stale, model.Scope{Parts: part})
		if err := st.Read(ctx, func(r model.Reader) error { return r.ReadParts(got, part) }); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("part %b read alone differs from Load", part)
		}
	}
	if all != model.AllParts {
		t.Fatalf("AllParts %b, the parts %b", model.AllParts, all)
	}
}

// Objectives read by ID equal those of Load, in plan order; unknown IDs
// are left out.
func obiettiviByID(t *testing.T, newStore New) {
	st := newStore(t, Plan())
	p := load(t, st)
	pick := []int64{p.Obiettivi[5].ID, p.Obiettivi[0].ID, 99999, p.Obiettivi[3].ID}
	var got []model.Obiettivo
	if err := st.Read(ctx, func(r model.Reader) (err error) { got, err = r.Obiettivi(pick); return err }); err != nil {
		t.Fatal(err)
	}
	want := []model.Obiettivo{p.Obiettivi[0], p.Obiettivi[3], p.Obiettivi[5]}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Obiettivi(%v):\n got %+v\nwant %+v", pick, got, want)
	}
	if err := st.Read(ctx, func(r model.Reader) (err error) { got, err = r.Obiettivi(nil); return err }); err != nil || len(got) != 0 || got == nil {
		t.Fatalf("Obiettivi(nil) = %v, %v; want an empty list", got, err)
	}
}

// A transaction that fails leaves the store as it was and puts back the
// IDs it had handed out.
func writeIsAllOrNothing(t *testing.T, newStore New) {
	st := newStore(t, Plan())
	before := load(t, st)
	o := before.Obiettivi[4].WithoutIDs()
	ente := before.Ente
	ente.Nome = "Non deve restare"
	boom := errors.New("interrotto")
	err := st.Write(ctx, func(w model.Writer) error {
		if err := w.SaveEnte(ente); err != nil {
			return err
		}
		if err := w.SaveObiettivo(&o); err != nil {
			return err
		}
		if o.ID == 0 || o.Indicatori[0].ID == 0 || o.Fasi[0].ID == 0 {
			t.Error("IDs are not set inside the transaction")
		}
		if _, err := w.DeleteObiettivo(before.Obiettivi[0].ID); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Write returned %v, want fn's error", err)
	}
	if o.ID != 0 || o.Indicatori[0].ID != 0 || o.Indicatori[0].Risultati[0].ID != 0 || o.Fasi[0].ID != 0 {
		t.Fatal("IDs handed out by a transaction that did not commit are still set")
	}
	if got := load(t, st); !reflect.DeepEqual(got, before) {
		t.Fatal("a transaction that failed changed the plan")
	}
}

// Inside a transaction, reads see the transaction's writes: the session
// reads back what it wrote before committing.
func writeReadsItsOwnWrites(t *testing.T, newStore New) {
	st := newStore(t, Plan())
	before := load(t, st)
	o := before.Obiettivi[6]
	o.Titolo = "Titolo nuovo"
	var back []model.Obiettivo
	var part model.Plan
	write(t, st, func(w model.Writer) error {
		if err := w.SaveObiettivo(&o); err != nil {
			return err
		}
		var err error
		if back, err = w.Obiettivi([]int64{o.ID}); err != nil {
			return err
		}
		r := before.Popolazione[0]
		r.Residenti++
		if err := w.SavePopolazioneAnno(r); err != nil {
			return err
		}
		return w.ReadParts(&part, model.PartPopolazione)
	})
	if len(back) != 1 || back[0].Titolo != "Titolo nuovo" || part.Popolazione[0].Residenti != before.Popolazione[0].Residenti+1 {
		t.Fatal("reads inside the transaction do not see its writes")
	}
	after := load(t, st)
	if !reflect.DeepEqual(after.ObiettivoByID(o.ID), &back[0]) || !reflect.DeepEqual(after.Popolazione, part.Popolazione) {
		t.Fatal("what was read back differs from what was committed")
	}
}

// Each delete returns the record it removed, whole, and saving it again
// restores the plan exactly.
func deletesReturnWhatTheyRemoved(t *testing.T, newStore New) {
	st := newStore(t, Plan())
	before := load(t, st)
	p := before
	var restore []func(w model.Writer) error
	check := func(what string, got, want any) {
		t.Helper()
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s returned %+v, want %+v", what, got, want)
		}
	}
	// Units in use cannot go: delete an unused one made for the purpose.
	u := model.Unita{Ordine: 99, Tipo: model.TipoArea, Nome: "Da eliminare"}
	write(t, st, func(w model.Writer) error { return w.SaveUnita(&u) })
	before = load(t, st)
	write(t, st, func(w model.Writer) error {
		c, err := w.DeleteCapitolo(p.Capitoli[0].ID)
		check("DeleteCapitolo", c, p.Capitoli[0])
		restore = append(restore, func(w model.Writer) error { return w.SaveCapitolo(&c) })
		if err != nil {
			return err
		}
		r, err := w.DeletePopolazioneAnno(p.Popolazione[1].Anno)
		check("DeletePopolazioneAnno", r, p.Popolazione[1])
		restore = append(restore, func(w model.Writer) error { return w.SavePopolazioneAnno(r) })
		if err != nil {
			return err
		}
		pc, err := w.DeletePopolazioneFascia(p.PopolazioneFasce[0].FasciaID, p.PopolazioneFasce[0].Anno)
		check("DeletePopolazioneFascia", pc, p.PopolazioneFasce[0])
		restore = append(restore, func(w model.Writer) error { return w.SavePopolazioneFascia(pc) })
		if err != nil {
			return err
		}
		band := p.Fasce[1]
		f, counts, err := w.DeleteFascia(band.ID)
		var wantCounts []model.PopolazioneFascia
		for _, c := range p.PopolazioneFasce {
			if c.FasciaID == band.ID {
				wantCounts = append(wantCounts, c)
			}
		}
		check("DeleteFascia", f, band)
		check("DeleteFascia counts", counts, wantCounts)
		restore = append(restore, func(w model.Writer) error {
			if err := w.SaveFascia(&f); err != nil {
				return err
			}
			for _, c := range counts {
				if err := w.SavePopolazioneFascia(c); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		pe, err := w.DeletePersonaleAnno(p.Personale[0].Anno)
		check("DeletePersonaleAnno", pe, p.Personale[0])
		restore = append(restore, func(w model.Writer) error { return w.SavePersonaleAnno(pe) })
		if err != nil {
			return err
		}
		b, err := w.DeleteBenchmark(p.Benchmark[0].ID)
		check("DeleteBenchmark", b, p.Benchmark[0])
		restore = append(restore, func(w model.Writer) error { return w.SaveBenchmark(&b) })
		if err != nil {
			return err
		}
		sv, err := w.DeleteServizio(p.Servizi[0].ID)
		check("DeleteServizio", sv, p.Servizi[0])
		restore = append(restore, func(w model.Writer) error { return w.SaveServizio(&sv) })
		if err != nil {
			return err
		}
		gu, err := w.DeleteUnita(u.ID)
		check("DeleteUnita", gu, u)
		restore = append(restore, func(w model.Writer) error { return w.SaveUnita(&gu) })
		if err != nil {
			return err
		}
		cq := p.ConfermeQualita[0]
		gc, err := w.DeleteConfermaQualita(cq.ObiettivoID, cq.Criterio)
		check("DeleteConfermaQualita", gc, cq)
		restore = append(restore, func(w model.Writer) error { return w.SaveConfermaQualita(gc) })
		if err != nil {
			return err
		}
		// A checkpoint goes with everything recorded at it, the ente's
		// indicator's reading included; that indicator goes next, without it.
		vf := p.Verifiche[0]
		gm, err := w.DeleteVerifica(vf.ID)
		check("DeleteVerifica", gm, p.DatiVerifica(vf.ID))
		restore = append(restore, func(w model.Writer) error { return w.SaveMonitoraggio(gm) })
		if err != nil {
			return err
		}
		ie := p.IndicatoriEnte[0].Clone()
		ie.Risultati = slices.DeleteFunc(ie.Risultati, func(r model.Risultato) bool { return r.VerificaID == vf.ID })
		gi, err := w.DeleteIndicatoreEnte(ie.ID)
		check("DeleteIndicatoreEnte", gi, ie)
		restore = append(restore, func(w model.Writer) error { return w.SaveIndicatoreEnte(&gi) })
		return err
	})
	write(t, st, func(w model.Writer) error {
		for _, r := range slices.Backward(restore) {
			if err := r(w); err != nil {
				return err
			}
		}
		return nil
	})
	if got := load(t, st); !reflect.DeepEqual(got, before) {
		t.Fatal("saving again what the deletes returned does not restore the plan")
	}
}

// Deleting an objective removes its whole subtree and returns it, each
// objective after its parent; saving them in that order restores it.
func deleteObiettivoReturnsTheSubtree(t *testing.T, newStore New) {
	st := newStore(t, Plan())
	before := load(t, st)
	root := before.Obiettivi[0]
	var gone []model.Obiettivo
	write(t, st, func(w model.Writer) (err error) { gone, err = w.DeleteObiettivo(root.ID); return err })
	if len(gone) != 4 || gone[0].ID != root.ID {
		t.Fatalf("deleted %d objectives, want the root and its 3 below", len(gone))
	}
	// The judgements of a deleted objective are not read while it is gone.
	for _, c := range load(t, st).ConfermeQualita {
		if c.ObiettivoID == before.Obiettivi[2].ID {
			t.Fatal("the judgement of a deleted objective is still read")
		}
	}
	seen := map[int64]bool{}
	for _, o := range gone {
		if o.ParentID != 0 && !seen[o.ParentID] {
			t.Fatalf("objective %d comes before its parent %d", o.ID, o.ParentID)
		}
		seen[o.ID] = true
		if want := before.ObiettivoByID(o.ID); !reflect.DeepEqual(&o, want) {
			t.Fatalf("objective %d returned differs from the stored one", o.ID)
		}
	}
	if p := load(t, st); len(p.Obiettivi) != len(before.Obiettivi)-4 {
		t.Fatalf("%d objectives left, want %d", len(p.Obiettivi), len(before.Obiettivi)-4)
	}
	write(t, st, func(w model.Writer) error {
		for i := range gone {
			if err := w.SaveObiettivo(&gone[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if got := load(t, st); !reflect.DeepEqual(got, before) {
		t.Fatal("saving the subtree again does not restore the plan")
	}
}

// Changing or deleting what is not there fails with ErrNotFound; a year
// taken fails with ErrExists; a unit in use with ErrInUse.
func missingRecords(t *testing.T, newStore New) {
	st := newStore(t, Plan())
	before := load(t, st)
	for name, fn := range map[string]func(w model.Writer) error{
		"DeleteObiettivo":         func(w model.Writer) error { _, err := w.DeleteObiettivo(99999); return err },
		"DeleteCapitolo":          func(w model.Writer) error { _, err := w.DeleteCapitolo(99999); return err },
		"DeletePopolazioneAnno":   func(w model.Writer) error { _, err := w.DeletePopolazioneAnno(1800); return err },
		"DeletePersonaleAnno":     func(w model.Writer) error { _, err := w.DeletePersonaleAnno(1800); return err },
		"DeleteFascia":            func(w model.Writer) error { _, _, err := w.DeleteFascia(99999); return err },
		"DeletePopolazioneFascia": func(w model.Writer) error { _, err := w.DeletePopolazioneFascia(99999, 2020); return err },
		"DeleteBenchmark":         func(w model.Writer) error { _, err := w.DeleteBenchmark(99999); return err },
		"DeleteServizio":          func(w model.Writer) error { _, err := w.DeleteServizio(99999); return err },
		"DeleteUnita":             func(w model.Writer) error { _, err := w.DeleteUnita(99999); return err },
		"DeleteConfermaQualita": func(w model.Writer) error {
			_, err := w.DeleteConfermaQualita(99999, model.QualitaRilevante)
			return err
		},
		"SaveConfermaQualita": func(w model.Writer) error {
			return w.SaveConfermaQualita(model.ConfermaQualita{ObiettivoID: 99999, Criterio: model.QualitaRilevante})
		},
		"RenumberPopolazioneAnno": func(w model.Writer) error { return w.RenumberPopolazioneAnno(1800, 1801) },
		"SavePopolazioneFascia": func(w model.Writer) error {
			return w.SavePopolazioneFascia(model.PopolazioneFascia{FasciaID: 99999, Anno: 2020})
		},
	} {
		if err := st.Write(ctx, fn); !errors.Is(err, model.ErrNotFound) {
			t.Errorf("%s of a missing record: %v, want ErrNotFound", name, err)
		}
	}
	y := before.Popolazione
	if err := st.Write(ctx, func(w model.Writer) error { return w.RenumberPopolazioneAnno(y[0].Anno, y[1].Anno) }); !errors.Is(err, model.ErrExists) {
		t.Errorf("renumbering onto a year taken: %v, want ErrExists", err)
	}
	if err := st.Write(ctx, func(w model.Writer) error { _, err := w.DeleteUnita(before.Obiettivi[0].AreaID); return err }); !errors.Is(err, model.ErrInUse) {
		t.Errorf("deleting an Area in use: %v, want ErrInUse", err)
	}
	if got := load(t, st); !reflect.DeepEqual(got, before) {
		t.Fatal("refused changes changed the plan")
	}
}
