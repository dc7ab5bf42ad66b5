package sqlite

import (
	"database/sql"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pianoperformance/model"
)

// bigPlan adds objectives so the file spans many pages.
func bigPlan(n int) *model.Plan {
	p := richPlan()
	for i := 0; i < n; i++ {
		o := richObiettivo(1, []int64{5}, model.Peso{})
		o.Ordine = 10 + i
		o.Descrizione = strings.Repeat("Testo lungo dell'obiettivo. ", 40)
		p.Obiettivi = append(p.Obiettivi, o)
	}
	return p
}

// makePlanFile writes a closed plan file and returns its path.
func makePlanFile(t *testing.T, p *model.Plan) string {
	t.Helper()
	s, err := Create(filepath.Join(t.TempDir(), "piano.db"), p)
	if err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// rawExec runs SQL on a file with a plain connection, outside the store.
func rawExec(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
}

func TestOpenRefusesFilesThatAreNotOurs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	rnd := make([]byte, 64<<10)
	rand.New(rand.NewSource(1)).Read(rnd)

	foreign := filepath.Join(dir, "altro.db")
	rawExec(t, foreign, "CREATE TABLE clienti (id INTEGER PRIMARY KEY, nome TEXT)", "INSERT INTO clienti VALUES (1, 'x')")
	otherApp := filepath.Join(dir, "altro-id.db")
	rawExec(t, otherApp, "PRAGMA application_id = 1234", "PRAGMA user_version = 1", "CREATE TABLE ente (id)")
	emptySQLite := filepath.Join(dir, "vuoto.sqlite")
	rawExec(t, emptySQLite, "PRAGMA user_version = 0", "VACUUM")

	newer := makePlanFile(t, richPlan())
	rawExec(t, newer, "PRAGMA user_version = 7")

	// Valid header, but pages after the first overwritten with garbage.
	corrupt := makePlanFile(t, bigPlan(60))
	garble(t, corrupt, 4096, 8*4096)
	// The schema page itself damaged after the 100-byte header.
	corruptSchema := makePlanFile(t, richPlan())
	garble(t, corruptSchema, 100, 3000)

	cases := []struct {
		name, path string
		kind       error
		msg        string
	}{
		{"testo", write("note.txt", []byte("Questo è un file di testo.\n")), ErrNotDatabase, `Il file "note.txt" non è un archivio del Piano della Performance.`},
		{"byte casuali", write("casuale.db", rnd), ErrNotDatabase, `Il file "casuale.db" non è un archivio del Piano della Performance.`},
		{"zero byte", write("zero.db", nil), ErrNotDatabase, `Il file "zero.db" non è un archivio del Piano della Performance.`},
		{"SQLite di altri", foreign, ErrNotDatabase, `Il file "altro.db" non è un archivio`},
		{"altro application_id", otherApp, ErrNotDatabase, `non è un archivio`},
		{"SQLite vuoto", emptySQLite, ErrNotDatabase, `non è un archivio`},
		{"schema più recente", newer, ErrNewerSchema, `Il file "piano.db" è stato creato da una versione più recente del programma (schema 7, questa versione gestisce fino alla 2). Aggiornare il programma.`},
		{"pagine danneggiate", corrupt, ErrCorrupt, `Il file "piano.db" è danneggiato e non può essere aperto.`},
		{"schema danneggiato", corruptSchema, ErrCorrupt, `è danneggiato`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sum := checksum(t, c.path)
			s, err := Open(c.path)
			if err == nil {
				s.Close()
				t.Fatal("file aperto, atteso un errore")
			}
			if !errors.Is(err, c.kind) {
				t.Errorf("errore %v, atteso %v", err, c.kind)
			}
			if !strings.Contains(err.Error(), c.msg) {
				t.Errorf("messaggio %q, atteso %q", err.Error(), c.msg)
			}
			if checksum(t, c.path) != sum {
				t.Error("il file è stato modificato")
			}
			noSideFiles(t, c.path)
			if _, err := os.Stat(filepath.Join(filepath.Dir(c.path), "backup")); err == nil {
				t.Error("copia di sicurezza scritta per un file rifiutato")
			}
		})
	}
}

// garble overwrites n bytes at off with random bytes.
func garble(t *testing.T, path string, off, n int64) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b := make([]byte, n)
	rand.New(rand.NewSource(off)).Read(b)
	if _, err := f.WriteAt(b, off); err != nil {
		t.Fatal(err)
	}
}

func TestOpenMissingFile(t *testing.T) {
	_, err := Open(filepath.Join(t.TempDir(), "manca.db"))
	if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), `"manca.db" non esiste`) {
		t.Fatalf("errore %v", err)
	}
}

func TestConnectionSettings(t *testing.T) {
	s, err := Open(makePlanFile(t, richPlan()))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var mode string
	var fk, sync, timeout int
	for q, dst := range map[string]any{
		"PRAGMA journal_mode": &mode, "PRAGMA foreign_keys": &fk,
		"PRAGMA synchronous": &sync, "PRAGMA busy_timeout": &timeout,
	} {
		if err := s.db.QueryRow(q).Scan(dst); err != nil {
			t.Fatal(q, err)
		}
	}
	if mode != "wal" || fk != 1 || sync != 2 || timeout != 5000 {
		t.Errorf("journal_mode=%s foreign_keys=%d synchronous=%d busy_timeout=%d; attesi wal, 1, 2 (FULL), 5000",
			mode, fk, sync, timeout)
	}
}

func TestCreateLeavesOneSelfContainedFile(t *testing.T) {
	path := makePlanFile(t, richPlan())
	noSideFiles(t, path)
	if _, err := os.Stat(path + ".creazione"); err == nil {
		t.Error("file temporaneo rimasto")
	}
	if v, err := inspect(path); err != nil || v != latestVersion() {
		t.Errorf("inspect: versione %d, %v", v, err)
	}
}

func TestPathsWithSpecialCharacters(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "Piano 2023 #1 100% ok?", "à è")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "piano & co.db")
	s, err := Create(path, richPlan())
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := load(t, s); got.Ente.Nome != "Comune di Prova" {
		t.Fatalf("letto %q", got.Ente.Nome)
	}
	if _, err := os.Stat(filepath.Join(dir, "backup")); err != nil {
		t.Error("copia di sicurezza non scritta accanto al file")
	}
}

func TestFileURI(t *testing.T) {
	for in, want := range map[string]string{
		"/home/u/piano.db":        "file:///home/u/piano.db",
		"/a b/c#d/e?f%g.db":       "file:///a%20b/c%23d/e%3Ff%25g.db",
		`C:\Users\u\piano.db`:     "file:///C:/Users/u/piano.db",
		`\\server\share\piano.db`: "file:////server/share/piano.db",
	} {
		if filepath.Separator != '\\' && strings.Contains(in, `\`) {
			in = strings.ReplaceAll(in, `\`, "/") // ToSlash is a no-op off Windows
		}
		if got := fileURI(in); !strings.EqualFold(got, want) {
			t.Errorf("fileURI(%q) = %q, atteso %q", in, got, want)
		}
	}
}
