package postgres

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"pianoperformance/model"
)

// txTimeout bounds a transaction whose caller set no deadline: a server
// that stopped answering must not hold the window for ever.
const txTimeout = 30 * time.Second

// explain turns what the server or the network said into a sentence for
// the user, keeping the model's sentinels for errors.Is. Errors that are
// already the model's own (a conflict, a record not found…) pass as they
// are.
func (s *Store) explain(what string, err error) error {
	if err == nil {
		return nil
	}
	var done *refusal
	var pe *pgconn.PgError
	switch {
	case errors.As(err, &done):
		return err // explained already, by an inner step
	case errors.As(err, &pe):
		return &refusal{s.explainServer(what, pe, err), err}
	case lostConnection(err), errors.Is(err, context.DeadlineExceeded):
		return &refusal{fmt.Errorf("%s non riuscito: il server %s non risponde (%s): nulla è stato salvato; il programma riprova a collegarsi: %w",
			what, s.addr.Host, shortCause(err), model.ErrOffline), err}
	}
	return err
}

func (s *Store) explainServer(what string, pe *pgconn.PgError, err error) error {
	switch pe.Code {
	case "42501": // insufficient_privilege, row-level security
		return s.notAllowed(what)
	case "23505":
		return fmt.Errorf("%s non riuscito: esiste già un elemento con la stessa chiave: %w", what, model.ErrExists)
	case "23503":
		if strings.HasPrefix(pe.Message, "update or delete") {
			return fmt.Errorf("%s non riuscito: altri dati vi fanno ancora riferimento: %w", what, model.ErrInUse)
		}
		return fmt.Errorf("%s non riuscito: rimanda a un elemento che non esiste più: %w", what, model.ErrNotFound)
	case "P0001": // raised by the schema's own triggers, in Italian
		return fmt.Errorf("%s non riuscito: %s", what, pe.Message)
	case "22P05", "22021": // a NUL character or bad bytes in a text
		return fmt.Errorf("%s non riuscito: il testo contiene caratteri non ammessi (carattere nullo)", what)
	case "40001", "40P01":
		return fmt.Errorf("%s non riuscito: un'altra modifica contemporanea lo ha impedito; riprovare", what)
	case "57014":
		return fmt.Errorf("%s non riuscito: il server non ha risposto in tempo: %w", what, model.ErrOffline)
	case "28P01", "28000":
		return fmt.Errorf("accesso %s non riuscito: utente %q sconosciuto o password errata", s.addr.Where(), s.addr.User)
	case "3D000":
		return fmt.Errorf("il database %q non esiste sul server %s", s.addr.Database, s.addr.Host)
	}
	if strings.HasPrefix(pe.Code, "08") || strings.HasPrefix(pe.Code, "57P") {
		return fmt.Errorf("%s non riuscito: il server %s ha chiuso la connessione: nulla è stato salvato; il programma riprova a collegarsi: %w",
			what, s.addr.Host, model.ErrOffline)
	}
	return fmt.Errorf("%s non riuscito: %w", what, err)
}

// notAllowed says that the person's role forbids the change.
func (s *Store) notAllowed(what string) error {
	a := s.Accesso()
	why := a.Perché()
	if a.Tutto() {
		why = "Il server non lo consente a questo utente: chiedere all'amministratore del database."
	}
	return &refusal{fmt.Errorf("%s non consentito a %s. %s: %w", what, a.Chi(), why, model.ErrNotAllowed), nil}
}

// refusal is an Italian message that also keeps the server's own error,
// for errors.As and for whoever debugs.
type refusal struct {
	msg   error
	cause error
}

func (r *refusal) Error() string   { return r.msg.Error() }
func (r *refusal) Unwrap() []error { return []error{r.msg, r.cause} }

// lostConnection tells whether err means the connection is gone (and so
// whatever the transaction did was not committed).
func lostConnection(err error) bool {
	if err == nil {
		return false
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return strings.HasPrefix(pe.Code, "08") || pe.Code == "57P01" || pe.Code == "57P02" || pe.Code == "57P03"
	}
	var ce *pgconn.ConnectError
	var ne net.Error
	return pgconn.SafeToRetry(err) || errors.As(err, &ce) || errors.As(err, &ne) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, net.ErrClosed) ||
		strings.Contains(err.Error(), "conn closed") || strings.Contains(err.Error(), "connection reset")
}

func shortCause(err error) string {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return "tempo scaduto"
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connessione rifiutata"
	}
	return "connessione interrotta"
}

// notFound wraps ErrNotFound with what was missing.
func notFound(what string, id int64) error {
	return fmt.Errorf("%s %d non esiste più: %w", what, id, model.ErrNotFound)
}

// idLog records the IDs a transaction wrote into the caller's structs,
// with the values they replaced, so that a transaction that does not
// commit leaves the structs as they were.
type idLog []idSetter

type idSetter struct {
	dst *int64
	old int64
}

func (l *idLog) set(dst *int64, id int64) {
	*l = append(*l, idSetter{dst, *dst})
	*dst = id
}

func (l idLog) undo() {
	for i := len(l) - 1; i >= 0; i-- {
		*l[i].dst = l[i].old
	}
}
