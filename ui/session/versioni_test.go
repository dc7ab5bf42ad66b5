package session

import (
	"errors"
	"strings"
	"testing"
	"time"

	"pianoperformance/model"
)

func atto(n string, d model.Date) model.Atto {
	return model.Atto{Organo: model.OrganoGiunta, Numero: n, Data: &d}
}

// An undo of a change made before the adoption puts the old text back but
// leaves the plan adopted: its status and act are the versions'.
func TestUndoAfterAdoptionKeepsThePlanAdopted(t *testing.T) {
	s, st := open(t, nil)
	pi := s.Plan.Piano
	pi.Titolo, pi.Stato = "Titolo di prima dell'adozione", model.StatoBozza
	if err := s.SavePiano("Titolo", pi); err != nil {
		t.Fatal(err)
	}
	v, err := s.Adotta("Adozione", atto("12", model.MustDate(2024, time.January, 31)))
	if err != nil {
		t.Fatal(err)
	}
	if v.Numero != 1 || s.Plan.Piano.Stato != model.StatoAdottato || s.Plan.Piano.Approvazione.Numero != "12" {
		t.Fatalf("version %+v, plan %+v", v, s.Plan.Piano)
	}
	if !s.CanUndo() || s.UndoLabel() != "Titolo" {
		t.Fatalf("the history before the adoption is gone: %q", s.UndoLabel())
	}
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	sameAsFile(t, s)
	p := stored(t, st)
	if p.Piano.Titolo == pi.Titolo || p.Piano.Stato != model.StatoAdottato || p.Piano.Approvazione.Numero != "12" {
		t.Fatalf("after the undo: %+v", p.Piano)
	}
	// Choosing "bozza" on an adopted plan is no change at all.
	pi = s.Plan.Piano
	pi.Stato = model.StatoBozza
	if err := s.SavePiano("Stato", pi); err != nil || s.CanUndo() {
		t.Fatalf("saving the status of an adopted plan: %v, undo %q", err, s.UndoLabel())
	}
}

// What changed since the last version follows every change and undo;
// a variation freezes it and the list empties.
func TestChangesNotYetRegistered(t *testing.T) {
	s, _ := open(t, nil)
	if mm, err := s.NonRegistrate(); err != nil || mm != nil {
		t.Fatalf("before the adoption: %v, %v", mm, err)
	}
	if _, err := s.Adotta("Adozione", atto("12", model.MustDate(2024, time.January, 31))); err != nil {
		t.Fatal(err)
	}
	o := s.Plan.Obiettivi[0].Clone()
	old := o.Titolo
	o.Titolo = "Titolo variato"
	if _, err := s.SaveObiettivo("Titolo", o); err != nil {
		t.Fatal(err)
	}
	mm, err := s.NonRegistrate()
	if err != nil || len(mm) != 1 || mm[0].Campo != "Titolo" || mm[0].Prima != old || mm[0].Dopo != "Titolo variato" {
		t.Fatalf("changes %+v (%v)", mm, err)
	}
	v, err := s.RegistraVariazione("Variazione", atto("40", model.MustDate(2024, time.May, 2)), "Nuovi fondi")
	if err != nil || v.Numero != 2 || s.Plan.Piano.Stato != model.StatoVariato {
		t.Fatalf("variation %+v: %v", v, err)
	}
	if mm, _ := s.NonRegistrate(); len(mm) != 0 {
		t.Fatalf("after the variation: %+v", mm)
	}
	vv, _ := s.Versioni()
	if len(vv) != 2 || vv[1].Motivo != "Nuovi fondi" {
		t.Fatalf("versions %+v", vv)
	}
	// An undo of the title is again a change to register.
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if mm, _ := s.NonRegistrate(); len(mm) != 1 || mm[0].Dopo != old {
		t.Fatalf("after the undo: %+v", mm)
	}
}

// A version shown read-only is the frozen text, and every change to it is
// refused with a message that says why; the plan file stays as it was.
func TestFrozenVersionRefusesChanges(t *testing.T) {
	s, st := open(t, nil)
	if _, err := s.Frozen(1); !errors.Is(err, model.ErrVersioneIgnota) {
		t.Fatalf("version 1 before the adoption: %v", err)
	}
	if _, err := s.Adotta("Adozione", atto("12", model.MustDate(2024, time.January, 31))); err != nil {
		t.Fatal(err)
	}
	e := s.Plan.Ente
	e.Nome = "Nome cambiato dopo"
	if err := s.SaveEnte("Ente", e); err != nil {
		t.Fatal(err)
	}
	before := stored(t, st)
	fs, err := s.Frozen(1)
	if err != nil {
		t.Fatal(err)
	}
	if fs.Viewing() == nil || fs.Viewing().Numero != 1 || !fs.ReadOnly() || fs.Plan.Ente.Nome == e.Nome {
		t.Fatalf("frozen session shows %+v, name %q", fs.Viewing(), fs.Plan.Ente.Nome)
	}
	var msg string
	fs.SetStatus(func(m string, _ bool) { msg = m })
	o := fs.Plan.Obiettivi[0].Clone()
	o.Titolo = "Mai salvato"
	if _, err := fs.SaveObiettivo("Titolo", o); !errors.Is(err, model.ErrReadOnly) {
		t.Fatalf("saving in version 1: %v", err)
	}
	if !strings.Contains(msg, "versione n. 1") || !strings.Contains(msg, "tornare al piano corrente") {
		t.Fatalf("status %q", msg)
	}
	if fs.CanUndo() {
		t.Fatal("a refused change left a step to undo")
	}
	if sc, err := fs.Scadenze(); err != nil || sc != nil {
		t.Fatalf("a frozen version has deadlines: %v", sc)
	}
	sameAsFileAs(t, st, before)
	// Closing the frozen view leaves the plan file open.
	if err := fs.Store.Close(); err != nil {
		t.Fatal(err)
	}
	stored(t, st)
}

func sameAsFileAs(t *testing.T, st model.Store, want *model.Plan) {
	t.Helper()
	if got := stored(t, st); diff(got, want) != "" {
		t.Fatalf("the file changed: %s", diff(got, want))
	}
}

// Deadlines met are recorded in the store's order, replace an earlier
// record of the same deadline and come undone.
func TestDeadlineMetAndUndone(t *testing.T) {
	s, st := open(t, nil)
	a := model.Adempimento{Chiave: "2024/relazione", Data: model.MustDate(2025, time.June, 20), Note: "delibera n. 45"}
	if err := s.SegnaFatto("Fatto", a); err != nil {
		t.Fatal(err)
	}
	b := a
	b.Data = model.MustDate(2025, time.June, 25)
	if err := s.SegnaFatto("Fatto", b); err != nil {
		t.Fatal(err)
	}
	if err := s.SegnaFatto("Fatto", b); err != nil || len(s.history) != 2 {
		t.Fatalf("the same record again: %v, %d steps", err, len(s.history))
	}
	n := len(s.Plan.Scadenzario.Adempimenti)
	if got, ok := fatto(stored(t, st), a.Chiave); !ok || got != b {
		t.Fatalf("record %+v", got)
	}
	sameAsFile(t, s)
	if err := s.TogliFatto("Da fare", "2024/relazione"); err != nil || len(s.Plan.Scadenzario.Adempimenti) != n-1 {
		t.Fatalf("removed: %v, %+v", err, s.Plan.Scadenzario.Adempimenti)
	}
	for range 2 {
		if err := s.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	if got, ok := fatto(stored(t, st), a.Chiave); !ok || got != a || len(s.Plan.Scadenzario.Adempimenti) != n {
		t.Fatalf("after two undos %+v", got)
	}
	sameAsFile(t, s)
}

func fatto(p *model.Plan, chiave string) (model.Adempimento, bool) {
	for _, a := range p.Scadenzario.Adempimenti {
		if a.Chiave == chiave {
			return a, true
		}
	}
	return model.Adempimento{}, false
}
