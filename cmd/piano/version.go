package main

import (
	"fmt"
	"io"
	"runtime"

	"pianoperformance/model"
)

// version is set at build time: go build -ldflags "-X main.version=1.2.0".
var version = "sviluppo"

const versionHelp = `
Mostra la versione del programma e del formato JSON che legge e scrive.

Uso:
  piano version
`

func runVersion(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("version", versionHelp, stdout)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := noArgs(pos); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Piano della Performance, strumento a riga di comando: versione %s\n", version)
	fmt.Fprintf(stdout, "Formato JSON %q versione %d; %s %s/%s\n", model.FormatoJSON, model.VersioneJSON, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return nil
}
