package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pianoperformance/assets"
	"pianoperformance/model"
	"pianoperformance/model/sqlite"
)

// The end-to-end test starts the real program (this test binary, which
// holds main) in a real X server and presses real keys with xdotool, as a
// clerk would: no test double between the key and the plan file. It checks
// the file after every key.

// childEnv marks the test binary started as the program.
const childEnv = "PIANO_E2E_PROGRAMMA"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		// Run as the program: the arguments after "--" are its own.
		args := os.Args[1:]
		for i, a := range args {
			if a == "--" {
				args = args[i+1:]
				break
			}
		}
		os.Args = append([]string{os.Args[0]}, args...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// xdisplay is an X server of the test's own.
type xdisplay struct {
	name string
	cmd  *exec.Cmd
}

// startX starts Xvfb on a free display it picks itself (-displayfd), at
// the size of a 1366×768 office laptop; the test skips, saying why, when
// Xvfb or xdotool is missing (scripts/setup.sh test installs them).
func startX(t *testing.T) *xdisplay {
	t.Helper()
	for _, tool := range []string{"Xvfb", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("prova da capo a fondo saltata: manca %s (scripts/setup.sh test lo installa)", tool)
		}
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1366x768x24", "-nolisten", "tcp", "-noreset")
	cmd.ExtraFiles = []*os.File{w}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	lines := make(chan string, 1)
	go func() {
		s := bufio.NewScanner(r)
		if s.Scan() {
			lines <- s.Text()
		}
		close(lines)
	}()
	select {
	case n, ok := <-lines:
		if !ok || strings.TrimSpace(n) == "" {
			t.Fatal("Xvfb did not say its display")
		}
		return &xdisplay{name: ":" + strings.TrimSpace(n), cmd: cmd}
	case <-time.After(60 * time.Second):
		t.Fatal("Xvfb did not start within a minute")
	}
	return nil
}

// xdotool runs xdotool on the display and returns its output; a minute
// is the most it may take (search --sync waits for the window).
func (x *xdisplay) xdotool(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "xdotool", args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+x.name)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("xdotool %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// program starts the program on the display with args, in a home folder
// of its own (no remembered window or recent files); it is stopped when
// the test ends.
func (x *xdisplay) program(t *testing.T, home string, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^$", "--"}, args...)...)
	cmd.Env = append(os.Environ(), childEnv+"=1", "DISPLAY="+x.name, "HOME="+home,
		"XDG_CONFIG_HOME="+filepath.Join(home, ".config"), "LANG=it_IT.UTF-8")
	log, err := os.Create(filepath.Join(home, "programma.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		log.Close()
		if t.Failed() {
			b, _ := os.ReadFile(log.Name())
			t.Logf("uscita del programma:\n%s", b)
		}
	})
	return cmd
}

// waitFor polls the plan file until ok holds for it, or fails the test
// after a generous deadline saying what it waited for.
func waitFor(t *testing.T, path, what string, ok func(p *model.Plan) bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	var last string
	for time.Now().Before(deadline) {
		p, err := readPlan(path)
		if err == nil && ok(p) {
			return
		}
		if err != nil {
			last = err.Error()
		} else {
			last = fmt.Sprintf("%d obiettivi: %s", len(p.Obiettivi), titlesOf(p))
		}
		time.Sleep(50 * time.Millisecond) // polling the file, not waiting a guessed time
	}
	t.Fatalf("dopo 60 s il file non mostra %s (ultimo stato: %s)", what, last)
}

// readPlan reads the plan file as another program would while the window
// holds it: read-only.
func readPlan(path string) (*model.Plan, error) {
	st, err := sqlite.OpenReadOnly(path)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	return st.Load(context.Background())
}

func titlesOf(p *model.Plan) string {
	var out []string
	for _, o := range p.Obiettivi {
		out = append(out, o.Titolo)
	}
	return strings.Join(out, " | ")
}

func countTitle(p *model.Plan, title string) int {
	n := 0
	for _, o := range p.Obiettivi {
		if o.Titolo == title {
			n++
		}
	}
	return n
}

// Real keys on the real window: Ctrl+N and typing make an objective, Enter
// saves it; Ctrl+Z takes back the title and then the objective; Ctrl+Y and
// Ctrl+Maiusc+Z do them again. The plan file says so after every key.
func TestRealKeysUndoAndRedoInThePlanFile(t *testing.T) {
	if testing.Short() {
		t.Skip("prova da capo a fondo: non in -short")
	}
	x := startX(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "piano.db")
	ex, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Create(path, ex)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	n := len(ex.Obiettivi)

	x.program(t, dir, "-db", path, "-schermata", "ente")
	id := x.xdotool(t, "search", "--sync", "--onlyvisible", "--name", "^Piano della Performance")
	id = strings.Fields(id)[0]
	x.xdotool(t, "windowfocus", "--sync", id)

	// Through the X server's input (XTEST) to the focused window, as the
	// keyboard does: events sent to a window directly are marked synthetic
	// and GLFW may drop them.
	key := func(k string) { x.xdotool(t, "key", "--clearmodifiers", k) }
	typ := func(s string) { x.xdotool(t, "type", "--delay", "20", s) }

	key("ctrl+n")
	waitFor(t, path, "il nuovo obiettivo", func(p *model.Plan) bool {
		return len(p.Obiettivi) == n+1 && countTitle(p, "Nuovo obiettivo") == 1
	})
	typ("Prova da tastiera")
	key("Return")
	waitFor(t, path, "il titolo scritto", func(p *model.Plan) bool { return countTitle(p, "Prova da tastiera") == 1 })

	key("ctrl+z")
	waitFor(t, path, "il titolo annullato", func(p *model.Plan) bool {
		return countTitle(p, "Prova da tastiera") == 0 && countTitle(p, "Nuovo obiettivo") == 1
	})
	key("ctrl+z")
	waitFor(t, path, "l'obiettivo annullato", func(p *model.Plan) bool { return len(p.Obiettivi) == n })

	key("ctrl+y")
	waitFor(t, path, "l'obiettivo ripetuto", func(p *model.Plan) bool {
		return len(p.Obiettivi) == n+1 && countTitle(p, "Nuovo obiettivo") == 1
	})
	key("ctrl+shift+z")
	waitFor(t, path, "il titolo ripetuto", func(p *model.Plan) bool { return countTitle(p, "Prova da tastiera") == 1 })
}
