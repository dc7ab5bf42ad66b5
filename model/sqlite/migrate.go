package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"

	"pianoperformance/model/schema"
)

// appID marks our files in the SQLite header (PRAGMA application_id): the
// bytes "PdlP". A file with another id, or none, is not ours.
const appID int32 = 0x50644c50

//go:embed migrations/*.sql
var migrationFS embed.FS

// migration is one numbered step of the schema. post, when set, runs after
// the SQL in the same transaction, for data conversions that need the
// model's rules (see goSteps).
type migration struct {
	version int
	name    string
	sql     string
	post    func(ctx context.Context, tx *sql.Tx) error
}

// goSteps are the Go parts of migrations, by version (the number of the
// migration's file).
var goSteps = map[int]func(ctx context.Context, tx *sql.Tx) error{
	4: migraCiclo,
}

// migrations is the ordered list of schema steps. It is a variable so tests
// can append a broken step and check that a failure changes nothing.
var migrations = mustLoadMigrations(migrationFS)

// mustLoadMigrations reads "NNNN_name.sql" files; numbering must be 1, 2, 3…
func mustLoadMigrations(fsys fs.FS) []migration {
	var out []migration
	for _, st := range schema.MustLoad(fsys) {
		out = append(out, migration{version: st.Version, name: st.Name, sql: st.SQL, post: goSteps[st.Version]})
	}
	return out
}

// latestVersion is the schema version this program writes.
func latestVersion() int { return len(migrations) }

// schemaVersion reads PRAGMA user_version.
func schemaVersion(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int, error) {
	var v int
	err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

// migrate brings db to the latest schema. Each step runs in one transaction
// together with the user_version (and application_id) that records it, so a
// failing step leaves the file exactly as it was before that step.
func migrate(ctx context.Context, db *sql.DB) error {
	for _, m := range migrations {
		if err := migrateOne(ctx, db, m); err != nil {
			return err
		}
	}
	return nil
}

func migrateOne(ctx context.Context, db *sql.DB, m migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	v, err := schemaVersion(ctx, tx)
	if err != nil {
		return err
	}
	if v >= m.version {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("aggiornamento dello schema alla versione %d (%s) non riuscito: %w", m.version, m.name, err)
	}
	if m.post != nil {
		if err := m.post(ctx, tx); err != nil {
			return fmt.Errorf("aggiornamento dei dati alla versione %d (%s) non riuscito: %w", m.version, m.name, err)
		}
	}
	// PRAGMAs cannot take parameters; both values are our own integers.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", appID, m.version)); err != nil {
		return err
	}
	return tx.Commit()
}
