package export

import (
	"bytes"
	"encoding/json"
	"testing"

	"pianoperformance/model"
)

// The JSON export carries the computed results for readers and still reads
// back as the same plan.
func TestJSONCarriesEsitiAndReimports(t *testing.T) {
	p := testPlan()
	b, err := JSON(p)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Esiti esitiJSON `json:"esiti"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Esiti.Verifiche) != 2 || !doc.Esiti.Verifiche[1].Finale || doc.Esiti.Verifiche[1].Ente.Percentuale == nil ||
		len(doc.Esiti.Verifiche[1].Obiettivi) != len(p.Obiettivi) || len(doc.Esiti.Verifiche[1].Aree) != 6 {
		t.Fatalf("esiti: %+v", doc.Esiti.Verifiche)
	}
	first := doc.Esiti.Verifiche[0].Obiettivi[0].Indicatori[0]
	if first.Fonte != "forzato" || *first.Percentuale != 87.5 {
		t.Errorf("prima rilevazione: %+v", first)
	}
	back, err := model.UnmarshalPlan(b)
	if err != nil {
		t.Fatalf("il JSON esportato non si reimporta: %v", err)
	}
	plain, _ := model.MarshalPlan(p)
	again, _ := model.MarshalPlan(back)
	if !bytes.Equal(plain, again) {
		t.Error("il piano reimportato differisce da quello esportato")
	}
	if bytes.Contains(plain, []byte(`"esiti"`)) {
		t.Error("il file del piano non deve contenere gli esiti calcolati")
	}
}
