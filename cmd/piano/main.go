// Command piano is the command line of Piano della Performance without the
// window (see package cli): for office IT and scripts on Linux and macOS,
// and for the tests. On Windows the installed piano.exe runs the same
// commands inside the window program (packaging/windows/launcher).
package main

import (
	"os"

	"pianoperformance/cli"
)

// version is set at build time: go build -ldflags "-X main.version=1.2.0".
var version = "sviluppo"

func main() {
	cli.Version = version
	cli.TuneForCommand()
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr))
}
