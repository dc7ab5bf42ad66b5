package ui

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/zalando/go-keyring"

	"pianoperformance/assets"
	"pianoperformance/model"
	"pianoperformance/model/address"
	"pianoperformance/model/postgres"
	"pianoperformance/model/postgres/pgtest"
	"pianoperformance/model/postgres/servertest"
	"pianoperformance/model/sqlite"
	"pianoperformance/ui/field/fieldtest"
	"pianoperformance/ui/session"
)

// The window's tests of plans on a database server run against a
// throwaway PostgreSQL server (pgtest), and keep passwords in the
// credential-store library's own stand-in: a test machine has no
// Secret Service.
var cluster *pgtest.Cluster

func TestMain(m *testing.M) {
	keyring.MockInit()
	var err error
	if cluster, err = pgtest.Start(); err != nil {
		os.Stderr.WriteString("pgtest: " + err.Error() + "\n")
		os.Exit(1)
	}
	code := m.Run()
	cluster.Stop()
	os.Exit(code)
}

// serverAccess opens server plans as main.go does.
func serverAccess() *ServerAccess {
	return &ServerAccess{
		Plans: func(addr, pw string) ([]model.PianoSulServer, error) {
			a, err := address.Parse(addr, false)
			if err != nil {
				return nil, err
			}
			return postgres.Plans(context.Background(), a, pw)
		},
		Open: func(addr, pw string) (model.Store, error) {
			a, err := address.Parse(addr, true)
			if err != nil {
				return nil, err
			}
			st, err := postgres.Open(context.Background(), a, pw)
			if err != nil {
				return nil, err
			}
			return model.Checked(st), nil
		},
	}
}

// serverPlan is the example plan on a database server, and people to
// open it.
type serverPlan struct {
	db   *servertest.DB
	plan string
}

func newServerPlan(t *testing.T) *serverPlan {
	t.Helper()
	db := servertest.New(t, cluster)
	admin, pw := db.User("Segreteria", model.AccessoAmministratore, "", "albizzate-2023")
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	servertest.Create(t, admin, pw, p).Close()
	return &serverPlan{db: db, plan: "albizzate-2023"}
}

// windows opens one window per store, sharing the test's background
// hand-back (see settle).
func windows(t *testing.T, stores ...model.Store) ([]*frame, *fieldtest.Settler) {
	t.Helper()
	a := test.NewTempApp(t)
	fieldtest.LoadTranslations(t)
	bg := fieldtest.Background(t)
	fieldtest.ManualTimers(t)
	var out []*frame
	for _, st := range stores {
		p, err := st.Load(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		f := newFrame(a, Options{Store: st, Plan: p, Check: model.CheckAl, Version: "1.0.0", Server: serverAccess(),
			Closed: func(st model.Store) { st.Close() },
			Create: func(path string, p *model.Plan) (model.Store, error) {
				st, err := sqlite.Replace(path, p)
				if err != nil {
					return nil, err
				}
				return model.Checked(st), nil
			}})
		f.w.Resize(fyne.NewSize(1366, 740))
		t.Cleanup(f.closing)
		settlers[f] = bg
		t.Cleanup(func() { delete(settlers, f) })
		out = append(out, f)
	}
	return out, bg
}

// person opens the server plan as a new person with role r.
func (sp *serverPlan) person(t *testing.T, nome string, r model.RuoloAccesso, area string) model.Store {
	t.Helper()
	addr, pw := sp.db.User(nome, r, area, sp.plan)
	st, err := postgres.Open(context.Background(), addr, pw)
	if err != nil {
		t.Fatal(err)
	}
	return model.Checked(st)
}

// type into the focused field, as a user does.
func typeText(t *testing.T, f *frame, s string) {
	t.Helper()
	foc := f.w.Canvas().Focused()
	if foc == nil {
		t.Fatal("nothing focused")
	}
	test.Type(foc, s)
}

// File › Apri dal server…: where the server is and who signs in, the list
// of the plans there, the plan chosen opens; the password goes to the
// credential store, the recent list gets the address without it, and the
// window says where the plan lives.
func TestOpenFromServer(t *testing.T) {
	sp := newServerPlan(t)
	addr, pw := sp.db.User("Anna Bianchi", model.AccessoAmministratore, "", "")
	f, _ := newTestFrame(t, nil, "")
	f.opts.Server = serverAccess()
	t.Cleanup(f.closing)
	file := f.s.Store.Path()

	sf := f.serverDialog(address.Address{}, "")
	sf.host.SetText("127.0.0.1")
	sf.port.SetText(addr.Params.Get("x")) // wrong: empty
	sf.db.SetText(addr.Database)
	sf.user.SetText(addr.User)
	sf.listPlans()
	if !strings.Contains(sf.note.Text, "porta") {
		t.Fatalf("a missing port: %q", sf.note.Text)
	}
	sf.port.SetText(strconv.Itoa(cluster.Port))
	sf.password.SetText("sbagliata")
	sf.listPlans()
	settle(f)
	if !strings.Contains(sf.note.Text, "password errata") || sf.listBox.Visible() {
		t.Fatalf("a wrong password: %q", sf.note.Text)
	}
	sf.password.SetText(pw)
	sf.listPlans()
	settle(f)
	if len(sf.plans) != 1 || sf.plans[0].Chiave != sp.plan || !sf.listBox.Visible() {
		t.Fatalf("plans listed: %+v", sf.plans)
	}
	if got := planLabel(sf.plans[0]); got != "albizzate-2023: Comune di Albizzate, piano 2023 (adottato)" {
		t.Errorf("the plan is listed as %q", got)
	}
	if sf.open.Disabled() {
		t.Fatal("the only plan is not chosen")
	}
	sf.openChosen()
	settle(f)
	want := addr.WithPlan(sp.plan)
	want.Params = nil
	if got := f.s.Store.Path(); got != want.String() {
		t.Fatalf("open plan %q, want %q", got, want.String())
	}
	if title := f.w.Title(); !strings.Contains(title, "albizzate-2023 sul server 127.0.0.1") {
		t.Errorf("title %q", title)
	}
	if st := f.status.Text; !strings.Contains(st, "sul server 127.0.0.1, database "+addr.Database) || !strings.Contains(st, "Anna Bianchi") {
		t.Errorf("status line %q does not say where the plan lives and who signed in", st)
	}
	if r := f.a.Preferences().StringList(prefRecent); len(r) == 0 || r[0] != want.String() || strings.Contains(r[0], pw) {
		t.Errorf("recent list %v", r)
	}
	if got := savedPassword(want.Server()); got != pw {
		t.Fatalf("credential store holds %q", got)
	}

	// Back to the file, and to the server plan from the recent list, with
	// the kept password.
	f.openPath(file)
	settle(f)
	if f.s.Store.Path() != file {
		t.Fatal("the file did not open")
	}
	f.openPath(want.String())
	settle(f)
	if f.s.Store.Path() != want.String() {
		t.Fatal("the server plan of the recent list did not open with the kept password")
	}
}

// Another window's change arrives within moments through the server's
// notice and shows, with who made it, while the text being typed in this
// window stays where it is; a change of the very field being typed in is
// held for a second Invio.
func TestOtherWindowsChangeShowsWithoutLosingTyping(t *testing.T) {
	sp := newServerPlan(t)
	anna := sp.person(t, "Anna Bianchi", model.AccessoAmministratore, "")
	maria := sp.person(t, "Maria Rossi", model.AccessoAmministratore, "")
	ff, bg := windows(t, anna, maria)
	fa, fm := ff[0], ff[1]
	x := fa.s.Plan.Obiettivi[0].ID
	fa.goTo(session.Target{Sezione: model.SezioneObiettivi, ID: x, Campo: "titolo"})
	typeText(t, fa, " (in revisione)")
	typed := focusedText(t, fa)

	o := fm.s.Plan.ObiettivoByID(x).Clone()
	o.Note = "Nota di Maria"
	if _, err := fm.s.SaveObiettivo("Note", o); err != nil {
		t.Fatal(err)
	}
	bg.Until("la modifica di Maria nella finestra di Anna", func() bool {
		return fa.s.Plan.ObiettivoByID(x).Note == "Nota di Maria"
	})
	if got := focusedText(t, fa); got != typed {
		t.Fatalf("Anna's typing became %q", got)
	}
	if !strings.Contains(fa.status.Text, "Maria Rossi") {
		t.Errorf("status line %q does not say who changed the plan", fa.status.Text)
	}

	// Maria changes the title Anna is typing.
	o = fm.s.Plan.ObiettivoByID(x).Clone()
	o.Titolo = "Titolo di Maria"
	if _, err := fm.s.SaveObiettivo("Titolo", o); err != nil {
		t.Fatal(err)
	}
	bg.Until("il titolo di Maria nella finestra di Anna", func() bool {
		return fa.s.Plan.ObiettivoByID(x).Titolo == "Titolo di Maria"
	})
	if got := focusedText(t, fa); got != typed {
		t.Fatalf("Anna's typing became %q", got)
	}
	foc := fa.w.Canvas().Focused()
	foc.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // held: Maria's title is on the line
	if got := fa.s.Plan.ObiettivoByID(x).Titolo; got != "Titolo di Maria" {
		t.Fatalf("the first Invio saved over Maria's title: %q", got)
	}
	foc.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	typed = strings.TrimSpace(typed)
	if got := fa.s.Plan.ObiettivoByID(x).Titolo; got != typed {
		t.Fatalf("the second Invio saved %q, want %q", got, typed)
	}
	bg.Until("il titolo di Anna nella finestra di Maria", func() bool {
		return fm.s.Plan.ObiettivoByID(x).Titolo == typed
	})
}

// A Responsabile di Area sees the plan with the inputs of the screens they
// may not change disabled, and the role bar says why.
func TestResponsabileWindowSaysWhy(t *testing.T) {
	sp := newServerPlan(t)
	p, _ := assets.ExamplePlan()
	area := p.UnitaByID(p.Obiettivi[0].AreaID).Nome
	rita := sp.person(t, "Rita Verdi", model.AccessoResponsabile, area)
	ff, _ := windows(t, rita)
	f := ff[0]
	if !f.roleBar.Visible() || !strings.Contains(f.roleBar.Text, "Rita Verdi") || !strings.Contains(f.roleBar.Text, "solo i risultati") {
		t.Fatalf("role bar %q", f.roleBar.Text)
	}
	f.goToSection(model.SezioneEnte)
	enabled := 0
	for _, o := range test.LaidOutObjects(f.screens[f.index(model.SezioneEnte)].Content()) {
		// Tabs stay: the screen is still there to read.
		if d, ok := o.(fyne.Disableable); ok && !d.Disabled() && o.Visible() && !strings.Contains(fmt.Sprintf("%T", o), "tabButton") {
			enabled++
			t.Logf("enabled: %T", o)
		}
	}
	if enabled > 0 {
		t.Fatalf("%d inputs of the Ente screen are enabled for a Responsabile", enabled)
	}
	// Saving there anyway is refused by the server, saying why.
	e := f.s.Plan.Ente
	e.Nome = "Altro"
	if err := f.s.SaveEnte("Ente", e); err == nil || !strings.Contains(f.status.Text, "Come Responsabile") {
		t.Fatalf("a change of the ente by a Responsabile: %v, status %q", err, f.status.Text)
	}
}

// In the Obiettivi screen a Responsabile di Area types the progress of
// the objectives of their Area, and nothing else: the title is not
// editable, nor is another Area's objective.
func TestResponsabileEditsOnlyTheirReadings(t *testing.T) {
	sp := newServerPlan(t)
	p, _ := assets.ExamplePlan()
	mine := p.Obiettivi[0]
	var other model.Obiettivo
	for _, o := range p.Obiettivi {
		if o.AreaID != mine.AreaID && o.AreaID != 0 {
			other = o
			break
		}
	}
	rita := sp.person(t, "Rita Verdi", model.AccessoResponsabile, p.UnitaByID(mine.AreaID).Nome)
	ff, _ := windows(t, rita)
	f := ff[0]
	// editable tells whether the field the editor shows for campo takes
	// typing.
	editable := func(id int64, campo string) bool {
		f.w.Canvas().Unfocus()
		f.goTo(session.Target{Sezione: model.SezioneObiettivi, ID: id, Campo: campo})
		d, ok := f.w.Canvas().Focused().(fyne.Disableable)
		return ok && !d.Disabled()
	}
	if editable(mine.ID, "titolo") {
		t.Fatal("the title of an objective is editable for a Responsabile")
	}
	if editable(other.ID, "stato_attuazione") {
		t.Fatal("the progress of another Area's objective is editable for a Responsabile")
	}
	if !editable(mine.ID, "stato_attuazione") {
		t.Fatal("the progress of the own Area's objective is not editable")
	}
	typeText(t, f, "Avviato")
	f.w.Canvas().Unfocus()
	if got := f.s.Plan.ObiettivoByID(mine.ID).StatoAttuazione; !strings.HasPrefix(got, "Avviato") {
		t.Fatalf("progress saved as %q", got)
	}

	// The Monitoraggio grid: the value of a reading of the own Area takes
	// typing, another Area's does not, nor an indicator of the ente.
	cell := func(id int64) bool {
		f.w.Canvas().Unfocus()
		f.goTo(session.Target{Sezione: model.SezioneMonitoraggio, ID: id})
		d, ok := f.w.Canvas().Focused().(fyne.Disableable)
		return ok && !d.Disabled()
	}
	if !cell(mine.ID) {
		t.Fatal("the monitoring grid refuses the own Area's reading")
	}
	if cell(other.ID) {
		t.Fatal("the monitoring grid takes another Area's reading from a Responsabile")
	}
}

// The connection to the server drops (the server stops at once, as in a
// power cut): a save says so in Italian and keeps what was typed, the
// window says the link is lost and tries again, and once the server is
// back the same Invio saves, whole.
func TestConnectionLostKeepsTypingAndRecovers(t *testing.T) {
	sp := newServerPlan(t)
	anna := sp.person(t, "Anna Bianchi", model.AccessoAmministratore, "")
	ff, bg := windows(t, anna)
	f := ff[0]
	x := f.s.Plan.Obiettivi[1].ID
	f.goTo(session.Target{Sezione: model.SezioneObiettivi, ID: x, Campo: "titolo"})
	typeText(t, f, "Nuovo: ")
	typed := strings.TrimSpace(focusedText(t, f))
	foc := f.w.Canvas().Focused()
	if err := cluster.Restart(func() {
		foc.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		if !strings.Contains(f.status.Text, "non è stato salvato") && !strings.Contains(f.status.Text, "nulla è stato salvato") {
			t.Errorf("status line while the server is down: %q", f.status.Text)
		}
		if got := focusedText(t, f); strings.TrimSpace(got) != typed {
			t.Errorf("the typed title became %q", got)
		}
		bg.Until("l'avviso del collegamento interrotto", func() bool {
			return strings.Contains(f.status.Text, "Collegamento con il server interrotto")
		})
	}); err != nil {
		t.Fatal(err)
	}
	bg.Until("il collegamento ripristinato", func() bool {
		return strings.Contains(f.status.Text, "Collegamento con il server ripristinato")
	})
	foc.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := f.s.Plan.ObiettivoByID(x).Titolo; got != typed {
		t.Fatalf("after the server came back the title is %q, want %q (status %q)", got, typed, f.status.Text)
	}
	check, err := anna.Load(context.Background())
	if err != nil || check.ObiettivoByID(x).Titolo != typed {
		t.Fatalf("the server holds %q, %v", check.ObiettivoByID(x).Titolo, err)
	}
}

// «Salva una copia con nome…» of a server plan writes a plan file that
// holds it whole, its adopted version included.
func TestServerPlanSavedAsAFile(t *testing.T) {
	sp := newServerPlan(t)
	anna := sp.person(t, "Anna Bianchi", model.AccessoAmministratore, "")
	if err := anna.Write(context.Background(), func(w model.Writer) error {
		_, err := w.Adotta(model.Atto{Organo: "Giunta comunale", Numero: "12", Data: model.DatePtr(2023, 1, 31)})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	ff, _ := windows(t, anna)
	f := ff[0]
	path := t.TempDir() + "/copia.db"
	f.saveCopyAt(path)
	settle(f)
	if !strings.Contains(f.status.Text, "copia.db") {
		t.Fatalf("status line %q", f.status.Text)
	}
	file, err := sqlite.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	want, err := model.LeggiCopia(context.Background(), anna)
	if err != nil {
		t.Fatal(err)
	}
	got, err := model.LeggiCopia(context.Background(), file)
	if err != nil {
		t.Fatal(err)
	}
	gv, wv := got.Versioni, want.Versioni
	if !reflect.DeepEqual(got.Plan, want.Plan) || len(gv) != 1 || !reflect.DeepEqual(gv, wv) {
		t.Fatalf("the file differs from the server plan (%d versions, want %d)", len(gv), len(wv))
	}
}

// A start on a server plan, the one used last: with the password the
// system keeps, the main window opens on it; without one, the welcome
// page asks for it in the server's form, filled in with the plan's server
// and user, saying why.
func TestStartOnTheServerPlanUsedLast(t *testing.T) {
	sp := newServerPlan(t)
	addr, pw := sp.db.User("Anna Bianchi", model.AccessoAmministratore, "", "")
	plan := addr.WithPlan(sp.plan)
	a, o, _ := startApp(t)
	o.Server = serverAccess()
	addRecentTo(a.Preferences(), plan.String())

	w := Launch(a, o, "")
	if w.Title() != "Piano della Performance — Benvenuto" {
		t.Fatalf("without a password the start opens %q", w.Title())
	}
	form := w.Canvas().Overlays().Top()
	if form == nil {
		t.Fatal("the server's form is not shown")
	}
	user, password, why := false, false, ""
	for _, o := range test.LaidOutObjects(form) {
		switch x := o.(type) {
		case *widget.Entry:
			user = user || x.Text == addr.User
			password = password || x.Password
		case *widget.Label:
			if x.Importance == widget.DangerImportance {
				why = x.Text
			}
		}
	}
	if !user || !password || !strings.Contains(why, "password") {
		t.Fatalf("the form: user filled %v, password asked %v, why %q", user, password, why)
	}
	if buttonIn(w.Canvas().Content(), "Apri un piano dal server…") == nil {
		t.Error("the welcome page offers no plan of the server")
	}
	w.Close()

	if err := savePassword(plan.Server(), pw); err != nil {
		t.Fatal(err)
	}
	w = Launch(a, o, "")
	t.Cleanup(w.Close)
	if !strings.Contains(w.Title(), sp.plan+" sul server") {
		t.Fatalf("with the kept password the start opens %q", w.Title())
	}
}
