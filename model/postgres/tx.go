package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model"
)

// Read runs fn on one consistent snapshot. The versions of the records it
// read become what this window has seen.
func (s *Store) Read(ctx context.Context, fn func(r model.Reader) error) error {
	var seen map[string]int64
	err := s.run(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		r := &reader{ctx: ctx, tx: tx, s: s, read: &readLog{}}
		if err := fn(r); err != nil {
			return err
		}
		var err error
		seen, err = r.read.versions(ctx, tx, s.id)
		return err
	})
	if err != nil {
		return s.explain("Lettura del piano", err)
	}
	s.remember(seen)
	return nil
}

// Load reads the whole plan as one consistent snapshot.
func (s *Store) Load(ctx context.Context) (*model.Plan, error) {
	p := &model.Plan{}
	if err := s.Read(ctx, func(r model.Reader) error { return r.ReadParts(p, model.AllParts) }); err != nil {
		return nil, err
	}
	return p, nil
}

// Write runs fn as one transaction: it commits when fn succeeds and rolls
// back otherwise, putting back the IDs handed out. A connection lost
// before the commit was asked for is tried again once on a new one (fn
// runs again from the start: nothing of the first attempt was kept).
func (s *Store) Write(ctx context.Context, fn func(w model.Writer) error) error {
	if s.ReadOnly() {
		return fmt.Errorf("%s: il piano si può solo consultare: %w", s.Accesso().Chi(), model.ErrReadOnly)
	}
	var written map[string]int64
	err := s.run(ctx, pgx.TxOptions{IsoLevel: pgx.ReadCommitted}, func(tx pgx.Tx) error {
		w := &writer{reader: reader{ctx: ctx, tx: tx, s: s}, claimed: map[string]bool{}, expect: map[string]int64{}}
		if err := fn(w); err != nil {
			w.ids.undo()
			return err
		}
		var err error
		if written, err = w.finish(); err != nil {
			w.ids.undo()
		}
		return err
	})
	if err != nil {
		return s.explain("Salvataggio", err)
	}
	s.remember(written)
	return nil
}

// run runs fn in a transaction, once more on a new connection if the
// first one was lost before anything was committed.
func (s *Store) run(ctx context.Context, opts pgx.TxOptions, fn func(tx pgx.Tx) error) error {
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, txTimeout)
		defer cancel()
	}
	err := s.once(ctx, opts, fn)
	var beforeCommit *uncommitted
	if errors.As(err, &beforeCommit) && lostConnection(beforeCommit.err) {
		err = s.once(ctx, opts, fn)
	}
	if errors.As(err, &beforeCommit) {
		return beforeCommit.err
	}
	return err
}

// uncommitted marks an error met before the commit was asked for.
type uncommitted struct{ err error }

func (u *uncommitted) Error() string { return u.err.Error() }
func (u *uncommitted) Unwrap() error { return u.err }

func (s *Store) once(ctx context.Context, opts pgx.TxOptions, fn func(tx pgx.Tx) error) error {
	tx, err := s.pool.BeginTx(ctx, opts)
	if err != nil {
		return &uncommitted{err}
	}
	defer tx.Rollback(context.Background())
	if err := fn(tx); err != nil {
		return &uncommitted{err}
	}
	return tx.Commit(ctx)
}

// reader reads inside a transaction. read, when set, notes the records
// read, whose versions then count as seen (reads of Read, not those a
// Writer makes to build an undo).
type reader struct {
	ctx  context.Context
	tx   pgx.Tx
	s    *Store
	read *readLog
}

// writer writes inside a transaction. claimed are the records it checked
// and locked; expect the versions Expect asked for; ids the IDs it set in
// the caller's structs.
type writer struct {
	reader
	claimed  map[string]bool
	expect   map[string]int64
	ids      idLog
	maxID    int64 // the highest ID written that the sequence did not hand out
	replaced bool  // ReplacePlan ran: every record changed
}

// do runs one write and names the user action in its error. Errors that
// already explain themselves keep their own message.
func (w *writer) do(what string, fn func() error) error {
	err := fn()
	if err == nil {
		return nil
	}
	return w.s.explain(what, err)
}
