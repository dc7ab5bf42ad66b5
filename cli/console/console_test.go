package console

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
)

// The test binary plays the window program when asked: it checks that the
// marker came first, echoes its arguments on stdout, what it read on
// stdin on stderr, and exits with the status it was given.
func TestMain(m *testing.M) {
	if os.Getenv("CONSOLE_TEST_CHILD") == "" {
		os.Exit(m.Run())
	}
	args := os.Args[1:]
	if len(args) == 0 || args[0] != Marker {
		fmt.Fprintf(os.Stderr, "no marker: %q\n", args)
		os.Exit(99)
	}
	in, _ := io.ReadAll(os.Stdin)
	fmt.Fprintf(os.Stdout, "args %q\n", args[1:])
	fmt.Fprintf(os.Stderr, "stdin %q\n", in)
	var code int
	fmt.Sscan(os.Getenv("CONSOLE_TEST_EXIT"), &code)
	os.Exit(code)
}

func TestLaunchPassesArgumentsStreamsAndStatus(t *testing.T) {
	t.Setenv("CONSOLE_TEST_CHILD", "1")
	for _, c := range []struct {
		args []string
		code int
	}{
		{nil, 2},
		{[]string{"-h"}, 0},
		{[]string{"print", "--db", `C:\Piani\piano con spazi.db`, "-o", "é.pdf"}, 1},
	} {
		t.Setenv("CONSOLE_TEST_EXIT", fmt.Sprint(c.code))
		var out, errb bytes.Buffer
		code := Launch(os.Args[0], c.args, strings.NewReader("segreto\n"), &out, &errb)
		if code != c.code {
			t.Errorf("%q: exit %d, want %d (stderr %q)", c.args, code, c.code, errb.String())
		}
		if want := fmt.Sprintf("args %q\n", append([]string{}, c.args...)); out.String() != want {
			t.Errorf("%q: stdout %q, want %q", c.args, out.String(), want)
		}
		if errb.String() != "stdin \"segreto\\n\"\n" {
			t.Errorf("%q: stderr %q", c.args, errb.String())
		}
	}
}

func TestLaunchSaysWhyItCouldNotStart(t *testing.T) {
	var out, errb bytes.Buffer
	code := Launch(t.TempDir()+"/PianoPerformance.exe", []string{"version"}, strings.NewReader(""), &out, &errb)
	if code != 1 || !strings.Contains(errb.String(), "impossibile avviare") || out.Len() != 0 {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out.String(), errb.String())
	}
}
