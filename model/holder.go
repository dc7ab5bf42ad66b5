package model

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Holder is who has a plan open for writing: a person on a computer, with
// the program's process and since when.
type Holder struct {
	User  string    `json:"utente"`
	Host  string    `json:"computer"`
	PID   int       `json:"processo"`
	Since time.Time `json:"dal"`
}

// String says it the way the window does: "da mario sul computer
// UFFICIO-2 dalle 10:22 del 12/03/2025".
func (h Holder) String() string {
	who := h.User
	if who == "" {
		who = "un utente sconosciuto"
	}
	s := "da " + who
	if h.Host != "" {
		s += " sul computer " + h.Host
	}
	if !h.Since.IsZero() {
		t := h.Since.Local()
		s += fmt.Sprintf(" dalle %s del %s", t.Format("15:04"), t.Format("02/01/2006"))
	}
	return s
}

// ErrLocked matches a LockedError.
var ErrLocked = errors.New("il piano è già aperto altrove")

// LockedError says that a plan is open for writing in another program (on
// this computer or another one) and by whom.
type LockedError struct {
	Name   string // the plan's file name
	Holder Holder
}

func (e *LockedError) Error() string {
	return fmt.Sprintf("Il piano %q è già aperto %s", e.Name, e.Holder)
}

func (e *LockedError) Is(target error) bool { return target == ErrLocked }

// Backup is a copy of the plan a store keeps: the rotating copies made
// when the plan is opened, and those kept before a file was replaced.
type Backup struct {
	Path  string
	Taken time.Time
	Size  int64
	// Replaced marks the copy of a file taken just before it was replaced
	// (by a copy, an import, a restore).
	Replaced bool
}

// Restorer is a store that keeps backup copies and can put one back in
// place of the plan. Restore first keeps the plan as it is among the
// backups, so a restore can itself be undone by restoring that copy.
type Restorer interface {
	Backups() ([]Backup, error)
	Restore(ctx context.Context, path string) error
}

// Noticer is a store with something to tell the user about how the plan
// was opened: a lock left behind by a crash and taken over, old backups
// that could not be removed. One Italian sentence each.
type Noticer interface {
	Notices() []string
}
