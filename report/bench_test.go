package report

import (
	"bytes"
	"io"
	"testing"

	"pianoperformance/model"
	"pianoperformance/model/synth"
)

func bench(b *testing.B, p *model.Plan, k Kind) {
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := Write(&buf, p, k, Selection{}, Options{Printed: printed}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len())/1024, "KiB/pdf")
}

func BenchmarkDocumentoEsempio(b *testing.B) { bench(b, examplePlan(b), Documento) }
func BenchmarkSchedeEsempio(b *testing.B)    { bench(b, examplePlan(b), Schede) }
func BenchmarkRiepilogoEsempio(b *testing.B) { bench(b, examplePlan(b), Riepilogo) }

// The large plan: 500 objectives × 3 indicators with phases, 10 years of
// context, from the shared deterministic generator.
func BenchmarkSchedeGrande(b *testing.B)    { bench(b, synth.Plan(10, 500, 3), Schede) }
func BenchmarkRiepilogoGrande(b *testing.B) { bench(b, synth.Plan(10, 500, 3), Riepilogo) }
func BenchmarkDocumentoGrande(b *testing.B) { bench(b, synth.Plan(10, 500, 3), Documento) }

func BenchmarkDOCXPianoGrande(b *testing.B) {
	p := synth.Plan(10, 500, 3)
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteDOCX(io.Discard, p, Documento, Selection{}, Options{Printed: printed}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPDFAPianoGrande(b *testing.B) {
	p := synth.Plan(10, 500, 3)
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, p, Documento, Selection{}, Options{Printed: printed, PDFA: true}); err != nil {
			b.Fatal(err)
		}
	}
}
