package main

import (
	"os"
	"os/exec"
	"path/filepath"
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
	processo(b, dir, "synth", "--years", "10", "--objectives", "500", "--indicators", "3", "-o", "grande.db")
	return dir
}

// processo runs the binary and returns its peak resident memory in MB.
func processo(b *testing.B, dir string, args ...string) float64 {
	b.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("piano %q: %v\n%s", args, err, out)
	}
	return float64(cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss) / 1024
}

func BenchmarkMonitoraggioPrepara(b *testing.B) {
	dir := grande(b)
	peak := 0.0
	for b.Loop() {
		peak = max(peak, processo(b, dir, "monitoraggio", "prepara", "--db", "grande.db", "--al", "30/06/2024", "-o", "schede"))
	}
	b.ReportMetric(peak, "MB-picco")
}

func BenchmarkMonitoraggioLeggi(b *testing.B) {
	dir := grande(b)
	processo(b, dir, "monitoraggio", "prepara", "--db", "grande.db", "--al", "30/06/2024", "-o", "schede")
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
	peak := 0.0
	for b.Loop() {
		// Each time on the plan as it was: reading back saves the values.
		b.StopTimer()
		os.RemoveAll(filepath.Join(dir, "backup"))
		if err := os.WriteFile(filepath.Join(dir, "copia.db"), orig, 0o644); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		peak = max(peak, processo(b, dir, args...))
	}
	b.ReportMetric(peak, "MB-picco")
}
