// Package cli is the command line of Piano della Performance: it exports
// the plan as open data, imports it from JSON, runs the consistency check and
// prints the PDF documents, without the window. Office IT, scripts and the
// tests use it, as cmd/piano or as the window program's subcommands (one
// executable for both on Windows).
package cli

import (
	"errors"
	"fmt"
	"io"
	"sort"
)

// command is one subcommand; run gets the arguments after its name.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) error
}

var commands = map[string]command{
	"export":       {"esporta il piano in JSON, XLSX o CSV", runExport},
	"adotta":       {"registra la delibera di adozione e congela il testo del piano", runAdotta},
	"varia":        {"registra una delibera di variazione e congela il testo variato", runVaria},
	"versioni":     {"elenca le versioni adottate e variate del piano", runVersioni},
	"variazioni":   {"elenca le differenze tra due versioni del piano", runVariazioni},
	"pubblica":     {"prepara il pacchetto da pubblicare in Amministrazione trasparente (PDF/A e dati aperti)", runPubblica},
	"scadenze":     {"elenca le scadenze del ciclo della performance, anche in un calendario .ics", runScadenze},
	"import":       {"importa un piano da un file JSON in un archivio", runImport},
	"check":        {"controlla la coerenza dei dati del piano", runCheck},
	"print":        {"stampa in PDF schede, riepilogo, piano, relazione, monitoraggio, cruscotto, variazione o qualità", runPrint},
	"synth":        {"crea un archivio con un piano sintetico grande, per le misure", runSynth},
	"server":       {"prepara un database PostgreSQL per i piani e ne gestisce gli utenti", runServer},
	"copia":        {"copia un piano tra un archivio e un database PostgreSQL, senza perdere nulla", runCopia},
	"monitoraggio": {"prepara le schede di monitoraggio delle Aree e rilegge quelle compilate", runMonitoraggio},
	"version":      {"mostra la versione del programma", runVersion},
}

// Exit statuses: 0 done, 1 the command failed, 2 the command line is wrong.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// ConsoleMarker, first among the window program's arguments, says the rest
// are the command line's, even none ("piano.exe" alone shows its help) or
// "-h" (the command line's help, not the window's options). On Windows the
// window program is a GUI program, which a console neither waits for nor
// shows the output of: piano.exe, a console launcher of a few kilobytes
// (packaging/windows/launcher), starts it with this marker and the
// arguments, passes the console's streams, and exits with its status.
const ConsoleMarker = "--riga-di-comando"

// IsCommand tells whether name, the first argument of a program, asks for
// the command line: a command, or help.
func IsCommand(name string) bool {
	switch name {
	case "help", "aiuto":
		return true
	}
	_, ok := commands[name]
	return ok
}

// Run runs the command line args (a command and its arguments, the
// program's name left out) and returns the exit status.
func Run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help", "help", "aiuto":
		if len(args) > 1 {
			if _, ok := commands[args[1]]; ok {
				return Run([]string{args[1], "-h"}, stdout, stderr)
			}
		}
		usage(stdout)
		return exitOK
	case "-v", "--version":
		name = "version"
	}
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "piano: comando %q sconosciuto.\n\n", name)
		usage(stderr)
		return exitUsage
	}
	err := cmd.run(args[1:], stdout, stderr)
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errHelp):
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "piano %s: %v\nPer l'aiuto: piano %s -h\n", name, err, name)
		return exitUsage
	}
	fmt.Fprintf(stderr, "piano %s: %v\n", name, err)
	return exitError
}

func usage(w io.Writer) {
	fmt.Fprint(w, `Piano della Performance – strumento a riga di comando

Uso:
  piano <comando> [opzioni]

Comandi:
`)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	width := 0
	for _, n := range names {
		width = max(width, len(n))
	}
	for _, n := range names {
		fmt.Fprintf(w, "  %-*s %s\n", width, n, commands[n].summary)
	}
	fmt.Fprint(w, `
Per l'aiuto su un comando: piano <comando> -h   (oppure: piano help <comando>)

Il piano si legge da un archivio (--db FILE), da un database PostgreSQL
(--db postgres://utente@server/database?plan=nome-piano) oppure, per
provare, dal piano di esempio incluso nel programma (--example).
`)
}
