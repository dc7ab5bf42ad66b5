package synth

import (
	"reflect"
	"testing"
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
