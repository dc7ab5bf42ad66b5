package main

import (
	"io"

	"pianoperformance/cli"
)

// commandLine runs the command line (package cli) instead of the window
// when the first argument asks for it: cli.ConsoleMarker, put there by
// piano.exe, the Windows console launcher, or a command of the command
// line ("PianoPerformance print …"). One executable holds both: the
// installer no longer carries a second copy of the libraries they share.
// It reports whether it ran, and the exit status.
func commandLine(args []string, stdout, stderr io.Writer) (int, bool) {
	switch {
	case len(args) == 0:
		return 0, false
	case args[0] == cli.ConsoleMarker:
		args = args[1:]
	case !cli.IsCommand(args[0]):
		return 0, false
	}
	cli.Version = version()
	cli.TuneForCommand()
	return cli.Run(args, stdout, stderr), true
}
