package storetest

import (
	"errors"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"pianoperformance/model"
)

// Another opens the plan st holds again, as another person known by the
// name who: a second window on the same plan, closed when the test ends.
type Another func(t *testing.T, st model.Store, who string) model.Store

// RunShared runs the part of the contract about several people writing
// one plan at once. It is for stores that allow it (a database server);
// a store with one writer at a time (a plan file under its lock) cannot
// have two windows writing, and so never a conflict to report.
func RunShared(t *testing.T, newStore New, another Another) {
	t.Run("StaleChangeNamesWhoChanged", func(t *testing.T) { staleChangeNamesWhoChanged(t, newStore, another) })
	t.Run("DifferentRecordsPass", func(t *testing.T) { differentRecordsPass(t, newStore, another) })
	t.Run("UndoNeverTakesBackOthers", func(t *testing.T) { undoNeverTakesBackOthers(t, newStore, another) })
	t.Run("SimultaneousChangesOneWins", func(t *testing.T) { simultaneousChangesOneWins(t, newStore, another) })
	t.Run("OthersChangesArrive", func(t *testing.T) { othersChangesArrive(t, newStore, another) })
}

// conflict checks that err is a refusal naming who, about sc.
func conflict(t *testing.T, what string, err error, who string, sc model.Scope) {
	t.Helper()
	var ce *model.ConflictError
	if !errors.As(err, &ce) || !errors.Is(err, model.ErrConflict) {
		t.Fatalf("%s over a newer version: %v, want a *model.ConflictError", what, err)
	}
	if ce.Who != who || time.Since(ce.When) > time.Minute || ce.What == "" {
		t.Fatalf("%s: conflict names %q at %v about %q, want %q just now", what, ce.Who, ce.When, ce.What, who)
	}
	if sc.Parts != 0 && !ce.Scope.Parts.Has(sc.Parts) {
		t.Fatalf("%s: conflict scope %+v, want parts %b", what, ce.Scope, sc.Parts)
	}
	for _, id := range sc.Obiettivi {
		if !slices.Contains(ce.Scope.Obiettivi, id) {
			t.Fatalf("%s: conflict scope %+v, want objective %d", what, ce.Scope, id)
		}
	}
}

// A change made in a window that has not seen someone else's newer change
// of the same record is refused, naming them; the record stays as they
// left it. Once the window has read the record again, the change passes.
func staleChangeNamesWhoChanged(t *testing.T, newStore New, another Another) {
	a := newStore(t, Plan())
	b := another(t, a, "Maria Rossi")
	p := load(t, a)
	load(t, b)
	o := p.Obiettivi[5]
	y := p.Popolazione[0]
	cases := []struct {
		name   string
		scope  model.Scope
		theirs func(w model.Writer) error
		mine   func(w model.Writer) error
	}{
		{"SaveObiettivo", model.Scope{Obiettivi: []int64{o.ID}},
			func(w model.Writer) error { x := o.Clone(); x.Titolo = "Di Maria"; return w.SaveObiettivo(&x) },
			func(w model.Writer) error { x := o.Clone(); x.Titolo = "Mio"; return w.SaveObiettivo(&x) }},
		{"DeleteObiettivo", model.Scope{Obiettivi: []int64{o.ID}},
			func(w model.Writer) error { x := o.Clone(); x.Note = "Nota di Maria"; return w.SaveObiettivo(&x) },
			func(w model.Writer) error { _, err := w.DeleteObiettivo(o.ID); return err }},
		{"SaveEnte", model.Scope{Parts: model.PartEnte},
			func(w model.Writer) error { e := p.Ente; e.Provincia = "MI"; return w.SaveEnte(e) },
			func(w model.Writer) error { e := p.Ente; e.Provincia = "CO"; return w.SaveEnte(e) }},
		{"SavePopolazioneAnno", model.Scope{Parts: model.PartPopolazione},
			func(w model.Writer) error { r := y; r.Nati++; return w.SavePopolazioneAnno(r) },
			func(w model.Writer) error { r := y; r.Morti++; return w.SavePopolazioneAnno(r) }},
		{"DeleteCapitolo", model.Scope{Parts: model.PartCapitoli},
			func(w model.Writer) error { c := p.Capitoli[0]; c.Testo = "Riscritto"; return w.SaveCapitolo(&c) },
			func(w model.Writer) error { _, err := w.DeleteCapitolo(p.Capitoli[0].ID); return err }},
		{"SaveUnita", model.Scope{Parts: model.PartUnita},
			func(w model.Writer) error { u := p.Unita[0]; u.Responsabile = "Maria Rossi"; return w.SaveUnita(&u) },
			func(w model.Writer) error { u := p.Unita[0]; u.Responsabile = "Io"; return w.SaveUnita(&u) }},
		{"SaveConfermaQualita", model.Scope{Parts: model.PartQualita},
			func(w model.Writer) error { c := p.ConfermeQualita[0]; c.Note = "Sì"; return w.SaveConfermaQualita(c) },
			func(w model.Writer) error { c := p.ConfermeQualita[0]; c.Note = "No"; return w.SaveConfermaQualita(c) }},
	}
	for _, c := range cases {
		write(t, b, c.theirs)
		want := load(t, b)
		err := a.Write(ctx, c.mine)
		conflict(t, c.name, err, "Maria Rossi", c.scope)
		if got := load(t, b); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: a refused change changed the plan", c.name)
		}
		// Once a has read the plan again, the change is informed.
		load(t, a)
		write(t, a, c.mine)
		load(t, b)
	}
}

// Changes of different records by two people both pass, whatever each
// window last read.
func differentRecordsPass(t *testing.T, newStore New, another Another) {
	a := newStore(t, Plan())
	b := another(t, a, "Maria Rossi")
	p := load(t, a)
	load(t, b)
	x, y := p.Obiettivi[4].Clone(), p.Obiettivi[5].Clone()
	x.Titolo, y.Titolo = "Di Maria", "Mio"
	write(t, b, func(w model.Writer) error { return w.SaveObiettivo(&x) })
	write(t, a, func(w model.Writer) error { return w.SaveObiettivo(&y) })
	r1, r2 := p.Popolazione[0], p.Popolazione[1]
	r1.Nati, r2.Nati = r1.Nati+1, r2.Nati+2
	write(t, b, func(w model.Writer) error { return w.SavePopolazioneAnno(r1) })
	write(t, a, func(w model.Writer) error { return w.SavePopolazioneAnno(r2) })
	// A window's own changes follow each other without reading again.
	y.Note = "Seconda modifica"
	write(t, a, func(w model.Writer) error { return w.SaveObiettivo(&y) })
	got := load(t, a)
	if got.ObiettivoByID(x.ID).Titolo != "Di Maria" || got.ObiettivoByID(y.ID).Note != "Seconda modifica" ||
		got.Popolazione[0].Nati != r1.Nati || got.Popolazione[1].Nati != r2.Nati {
		t.Fatal("a change of another record was lost")
	}
}

// The undo of a change (a write that expects what the change wrote) is
// refused once someone else changed that record, even after the window
// read their change; with nobody in between it passes.
func undoNeverTakesBackOthers(t *testing.T, newStore New, another Another) {
	a := newStore(t, Plan())
	b := another(t, a, "Maria Rossi")
	p := load(t, a)
	old := p.Obiettivi[3]
	undoable := func(st model.Store, o model.Obiettivo) model.Stamp {
		var stamp model.Stamp
		write(t, st, func(w model.Writer) error {
			if err := w.SaveObiettivo(&o); err != nil {
				return err
			}
			stamp = model.StampOf(w)
			return nil
		})
		if len(stamp) == 0 {
			t.Fatal("a store with several writers gives no stamp of what a change wrote")
		}
		return stamp
	}
	undo := func(st model.Store, stamp model.Stamp) error {
		return st.Write(ctx, func(w model.Writer) error {
			model.ExpectOf(w, stamp)
			o := old.Clone()
			return w.SaveObiettivo(&o)
		})
	}
	mine := old.Clone()
	mine.Titolo = "Mio"
	stamp := undoable(a, mine)
	if err := undo(a, stamp); err != nil {
		t.Fatalf("undo with nobody in between: %v", err)
	}
	stamp = undoable(a, mine)
	load(t, b)
	theirs := mine.Clone()
	theirs.Note = "Nota di Maria"
	write(t, b, func(w model.Writer) error { return w.SaveObiettivo(&theirs) })
	load(t, a) // the window shows Maria's change
	conflict(t, "undo", undo(a, stamp), "Maria Rossi", model.Scope{Obiettivi: []int64{old.ID}})
	if got := load(t, a).ObiettivoByID(old.ID); got.Note != "Nota di Maria" {
		t.Fatal("the refused undo changed the objective")
	}
}

// Two windows that saw the same version change the same record at the
// same moment: one change passes, the other is refused; nothing is lost
// in silence.
func simultaneousChangesOneWins(t *testing.T, newStore New, another Another) {
	a := newStore(t, Plan())
	b := another(t, a, "Maria Rossi")
	p := load(t, a)
	load(t, b)
	base := p.Obiettivi[6]
	errs := make([]error, 2)
	var wg sync.WaitGroup
	for i, st := range []model.Store{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o := base.Clone()
			o.Titolo = []string{"Di A", "Di Maria"}[i]
			errs[i] = st.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&o) })
		}()
	}
	wg.Wait()
	if (errs[0] == nil) == (errs[1] == nil) {
		t.Fatalf("simultaneous changes of one record: %v and %v, want one to pass and one refused", errs[0], errs[1])
	}
	winner := []string{"Di A", "Di Maria"}[boolIndex(errs[0] != nil)]
	if err := errs[1-boolIndex(errs[0] != nil)]; !errors.Is(err, model.ErrConflict) {
		t.Fatalf("the losing change: %v, want a conflict", err)
	}
	if got := load(t, a).ObiettivoByID(base.ID).Titolo; got != winner {
		t.Fatalf("title %q, want the change that passed (%q)", got, winner)
	}
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

// A store that learns of others' changes (model.Watcher) tells of each,
// with who made it and what to read again, and not of its own.
func othersChangesArrive(t *testing.T, newStore New, another Another) {
	a := newStore(t, Plan())
	wa, ok := a.(model.Watcher)
	if !ok {
		t.Skip("the store does not learn of others' changes")
	}
	b := another(t, a, "Maria Rossi")
	p := load(t, a)
	load(t, b)
	changes := make(chan model.Change, 100)
	stop := wa.Watch(func(c model.Change) { changes <- c })
	defer stop()
	mine, theirs := p.Obiettivi[2].Clone(), p.Obiettivi[7].Clone()
	mine.Titolo, theirs.Titolo = "Mio", "Di Maria"
	write(t, a, func(w model.Writer) error { return w.SaveObiettivo(&mine) })
	write(t, b, func(w model.Writer) error { return w.SaveObiettivo(&theirs) })
	deadline := time.After(20 * time.Second)
	for {
		select {
		case c := <-changes:
			if c.Link != model.LinkSame {
				continue
			}
			if slices.Contains(c.Scope.Obiettivi, mine.ID) {
				t.Fatalf("the store told of its own change: %+v", c)
			}
			if !slices.Contains(c.Scope.Obiettivi, theirs.ID) {
				t.Fatalf("change %+v, want objective %d", c, theirs.ID)
			}
			if c.Who != "Maria Rossi" {
				t.Fatalf("change by %q, want Maria Rossi", c.Who)
			}
			return
		case <-deadline:
			t.Fatal("no word of the other person's change within 20 s")
		}
	}
}
