package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"pianoperformance/model"
)

// Read runs fn on one consistent snapshot (one read transaction).
func (s *Store) Read(ctx context.Context, fn func(r model.Reader) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("lettura del piano non riuscita: %w", err)
	}
	defer tx.Rollback()
	if err := fn(reader{ctx, tx}); err != nil {
		return err
	}
	return tx.Commit()
}

// Write runs fn as one transaction: it commits when fn succeeds and rolls
// back otherwise. IDs handed out inside are put back when it rolls back.
func (s *Store) Write(ctx context.Context, fn func(w model.Writer) error) error {
	if s.readOnly {
		return errReadOnly(s)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("salvataggio non riuscito: %w", err)
	}
	defer tx.Rollback()
	w := &writer{reader: reader{ctx, tx}}
	if err := fn(w); err != nil {
		w.ids.undo()
		return err
	}
	if err := tx.Commit(); err != nil {
		w.ids.undo()
		return fmt.Errorf("salvataggio non riuscito: %w", err)
	}
	return nil
}

// errReadOnly says why the store refuses to write, naming who holds the
// plan when another program does.
func errReadOnly(s *Store) error {
	msg := fmt.Sprintf("Il piano %q è aperto in sola lettura: le modifiche non vengono salvate", filepath.Base(s.path))
	if s.holder != nil {
		msg += " (" + s.holder.String() + ")"
	}
	return fmt.Errorf("%s: %w", msg, model.ErrReadOnly)
}

// reader reads inside a transaction.
type reader struct {
	ctx context.Context
	tx  *sql.Tx
}

// writer writes inside a transaction; ids records the IDs it set, to put
// them back if the transaction does not commit.
type writer struct {
	reader
	ids idLog
}

// do runs one write and names the user action in its error. Errors that
// already explain themselves keep their own message.
func (w *writer) do(what string, fn func() error) error {
	err := fn()
	if err == nil || errors.Is(err, model.ErrInUse) || errors.Is(err, model.ErrExists) || errors.Is(err, model.ErrNotFound) {
		return err
	}
	return fmt.Errorf("%s non riuscito: %w", what, err)
}

// execer is what the write helpers need: a *sql.Tx.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// upsert inserts a row into table when id is 0 (returning the new id) and
// otherwise writes the row with that id, creating it if it was deleted.
// cols and vals exclude the id column.
func upsert(ctx context.Context, tx execer, table string, id int64, cols []string, vals ...any) (int64, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "INSERT INTO %s (id, %s) VALUES (?%s)", table,
		strings.Join(cols, ", "), strings.Repeat(", ?", len(cols)))
	if id != 0 {
		sets := make([]string, len(cols))
		for i, c := range cols {
			sets[i] = c + " = excluded." + c
		}
		fmt.Fprintf(&b, " ON CONFLICT (id) DO UPDATE SET %s", strings.Join(sets, ", "))
	}
	res, err := tx.ExecContext(ctx, b.String(), append([]any{nullID(id)}, vals...)...)
	if err != nil {
		return 0, err
	}
	if id != 0 {
		return id, nil
	}
	return res.LastInsertId()
}

// deleteByID deletes one row, reporting ErrNotFound when there was none.
func deleteByID(ctx context.Context, tx execer, table, what string, id int64) error {
	res, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE id = ?", id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return notFound(what, id)
	}
	return nil
}

// exists reports whether table has a row with that id.
func exists(ctx context.Context, tx execer, table string, id int64) (bool, error) {
	var n int
	err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+table+" WHERE id = ?", id).Scan(&n)
	return n > 0, err
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
