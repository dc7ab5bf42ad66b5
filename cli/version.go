package cli

import (
	"fmt"
	"io"
	"runtime"

	"pianoperformance/model"
)

// Version is the program's version, set by the program that runs the
// command line (cmd/piano from its build flags, the window program from
// FyneApp.toml).
var Version = "sviluppo"

const versionHelp = `
Mostra la versione del programma e del formato JSON che legge e scrive.

Uso:
  piano version
`

func runVersion(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("version", versionHelp, stdout)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Piano della Performance, strumento a riga di comando: versione %s\n", Version)
	fmt.Fprintf(stdout, "Formato JSON %q versione %d; %s %s/%s\n", model.FormatoJSON, model.VersioneJSON, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return nil
}
