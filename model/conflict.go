package model

import (
	"errors"
	"fmt"
	"time"
)

// Several people on one plan (a store on a database server): every record
// has a version, and a store refuses a change based on a version older than
// the one it holds, naming who changed the record and when. Nobody's change
// is overwritten without their knowing, and undo never takes back a change
// made by someone else. A store with one writer at a time (the SQLite file,
// under its lock) never has a conflict to report.

// ErrConflict matches a *ConflictError.
var ErrConflict = errors.New("modificato nel frattempo da un altro utente")

// ConflictError refuses a change to a record that someone else changed
// since this window last read it. Scope is what to read again so that the
// window shows the record as it is now.
type ConflictError struct {
	Who   string // "Maria Rossi"
	When  time.Time
	What  string // "l'obiettivo 1.2 «Sportello unico»"
	Scope Scope
}

func (e *ConflictError) Error() string {
	who := e.Who
	if who == "" {
		who = "un altro utente"
	}
	when := ""
	if !e.When.IsZero() {
		t := e.When.Local()
		when = " alle " + t.Format("15:04")
		if y, m, d := t.Date(); time.Now().Format("2006-01-02") != fmt.Sprintf("%04d-%02d-%02d", y, m, d) {
			when += " del " + t.Format("02/01/2006")
		}
	}
	return fmt.Sprintf("nel frattempo %s ha modificato %s%s: la modifica non è stata salvata, per non cancellare la sua; il piano mostra ora la versione attuale", who, e.What, when)
}

func (e *ConflictError) Is(target error) bool { return target == ErrConflict }

// Stamp is what one transaction wrote: each record it changed, with the
// version the change gave it. The session keeps the stamp of each change in
// its undo history, so that the undo is refused when someone else changed
// one of those records since. Keys are the store's own.
type Stamp map[string]int64

// Stamper is implemented by the Writer of a store that versions records.
type Stamper interface {
	// Stamp is what the transaction has written so far.
	Stamp() Stamp
	// Expect makes later writes in the transaction of the records in st
	// expect them at the versions st gives (instead of the versions this
	// window last read), refusing with a *ConflictError otherwise.
	Expect(st Stamp)
}

// Change is what someone else changed in the plan: the parts and
// objectives to read again, by whom and when. Link, when set, tells of the
// connection to the server instead.
type Change struct {
	Scope Scope
	Who   string
	When  time.Time
	Link  Link
}

// Link is news of the connection to a database server.
type Link int

const (
	LinkSame Link = iota // a change, the connection as it was
	LinkLost             // the connection was lost; the store tries again
	LinkBack             // it is back: Scope is the whole plan, since what others did meanwhile is unknown
)

// Watcher is a store that learns of the changes other people make to the
// plan (on a database server, from the server's notifications).
type Watcher interface {
	// Watch calls fn, from a goroutine of the store's, with each batch of
	// changes others made, until stop is called or the store closed.
	Watch(fn func(Change)) (stop func())
}

// ErrOffline matches a change or a read that failed because the database
// server could not be reached: nothing was saved, and the store tries to
// connect again.
var ErrOffline = errors.New("server non raggiungibile")

// StampOf is what w's transaction wrote so far (see Stamper); nil when its
// store does not version records.
func StampOf(w Writer) Stamp {
	if s, ok := stamper(w); ok {
		return s.Stamp()
	}
	return nil
}

// ExpectOf makes w's transaction expect the records of st at the versions
// st gives (see Stamper); nothing for a store that does not version them.
func ExpectOf(w Writer, st Stamp) {
	if s, ok := stamper(w); ok && len(st) > 0 {
		s.Expect(st)
	}
}

func stamper(w Writer) (Stamper, bool) {
	if c, ok := w.(checkedWriter); ok {
		w = c.Writer
	}
	s, ok := w.(Stamper)
	return s, ok
}
