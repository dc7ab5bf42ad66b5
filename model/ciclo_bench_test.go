package model_test

import (
	"testing"

	"pianoperformance/model"
	"pianoperformance/model/synth"
)

// BenchmarkValutaTutto recomputes every degree of achievement of the large
// plan (500 objectives × 3 indicators, 6 Areas) at both checkpoints: what
// a screen does after every typed reading. Target ≤ 5 ms.
func BenchmarkValutaTutto(b *testing.B) {
	p := synth.Plan(10, 500, 3)
	for b.Loop() {
		for _, v := range p.Verifiche {
			if _, err := model.Valuta(p, v.ID); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkValutaFinale is one checkpoint: the year-end measurement.
func BenchmarkValutaFinale(b *testing.B) {
	p := synth.Plan(10, 500, 3)
	for b.Loop() {
		if _, err := model.ValutaFinale(p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckPianoGrande is the whole consistency check with the
// cycle's findings.
func BenchmarkCheckPianoGrande(b *testing.B) {
	p := synth.Plan(10, 500, 3)
	oggi := model.MustDate(2025, 3, 1)
	for b.Loop() {
		model.CheckAl(p, oggi)
	}
}
