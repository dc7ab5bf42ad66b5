package report

import (
	"testing"

	"pianoperformance/model/synth"
)

func BenchmarkRelazioneEsempio(b *testing.B) { bench(b, examplePlan(b), Relazione) }

// The large plan: 500 objectives × 3 indicators with two checkpoints
// filled. Target for the Relazione: ≤ 1 s for the whole process.
func BenchmarkRelazioneGrande(b *testing.B)    { bench(b, synth.Plan(10, 500, 3), Relazione) }
func BenchmarkMonitoraggioGrande(b *testing.B) { bench(b, synth.Plan(10, 500, 3), Monitoraggio) }
func BenchmarkCruscottoGrande(b *testing.B)    { bench(b, synth.Plan(10, 500, 3), Cruscotto) }
