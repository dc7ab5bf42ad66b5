// Piano della Performance: the desktop program. It opens the user's plan
// file (creating it from the built-in example on first start) and shows the
// main window. Given a command of the command line (package cli, also
// built alone as cmd/piano) it runs that instead (commandline.go).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/assets"
	"pianoperformance/model"
	"pianoperformance/model/address"
	"pianoperformance/model/postgres"
	"pianoperformance/model/sqlite"
	"pianoperformance/ui"
)

const appID = "it.comune.pianoperformance"

func main() {
	if code, ok := commandLine(os.Args[1:], os.Stdout, os.Stderr); ok {
		os.Exit(code)
	}
	dbPath := flag.String("db", "", "file del piano da aprire, o indirizzo di un piano sul server (postgres://utente@server/database?plan=nome); predefinito: il piano nella cartella dei dati dell'utente")
	esempio := flag.Bool("esempio", false, "apre una copia nuova del piano di esempio (Albizzate 2023) in una cartella temporanea")
	schermata := flag.String("schermata", "", "sezione da mostrare all'avvio: inizio, ente, territorio, popolazione, organizzazione, servizi, obiettivi, monitoraggio, relazione, versioni, controlli")
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
	path := *dbPath
	switch {
	case *esempio:
		tmp, err := os.MkdirTemp("", "piano-esempio-")
		if err != nil {
			fatalMessage(err.Error())
			os.Exit(1)
		}
		path = filepath.Join(tmp, "albizzate-2023.db")
	case path == "":
		path = filepath.Join(dir, "piano.db")
	}
	if err := ui.LoadTranslations(); err != nil {
		fmt.Fprintln(os.Stderr, "traduzioni:", err)
	}

	a := app.NewWithID(appID)
	a.Settings().SetTheme(ui.Theme())
	show := func(st model.Store, plan *model.Plan) fyne.Window {
		w := ui.NewMainWindow(a, ui.Options{
			Store:        model.Checked(st),
			Plan:         plan,
			Open:         func(p string) (model.Store, error) { return checked(sqlite.Open(p)) },
			OpenReadOnly: func(p string) (model.Store, error) { return checked(sqlite.OpenReadOnly(p)) },
			Create:       func(p string, pl *model.Plan) (model.Store, error) { return checked(sqlite.Replace(p, pl)) },
			Example:      assets.ExamplePlan,
			Check:        model.CheckAl,
			Version:      version(),
			Start:        *schermata,
			Closed:       func(st model.Store) { st.Close() },
			Server:       serverAccess(),
		})
		w.Show()
		return w
	}
	var st model.Store
	var plan *model.Plan
	if address.Is(path) {
		st, plan, err = openServerPlan(path)
	} else {
		st, plan, err = openPlan(path)
	}
	switch {
	case err == nil:
		w := show(st, plan)
		if *selftest {
			go selfTestPlan(a, w, dir, func() (*model.Plan, error) { return plan, nil })
		}
	case *selftest: // no one is at the screen: tell the installation test why
		selfTestFail(dir, err)
	case errors.Is(err, model.ErrLocked):
		// Open elsewhere: say by whom, and offer to read it.
		ui.AskReadOnly(a, err, func() error {
			ro, err := sqlite.OpenReadOnly(path)
			if err != nil {
				return err
			}
			p, err := ro.Load(context.Background())
			if err != nil {
				ro.Close()
				return err
			}
			show(ro, p)
			return nil
		})
	default:
		showError(a, err)
		return
	}
	a.Run()
}

// openServerPlan opens the server plan -db names (a desktop shortcut to a
// plan of the comune's server), with the password the credential store
// keeps or, failing that, PGPASSWORD or ~/.pgpass.
func openServerPlan(addr string) (model.Store, *model.Plan, error) {
	a, err := address.Parse(addr, true)
	if err != nil {
		return nil, nil, err
	}
	st, err := serverAccess().Open(addr, ui.SavedPassword(a.Server()))
	if err != nil {
		return nil, nil, err
	}
	p, err := st.Load(context.Background())
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return st, p, nil
}

// serverAccess opens plans on a PostgreSQL server for the window.
func serverAccess() *ui.ServerAccess {
	return &ui.ServerAccess{
		Plans: func(addr, password string) ([]model.PianoSulServer, error) {
			a, err := postgres.ParseAddress(addr, false)
			if err != nil {
				return nil, err
			}
			return postgres.Plans(context.Background(), a, password)
		},
		Open: func(addr, password string) (model.Store, error) {
			a, err := postgres.ParseAddress(addr, true)
			if err != nil {
				return nil, err
			}
			st, err := postgres.Open(context.Background(), a, password)
			if err != nil {
				return nil, err
			}
			return model.Checked(st), nil
		},
	}
}

// checked puts the model's checks in front of a store just opened, so every
// record the window writes is within the limits of the model.
func checked(st *sqlite.Store, err error) (model.Store, error) {
	if err != nil {
		return nil, err
	}
	return model.Checked(st), nil
}

// openPlan opens the plan file, creating it from the built-in example when
// it does not exist yet (the first start after installing).
func openPlan(path string) (model.Store, *model.Plan, error) {
	var st *sqlite.Store
	_, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		ex, err := assets.ExamplePlan()
		if err != nil {
			return nil, nil, err
		}
		if st, err = sqlite.Create(path, ex); err != nil {
			return nil, nil, err
		}
	case err != nil:
		return nil, nil, fmt.Errorf("impossibile leggere %q: %v", path, err)
	default:
		if st, err = sqlite.Open(path); err != nil {
			return nil, nil, err
		}
	}
	p, err := st.Load(context.Background())
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return st, p, nil
}

// showError tells why the plan could not be opened, in a window of its own,
// and leaves the file as it was.
func showError(a fyne.App, err error) {
	w := a.NewWindow("Piano della Performance")
	msg := widget.NewLabel(err.Error())
	msg.Wrapping = fyne.TextWrapWord
	w.SetContent(container.NewBorder(nil, container.NewCenter(widget.NewButton("Esci", a.Quit)), nil, nil,
		container.NewPadded(msg)))
	w.Resize(fyne.NewSize(560, 200))
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
	// The user's only: plans and backups are not for other accounts.
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("impossibile creare la cartella dei dati %q: %v", dir, err)
	}
	return dir, nil
}
