package pgtest

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"
)

var cluster *Cluster

func TestMain(m *testing.M) { Main(m, &cluster) }

// A test gets a database of its own on the throwaway server.
func TestDatabase(t *testing.T) {
	db := cluster.Database(t)
	cluster.Exec(t, db, "CREATE TABLE x (n int)")
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, cluster.URL(db))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var name string
	if err := conn.QueryRow(ctx, "SELECT current_database()").Scan(&name); err != nil || name != db {
		t.Fatalf("database %q, %v; want %q", name, err, db)
	}
}
