package report

import (
	"testing"

	"pianoperformance/assets"
	"pianoperformance/model"
)

func examplePlan(t testing.TB) *model.Plan {
	t.Helper()
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatalf("piano di esempio: %v", err)
	}
	return p
}

func TestStampeEsempio(t *testing.T) {
	p := examplePlan(t)
	saveStampa(t, "schede.pdf", render(t, p, Schede, Selection{}))
	saveStampa(t, "riepilogo.pdf", render(t, p, Riepilogo, Selection{}))
	saveStampa(t, "piano.pdf", render(t, p, Documento, Selection{}))
}
