package main

import (
	"bytes"
	"strings"
	"testing"

	"pianoperformance/cli"
)

// One executable for the window and the command line: the console
// launcher's marker or a command runs the command line, with the
// program's version and its exit statuses; anything else opens the window.
func TestCommandLineInsideTheWindowProgram(t *testing.T) {
	for _, c := range []struct {
		args       []string
		code       int
		out, errs  string
		notHandled bool
	}{
		{args: []string{"version"}, out: "versione " + version()},
		{args: []string{cli.ConsoleMarker, "version"}, out: "versione " + version()},
		{args: []string{cli.ConsoleMarker}, code: 2, errs: "Comandi:"},
		{args: []string{cli.ConsoleMarker, "-h"}, out: "Comandi:"},
		{args: []string{cli.ConsoleMarker, "stampa"}, code: 2, errs: `comando "stampa" sconosciuto`},
		{args: []string{"check", "--example"}, out: "Controllo di coerenza"},
		{args: nil, notHandled: true},
		{args: []string{"-db", "piano.db"}, notHandled: true},
		{args: []string{"-esempio"}, notHandled: true},
	} {
		var out, errs bytes.Buffer
		code, ok := commandLine(c.args, &out, &errs)
		if ok == c.notHandled {
			t.Errorf("%q: handled %v", c.args, ok)
			continue
		}
		if c.notHandled {
			continue
		}
		if code != c.code || !strings.Contains(out.String(), c.out) || !strings.Contains(errs.String(), c.errs) {
			t.Errorf("%q: exit %d, want %d\nstdout %q\nstderr %q", c.args, code, c.code, out.String(), errs.String())
		}
	}
}
