package sqlite

import (
	"bufio"
	"bytes"
	"flag"
	"math/rand"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"
)

var crashSeed = flag.Int64("crash.seed", 0, "replay the crash test with this seed (the moments of the kills)")

// TestCrashLosesNothingCommitted kills a writing process at random moments
// and checks that the file stays sound and holds every save it reported.
// It logs its seed; -crash.seed=N replays the same moments (the child's pace
// still varies). A killed process leaves the OS cache intact, so this test
// cannot see a missing fsync: the power-cut test does.
func TestCrashLosesNothingCommitted(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL non disponibile su Windows")
	}
	if testing.Short() {
		t.Skip("prova lunga")
	}
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	dir := t.TempDir()
	child := filepath.Join(dir, "crashchild")
	build := exec.Command(goBin, "build", "-o", child, "pianoperformance/model/sqlite/internal/crashchild")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("compilazione del processo figlio: %v\n%s", err, out)
	}
	path := makePlanFile(t, richPlan())

	seed := *crashSeed
	if seed == 0 {
		seed = time.Now().UnixNano()
	}
	t.Logf("seme %d (per ripetere: -crash.seed=%d)", seed, seed)
	rng := rand.New(rand.NewSource(seed))
	var committed []int
	for round := 0; round < 5; round++ {
		got := runAndKill(t, child, path, time.Duration(50+rng.Intn(351))*time.Millisecond)
		t.Logf("giro %d: %d salvataggi confermati", round, len(got))
		committed = append(committed, got...)
		checkCommitted(t, path, committed)
	}
	if len(committed) == 0 {
		t.Fatal("il processo figlio non ha confermato nessun salvataggio")
	}
}

// runAndKill starts the child, lets it write for delay after it is ready,
// kills it with SIGKILL and returns the counters it reported as committed.
func runAndKill(t *testing.T, child, path string, delay time.Duration) []int {
	t.Helper()
	cmd := exec.Command(child, path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ready := make(chan struct{})
	done := make(chan []int)
	go func() {
		var got []int
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if sc.Text() == "pronto" {
				close(ready)
				continue
			}
			if n, err := strconv.Atoi(sc.Text()); err == nil {
				got = append(got, n)
			}
		}
		done <- got
	}()
	select {
	case <-ready:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("il processo figlio non parte: %s", stderr.String())
	}
	time.Sleep(delay)
	if err := cmd.Process.Kill(); err != nil { // SIGKILL on Unix
		t.Fatal(err)
	}
	got := <-done
	cmd.Wait()
	if stderr.Len() > 0 {
		t.Fatalf("il processo figlio ha scritto errori: %s", stderr.String())
	}
	return got
}

// checkCommitted reopens the file after a crash and checks it.
func checkCommitted(t *testing.T, path string, committed []int) {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatalf("riapertura dopo il crash: %v", err)
	}
	defer s.Close()
	var res string
	if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check: %q %v", res, err)
	}
	p := load(t, s)
	pop := map[int]bool{}
	for _, a := range p.Popolazione {
		pop[a.Anno] = a.Residenti == a.Anno
	}
	ob := map[string]bool{}
	for _, o := range p.Obiettivi {
		ob[o.Codice] = len(o.Indicatori) == 2 && len(o.Indicatori[1].Target) == 3
	}
	for _, n := range committed {
		if !pop[n] || !ob["C"+strconv.Itoa(n)] {
			t.Fatalf("salvataggio %d confermato ma assente o incompleto dopo il crash", n)
		}
	}
}
