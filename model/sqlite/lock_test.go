package sqlite

import (
	"bufio"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"pianoperformance/model"
)

// child is a second program holding a plan open (internal/lockchild).
type child struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Scanner
}

// buildChild compiles internal/lockchild once per test.
func buildChild(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "lockchild")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if out, err := exec.Command(goBin, "build", "-o", bin, "pianoperformance/model/sqlite/internal/lockchild").CombinedOutput(); err != nil {
		t.Fatalf("compilazione del processo figlio: %v\n%s", err, out)
	}
	return bin
}

// startChild starts bin on path and waits until it has the plan open.
func startChild(t *testing.T, bin, path string) *child {
	t.Helper()
	cmd := exec.Command(bin, path)
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: cmd, in: in, out: bufio.NewScanner(out)}
	t.Cleanup(func() { c.cmd.Process.Kill(); c.cmd.Wait() })
	c.expect(t, "pronto")
	return c
}

// expect reads the child's next line, which must be want.
func (c *child) expect(t *testing.T, want string) {
	t.Helper()
	got := make(chan string, 1)
	go func() {
		if c.out.Scan() {
			got <- c.out.Text()
		}
		close(got)
	}()
	select {
	case line := <-got:
		if line != want {
			t.Fatalf("il processo figlio ha scritto %q, atteso %q", line, want)
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("il processo figlio non ha scritto %q", want)
	}
}

// Two real processes on one plan: the second is refused with who has it
// and since when, can read it (and sees the first one's saves), cannot
// write it; once the first closes normally, the plan is free and no lock
// is called stale.
func TestSecondProgramIsToldWhoHasThePlan(t *testing.T) {
	bin := buildChild(t)
	path := makePlanFile(t, richPlan())
	c := startChild(t, bin, path)

	_, err := Open(path)
	var le *model.LockedError
	if !errors.As(err, &le) || !errors.Is(err, model.ErrLocked) {
		t.Fatalf("Open di un piano già aperto: %v, atteso un LockedError", err)
	}
	me := currentHolder()
	if le.Holder.PID != c.cmd.Process.Pid || le.Holder.User != me.User || le.Holder.Host != me.Host ||
		time.Since(le.Holder.Since) > time.Minute {
		t.Fatalf("chi ha il piano: %+v", le.Holder)
	}
	if msg := err.Error(); !strings.Contains(msg, "già aperto da "+me.User) || !strings.Contains(msg, "sul computer "+me.Host) {
		t.Fatalf("messaggio %q", msg)
	}

	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if !ro.ReadOnly() || ro.holder == nil || ro.holder.PID != c.cmd.Process.Pid {
		t.Fatalf("sola lettura %v, chi ha il piano %+v", ro.ReadOnly(), ro.holder)
	}
	err = ro.Write(ctx, func(w model.Writer) error { return w.SaveEnte(model.Ente{Nome: "Non deve restare"}) })
	if !errors.Is(err, model.ErrReadOnly) || !strings.Contains(err.Error(), "sola lettura") {
		t.Fatalf("scrittura in sola lettura: %v", err)
	}
	// What the first program saves, the second one reads.
	io.WriteString(c.in, "ente Salvato dall'altro programma\n")
	c.expect(t, "salvato")
	if got := load(t, ro).Ente.Nome; got != "Salvato dall'altro programma" {
		t.Fatalf("la sola lettura vede %q", got)
	}

	// The first program closes: the plan is free, nothing is stale.
	c.in.Close()
	if err := c.cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatalf("dopo la chiusura dell'altro programma: %v", err)
	}
	defer s.Close()
	if s.Stale() != nil || len(s.Notices()) != 0 {
		t.Fatalf("blocco ritenuto abbandonato: %+v %v", s.Stale(), s.Notices())
	}
}

// A program killed with the plan open leaves its lock file behind; the
// system's lock died with it, so the next program takes the plan over and
// says whose lock it found.
func TestLockLeftByAKilledProgramIsTakenOver(t *testing.T) {
	bin := buildChild(t)
	path := makePlanFile(t, richPlan())
	c := startChild(t, bin, path)
	pid := c.cmd.Process.Pid
	if err := c.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	c.cmd.Wait()
	if b, err := os.ReadFile(path + lockSuffix); err != nil || len(b) == 0 {
		t.Fatalf("il processo ucciso non ha lasciato il file di blocco: %v", err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatalf("piano lasciato aperto da un processo ucciso: %v", err)
	}
	defer s.Close()
	if h := s.Stale(); h == nil || h.PID != pid {
		t.Fatalf("blocco abbandonato non riconosciuto: %+v", h)
	}
	if n := s.Notices(); len(n) != 1 || !strings.Contains(n[0], "ora è aperto qui") {
		t.Fatalf("avvisi %v", n)
	}
	// And now this program holds it.
	if _, err := Open(path); !errors.Is(err, model.ErrLocked) {
		t.Fatalf("secondo Open: %v", err)
	}
}
