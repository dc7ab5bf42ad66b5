// Package session is the open plan as the screens see it: the store, the
// plan in memory, the undo history and the status line. Every screen
// changes data only through Do, so every change is one transaction, is
// undoable, and is announced to the other screens.
package session

import (
	"context"
	"fmt"
	"sync"
	"time"

	"pianoperformance/model"
)

// Step is one undoable change.
type Step struct {
	Label string
	Undo  func(ctx context.Context) error
}

// Session holds the open plan. Its methods are called from the UI goroutine.
type Session struct {
	Store model.Store
	Plan  *model.Plan

	mu        sync.Mutex
	history   []Step
	listeners []func()
	status    func(msg string, isErr bool)
	now       func() time.Time
}

// maxUndo bounds the history; older steps are forgotten.
const maxUndo = 200

// New opens a session on a loaded plan.
func New(st model.Store, p *model.Plan) *Session {
	return &Session{Store: st, Plan: p, now: time.Now}
}

// SetStatus sets where status messages go (the window's status line).
func (s *Session) SetStatus(f func(msg string, isErr bool)) { s.status = f }

// OnChange registers a function called after every change and every undo,
// so screens can refresh what they show.
func (s *Session) OnChange(f func()) { s.listeners = append(s.listeners, f) }

// Do saves a change. save must write it to the store in one transaction and,
// only when that succeeds, update s.Plan; undo must do the reverse the same
// way. On success the step joins the history and the status line says
// "Salvato"; on failure nothing is recorded and the error is returned.
func (s *Session) Do(label string, save, undo func(ctx context.Context) error) error {
	if err := save(context.Background()); err != nil {
		s.report(fmt.Sprintf("Non salvato: %v", err), true)
		return err
	}
	s.mu.Lock()
	if undo != nil {
		s.history = append(s.history, Step{label, undo})
		if len(s.history) > maxUndo {
			s.history = s.history[len(s.history)-maxUndo:]
		}
	}
	s.mu.Unlock()
	s.report(fmt.Sprintf("%s: salvato alle %s", label, s.now().Format("15:04:05")), false)
	s.changed()
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
	return s.history[len(s.history)-1].Label
}

// Undo reverts the last change. When the revert fails the step stays in the
// history, so the user can try again.
func (s *Session) Undo() error {
	s.mu.Lock()
	if len(s.history) == 0 {
		s.mu.Unlock()
		s.report("Niente da annullare", false)
		return nil
	}
	st := s.history[len(s.history)-1]
	s.mu.Unlock()
	if err := st.Undo(context.Background()); err != nil {
		s.report(fmt.Sprintf("Impossibile annullare «%s»: %v", st.Label, err), true)
		return err
	}
	s.mu.Lock()
	s.history = s.history[:len(s.history)-1]
	s.mu.Unlock()
	s.report(fmt.Sprintf("Annullato: %s", st.Label), false)
	s.changed()
	return nil
}

// Reset replaces the plan (after opening another file or an import) and
// forgets the history, which belonged to the other plan.
func (s *Session) Reset(st model.Store, p *model.Plan) {
	s.mu.Lock()
	s.Store, s.Plan, s.history = st, p, nil
	s.mu.Unlock()
	s.changed()
}

// Report shows a message on the status line.
func (s *Session) Report(msg string, isErr bool) { s.report(msg, isErr) }

func (s *Session) report(msg string, isErr bool) {
	if s.status != nil {
		s.status(msg, isErr)
	}
}

func (s *Session) changed() {
	for _, f := range s.listeners {
		f()
	}
}
