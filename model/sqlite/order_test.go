package sqlite

import (
	"bytes"
	"reflect"
	"slices"
	"testing"

	"pianoperformance/assets"
	"pianoperformance/model"
)

// Load must give lists in the order model.NormalizePlan documents, whatever
// order they were saved in.
func TestLoadOrderIsTheModelOrder(t *testing.T) {
	p := richPlan()
	slices.Reverse(p.Capitoli)
	slices.Reverse(p.Popolazione)
	slices.Reverse(p.Fasce)
	slices.Reverse(p.PopolazioneFasce)
	slices.Reverse(p.Unita)
	slices.Reverse(p.Benchmark)
	slices.Reverse(p.Servizi)
	o := &p.Obiettivi[0]
	o.UnitaIDs = []int64{5, 4}
	o.Anni = []int{2025, 2023, 2024}
	slices.Reverse(o.Indicatori)
	slices.Reverse(o.Indicatori[2].Target)
	slices.Reverse(o.Indicatori[2].Risultati)
	slices.Reverse(o.Fasi)
	o.Fasi[1].Mesi = []int{9, 4, 6, 5, 8, 7}
	slices.Reverse(p.Obiettivi) // the sub-objective first: references resolve at commit

	s := newStore(t, p)
	want := richPlan()
	model.NormalizePlan(want)
	if got := load(t, s); !reflect.DeepEqual(got, want) {
		t.Fatalf("ordine diverso da model.NormalizePlan:\n got %+v\nwant %+v", got, want)
	}
}

// The built-in example plan survives a trip through a plan file unchanged.
func TestExamplePlanRoundTrip(t *testing.T) {
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	s := newStore(t, p)
	want, _ := assets.ExamplePlan()
	got := load(t, s)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("piano di esempio diverso dopo il salvataggio:\n got %+v\nwant %+v", got, want)
	}
	// Exported again, it is the committed file byte for byte: monitoring,
	// versions' fields and layout fields alike.
	if b, err := model.MarshalPlan(got); err != nil || !bytes.Equal(b, assets.ExampleJSON()) {
		t.Errorf("il piano di esempio riesportato dall'archivio non è il file incluso (%v)", err)
	}
}
