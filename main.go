// Piano della Performance: the desktop program. It opens the user's plan
// file (creating it from the built-in example on first start) and shows the
// main window. The headless tool for printing, exporting and checking is
// in cmd/piano.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

const appID = "it.comune.pianoperformance"

func main() {
	dbPath := flag.String("db", "", "file del piano da aprire (predefinito: il piano nella cartella dei dati dell'utente)")
	selftest := flag.Bool("selftest", false, "apre la finestra, stampa le schede in un PDF nella cartella dei dati ed esce (per le prove di installazione)")
	flag.Parse()

	if err := checkOpenGL(); err != nil {
		fatalMessage(err.Error())
		os.Exit(1)
	}
	dir, err := dataDir()
	if err != nil {
		fatalMessage(err.Error())
		os.Exit(1)
	}
	if *dbPath == "" {
		*dbPath = filepath.Join(dir, "piano.db")
	}

	a := app.NewWithID(appID)
	w := a.NewWindow("Piano della Performance")
	w.SetContent(widget.NewLabel("Piano della Performance — " + *dbPath))
	w.Resize(fyne.NewSize(1100, 720))
	if *selftest {
		go selfTest(a, w, dir)
	}
	w.ShowAndRun()
}

// dataDir is where the user's plan and its backups live: under the user's
// profile (%APPDATA% on Windows), never beside the program.
func dataDir() (string, error) {
	base, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("impossibile trovare la cartella dei dati dell'utente: %v", err)
	}
	dir := filepath.Join(base, "PianoPerformance")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("impossibile creare la cartella dei dati %q: %v", dir, err)
	}
	return dir, nil
}
