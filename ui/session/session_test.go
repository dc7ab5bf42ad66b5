package session

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"pianoperformance/model"
	"pianoperformance/model/sqlite"
	"pianoperformance/model/storetest"
)

// open makes a plan file holding p (storetest's plan when nil) and a
// session on it.
func open(t testing.TB, p *model.Plan) (*Session, *sqlite.Store) {
	t.Helper()
	if p == nil {
		p = storetest.Plan()
	}
	st, err := sqlite.Create(filepath.Join(t.TempDir(), "piano.db"), p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	loaded, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return New(st, loaded), st
}

// stored is the plan as a fresh Load of the file gives it.
func stored(t testing.TB, st model.Store) *model.Plan {
	t.Helper()
	p, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// sameAsFile fails unless the session's plan is the file's.
func sameAsFile(t testing.TB, s *Session) {
	t.Helper()
	if want := stored(t, s.Store); !reflect.DeepEqual(s.Plan, want) {
		t.Fatalf("the plan in memory differs from the file: %s", diff(s.Plan, want))
	}
}

func TestChangesAndUndoInOrder(t *testing.T) {
	s, _ := open(t, nil)
	var msgs []string
	s.SetStatus(func(m string, _ bool) { msgs = append(msgs, m) })
	changes := 0
	s.OnChange(func() { changes++ })
	first := s.Plan.Ente.Nome
	e := s.Plan.Ente
	e.Nome = "Primo"
	if err := s.SaveEnte("Primo", e); err != nil {
		t.Fatal(err)
	}
	e.Nome = "Secondo"
	if err := s.SaveEnte("Secondo", e); err != nil {
		t.Fatal(err)
	}
	if s.UndoLabel() != "Secondo" || s.Plan.Ente.Nome != "Secondo" || !strings.Contains(msgs[len(msgs)-1], "Secondo: salvato alle") {
		t.Fatalf("label %q, name %q, status %q", s.UndoLabel(), s.Plan.Ente.Nome, msgs[len(msgs)-1])
	}
	sameAsFile(t, s)
	if err := s.Undo(); err != nil || s.Plan.Ente.Nome != "Primo" {
		t.Fatalf("undo: %v, name %q", err, s.Plan.Ente.Nome)
	}
	if err := s.Undo(); err != nil || s.Plan.Ente.Nome != first || s.CanUndo() {
		t.Fatalf("second undo: %v, name %q, can %v", err, s.Plan.Ente.Nome, s.CanUndo())
	}
	sameAsFile(t, s)
	if changes != 4 {
		t.Fatalf("listeners called %d times, want 4", changes)
	}
	if !strings.HasPrefix(msgs[len(msgs)-1], "Annullato: Primo") {
		t.Fatalf("status %q", msgs[len(msgs)-1])
	}
}

// Saving what is already stored is no change: no step, no status.
func TestUnchangedSaveIsNoStep(t *testing.T) {
	s, _ := open(t, nil)
	s.SetStatus(func(m string, _ bool) { t.Fatalf("status %q for no change", m) })
	if err := s.SaveEnte("Nulla", s.Plan.Ente); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveObiettivo("Nulla", s.Plan.Obiettivi[3]); err != nil {
		t.Fatal(err)
	}
	if s.CanUndo() {
		t.Fatal("an unchanged save joined the history")
	}
}

func TestFailedChangeIsNotRecorded(t *testing.T) {
	s, _ := open(t, nil)
	var last string
	var lastErr bool
	s.SetStatus(func(m string, e bool) { last, lastErr = m, e })
	before := s.Plan.Clone()
	err := s.DeleteUnita("Elimina", s.Plan.Obiettivi[0].AreaID) // an Area with objectives
	if !errors.Is(err, model.ErrInUse) || s.CanUndo() || !lastErr || !strings.Contains(last, "obiettivi") {
		t.Fatalf("err %v can %v status %q %v", err, s.CanUndo(), last, lastErr)
	}
	if !reflect.DeepEqual(s.Plan, before) {
		t.Fatal("a refused change changed the plan")
	}
	sameAsFile(t, s)
}

func TestFailedUndoKeepsStep(t *testing.T) {
	s, st := open(t, nil)
	o := s.Plan.Obiettivi[4].WithoutIDs()
	id, err := s.SaveObiettivo("Nuovo", o)
	if err != nil {
		t.Fatal(err)
	}
	// Someone else deletes it behind the session's back: undoing the
	// insertion cannot delete it again.
	var gone []model.Obiettivo
	if err := st.Write(context.Background(), func(w model.Writer) (err error) { gone, err = w.DeleteObiettivo(id); return err }); err != nil {
		t.Fatal(err)
	}
	if err := s.Undo(); !errors.Is(err, model.ErrNotFound) || !s.CanUndo() {
		t.Fatalf("failed undo: %v, can %v", err, s.CanUndo())
	}
	if err := st.Write(context.Background(), func(w model.Writer) error { return w.SaveObiettivo(&gone[0]) }); err != nil {
		t.Fatal(err)
	}
	if err := s.Undo(); err != nil || s.CanUndo() {
		t.Fatalf("retry: %v, can %v", err, s.CanUndo())
	}
	sameAsFile(t, s)
}

func TestHistoryBounded(t *testing.T) {
	s, _ := open(t, nil)
	e := s.Plan.Ente
	for i := 0; i < maxUndo+20; i++ {
		e.CodiceISTAT = strings.Repeat("1", i%7+1) + string(rune('a'+i%26))
		if err := s.SaveEnte("n", e); err != nil {
			t.Fatal(err)
		}
	}
	if len(s.history) != maxUndo {
		t.Fatalf("history %d, want %d", len(s.history), maxUndo)
	}
}

// Deleting an objective with sub-objectives removes them from the window
// too, and one undo brings every one of them back, in the file and on
// screen.
func TestDeleteWithChildrenThenUndo(t *testing.T) {
	s, st := open(t, nil)
	before := stored(t, st)
	root := before.Obiettivi[0]
	if err := s.DeleteObiettivo("Elimina", root.ID); err != nil {
		t.Fatal(err)
	}
	if n := len(stored(t, st).Obiettivi); n != len(before.Obiettivi)-4 {
		t.Fatalf("%d objectives in the file, want %d", n, len(before.Obiettivi)-4)
	}
	sameAsFile(t, s)
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := stored(t, st); !reflect.DeepEqual(got, before) {
		t.Fatalf("undo did not restore the subtree: %s", diff(got, before))
	}
	sameAsFile(t, s)
}

// An undo step holds what the store held, not a pointer into the plan:
// after the plan is read again it still undoes the right thing.
func TestUndoPastAReload(t *testing.T) {
	s, st := open(t, nil)
	before := stored(t, st)
	o := s.Plan.Obiettivi[5].Clone()
	o.Titolo = "Cambiato"
	if _, err := s.SaveObiettivo("Titolo", o); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteObiettivo("Elimina", s.Plan.Obiettivi[0].ID); err != nil {
		t.Fatal(err)
	}
	old := s.Plan
	if err := s.Reload(model.Scope{Parts: model.AllParts}); err != nil {
		t.Fatal(err)
	}
	// A screen may hold the plan it had: it sees the reload too.
	if s.Plan != old {
		t.Fatal("Reload replaced the plan instead of updating it")
	}
	for s.CanUndo() {
		if err := s.Undo(); err != nil {
			t.Fatal(err)
		}
		sameAsFile(t, s)
	}
	if got := stored(t, st); !reflect.DeepEqual(got, before) {
		t.Fatalf("undo past a reload: %s", diff(got, before))
	}
}

func TestRedoDoesAgainWhatWasUndoneUntilANewChange(t *testing.T) {
	s, _ := open(t, nil)
	var msgs []string
	s.SetStatus(func(m string, _ bool) { msgs = append(msgs, m) })
	first := s.Plan.Ente.Nome
	e := s.Plan.Ente
	e.Nome = "Primo"
	if err := s.SaveEnte("Nome dell'ente", e); err != nil {
		t.Fatal(err)
	}
	id, err := s.SaveObiettivo("Nuovo obiettivo", model.Obiettivo{Titolo: "Nuovo", UnitaIDs: []int64{}, Anni: []int{},
		Indicatori: []model.Indicatore{{Nome: "Pratiche", Target: []model.Target{}, Risultati: []model.Risultato{}}}, Fasi: []model.Fase{}})
	if err != nil {
		t.Fatal(err)
	}
	if s.CanRedo() {
		t.Fatal("redo before any undo")
	}
	for range 2 {
		if err := s.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	if s.Plan.Ente.Nome != first || s.Plan.ObiettivoByID(id) != nil || s.RedoLabel() != "Nome dell'ente" {
		t.Fatalf("after two undos: %q, objective %v, redo %q", s.Plan.Ente.Nome, s.Plan.ObiettivoByID(id), s.RedoLabel())
	}
	for range 2 {
		if err := s.Redo(); err != nil {
			t.Fatal(err)
		}
		sameAsFile(t, s)
	}
	// The objective comes back as it was, IDs and all.
	o := s.Plan.ObiettivoByID(id)
	if s.Plan.Ente.Nome != "Primo" || o == nil || len(o.Indicatori) != 1 || s.CanRedo() || s.UndoLabel() != "Nuovo obiettivo" {
		t.Fatalf("after two redos: %q, objective %+v, can redo %v, undo %q", s.Plan.Ente.Nome, o, s.CanRedo(), s.UndoLabel())
	}
	if last := msgs[len(msgs)-1]; last != "Ripetuto: Nuovo obiettivo" {
		t.Fatalf("status %q", last)
	}
	// A new change after an undo leaves nothing to redo.
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	e.Nome = "Secondo"
	if err := s.SaveEnte("Nome dell'ente", e); err != nil {
		t.Fatal(err)
	}
	if s.CanRedo() {
		t.Fatal("a new change kept the redo")
	}
	if err := s.Redo(); err != nil || msgs[len(msgs)-1] != "Niente da ripetere" {
		t.Fatalf("redo with nothing: %v, %q", err, msgs[len(msgs)-1])
	}
}
