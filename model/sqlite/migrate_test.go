package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"testing/fstest"
)

func TestMigrateEmptyFileToLatest(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vuoto.db")
	db, err := sql.Open("sqlite3", fileURI(path)+"?"+rwParams)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := migrate(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	var version, id int
	db.QueryRow("PRAGMA user_version").Scan(&version)
	db.QueryRow("PRAGMA application_id").Scan(&id)
	if version != latestVersion() || int32(id) != appID {
		t.Errorf("user_version %d, application_id %x; attesi %d, %x", version, id, latestVersion(), appID)
	}
	for _, table := range allTables {
		var n int
		if err := db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", table).Scan(&n); err != nil || n != 1 {
			t.Errorf("tabella %s mancante (%v)", table, err)
		}
	}
	// Running again is a no-op.
	if err := migrate(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if v, err := inspect(path); err != nil || v != latestVersion() {
		t.Errorf("inspect: %d %v", v, err)
	}
}

// withMigration appends a step to the schema for one test.
func withMigration(t *testing.T, sqlText string) {
	t.Helper()
	old := migrations
	next := len(old) + 1
	migrations = append(append([]migration(nil), old...),
		migration{version: next, name: fmt.Sprintf("%04d_test.sql", next), sql: sqlText})
	t.Cleanup(func() { migrations = old })
}

func TestFailedMigrationLeavesFileUnchanged(t *testing.T) {
	path := makePlanFile(t, richPlan())
	// Use the file once, so it is in WAL mode like a user's file.
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	want := load(t, s)
	s.Close()
	sum := checksum(t, path)

	withMigration(t, `CREATE TABLE nuova (x INTEGER);
		ALTER TABLE ente ADD COLUMN motto TEXT;
		INSERT INTO tabella_che_non_esiste VALUES (1);`)
	if _, err := Open(path); err == nil {
		t.Fatal("migrazione difettosa riuscita")
	}
	if checksum(t, path) != sum {
		t.Fatal("una migrazione fallita ha modificato il file")
	}
	noSideFiles(t, path)
	migrations = migrations[:len(migrations)-1]
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := load(t, s); !reflect.DeepEqual(got, want) {
		t.Fatal("dati cambiati dopo la migrazione fallita")
	}
}

func TestMigrationOfOlderFileKeepsACopy(t *testing.T) {
	path := makePlanFile(t, richPlan())
	old := latestVersion()
	withMigration(t, "ALTER TABLE ente ADD COLUMN motto TEXT NOT NULL DEFAULT '';")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := schemaVersion(context.Background(), s.db); v != old+1 {
		t.Errorf("versione dopo la migrazione %d, attesa %d", v, old+1)
	}
	if got := load(t, s); !reflect.DeepEqual(got, richPlan()) {
		t.Error("dati cambiati dalla migrazione")
	}
	bak := fmt.Sprintf("%s.pre-v%d.bak", path, old+1)
	migrations = migrations[:old] // the copy is a file of the version before
	if v, err := inspect(bak); err != nil || v != old {
		t.Fatalf("copia prima della migrazione: versione %d, %v", v, err)
	}
}

func TestBrokenMigrationNumberingPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("numerazione errata accettata")
		}
	}()
	mustLoadMigrations(fstest.MapFS{"migrations/0001_a.sql": {}, "migrations/0003_b.sql": {}})
}
