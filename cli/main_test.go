package cli

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"pianoperformance/model/postgres/pgtest"
)

// bin is the piano binary (cmd/piano, which runs this package), built once
// for all tests: the tests run it as a user would, and check its output,
// files and exit status.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "piano-cli-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	bin = filepath.Join(dir, "piano")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/piano").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	// The commands about a database server run against a throwaway one.
	if cluster, err = pgtest.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "pgtest:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	cluster.Stop()
	os.RemoveAll(dir)
	os.Exit(code)
}

var cluster *pgtest.Cluster

type result struct {
	stdout, stderr string
	code           int
}

// piano runs the binary in dir with args.
func piano(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return pianoWith(t, dir, nil, "", args...)
}

// pianoWith runs the binary with more environment and a standard input.
func pianoWith(t *testing.T, dir string, env []string, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Env = append(append(os.Environ(), "SOURCE_DATE_EPOCH=1706745600"), env...) // 1/2/2024: fixed dates in outputs
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	r := result{stdout: out.String(), stderr: errb.String()}
	switch {
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	case err != nil:
		t.Fatalf("piano %q: %v", args, err)
	}
	return r
}

// ok runs piano and fails the test unless it succeeds.
func ok(t *testing.T, dir string, args ...string) result {
	t.Helper()
	r := piano(t, dir, args...)
	if r.code != 0 {
		t.Fatalf("piano %q: uscita %d\n%s", args, r.code, r.stderr)
	}
	return r
}

func sha(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}
