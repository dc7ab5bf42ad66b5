package model_test

import (
	"testing"

	"pianoperformance/model"
	"pianoperformance/model/synth"
)

// The differences between two versions of a large plan (500 objectives ×
// 3 indicators over 10 years), one target changed in every tenth
// objective and the order of two swapped.
func BenchmarkConfronta(b *testing.B) {
	a := synth.Plan(10, 500, 3)
	model.NormalizePlan(a)
	bb, err := model.MarshalPlan(a)
	if err != nil {
		b.Fatal(err)
	}
	c, err := model.UnmarshalPlan(bb)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < len(c.Obiettivi); i += 10 {
		c.Obiettivi[i].Indicatori[0].Target[0].Valore += " (variato)"
	}
	c.Obiettivi[3].Ordine, c.Obiettivi[4].Ordine = c.Obiettivi[4].Ordine, c.Obiettivi[3].Ordine
	model.NormalizePlan(c)
	if n := len(model.Confronta(a, c)); n < 50 {
		b.Fatalf("%d modifiche", n)
	}
	b.ReportAllocs()
	for b.Loop() {
		model.Confronta(a, c)
	}
}

func BenchmarkScadenzeEQualita(b *testing.B) {
	p := synth.Plan(10, 500, 3)
	oggi := model.MustDate(2024, 9, 1)
	b.ReportAllocs()
	for b.Loop() {
		model.CheckScadenze(model.Scadenze(p, nil, nil, oggi), oggi)
		model.ValutaQualita(p)
	}
}
