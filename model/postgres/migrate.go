package postgres

import (
	"context"
	"embed"
	"fmt"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model/schema"
)

// The schema lives in the database schema "piano". Its versions are the
// embedded files migrations/NNNN_name.sql; schema_versione records those
// applied, each in the transaction of its own step.

//go:embed migrations/*.sql
var migrationFS embed.FS

var migrations = schema.MustLoad(migrationFS)

// latestVersion is the schema version this program writes.
func latestVersion() int { return len(migrations) }

// goSteps are the parts of a schema version written in Go, run after its
// SQL in the same transaction.
var goSteps = map[int]func(context.Context, pgx.Tx) error{3: migraCiclo}

// migrateLock serialises two `piano server init` run at once.
const migrateLock = 0x5064_4c50_0001

// Migrate brings the database to the latest schema, creating it when the
// database is empty. Each step runs in one transaction with the row that
// records it, so a failing step leaves the database as it was before it.
// It must run as the role that owns (or will own) the schema: the comune's
// database administrator, through `piano server init`.
func Migrate(ctx context.Context, conn *pgx.Conn) error {
	return migrateTo(ctx, conn, latestVersion())
}

// migrateTo applies the schema versions up to n (the tests of an upgrade
// stop at an older one).
func migrateTo(ctx context.Context, conn *pgx.Conn, n int) error {
	for _, m := range migrations[:n] {
		if err := migrateOne(ctx, conn, m); err != nil {
			return err
		}
	}
	return nil
}

func migrateOne(ctx context.Context, conn *pgx.Conn, m schema.Step) error {
	tx, err := conn.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", int64(migrateLock)); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS piano;
		CREATE TABLE IF NOT EXISTS piano.schema_versione (
			versione int PRIMARY KEY, nome text NOT NULL, applicata timestamptz NOT NULL DEFAULT now());
		GRANT USAGE ON SCHEMA piano TO PUBLIC;
		GRANT SELECT ON piano.schema_versione TO PUBLIC`); err != nil {
		return fmt.Errorf("creazione dello schema «piano» non riuscita: %w", err)
	}
	var done bool
	if err := tx.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM piano.schema_versione WHERE versione = $1)", m.Version).Scan(&done); err != nil {
		return err
	}
	if done {
		return nil
	}
	// Changes of the schema's own making are not the people's: nothing is
	// counted nor announced row by row (a Go step counts its plans).
	if _, err := tx.Exec(ctx, "SET LOCAL search_path = piano; SET LOCAL piano.registra = 'no'"); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, m.SQL); err != nil {
		return fmt.Errorf("aggiornamento dello schema alla versione %d (%s) non riuscito: %w", m.Version, m.Name, err)
	}
	if step := goSteps[m.Version]; step != nil {
		if err := step(ctx, tx); err != nil {
			return fmt.Errorf("aggiornamento dei dati alla versione %d (%s) non riuscito: %w", m.Version, m.Name, err)
		}
	}
	if _, err := tx.Exec(ctx, "INSERT INTO piano.schema_versione (versione, nome) VALUES ($1, $2)", m.Version, m.Name); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// schemaVersion is the schema version of the database, 0 when it has none.
func schemaVersion(ctx context.Context, q interface {
	QueryRow(context.Context, string, ...any) pgx.Row
}) (int, error) {
	var exists bool
	if err := q.QueryRow(ctx, "SELECT to_regclass('piano.schema_versione') IS NOT NULL").Scan(&exists); err != nil || !exists {
		return 0, err
	}
	var v int
	err := q.QueryRow(ctx, "SELECT coalesce(max(versione), 0) FROM piano.schema_versione").Scan(&v)
	return v, err
}
