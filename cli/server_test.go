package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pianoperformance/model"
	"pianoperformance/model/sqlite"
)

// The database administrator prepares a database and its people with
// «piano server», and a plan goes from a file to the server and back with
// «piano copia» losing nothing: its JSON export byte for byte, its
// adopted and varied versions with their texts.
func TestServerAndCopiaRoundTrip(t *testing.T) {
	dir := t.TempDir()
	db := cluster.Database(t)
	admin := fmt.Sprintf("postgres://%s@/%s?host=%s&port=%d&sslmode=disable", cluster.Super, db, cluster.Socket(), cluster.Port)
	ok(t, dir, "server", "init", "--url", admin)
	if r := ok(t, dir, "server", "init", "--url", admin); !strings.Contains(r.stdout, "è pronto") {
		t.Fatalf("init run twice: %s", r.stdout)
	}
	login := "segr_" + db
	r := pianoWith(t, dir, nil, "una-password-lunga\n", "server", "utenti", "aggiungi", "--url", admin,
		"--utente", login, "--nome", "Segreteria generale", "--ruolo", "amministratore")
	if r.code != 0 {
		t.Fatalf("utenti aggiungi: %d %s", r.code, r.stderr)
	}
	if r := pianoWith(t, dir, nil, "corta\n", "server", "utenti", "aggiungi", "--url", admin, "--utente", "x_"+db,
		"--ruolo", "responsabile"); r.code != exitUsage || !strings.Contains(r.stderr, "--area") {
		t.Errorf("a Responsabile without an Area: %d %s", r.code, r.stderr)
	}
	if r := ok(t, dir, "server", "utenti", "elenco", "--url", admin); !strings.Contains(r.stdout, login) ||
		!strings.Contains(r.stdout, "Segretario / amministratore") {
		t.Errorf("utenti elenco:\n%s", r.stdout)
	}

	// An adopted and varied plan in a file.
	ok(t, dir, "export", "--example", "--format", "json", "-o", "piano.json")
	ok(t, dir, "import", "--db", "piano.db", "piano.json")
	ok(t, dir, "adotta", "--db", "piano.db", "--numero", "12", "--data", "31/01/2023")
	p := readPlan(t, filepath.Join(dir, "piano.json"))
	p.Obiettivi[0].Titolo = "Titolo variato"
	writePlan(t, filepath.Join(dir, "variato.json"), p)
	ok(t, dir, "import", "--db", "piano.db", "variato.json")
	ok(t, dir, "varia", "--db", "piano.db", "--numero", "40", "--data", "15/06/2023", "--motivo", "Nuovo titolo")
	// A line of its history, as a workbook read back leaves.
	file, err := sqlite.Open(filepath.Join(dir, "piano.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := file.Write(context.Background(), func(w model.Writer) error {
		return w.RegistraStorico(&model.EventoStorico{Quando: time.Date(2023, 7, 10, 9, 30, 0, 0, time.UTC),
			Tipo: model.EventoSchede, File: "scheda-tecnica.xlsx", Area: "Area Tecnica", Valori: 4,
			Descrizione: "Letta la scheda dell'Area Tecnica: 4 valori"})
	}); err != nil {
		t.Fatal(err)
	}
	file.Close()

	server := fmt.Sprintf("postgres://%s@127.0.0.1:%d/%s?plan=albizzate-2023&sslmode=disable", login, cluster.Port, db)
	env := []string{"PGPASSWORD=una-password-lunga"}
	if r := pianoWith(t, dir, env, "", "copia", "--da", "piano.db", "--a", server); r.code != 0 || !strings.Contains(r.stdout, "2 versioni") {
		t.Fatalf("copia to the server: %d %s %s", r.code, r.stdout, r.stderr)
	}
	if r := pianoWith(t, dir, env, "", "copia", "--da", "piano.db", "--a", server); r.code != exitError || !strings.Contains(r.stderr, "esiste già") {
		t.Errorf("copying onto an existing server plan: %d %s", r.code, r.stderr)
	}
	if r := pianoWith(t, dir, env, "", "server", "piani", "--url", server); r.code != 0 || !strings.Contains(r.stdout, "albizzate-2023") {
		t.Errorf("server piani: %d %s %s", r.code, r.stdout, r.stderr)
	}
	if r := pianoWith(t, dir, env, "", "copia", "--da", server, "--a", "ritorno.db"); r.code != 0 {
		t.Fatalf("copia back to a file: %d %s", r.code, r.stderr)
	}

	export := func(db string, extra ...string) []byte {
		out := fmt.Sprintf("export-%d.json", len(extra)+len(db))
		args := append([]string{"export", "--db", db, "--format", "json", "-o", out}, extra...)
		if r := pianoWith(t, dir, env, "", args...); r.code != 0 {
			t.Fatalf("%q: %s", args, r.stderr)
		}
		b, err := os.ReadFile(filepath.Join(dir, out))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, v := range [][]string{nil, {"--versione", "1"}, {"--versione", "2"}} {
		a, s, b := export("piano.db", v...), export(server, v...), export("ritorno.db", v...)
		if !bytes.Equal(a, b) || !bytes.Equal(a, s) {
			t.Fatalf("export %v differs between the file, the server and the file copied back", v)
		}
	}
	va := ok(t, dir, "versioni", "--db", "piano.db").stdout
	if vb := ok(t, dir, "versioni", "--db", "ritorno.db").stdout; va != vb || !strings.Contains(va, "Variazione") {
		t.Fatalf("versions differ:\n%s\n%s", va, vb)
	}
	sa := ok(t, dir, "monitoraggio", "storico", "--db", "piano.db").stdout
	ss := pianoWith(t, dir, env, "", "monitoraggio", "storico", "--db", server).stdout
	if sb := ok(t, dir, "monitoraggio", "storico", "--db", "ritorno.db").stdout; sa != sb || sa != ss || !strings.Contains(sa, "scheda-tecnica.xlsx") {
		t.Fatalf("the history differs:\n%s\n%s\n%s", sa, ss, sb)
	}
	ok(t, dir, "server", "utenti", "rimuovi", "--url", admin, "--utente", login)
	if r := pianoWith(t, dir, env, "", "server", "piani", "--url", server); r.code != exitError {
		t.Errorf("a removed person still signs in: %d %s", r.code, r.stdout)
	}
}
