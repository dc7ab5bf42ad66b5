package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/assets"
	"pianoperformance/model"
	"pianoperformance/model/sqlite"
	"pianoperformance/ui/field/fieldtest"
)

// startApp is a fresh program as on a new PC: a test app with no
// preferences, an empty data folder, the home folder a temporary one with
// its Documenti; bg settles the work done off the UI goroutine.
func startApp(t *testing.T) (a fyne.App, o Options, bg *fieldtest.Settler) {
	t.Helper()
	a = test.NewTempApp(t)
	fieldtest.LoadTranslations(t)
	bg = fieldtest.Background(t)
	fieldtest.ManualTimers(t)
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	if err := os.Mkdir(filepath.Join(home, "Documenti"), 0o700); err != nil {
		t.Fatal(err)
	}
	checked := func(st *sqlite.Store, err error) (model.Store, error) {
		if err != nil {
			return nil, err
		}
		return model.Checked(st), nil
	}
	o = Options{Check: model.CheckAl, DataDir: t.TempDir(),
		ExampleFile: func(p string) (model.Store, error) {
			file, err := assets.ExampleFile()
			if err != nil {
				return nil, err
			}
			return checked(sqlite.CreateFrom(p, file))
		},
		Open:         func(p string) (model.Store, error) { return checked(sqlite.Open(p)) },
		OpenReadOnly: func(p string) (model.Store, error) { return checked(sqlite.OpenReadOnly(p)) },
		Create:       func(p string, pl *model.Plan) (model.Store, error) { return checked(sqlite.Replace(p, pl)) },
		Closed:       func(st model.Store) { st.Close() },
	}
	return a, o, bg
}

// mainWindow is the window whose title starts with prefix, or nil.
func windowTitled(a fyne.App, prefix string) fyne.Window {
	for _, w := range a.Driver().AllWindows() {
		if strings.HasPrefix(w.Title(), prefix) {
			return w
		}
	}
	return nil
}

func planFile(t *testing.T, dir, name string) string {
	t.Helper()
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Create(filepath.Join(dir, name), p)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	return filepath.Join(dir, name)
}

// The very first start shows the welcome page and makes no plan of the
// user's: the example is not silently turned into one.
func TestFirstStartShowsTheWelcomePage(t *testing.T) {
	a, o, _ := startApp(t)
	w := Launch(a, o, "")
	if w.Title() != "Piano della Performance — Benvenuto" {
		t.Fatalf("first window %q", w.Title())
	}
	text := allText(w.Canvas().Content())
	for _, want := range []string{"Parti dal piano dell'anno scorso", "Inizia un piano vuoto", "Importa da un file JSON",
		"Apri un piano già fatto", "Guarda l'esempio"} {
		if !strings.Contains(text, want) {
			t.Errorf("the welcome page lacks %q", want)
		}
	}
	if files, _ := os.ReadDir(o.DataDir); len(files) != 0 {
		t.Fatalf("the first start made files in the data folder: %v", files)
	}
}

// The example opens as a copy of its own, says so in the title, is not
// the plan reopened at the next start, and goes with its window.
func TestWelcomeOpensTheExampleAsACopy(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	a, o, bg := startApp(t)
	w := Launch(a, o, "")
	test.Tap(buttonIn(w.Canvas().Content(), "Guarda l'esempio"))
	bg.Settle()
	main := windowTitled(a, "Piano della Performance 2023")
	if main == nil {
		t.Fatal("no main window on the example")
	}
	if !strings.Contains(main.Title(), "esempio") {
		t.Fatalf("title %q does not say it is the example", main.Title())
	}
	if windowTitled(a, "Piano della Performance — Benvenuto") != nil {
		t.Fatal("the welcome page stayed open")
	}
	if got := LastPlan(a, o.DataDir); got != "" {
		t.Fatalf("the example would be reopened at start: %q", got)
	}
	copies, _ := filepath.Glob(filepath.Join(os.TempDir(), "piano-esempio-*", "*.db"))
	if len(copies) != 1 {
		t.Fatalf("copies of the example: %v", copies)
	}
	main.Close()
	if exists(filepath.Dir(copies[0])) {
		t.Fatal("the example's copy stayed after its window closed")
	}
}

// The plan used last is reopened at start.
func TestStartReopensThePlanUsedLast(t *testing.T) {
	a, o, _ := startApp(t)
	path := planFile(t, t.TempDir(), "Piano della Performance 2023 - Comune di Albizzate.db")
	addRecentTo(a.Preferences(), path)
	w := Launch(a, o, "")
	if !strings.HasSuffix(w.Title(), "Piano della Performance 2023 - Comune di Albizzate.db") {
		t.Fatalf("window %q", w.Title())
	}
}

// An earlier version kept the plan in the data folder: it is reopened.
func TestStartReopensThePlanOfTheDataFolder(t *testing.T) {
	a, o, _ := startApp(t)
	planFile(t, o.DataDir, "piano.db")
	w := Launch(a, o, "")
	if !strings.HasSuffix(w.Title(), "piano.db") {
		t.Fatalf("window %q", w.Title())
	}
}

// A last plan that is gone: the welcome page says so in plain words, and
// no file is made in its place.
func TestMissingLastPlanIsToldOnTheWelcomePage(t *testing.T) {
	a, o, _ := startApp(t)
	gone := filepath.Join(t.TempDir(), "piano-2024.db")
	addRecentTo(a.Preferences(), gone)
	w := Launch(a, o, "")
	text := allText(w.Canvas().Content())
	if !strings.Contains(text, "«piano-2024.db», non si trova più") || strings.Contains(text, "no such file") || strings.Contains(text, "stat ") {
		t.Fatalf("welcome page says %q", text)
	}
	if !strings.Contains(text, "piano-2024.db — ") || !strings.Contains(text, "(non trovato)") {
		t.Fatalf("the recent list does not mark the missing file: %q", text)
	}
	if exists(gone) {
		t.Fatal("a file was made in place of the missing plan")
	}
}

// File › File recenti marks a file that is gone; choosing it offers to
// take it off the list, and the list keeps addresses of server plans.
func TestRecentFilesMarkMissingAndRemoveThem(t *testing.T) {
	f, _ := newTestFrame(t, nil, "")
	gone := filepath.Join(t.TempDir(), "vecchio.db")
	server := "postgres://segreteria@server.comune.local/piani?plan=albizzate-2024"
	addRecentTo(f.a.Preferences(), server)
	addRecentTo(f.a.Preferences(), gone)
	f.fillRecent()
	var item *fyne.MenuItem
	for _, it := range f.mainMenu.Items[0].Items {
		if it.ChildMenu != nil {
			item = it
		}
	}
	var missing *fyne.MenuItem
	labels := []string{}
	for _, it := range item.ChildMenu.Items {
		labels = append(labels, it.Label)
		if strings.HasPrefix(it.Label, "vecchio.db") {
			missing = it
		}
	}
	if missing == nil || !strings.Contains(missing.Label, "(non trovato)") {
		t.Fatalf("menu %q", labels)
	}
	if !strings.Contains(strings.Join(labels, "|"), "albizzate-2024 — ") {
		t.Fatalf("the server's plan is not listed: %q", labels)
	}
	missing.Action()
	if msg := dialogText(t, f); !strings.Contains(msg, "non si trova più") {
		t.Fatalf("dialog %q", msg)
	}
	test.Tap(buttonIn(f.w.Canvas().Overlays().Top(), "Togli dall'elenco"))
	for _, p := range f.a.Preferences().StringList(prefRecent) {
		if p == gone {
			t.Fatal("the missing file stayed on the list")
		}
	}
	if !strings.Contains(strings.Join(f.a.Preferences().StringList(prefRecent), "|"), server) {
		t.Fatal("the server's plan went too")
	}
}

// Inizia un piano vuoto: the comune and the year, then Fyne's save dialog,
// in Italian, starting in Documenti with the name a clerk would give; the
// main window opens on the new plan.
func TestWelcomeStartsABlankPlan(t *testing.T) {
	a, o, bg := startApp(t)
	w := Launch(a, o, "")
	test.Tap(buttonIn(w.Canvas().Content(), "Inizia un piano vuoto…"))
	form := w.Canvas().Overlays().Top()
	entries := entriesIn(form)
	if len(entries) < 3 {
		t.Fatalf("%d entries in the form", len(entries))
	}
	entries[0].SetText("Cairate")
	entries[2].SetText("2025")
	test.Tap(buttonIn(form, "Avanti…"))
	name := saveDialog(t, w)
	if name != "Piano della Performance 2025 - Comune di Cairate.db" {
		t.Fatalf("suggested name %q", name)
	}
	test.Tap(buttonIn(w.Canvas().Overlays().Top(), "Salva"))
	bg.Settle()
	path := filepath.Join(os.Getenv("HOME"), "Documenti", name)
	if !exists(path) {
		t.Fatalf("no plan at %s", path)
	}
	main := windowTitled(a, "Piano della Performance 2025 — Comune di Cairate")
	if main == nil {
		t.Fatal("no main window on the new plan")
	}
	if LastPlan(a, o.DataDir) != path {
		t.Fatal("the new plan is not the one reopened at start")
	}
}

// saveDialog checks that the save dialog on top of w speaks Italian and
// returns the name it suggests.
func saveDialog(t *testing.T, w fyne.Window) string {
	t.Helper()
	d := w.Canvas().Overlays().Top()
	if d == nil {
		t.Fatal("no save dialog")
	}
	text := allText(d)
	for _, word := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '\n' || r == '(' || r == ')' || r == '?' }) {
		for _, en := range []string{"Save", "Cancel", "Open", "Name", "Parent", "Show", "Hidden", "File", "Folder", "Home",
			"Documents", "Downloads", "Desktop", "Overwrite"} {
			if word == en {
				t.Fatalf("the save dialog says %q: %q", en, text)
			}
		}
	}
	if !strings.Contains(text, "Documenti") {
		t.Fatalf("the save dialog does not start in Documenti: %q", text)
	}
	var name string
	for _, e := range entriesIn(d) {
		if strings.Contains(e.Text, ".") {
			name = e.Text
		}
	}
	return name
}

// entriesIn lists the entries inside o, in order.
func entriesIn(o fyne.CanvasObject) []*widget.Entry {
	var out []*widget.Entry
	for _, c := range test.LaidOutObjects(o) {
		if e, ok := c.(*widget.Entry); ok {
			out = append(out, e)
		}
	}
	return out
}

// Saving over a file: the question is the program's, in Italian, and the
// file is written only after the clerk says so. The suggested name has
// no double extension; the dialog starts in Documenti.
func TestSaveOverAFileAsksInItalian(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	t.Setenv("TMPDIR", t.TempDir()) // the system's temporary folder, never offered: not the home
	docs := filepath.Join(home, "Documenti")
	os.Mkdir(docs, 0o700)
	f, _ := newTestFrame(t, nil, "")
	old := filepath.Join(docs, "Piano della Performance 2023 - Comune di Albizzate.xlsx")
	os.WriteFile(old, []byte("vecchio"), 0o600)
	var got string
	f.files.save("Esporta i dati aperti", typeXLSX, planName(f.s.Plan), func(p string) { got = p })
	if name := saveDialog(t, f.w); name != filepath.Base(old) {
		t.Fatalf("suggested %q", name)
	}
	test.Tap(buttonIn(f.w.Canvas().Overlays().Top(), "Salva"))
	if got != "" {
		t.Fatal("saved over the file without asking")
	}
	if msg := strings.ReplaceAll(dialogText(t, f), "\n", " "); !strings.Contains(msg, "Sostituire il file?") || !strings.Contains(msg, "c'è già un file «"+filepath.Base(old)+"»") {
		t.Fatalf("question %q", msg)
	}
	test.Tap(buttonIn(f.w.Canvas().Overlays().Top(), "Sostituisci"))
	if got != old {
		t.Fatalf("chosen %q", got)
	}
	if content(t, old) != "vecchio" {
		t.Fatal("the dialog itself touched the file")
	}
	if f.a.Preferences().String(prefFolder) != docs {
		t.Fatal("the folder is not remembered for the next dialog")
	}
}

// Names a clerk understands, without double extensions.
func TestSuggestedNames(t *testing.T) {
	p := &model.Plan{Ente: model.Ente{Nome: "Albizzate"}, Piano: model.Piano{Anno: 2024}}
	if got := planName(p); got != "Piano della Performance 2024 - Comune di Albizzate" {
		t.Fatalf("plan %q", got)
	}
	p.Ente.Nome = "Comune di Castel/Vecchio: \"Alto\""
	if got := planName(p); got != "Piano della Performance 2024 - Comune di Castel Vecchio Alto" {
		t.Fatalf("unsafe characters %q", got)
	}
}

// File › Nuovo piano… from the current plan: the new plan opens and the
// window lists what was moved inside the texts and what was left alone.
func TestNextYearShowsWhatItMovedInTheTexts(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	t.Setenv("TMPDIR", t.TempDir())
	os.Mkdir(filepath.Join(home, "Documenti"), 0o700)
	p, _ := assets.ExamplePlan()
	p.Obiettivi[0].Descrizione += " Vedi delibera 45/2023."
	f, _ := newTestFrame(t, p, "")
	f.newPlan()
	test.Tap(buttonIn(f.w.Canvas().Overlays().Top(), "Avanti…"))
	if name := saveDialog(t, f.w); name != "Piano della Performance 2024 - Comune di Albizzate.db" {
		t.Fatalf("suggested %q", name)
	}
	test.Tap(buttonIn(f.w.Canvas().Overlays().Top(), "Salva"))
	settle(f)
	if f.s.Plan.Piano.Anno != 2024 {
		t.Fatalf("the window is on %d", f.s.Plan.Piano.Anno)
	}
	msg := strings.ReplaceAll(dialogText(t, f), "\n", " ")
	for _, want := range []string{"date da rivedere", "Lasciati com'erano", "«45/2023»", "Spostati di un anno", "31/12/2023 → 31/12/2024"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the review lacks %q: %s", want, msg)
		}
	}
	ef1 := byCode(f.s.Plan, "EF.1")
	if got := ef1.Indicatori[0].Target[0].Valore; !strings.Contains(got, "2024") {
		t.Fatalf("target %q", got)
	}
}

// A plan open in another program: the first window asks whether to open
// it read-only, and the answer opens the main window on it, read-only,
// and closes the question.
func TestStartOnAPlanOpenElsewhereAsksToReadOnly(t *testing.T) {
	a, o, _ := startApp(t)
	path := planFile(t, t.TempDir(), "piano.db")
	held, err := sqlite.Open(path) // the other program
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	before := len(a.Driver().AllWindows())
	w := Launch(a, o, path)
	if w.Title() != lang.L("file.bloccato.titolo") {
		t.Fatalf("prima finestra %q, voglio la domanda", w.Title())
	}
	if n := len(a.Driver().AllWindows()); n != before+1 {
		t.Fatalf("%d finestre, voglio solo la domanda: %q", n, windowTitles(a))
	}
	open := fieldtest.Find(w.Content(), func(b *widget.Button) bool { return b.Text == lang.L("file.bloccato.sola.lettura") })
	test.Tap(open)
	main := windowTitled(a, programName+" ")
	if main == nil || !strings.Contains(main.Title(), "piano.db") {
		t.Fatalf("finestre dopo la risposta: %v", windowTitles(a))
	}
	if !strings.Contains(main.Title(), lang.L("file.sola.lettura")) {
		t.Fatalf("finestra principale %q: non dice la sola lettura", main.Title())
	}
	if windowTitled(a, lang.L("file.bloccato.titolo")) != nil {
		t.Fatalf("la domanda è rimasta aperta: %v", windowTitles(a))
	}
}

func windowTitles(a fyne.App) []string {
	var out []string
	for _, w := range a.Driver().AllWindows() {
		out = append(out, w.Title())
	}
	return out
}
