package synth

import (
	"reflect"
	"testing"

	"pianoperformance/model"
)

func TestPlanSizeAndDeterminism(t *testing.T) {
	p := Plan(10, 500, 3)
	if len(p.Popolazione) != 10 || len(p.Personale) != 10 || len(p.Obiettivi) != 500 {
		t.Fatalf("years %d/%d objectives %d", len(p.Popolazione), len(p.Personale), len(p.Obiettivi))
	}
	for _, o := range p.Obiettivi {
		if len(o.Indicatori) != 3 || len(o.Fasi) != 3 || p.UnitaByID(o.AreaID) == nil {
			t.Fatalf("objective %s malformed", o.Codice)
		}
	}
	if !reflect.DeepEqual(p, Plan(10, 500, 3)) {
		t.Fatal("same arguments must give the same plan")
	}
	for i, r := range p.Popolazione[1:] {
		if v, _ := p.Variazione(r.Anno); v != r.Saldo() {
			t.Fatalf("year %d: change %d != balance %d (row %d)", r.Anno, v, r.Saldo(), i)
		}
	}
}

// The large plan is a valid plan with both checkpoints filled, so the
// benchmarks of the cycle measure real work.
func TestPlanHasAYearOfMonitoring(t *testing.T) {
	p := Plan(10, 500, 3)
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, o := range p.Obiettivi {
		for _, ind := range o.Indicatori {
			if len(ind.Risultati) != 2 {
				t.Fatalf("%s: %d rilevazioni", o.Codice, len(ind.Risultati))
			}
		}
	}
	v, err := model.ValutaFinale(p)
	if err != nil || v.Ente.Percentuale == nil || len(v.Aree) != 6 {
		t.Fatalf("valutazione: %v %+v", err, v.Ente)
	}
}
