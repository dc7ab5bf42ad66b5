package sqlite

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"pianoperformance/model"
)

// backups lists the backup folder beside path.
func backups(t *testing.T, path string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(filepath.Dir(path), "backup", "*"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(m)
	return m
}

// fixedClock makes backup names predictable: each call is one second later.
func fixedClock(t *testing.T, start time.Time, step time.Duration) {
	t.Helper()
	old := now
	tick := start
	now = func() time.Time { tick = tick.Add(step); return tick }
	t.Cleanup(func() { now = old })
}

func TestOpenWritesAValidBackup(t *testing.T) {
	path := makePlanFile(t, richPlan())
	if n := len(backups(t, path)); n != 0 {
		t.Fatalf("Create ha scritto %d copie", n)
	}
	fixedClock(t, time.Date(2024, 1, 31, 9, 59, 59, 0, time.Local), time.Second)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	list := backups(t, path)
	want := filepath.Join(filepath.Dir(path), "backup", "piano-20240131-100000.db")
	if len(list) != 1 || list[0] != want {
		t.Fatalf("copie %v, attesa %s", list, want)
	}
	noSideFiles(t, want)
	// One self-contained file: a rollback journal, not WAL, in its header.
	if raw, err := os.ReadFile(want); err != nil || len(raw) < 20 || raw[18] != 1 || raw[19] != 1 {
		t.Fatalf("la copia non è un file in modalità rollback (%v)", err)
	}
	b, err := Open(want)
	if err != nil {
		t.Fatalf("la copia non si apre: %v", err)
	}
	defer b.Close()
	if got := load(t, b); !reflect.DeepEqual(got, richPlan()) {
		t.Fatal("la copia non contiene il piano")
	}
}

func TestBackupRotationKeepsTen(t *testing.T) {
	s := newStore(t, richPlan())
	// Some backups fall in the same second and get a sequence number.
	fixedClock(t, time.Date(2024, 5, 1, 12, 0, 0, 0, time.Local), 500*time.Millisecond)
	var made []string
	for i := 0; i < 14; i++ {
		p, err := s.Backup()
		if err != nil {
			t.Fatal(err)
		}
		made = append(made, p)
	}
	// An unrelated file in the folder is left alone.
	other := filepath.Join(filepath.Dir(s.Path()), "backup", "appunti.txt")
	os.WriteFile(other, []byte("x"), 0o644)

	if _, err := s.Backup(); err != nil {
		t.Fatal(err)
	}
	list := backups(t, s.Path())
	if len(list) != keepBackups+1 {
		t.Fatalf("%d file nella cartella, attesi %d copie e appunti.txt: %v", len(list), keepBackups, list)
	}
	kept := map[string]bool{}
	for _, p := range list {
		kept[p] = true
	}
	// The newest ten survive: the last 9 made in the loop plus the final one.
	for i, p := range made {
		if want := i >= len(made)-9; kept[p] != want {
			t.Errorf("copia %d (%s): conservata %v, attesa %v", i, filepath.Base(p), kept[p], want)
		}
	}
	if !kept[other] {
		t.Error("file estraneo eliminato dalla rotazione")
	}
}

func TestRestoreBringsBackTheSavedPlan(t *testing.T) {
	s := newStore(t, richPlan())
	o := richObiettivo(1, []int64{5}, model.Peso{Tipo: model.PesoPunti, Valore: 3})
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&o) }); err != nil {
		t.Fatal(err)
	}
	saved := load(t, s)
	fixedClock(t, time.Date(2024, 2, 1, 8, 0, 0, 0, time.Local), time.Second)
	bk, err := s.Backup()
	if err != nil {
		t.Fatal(err)
	}
	// Later work, some still in the write-ahead log.
	if err := s.Write(ctx, func(w model.Writer) error { _, err := w.DeleteObiettivo(o.ID); return err }); err != nil {
		t.Fatal(err)
	}
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveEnte(model.Ente{Nome: "Cambiato"}) }); err != nil {
		t.Fatal(err)
	}
	after := load(t, s)

	// The backup is offered, and putting it back changes the open plan.
	list, err := s.Backups()
	if err != nil || len(list) != 1 || list[0].Path != bk || list[0].Replaced {
		t.Fatalf("copie %+v %v, attesa %s", list, err, bk)
	}
	if err := s.Restore(ctx, bk); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s); !reflect.DeepEqual(got, saved) {
		t.Fatalf("dopo il ripristino:\n got %+v\nwant %+v", got.Ente, saved.Ente)
	}
	// The same on disk, through the file's own log, after reopening.
	s = reopen(t, s)
	if got := load(t, s); !reflect.DeepEqual(got, saved) {
		t.Fatal("il ripristino non è rimasto nel file")
	}
	// The plan as it was before the restore was kept and holds the later
	// work; it is offered among the backups, so a restore can be undone.
	list, err = s.Backups()
	if err != nil {
		t.Fatal(err)
	}
	var kept string
	for _, b := range list {
		if b.Replaced {
			kept = b.Path
		}
	}
	if kept == "" {
		t.Fatalf("nessuna copia del piano prima del ripristino: %+v", list)
	}
	pre, err := OpenReadOnly(kept)
	if err != nil {
		t.Fatal(err)
	}
	defer pre.Close()
	if got := load(t, pre); !reflect.DeepEqual(got, after) {
		t.Fatal("la copia prima del ripristino non contiene il lavoro successivo")
	}
}

func TestRestoreRefusesInvalidBackup(t *testing.T) {
	s := newStore(t, richPlan())
	before := load(t, s)
	bad := filepath.Join(t.TempDir(), "finto.db")
	os.WriteFile(bad, []byte("non sono un archivio"), 0o644)
	if err := s.Restore(ctx, bad); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("errore %v, atteso ErrNotDatabase", err)
	}
	if err := s.Restore(ctx, s.Path()); err == nil {
		t.Fatal("ripristino del piano da sé stesso accettato")
	}
	if got := load(t, s); !reflect.DeepEqual(got, before) {
		t.Fatal("il piano è stato modificato da un ripristino rifiutato")
	}
}

func TestSaveCopyAsMakesACompletePlanFile(t *testing.T) {
	s := newStore(t, richPlan())
	// Unsaved-to-main-file changes live in the WAL; the copy must hold them.
	c := model.Capitolo{Ordine: 9, Titolo: "Ultimo"}
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveCapitolo(&c) }); err != nil {
		t.Fatal(err)
	}
	want := load(t, s)
	dst := filepath.Join(t.TempDir(), "copia.db")
	os.WriteFile(dst, []byte("vecchio contenuto"), 0o644) // replaced
	if err := s.SaveCopyAs(dst); err != nil {
		t.Fatal(err)
	}
	noSideFiles(t, dst)
	if _, err := os.Stat(dst + ".tmp"); err == nil {
		t.Error("file temporaneo rimasto")
	}
	cp, err := Open(dst)
	if err != nil {
		t.Fatal(err)
	}
	defer cp.Close()
	if got := load(t, cp); !reflect.DeepEqual(got, want) {
		t.Fatal("la copia è diversa dal piano")
	}
}

// Old backups that cannot be removed are a notice, never a reason to
// refuse the plan: it opens, the new backup is made, the user is told.
func TestPruneFailureIsANotice(t *testing.T) {
	path := makePlanFile(t, richPlan())
	fixedClock(t, time.Date(2024, 3, 1, 9, 0, 0, 0, time.Local), time.Second)
	for i := 0; i < keepBackups; i++ {
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
	old := removeFile
	removeFile = func(string) error { return errors.New("accesso negato") }
	t.Cleanup(func() { removeFile = old })
	s, err := Open(path)
	if err != nil {
		t.Fatalf("piano rifiutato per una rotazione non riuscita: %v", err)
	}
	defer s.Close()
	if n := len(backups(t, path)); n != keepBackups+1 {
		t.Fatalf("%d copie, attese %d (la nuova fatta, nessuna tolta)", n, keepBackups+1)
	}
	if msgs := s.Notices(); len(msgs) != 1 || !strings.Contains(msgs[0], "non sono state eliminate") || !strings.Contains(msgs[0], "accesso negato") {
		t.Fatalf("avvisi %q", msgs)
	}
}

// Plan files, their backups and the backup folder are the user's only.
func TestPlanFilesAreTheUsersOnly(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("permessi Unix")
	}
	path := makePlanFile(t, richPlan())
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	copyPath := filepath.Join(t.TempDir(), "copia.db")
	if err := s.SaveCopyAs(copyPath); err != nil {
		t.Fatal(err)
	}
	check := func(p string, want os.FileMode) {
		t.Helper()
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != want {
			t.Errorf("%s: permessi %v, attesi %v", filepath.Base(p), got, want)
		}
	}
	check(path, 0o600)
	check(path+lockSuffix, 0o600)
	check(filepath.Join(filepath.Dir(path), "backup"), 0o700)
	for _, b := range backups(t, path) {
		check(b, 0o600)
	}
	check(copyPath, 0o600)
	// SQLite gives the log the plan's permissions.
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveEnte(model.Ente{Nome: "x"}) }); err != nil {
		t.Fatal(err)
	}
	check(path+"-wal", 0o600)
}

// A plan copy refuses the open file, and keeps a file it replaces.
func TestSaveCopyAsRefusesTheOpenFileAndKeepsWhatItReplaces(t *testing.T) {
	s := newStore(t, richPlan())
	before := checksum(t, s.Path())
	if err := s.SaveCopyAs(s.Path()); err == nil || !strings.Contains(err.Error(), "piano aperto") {
		t.Fatalf("copia sul file aperto: %v", err)
	}
	if checksum(t, s.Path()) != before {
		t.Fatal("il file aperto è cambiato")
	}
	dst := filepath.Join(t.TempDir(), "altro.db")
	os.WriteFile(dst, []byte("vecchio"), 0o644)
	if err := s.SaveCopyAs(dst); err != nil {
		t.Fatal(err)
	}
	kept, _ := filepath.Glob(filepath.Join(filepath.Dir(dst), "backup", "altro-sostituito-*.db"))
	if len(kept) != 1 {
		t.Fatalf("file sostituito non conservato: %v", kept)
	}
	if b, _ := os.ReadFile(kept[0]); string(b) != "vecchio" {
		t.Fatalf("la copia conservata contiene %q", b)
	}
}
