// Piano della Performance: the desktop program. It opens the plan used
// last (a plan file, or a plan on the comune's database server) and shows
// the main window; on the very first start it shows the welcome page
// instead. Given a command of the command line (package cli, also built
// alone as cmd/piano) it runs that instead (commandline.go).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"pianoperformance/assets"
	"pianoperformance/model"
	"pianoperformance/model/postgres"
	"pianoperformance/model/sqlite"
	"pianoperformance/ui"
	"pianoperformance/ui/translations"
)

const appID = "it.comune.pianoperformance"

func main() {
	if code, ok := commandLine(os.Args[1:], os.Stdout, os.Stderr); ok {
		os.Exit(code)
	}
	dbPath := flag.String("db", "", "file del piano da aprire, o indirizzo di un piano sul server (postgres://utente@server/database?plan=nome); predefinito: il piano usato l'ultima volta")
	esempio := flag.Bool("esempio", false, "apre una copia nuova del piano di esempio (Albizzate 2023) in una cartella temporanea")
	schermata := flag.String("schermata", "", "sezione da mostrare all'avvio: inizio, ente, territorio, popolazione, organizzazione, servizi, obiettivi, monitoraggio, relazione, versioni, scadenze, controlli")
	selftest := flag.Bool("selftest", false, "apre la finestra (sul piano usato l'ultima volta, o su una copia dell'esempio), stampa le schede in un PDF nella cartella dei dati ed esce (per le prove di installazione)")
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
	if err := translations.Load(); err != nil {
		fmt.Fprintln(os.Stderr, "traduzioni:", err)
	}

	a := app.NewWithID(appID)
	a.Settings().SetTheme(ui.Theme())
	opts := ui.Options{
		Open:         func(p string) (model.Store, error) { return checked(sqlite.Open(p)) },
		OpenReadOnly: func(p string) (model.Store, error) { return checked(sqlite.OpenReadOnly(p)) },
		Create:       func(p string, pl *model.Plan) (model.Store, error) { return checked(sqlite.Replace(p, pl)) },
		ExampleFile: func(p string) (model.Store, error) {
			file, err := assets.ExampleFile()
			if err != nil {
				return nil, err
			}
			return checked(sqlite.CreateFrom(p, file))
		},
		Check:   model.CheckAl,
		Version: version(),
		Start:   *schermata,
		Schede:  schede(flag.Args()),
		Closed:  func(st model.Store) { st.Close() },
		DataDir: dir,
		Server:  serverAccess(),
	}
	quitting := make(chan time.Time, 1) // -selftest: when it asked to quit
	show := func(w fyne.Window, st model.Store, plan *model.Plan, esempio bool) {
		o := opts
		o.Store, o.Plan, o.Esempio = st, plan, esempio
		ui.NewMainWindowIn(w, a, o)
		w.Show()
		if *selftest {
			go selfTestPlan(a, w, dir, func() (*model.Plan, error) { return plan, nil }, quitting)
		}
	}

	// The plan: the one named, else the one used last; the example only
	// when asked for (or for the installation test on a first start), and
	// never as the user's own plan.
	path := *dbPath
	if path == "" && !*esempio {
		path = ui.LastPlan(a, dir)
	}
	switch {
	case *esempio || (path == "" && *selftest):
		w, st, p, err := ui.WindowWhileOpening(a, func() (model.Store, *model.Plan, error) { return ui.OpenExample(opts) })
		if err != nil {
			if *selftest {
				selfTestFail(dir, err)
			}
			fatalMessage(ui.Message(err))
			os.Exit(1)
		}
		show(w, st, p, true)
	case *selftest:
		w, st, p, err := ui.WindowWhileOpening(a, func() (model.Store, *model.Plan, error) { return ui.OpenAndLoad(opts.OpenerFor(path), path) })
		if err != nil { // no one is at the screen: tell the installation test why
			selfTestFail(dir, err)
		}
		show(w, st, p, false)
	default:
		ui.Launch(a, opts, path)
	}
	ran := make(chan struct{})
	go exitWhenStuck(ending(), ran, 10*time.Second, exitStuck)
	a.Run()
	close(ran)
	if *selftest {
		selfTestClosedMark(dir, quitting)
	}
}

// schede are the monitoring workbooks named on the command line (the
// program opened "with" them): they are read back at once, with the
// preview of what would change.
func schede(args []string) []string {
	var out []string
	for _, a := range args {
		if strings.EqualFold(filepath.Ext(a), ".xlsx") {
			out = append(out, a)
		}
	}
	return out
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
