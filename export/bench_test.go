package export

import (
	"io"
	"testing"

	"pianoperformance/model/synth"
)

// The large plan of the CLI benchmarks: 10 years, 500 objectives, 3
// indicators each (4,500 indicator rows).
func BenchmarkXLSXLarge(b *testing.B) {
	p := synth.Plan(10, 500, 3)
	b.ReportAllocs()
	for b.Loop() {
		if err := XLSX(io.Discard, p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCSVLarge(b *testing.B) {
	p := synth.Plan(10, 500, 3)
	dir := b.TempDir()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := CSV(dir, p); err != nil {
			b.Fatal(err)
		}
	}
}
