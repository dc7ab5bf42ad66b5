package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"pianoperformance/workbook/wbtest"
)

// Whole-process timings of the workbooks' round trip on the large
// synthetic plan (500 objectives × 3 indicators, six Aree): what a user
// waits for, start-up, reading the plan and writing or reading the six
// workbooks included. Peak memory is the process's maximum resident set.
//
//	go test ./cmd/piano -run '^$' -bench Monitoraggio -benchtime 7x

func grande(b *testing.B) string {
	b.Helper()
	dir := b.TempDir()
	_, _ = processo(b, dir, "synth", "--years", "10", "--objectives", "500", "--indicators", "3", "-o", "grande.db")
	return dir
}

// misura is what a run of the binary cost: peak resident memory and CPU
// time, which a shared machine's load disturbs far less than the clock.
type misura struct{ mb, cpu float64 }

func (m *misura) add(o misura) { m.mb, m.cpu = max(m.mb, o.mb), m.cpu+o.cpu }

func (m misura) report(b *testing.B) {
	b.ReportMetric(m.mb, "MB-picco")
	b.ReportMetric(m.cpu/float64(b.N), "s-cpu/op")
}

// processo runs the binary and returns what it cost and its output.
func processo(b *testing.B, dir string, args ...string) (misura, string) {
	b.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		b.Fatalf("piano %q: %v\n%s", args, err, out)
	}
	ps := cmd.ProcessState
	return misura{float64(ps.SysUsage().(*syscall.Rusage).Maxrss) / 1024, (ps.UserTime() + ps.SystemTime()).Seconds()}, string(out)
}

func BenchmarkMonitoraggioPrepara(b *testing.B) {
	dir := grande(b)
	var tot misura
	for b.Loop() {
		m, _ := processo(b, dir, "monitoraggio", "prepara", "--db", "grande.db", "--al", "30/06/2024", "-o", "schede")
		tot.add(m)
	}
	tot.report(b)
}

func BenchmarkMonitoraggioLeggi(b *testing.B) {
	dir := grande(b)
	_, _ = processo(b, dir, "monitoraggio", "prepara", "--db", "grande.db", "--al", "30/06/2024", "-o", "schede")
	files, err := filepath.Glob(filepath.Join(dir, "schede", "*.xlsx"))
	if err != nil || len(files) != 6 {
		b.Fatalf("schede: %v %v", files, err)
	}
	for _, f := range files {
		wbtest.CompilaTutto(b, f)
	}
	orig, err := os.ReadFile(filepath.Join(dir, "grande.db"))
	if err != nil {
		b.Fatal(err)
	}
	args := append([]string{"monitoraggio", "leggi", "--db", "copia.db"}, files...)
	var tot misura
	for b.Loop() {
		// Each time on the plan as it was: reading back saves the values.
		b.StopTimer()
		os.RemoveAll(filepath.Join(dir, "backup"))
		if err := os.WriteFile(filepath.Join(dir, "copia.db"), orig, 0o644); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		m, out := processo(b, dir, args...)
		if !strings.Contains(out, "Salvati 1979 valori da 6 schede") {
			b.Fatalf("lettura: %s", out)
		}
		tot.add(m)
	}
	tot.report(b)
}
