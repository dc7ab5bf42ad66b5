package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"pianoperformance/model"
)

// execer is what the write helpers need: a *sql.Tx.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// inTx runs fn as one transaction: it commits when fn succeeds and rolls
// back otherwise. what names the user action for the error message.
func (s *Store) inTx(ctx context.Context, what string, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s non riuscito: %w", what, err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		// Errors that already explain themselves keep their own message.
		if errors.Is(err, model.ErrInUse) || errors.Is(err, model.ErrExists) || errors.Is(err, ErrNotFound) {
			return err
		}
		return fmt.Errorf("%s non riuscito: %w", what, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s non riuscito: %w", what, err)
	}
	return nil
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
