package monitoraggio

import (
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pianoperformance/model"
	"pianoperformance/model/synth"
)

// largeRow opens the screen on the large synthetic plan (500 objectives ×
// 3 indicators, both checkpoints read) and focuses the value of a number
// indicator half-way down the grid.
func largeRow(b *testing.B) (*fixture, int, fyne.Focusable) {
	f := newFixture(b, synth.Plan(10, 500, 3))
	for r := len(f.sc.rows) / 2; r < len(f.sc.rows); r++ {
		if t := f.sc.rows[r].ind.Tipo; t == model.IndNumero || t == model.IndPercentuale {
			return f, r, f.cell(r, colValore)
		}
	}
	b.Fatal("no number indicator")
	return nil, 0, nil
}

// BenchmarkKeystrokeLargePlan is one key typed in a value of the grid:
// the handler reads the text, puts it into a copy of the plan and
// measures every indicator, objective and Area again, then redraws the
// figures of the row's objective and the totals. One frame is 16 ms.
func BenchmarkKeystrokeLargePlan(b *testing.B) {
	f, r, c := largeRow(b)
	f.typeIn(c, "4")
	b.ReportAllocs()
	cpu, n := cpuTime(), 0
	for i := 0; b.Loop(); i++ {
		n++
		if i%2 == 0 {
			test.Type(c, "2")
		} else {
			c.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(cpuTime()-cpu)/float64(n)/1e6, "cpu-ms/op")
	if f.sc.preview != r {
		b.Fatalf("the figures do not follow the typing (preview %d, row %d)", f.sc.preview, r)
	}
}

// BenchmarkSaveCellLargePlan is leaving a value typed: the batch saved in
// one transaction with the prior state read for undo and the objective
// read back, then the grid's rows and every degree measured again.
func BenchmarkSaveCellLargePlan(b *testing.B) {
	f, r, _ := largeRow(b)
	b.ReportAllocs()
	cpu, n := cpuTime(), 0
	defer func() { b.ReportMetric(float64(cpuTime()-cpu)/float64(n)/1e6, "cpu-ms/op") }()
	for i := 0; b.Loop(); i++ {
		n++
		v := "41"
		if i%2 == 1 {
			v = "42"
		}
		if err := f.sc.saveRisultato(r, func(x *model.Risultato) { x.Valore = v }); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTypedHandlerLargePlan is the screen's own part of a keystroke,
// without Fyne's editing of the entry: the typed text measured into every
// degree and the figures redrawn.
func BenchmarkTypedHandlerLargePlan(b *testing.B) {
	f, r, _ := largeRow(b)
	b.ReportAllocs()
	cpu, n := cpuTime(), 0
	for i := 0; b.Loop(); i++ {
		f.sc.typed(r, []string{"4", "42"}[i%2])
		n++
	}
	b.ReportMetric(float64(cpuTime()-cpu)/float64(n)/1e6, "cpu-ms/op")
}

// cpuTime is the CPU time the process has used, user and system: on a
// shared machine the wall clock also counts the others' work.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
