// Package session is the open plan as the screens see it: the store, the
// plan in memory, the undo history and the status line.
//
// The store is the truth. Screens never change the plan in memory: each
// user action is one operation of the session (SaveObiettivo,
// DeletePopolazioneAnno, MoveCapitolo…), which writes the store in one
// transaction, reads back in that same transaction what it touched and only
// then puts that into Plan. An undo is the same: one transaction built from
// what the store held before the change, then the same read-back. So the
// plan in memory is always what a fresh Load of the file would give, and
// undo steps hold values, never pointers into the plan, so they still work
// after the plan is reloaded. Redo runs an undone operation again, through
// the store and its read-back like the first time.
package session

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"pianoperformance/model"
	"pianoperformance/ui/errmsg"
)

// undoFunc reverts a change inside one store transaction and says what it
// touched, to be read back.
type undoFunc func(w model.Writer) (model.Scope, error)

// change is the store work of one user action, inside one transaction: it
// writes and returns its undo, built from what the store held before, and
// what it touched. A nil undo means there was nothing to change.
//
// Redo runs a change again on the state its undo left, which is the state
// it first ran on. So a change that creates records keeps the IDs the
// store gave them the first time (saveRecord, SaveObiettivo): run again,
// it creates the same records, and later steps that name them find them.
type change func(w model.Writer) (undoFunc, model.Scope, error)

// step is one undoable change in the history: its undo, and the change
// itself for redo. stamp is what the last run wrote, at the versions it
// gave (stores that version records): in the history, what the change
// wrote, which its undo expects; among the undone steps, what the undo
// wrote, which the redo expects. So either is refused once someone else
// changed one of those records, rather than take back their change.
type step struct {
	label string
	undo  undoFunc
	redo  change
	stamp model.Stamp
}

// Session holds the open plan. Its methods are called from the UI goroutine.
type Session struct {
	Store model.Store
	// Plan is what the store holds, as last read back. Screens read it and
	// never change it: every change goes through an operation.
	Plan *model.Plan

	mu        sync.Mutex
	history   []step
	undone    []step // newest last: what Redo runs again; a new change clears it
	listeners []func()
	status    func(msg string, isErr bool)
	errShown  bool // the status line shows an error
	now       func() time.Time

	vers    versions        // the frozen versions read so far (versioni.go)
	viewing *model.Versione // the version shown, for a session from Frozen
}

// maxUndo bounds the history; older steps are forgotten.
const maxUndo = 200

// New opens a session on a plan as its store has just loaded it.
func New(st model.Store, p *model.Plan) *Session {
	return &Session{Store: st, Plan: p, now: time.Now}
}

// SetStatus sets where status messages go (the window's status line).
func (s *Session) SetStatus(f func(msg string, isErr bool)) { s.status = f }

// OnChange registers a function called after every change, undo and
// reload, so screens can refresh what they show.
func (s *Session) OnChange(f func()) { s.listeners = append(s.listeners, f) }

// ReadOnly tells whether changes are refused (the plan is open elsewhere).
func (s *Session) ReadOnly() bool { return s.Store != nil && s.Store.ReadOnly() }

// errNothing rolls back a change that turned out to change nothing.
var errNothing = errors.New("nessuna modifica")

// apply runs one user action: do and the read-back of what it touched in
// one transaction, then the plan updated from what was read. On success
// the step joins the history and the status line says "salvato"; on
// failure nothing changed anywhere and the error is returned.
func (s *Session) apply(label string, do change) error {
	undo, stamp, err := s.run(do)
	if errors.Is(err, errNothing) {
		return nil
	}
	if err != nil {
		s.report("Non salvato: "+errmsg.Text(err), true)
		s.showCurrent(err)
		return err
	}
	s.mu.Lock()
	s.push(step{label, undo, do, stamp})
	s.undone = nil // a new change: what was undone before cannot be redone
	s.mu.Unlock()
	s.report(fmt.Sprintf("%s: salvato alle %s", label, s.now().Format("15:04:05")), false)
	s.changed()
	return nil
}

// run does one change and the read-back of what it touched in one
// transaction, then puts what was read into the plan; it returns the undo
// and what the change wrote. errNothing says there was nothing to change.
func (s *Session) run(do change) (undoFunc, model.Stamp, error) {
	var undo undoFunc
	var sc model.Scope
	var stamp model.Stamp
	back := &model.Plan{}
	err := s.Store.Write(context.Background(), func(w model.Writer) error {
		var err error
		if undo, sc, err = do(w); err != nil {
			return err
		}
		if undo == nil {
			return errNothing
		}
		if err := readBack(w, back, sc); err != nil {
			return err
		}
		stamp = model.StampOf(w)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	s.Plan.Apply(back, sc)
	return undo, stamp, nil
}

// push adds a step to the history, forgetting the oldest beyond maxUndo.
// The caller holds mu.
func (s *Session) push(st step) {
	s.history = append(s.history, st)
	if len(s.history) > maxUndo {
		s.history = s.history[len(s.history)-maxUndo:]
	}
}

// readBack reads what sc names into p.
func readBack(r model.Reader, p *model.Plan, sc model.Scope) error {
	if sc.Parts != 0 {
		if err := r.ReadParts(p, sc.Parts); err != nil {
			return err
		}
	}
	if len(sc.Obiettivi) > 0 && !sc.Parts.Has(model.PartObiettivi) {
		var err error
		p.Obiettivi, err = r.Obiettivi(sc.Obiettivi)
		return err
	}
	return nil
}

// CanUndo reports whether there is something to undo.
func (s *Session) CanUndo() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.history) > 0
}

// UndoLabel names the change Undo would revert, "" if none.
func (s *Session) UndoLabel() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.history) == 0 {
		return ""
	}
	return s.history[len(s.history)-1].label
}

// Undo reverts the last change, in one transaction with the read-back of
// what it touched. When the revert fails nothing changes and the step
// stays in the history, so the user can try again.
func (s *Session) Undo() error {
	s.mu.Lock()
	if len(s.history) == 0 {
		s.mu.Unlock()
		s.report("Niente da annullare", false)
		return nil
	}
	st := s.history[len(s.history)-1]
	s.mu.Unlock()
	var sc model.Scope
	var stamp model.Stamp
	back := &model.Plan{}
	err := s.Store.Write(context.Background(), func(w model.Writer) error {
		model.ExpectOf(w, st.stamp)
		var err error
		if sc, err = st.undo(w); err != nil {
			return err
		}
		if err := readBack(w, back, sc); err != nil {
			return err
		}
		stamp = model.StampOf(w)
		return nil
	})
	if errors.Is(err, model.ErrConflict) {
		// Someone else changed what the step wrote: undoing it would take
		// back their change, now or after any later reload. It goes.
		s.mu.Lock()
		s.history = s.history[:len(s.history)-1]
		s.mu.Unlock()
		s.report(fmt.Sprintf("«%s» non si può più annullare: %s", st.label, errmsg.Text(err)), true)
		s.showCurrent(err)
		return err
	}
	if err != nil {
		s.report(fmt.Sprintf("Impossibile annullare «%s»: %s", st.label, errmsg.Text(err)), true)
		return err
	}
	s.Plan.Apply(back, sc)
	s.mu.Lock()
	s.history = s.history[:len(s.history)-1]
	s.undone = append(s.undone, step{st.label, st.undo, st.redo, stamp})
	handOn(s.history, stamp)
	s.mu.Unlock()
	s.report(fmt.Sprintf("Annullato: %s", st.label), false)
	s.changed()
	return nil
}

// CanRedo reports whether there is an undone change to do again.
func (s *Session) CanRedo() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.undone) > 0
}

// RedoLabel names the change Redo would do again, "" if none.
func (s *Session) RedoLabel() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.undone) == 0 {
		return ""
	}
	return s.undone[len(s.undone)-1].label
}

// Redo does again the change undone last: the operation runs again through
// the store, in one transaction with the read-back, and builds a new undo
// from what the store holds. It expects the records as its undo left them:
// when someone else changed one since, the step goes, as in Undo. When it
// fails otherwise nothing changes and the step stays to be redone.
func (s *Session) Redo() error {
	s.mu.Lock()
	if len(s.undone) == 0 {
		s.mu.Unlock()
		s.report("Niente da ripetere", false)
		return nil
	}
	st := s.undone[len(s.undone)-1]
	s.mu.Unlock()
	undo, stamp, err := s.run(func(w model.Writer) (undoFunc, model.Scope, error) {
		model.ExpectOf(w, st.stamp)
		return st.redo(w)
	})
	if errors.Is(err, model.ErrConflict) {
		s.mu.Lock()
		s.undone = s.undone[:len(s.undone)-1]
		s.mu.Unlock()
		s.report(fmt.Sprintf("«%s» non si può più ripetere: %s", st.label, errmsg.Text(err)), true)
		s.showCurrent(err)
		return err
	}
	if err != nil && !errors.Is(err, errNothing) {
		s.report(fmt.Sprintf("Impossibile ripetere «%s»: %s", st.label, errmsg.Text(err)), true)
		return err
	}
	s.mu.Lock()
	s.undone = s.undone[:len(s.undone)-1]
	handOn(s.undone, stamp)
	if undo != nil {
		s.push(step{st.label, undo, st.redo, stamp})
	}
	s.mu.Unlock()
	s.report(fmt.Sprintf("Ripetuto: %s", st.label), false)
	s.changed()
	return nil
}

// handOn gives the versions an undo or a redo wrote to the nearest steps
// of steps (the history, or the undone steps) that hold the same records:
// the undo put each record back as such a step had left it (a redo, as the
// undo of such an undone step had), so that step expects it as it is now.
// Called with mu held.
func handOn(steps []step, written model.Stamp) {
	for k, v := range written {
		for i := len(steps) - 1; i >= 0; i-- {
			if _, ok := steps[i].stamp[k]; ok {
				steps[i].stamp[k] = v
				break
			}
		}
	}
}

// showCurrent reads again what a refused change was about when the store
// refused it because someone else changed it meanwhile, so that the
// window shows the record as it is now.
func (s *Session) showCurrent(err error) {
	var ce *model.ConflictError
	if errors.As(err, &ce) {
		_ = s.Reload(ce.Scope)
	}
}

// Remote shows what someone else changed, as the store learnt it (see
// model.Watcher); it runs on the UI goroutine. What the user is typing
// stays in its field: the screens keep typed text across a refresh.
func (s *Session) Remote(c model.Change) {
	switch c.Link {
	case model.LinkLost:
		s.report("Collegamento con il server interrotto: finché non torna le modifiche non si possono salvare. Il programma riprova a collegarsi…", true)
		return
	case model.LinkBack:
		if s.Reload(model.Scope{Parts: model.AllParts}) == nil {
			s.report("Collegamento con il server ripristinato: il piano è stato riletto.", false)
		}
		return
	}
	if c.Scope.Empty() || s.Reload(c.Scope) != nil {
		return
	}
	who := c.Who
	if who == "" {
		who = "un altro utente"
	}
	s.report(fmt.Sprintf("Aggiornato con le modifiche di %s alle %s", who, c.When.Local().Format("15:04:05")), false)
}

// Reload reads what sc names back from the store and shows it, as after
// another program changed it; model.Scope{Parts: model.AllParts} rereads
// the whole plan. The undo history stays: its steps hold what the store
// held, so they work on the reloaded plan.
func (s *Session) Reload(sc model.Scope) error {
	back := &model.Plan{}
	if err := s.Store.Read(context.Background(), func(r model.Reader) error { return readBack(r, back, sc) }); err != nil {
		s.report("Impossibile rileggere il piano: "+errmsg.Text(err), true)
		return err
	}
	s.Plan.Apply(back, sc)
	s.forgetVersions()
	s.changed()
	return nil
}

// Reset replaces the plan (after opening another file or an import) and
// forgets the history, which belonged to the other plan.
func (s *Session) Reset(st model.Store, p *model.Plan) {
	s.mu.Lock()
	s.Store, s.Plan, s.history, s.undone = st, p, nil, nil
	s.vers = versions{}
	s.mu.Unlock()
	s.changed()
}

// Report shows a message on the status line.
func (s *Session) Report(msg string, isErr bool) { s.report(msg, isErr) }

func (s *Session) report(msg string, isErr bool) {
	s.errShown = isErr
	if s.status != nil {
		s.status(msg, isErr)
	}
}

// ReportInvalid shows a value refused by a field on the status line, and
// takes the message away once the field is fixed (err nil).
func (s *Session) ReportInvalid(err error) {
	switch {
	case err != nil:
		s.report(errmsg.Text(err), true)
	case s.errShown:
		s.report("", false)
	}
}

func (s *Session) changed() {
	for _, f := range s.listeners {
		f()
	}
}
