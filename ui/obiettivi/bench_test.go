package obiettivi

import (
	"fmt"
	"testing"

	"pianoperformance/model/synth"
)

// BenchmarkFilter is one keystroke in the search box on a large plan: the
// Area filter and a two-word, accent-insensitive search over every text of
// every objective. It must stay well under a frame (16 ms).
func BenchmarkFilter(b *testing.B) {
	for _, n := range []int{500, 1500} {
		b.Run(fmt.Sprintf("obiettivi=%d", n), func(b *testing.B) {
			p := synth.Plan(10, n, 3)
			l := newList()
			l.reindex(p)
			f := filter{areaID: p.Aree()[2].ID, anno: p.Piano.Anno, query: "revisione regolamento"}
			b.ResetTimer()
			for b.Loop() {
				l.apply(f)
			}
			b.ReportMetric(float64(len(l.rows)), "righe")
		})
	}
}

// BenchmarkReindex is the work done after every saved change: the search
// text of every objective is rebuilt.
func BenchmarkReindex(b *testing.B) {
	p := synth.Plan(10, 500, 3)
	l := newList()
	for b.Loop() {
		l.reindex(p)
	}
}
