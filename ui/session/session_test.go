package session

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestDoUndoOrder(t *testing.T) {
	s := New(nil, nil)
	var msgs []string
	s.SetStatus(func(m string, _ bool) { msgs = append(msgs, m) })
	changes := 0
	s.OnChange(func() { changes++ })
	v := 0
	set := func(n int) func(context.Context) error {
		return func(context.Context) error { v = n; return nil }
	}
	if err := s.Do("Primo", set(1), set(0)); err != nil {
		t.Fatal(err)
	}
	if err := s.Do("Secondo", set(2), set(1)); err != nil {
		t.Fatal(err)
	}
	if s.UndoLabel() != "Secondo" || v != 2 {
		t.Fatalf("label %q v %d", s.UndoLabel(), v)
	}
	if err := s.Undo(); err != nil || v != 1 {
		t.Fatalf("undo: %v v=%d", err, v)
	}
	if err := s.Undo(); err != nil || v != 0 || s.CanUndo() {
		t.Fatalf("second undo: %v v=%d can=%v", err, v, s.CanUndo())
	}
	if changes != 4 {
		t.Fatalf("listeners called %d times, want 4", changes)
	}
	if !strings.HasPrefix(msgs[len(msgs)-1], "Annullato: Primo") {
		t.Fatalf("status %q", msgs[len(msgs)-1])
	}
}

func TestFailedSaveIsNotRecorded(t *testing.T) {
	s := New(nil, nil)
	var last string
	var lastErr bool
	s.SetStatus(func(m string, e bool) { last, lastErr = m, e })
	err := s.Do("Rotto", func(context.Context) error { return errors.New("disco pieno") }, func(context.Context) error { return nil })
	if err == nil || s.CanUndo() || !lastErr || !strings.Contains(last, "disco pieno") {
		t.Fatalf("err %v can %v status %q %v", err, s.CanUndo(), last, lastErr)
	}
}

func TestFailedUndoKeepsStep(t *testing.T) {
	s := New(nil, nil)
	fail := true
	_ = s.Do("X", func(context.Context) error { return nil }, func(context.Context) error {
		if fail {
			return errors.New("bloccato")
		}
		return nil
	})
	if err := s.Undo(); err == nil || !s.CanUndo() {
		t.Fatal("failed undo must keep the step")
	}
	fail = false
	if err := s.Undo(); err != nil || s.CanUndo() {
		t.Fatal("retry must succeed and empty the history")
	}
}

func TestHistoryBounded(t *testing.T) {
	s := New(nil, nil)
	nop := func(context.Context) error { return nil }
	for i := 0; i < maxUndo+50; i++ {
		_ = s.Do("n", nop, nop)
	}
	if len(s.history) != maxUndo {
		t.Fatalf("history %d, want %d", len(s.history), maxUndo)
	}
}
