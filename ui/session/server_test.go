package session

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"pianoperformance/model"
	"pianoperformance/model/postgres"
	"pianoperformance/model/postgres/pgtest"
	"pianoperformance/model/postgres/servertest"
	"pianoperformance/model/storetest"
)

// The session on a plan kept on a PostgreSQL server, by several people at
// once: the tests start a throwaway server (pgtest) for this package.
var cluster *pgtest.Cluster

func TestMain(m *testing.M) { pgtest.Main(m, &cluster) }

// person is one window on a server plan: its store and session, and what
// its status line said last.
type person struct {
	st     model.Store
	s      *Session
	status string
}

func newPerson(t *testing.T, st *postgres.Store) *person {
	t.Helper()
	p, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	pr := &person{st: model.Checked(st)}
	pr.s = New(pr.st, p)
	pr.s.SetStatus(func(msg string, _ bool) { pr.status = msg })
	return pr
}

// twoPeople opens one plan, holding storetest.Plan(), in two windows:
// Anna's and Maria's, both amministratori.
func twoPeople(t *testing.T) (anna, maria *person) {
	db := servertest.New(t, cluster)
	a, pa := db.User("Anna Bianchi", model.AccessoAmministratore, "", "piano")
	m, pm := db.User("Maria Rossi", model.AccessoAmministratore, "", "piano")
	anna = newPerson(t, servertest.Create(t, a, pa, storetest.Plan()))
	maria = newPerson(t, servertest.Open(t, m, pm))
	return anna, maria
}

// The model-based test on a server plan: random sequences of the window's
// operations, the session's plan compared after every step with what
// another connection loads, undo included (which on a server also checks
// the versions of what it puts back).
func TestModelSessionEqualsServer(t *testing.T) {
	db := servertest.New(t, cluster)
	addr, password := db.User("Segreteria", model.AccessoAmministratore, "", "")
	seed, replay := *flagSeed, *flagSeed != 0
	budget := quickDuration / 2
	if *flagDuration > 0 {
		budget = *flagDuration
	}
	if !replay {
		seed = time.Now().UnixNano()
	}
	start := time.Now()
	n := 0
	for ; n < 3 || (!replay && time.Since(start) < budget); n++ {
		plan := addr.WithPlan(fmt.Sprintf("seq-%d", n))
		st := servertest.Create(t, plan, password, storetest.Plan())
		check := servertest.Open(t, plan, password)
		ok := playSequence(t, st, check, seed+int64(n), replay, "TestModelSessionEqualsServer")
		st.Close()
		check.Close()
		if !ok || replay {
			return
		}
	}
	t.Logf("%d sequenze di %d passi in %v (semi da %d)", n, stepsPerSeq, time.Since(start).Round(time.Millisecond), seed)
}

// A change based on what someone else has since changed is refused with
// their name, and the window then shows their version; saving again,
// now informed, passes.
func TestServerStaleChangeRefusedAndShown(t *testing.T) {
	anna, maria := twoPeople(t)
	o := anna.s.Plan.Obiettivi[4]
	theirs := o.Clone()
	theirs.Titolo = "Titolo di Maria"
	if _, err := maria.s.SaveObiettivo("Titolo", theirs); err != nil {
		t.Fatal(err)
	}
	mine := o.Clone() // Anna's window has not seen Maria's change
	mine.Titolo = "Titolo di Anna"
	_, err := anna.s.SaveObiettivo("Titolo", mine)
	if !errors.Is(err, model.ErrConflict) {
		t.Fatalf("stale change: %v, want a conflict", err)
	}
	if !strings.Contains(anna.status, "Maria Rossi") || !strings.Contains(anna.status, "non è stata salvata") {
		t.Fatalf("status line %q does not say who changed it and that nothing was saved", anna.status)
	}
	if got := anna.s.Plan.ObiettivoByID(o.ID).Titolo; got != "Titolo di Maria" {
		t.Fatalf("after the refusal Anna's window shows %q, want Maria's version", got)
	}
	if anna.s.CanUndo() {
		t.Fatal("a refused change joined the undo history")
	}
	mine = anna.s.Plan.ObiettivoByID(o.ID).Clone()
	mine.Titolo = "Titolo di Anna"
	if _, err := anna.s.SaveObiettivo("Titolo", mine); err != nil {
		t.Fatalf("informed change: %v", err)
	}
}

// annaTitles has Anna title each of oo "Di Anna", one change each.
func annaTitles(t *testing.T, anna *person, oo ...model.Obiettivo) {
	t.Helper()
	for _, o := range oo {
		c := o.Clone()
		c.Titolo = "Di Anna"
		if _, err := anna.s.SaveObiettivo("Titolo", c); err != nil {
			t.Fatal(err)
		}
	}
}

// mariaNote has Maria, up to date, write a note on objective id, and
// Anna's window read it.
func mariaNote(t *testing.T, maria, anna *person, id int64) {
	t.Helper()
	if err := maria.s.Reload(model.Scope{Parts: model.AllParts}); err != nil {
		t.Fatal(err)
	}
	c := maria.s.Plan.ObiettivoByID(id).Clone()
	c.Note = "Nota di Maria"
	if _, err := maria.s.SaveObiettivo("Note", c); err != nil {
		t.Fatal(err)
	}
	if err := anna.s.Reload(model.Scope{Parts: model.AllParts}); err != nil {
		t.Fatal(err)
	}
}

// Undo is per person: it never takes back someone else's change. Anna's
// undo of an objective Maria has since changed is refused, naming Maria,
// and leaves the history; her other changes still undo.
func TestServerUndoNeverUndoesAnother(t *testing.T) {
	anna, maria := twoPeople(t)
	x, y := anna.s.Plan.Obiettivi[4], anna.s.Plan.Obiettivi[5]
	annaTitles(t, anna, y, x)
	// Even after Anna's window has read Maria's change.
	mariaNote(t, maria, anna, x.ID)
	err := anna.s.Undo()
	if !errors.Is(err, model.ErrConflict) || !strings.Contains(anna.status, "non si può più annullare") || !strings.Contains(anna.status, "Maria Rossi") {
		t.Fatalf("undo over Maria's change: %v, status %q", err, anna.status)
	}
	got := anna.s.Plan.ObiettivoByID(x.ID)
	if got.Note != "Nota di Maria" || got.Titolo != "Di Anna" {
		t.Fatalf("after the refused undo: %q / %q", got.Titolo, got.Note)
	}
	if err := anna.s.Undo(); err != nil {
		t.Fatalf("undo of Anna's change nobody touched: %v", err)
	}
	if got := anna.s.Plan.ObiettivoByID(y.ID).Titolo; got != y.Titolo {
		t.Fatalf("undone title %q, want %q", got, y.Titolo)
	}
	if anna.s.CanUndo() {
		t.Fatal("the history still holds a step")
	}
}

// A chain of one's own changes and undos of the same record undoes all
// the way back (each undo passes its versions on to the step below).
func TestServerOwnUndoChain(t *testing.T) {
	anna, _ := twoPeople(t)
	o := anna.s.Plan.Obiettivi[3]
	for _, title := range []string{"Primo", "Secondo", "Terzo"} {
		c := anna.s.Plan.ObiettivoByID(o.ID).Clone()
		c.Titolo = title
		if _, err := anna.s.SaveObiettivo("Titolo", c); err != nil {
			t.Fatal(err)
		}
	}
	for anna.s.CanUndo() {
		if err := anna.s.Undo(); err != nil {
			t.Fatalf("undo: %v", err)
		}
	}
	if got := anna.s.Plan.ObiettivoByID(o.ID).Titolo; got != o.Titolo {
		t.Fatalf("after undoing everything: %q, want %q", got, o.Titolo)
	}
}

// Redo is per person too: Anna's redo of a change to an objective Maria
// has changed since Anna undid it is refused, naming Maria, and leaves the
// steps to redo; her other undone change is still redone.
func TestServerRedoNeverOverwritesAnother(t *testing.T) {
	anna, maria := twoPeople(t)
	x, y := anna.s.Plan.Obiettivi[4], anna.s.Plan.Obiettivi[5]
	annaTitles(t, anna, y, x)
	for range 2 {
		if err := anna.s.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	mariaNote(t, maria, anna, y.ID)
	err := anna.s.Redo()
	if !errors.Is(err, model.ErrConflict) || !strings.Contains(anna.status, "non si può più ripetere") || !strings.Contains(anna.status, "Maria Rossi") {
		t.Fatalf("redo over Maria's change: %v, status %q", err, anna.status)
	}
	if got := anna.s.Plan.ObiettivoByID(y.ID); got.Note != "Nota di Maria" || got.Titolo != y.Titolo {
		t.Fatalf("after the refused redo: %q / %q", got.Titolo, got.Note)
	}
	if got := anna.s.RedoLabel(); got != "Titolo" {
		t.Fatalf("after the refused redo, next to redo %q", got)
	}
	if err := anna.s.Redo(); err != nil {
		t.Fatalf("redo of Anna's change nobody touched: %v", err)
	}
	if got := anna.s.Plan.ObiettivoByID(x.ID).Titolo; got != "Di Anna" || anna.s.CanRedo() {
		t.Fatalf("redone title %q, can redo %v", got, anna.s.CanRedo())
	}
}

// A chain of one's own undos and redos of the same record goes all the
// way back and forth (each undo and redo passes its versions on).
func TestServerOwnRedoChain(t *testing.T) {
	anna, _ := twoPeople(t)
	o := anna.s.Plan.Obiettivi[3]
	titles := []string{"Primo", "Secondo", "Terzo"}
	for _, title := range titles {
		c := anna.s.Plan.ObiettivoByID(o.ID).Clone()
		c.Titolo = title
		if _, err := anna.s.SaveObiettivo("Titolo", c); err != nil {
			t.Fatal(err)
		}
	}
	for round := range 2 {
		for anna.s.CanUndo() {
			if err := anna.s.Undo(); err != nil {
				t.Fatalf("round %d, undo: %v", round, err)
			}
		}
		if got := anna.s.Plan.ObiettivoByID(o.ID).Titolo; got != o.Titolo {
			t.Fatalf("round %d, after undoing everything: %q, want %q", round, got, o.Titolo)
		}
		for anna.s.CanRedo() {
			if err := anna.s.Redo(); err != nil {
				t.Fatalf("round %d, redo: %v", round, err)
			}
		}
		if got := anna.s.Plan.ObiettivoByID(o.ID).Titolo; got != "Terzo" {
			t.Fatalf("round %d, after redoing everything: %q", round, got)
		}
	}
}

// Another window's change arrives through the server's notice and is
// shown, with who made it.
func TestServerRemoteChangeShown(t *testing.T) {
	anna, maria := twoPeople(t)
	changes := make(chan model.Change, 10)
	stop := model.Unchecked(anna.st).(model.Watcher).Watch(func(c model.Change) { changes <- c })
	defer stop()
	o := maria.s.Plan.Obiettivi[2].Clone()
	o.Titolo = "Cambiato da Maria"
	if _, err := maria.s.SaveObiettivo("Titolo", o); err != nil {
		t.Fatal(err)
	}
	select {
	case c := <-changes:
		anna.s.Remote(c)
	case <-time.After(20 * time.Second):
		t.Fatal("no notice within 20 s")
	}
	if got := anna.s.Plan.ObiettivoByID(o.ID).Titolo; got != "Cambiato da Maria" {
		t.Fatalf("Anna's window shows %q", got)
	}
	if !strings.Contains(anna.status, "Maria Rossi") {
		t.Fatalf("status %q does not say who changed the plan", anna.status)
	}
}
