package sqlite

import (
	"context"
	"flag"
	"fmt"
	"maps"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"pianoperformance/model"
)

// The power-cut test. Each run opens a plan through the simulated disk of
// powercut_disk_test.go, makes a random sequence of saves, and cuts the
// power at a random write, sync, truncation, creation or deletion; the
// changes not yet synced then reach the disk in any subset, torn by sector
// or as garbage (the seed chooses, adversarially). The file is rebuilt from
// what the disk holds and opened as the program opens it: it must pass
// PRAGMA integrity_check, hold every save that returned without error, and
// equal the plan after a whole number of saves (never half of one).
//
// It has teeth: TestPowerCutCatchesMissingSync runs the same harness with
// synchronous=OFF (a switch of this test alone, through testHooks) and fails
// unless the harness sees saves lost. The crash test, which kills the
// process, cannot see that: the OS cache survives a killed process.
//
// Replay one run with -powercut.seed=N (printed on failure); make soak runs
// thousands with -powercut.runs.
var (
	powerCutRuns = flag.Int("powercut.runs", 120, "power-cut runs per journal mode")
	powerCutSeed = flag.Int64("powercut.seed", 0, "replay only the power-cut run with this seed")
)

// pcMode is how a run opens the store.
type pcMode struct {
	name    string
	journal string // "wal" (local disks) or "delete" (network shares)
	sync    string // "" keeps the store's own setting
}

func TestPowerCutLosesNothingSaved(t *testing.T) {
	if err := registerSimVFS(); err != nil {
		t.Fatal(err)
	}
	for _, m := range []pcMode{{name: "WAL", journal: "wal"}, {name: "DELETE", journal: "delete"}} {
		t.Run(m.name, func(t *testing.T) {
			base := powerCutBase(t, m.journal)
			if *powerCutSeed != 0 {
				if msg, _, _ := powerCutRun(t, base, m, *powerCutSeed); msg != "" {
					t.Fatalf("seme %d: %s", *powerCutSeed, msg)
				}
				return
			}
			first := time.Now().UnixNano()
			t.Logf("semi da %d, %d giri", first, *powerCutRuns)
			saves, midway := 0, 0
			for i := range int64(*powerCutRuns) {
				msg, acked, mid := powerCutRun(t, base, m, first+i)
				saves += acked
				if mid {
					midway++
				}
				if msg != "" {
					t.Fatalf("seme %d: %s\nper ripetere: go test -tags migrated_fynedo ./model/sqlite -run 'TestPowerCutLosesNothingSaved/%s' -powercut.seed=%d",
						first+i, msg, m.name, first+i)
				}
			}
			// A harness that never got to save would prove nothing.
			if saves < *powerCutRuns || midway < *powerCutRuns/3 {
				t.Fatalf("solo %d salvataggi confermati e %d tagli a lavoro in corso in %d giri", saves, midway, *powerCutRuns)
			}
			t.Logf("%d salvataggi confermati; %d giri su %d tagliati a lavoro in corso", saves, midway, *powerCutRuns)
		})
	}
}

// TestPowerCutCatchesMissingSync proves the harness would notice a store that
// does not flush its commits: with synchronous=OFF, saves that returned
// without error must turn up lost (or the file damaged) in some of the runs.
func TestPowerCutCatchesMissingSync(t *testing.T) {
	if err := registerSimVFS(); err != nil {
		t.Fatal(err)
	}
	for _, m := range []pcMode{{name: "WAL", journal: "wal", sync: "OFF"}, {name: "DELETE", journal: "delete", sync: "OFF"}} {
		t.Run(m.name, func(t *testing.T) {
			base := powerCutBase(t, m.journal)
			for seed := int64(1); seed <= 60; seed++ {
				if msg, _, _ := powerCutRun(t, base, m, seed); msg != "" {
					t.Logf("seme %d, synchronous=OFF: %s", seed, msg)
					return
				}
			}
			t.Fatal("con synchronous=OFF nessun giro ha perso dati: la prova non vede le sincronizzazioni mancanti")
		})
	}
}

// pcBase is the plan file every run starts from, and what it holds.
type pcBase struct {
	file  []byte
	state pcState
}

func powerCutBase(t *testing.T, journal string) pcBase {
	path := makePlanFile(t, bigPlan(8))
	// The journal mode is kept in the file's header: a plan on a share was
	// last opened in rollback mode.
	rawExec(t, path, "PRAGMA journal_mode = "+journal)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := s.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return pcBase{b, stateOf(p)}
}

// pcState is what the runs check of a plan.
type pcState struct {
	Ente      string
	Pop       map[int]int
	Obiettivi map[string]string // code → shape (description length, indicators, targets)
}

func stateOf(p *model.Plan) pcState {
	st := pcState{Ente: p.Ente.Nome, Pop: map[int]int{}, Obiettivi: map[string]string{}}
	for _, r := range p.Popolazione {
		st.Pop[r.Anno] = r.Residenti
	}
	for _, o := range p.Obiettivi {
		st.Obiettivi[key(o)] = shape(o)
	}
	return st
}

// key names an objective without its ID, which a failed insert never gets.
func key(o model.Obiettivo) string { return fmt.Sprintf("%d:%s", o.Ordine, o.Codice) }

func shape(o model.Obiettivo) string {
	n := 0
	for _, in := range o.Indicatori {
		n += len(in.Target)
	}
	return fmt.Sprintf("%d/%d/%d", len(o.Descrizione), len(o.Indicatori), n)
}

func (s pcState) clone() pcState {
	return pcState{s.Ente, maps.Clone(s.Pop), maps.Clone(s.Obiettivi)}
}

var syncParam = regexp.MustCompile(`_synchronous=\w+`)

// powerCutRun runs one seeded run and returns what went wrong, or "".
func powerCutRun(t *testing.T, base pcBase, m pcMode, seed int64) (msg string, acked int, midway bool) {
	t.Helper()
	rng := rand.New(rand.NewSource(seed))
	path := filepath.Join(t.TempDir(), "piano.db")
	if err := os.WriteFile(path, base.file, 0o600); err != nil {
		t.Fatal(err)
	}
	d := &simDisk{dir: map[string]*simFile{}, durableDir: map[string]*simFile{},
		rng: rand.New(rand.NewSource(seed ^ 0x5eed)), policy: cutPolicy(rng.Intn(3)), cutAt: 1 + rng.Intn(300)}
	if err := d.loadFile(path); err != nil {
		t.Fatal(err)
	}
	useDisk(d)
	testHooks.network = m.journal == "delete"
	testHooks.dsn = func(dsn string) string {
		dsn += "&vfs=" + simVFSName
		if m.journal == "wal" {
			// The VFS has no shared memory; in exclusive locking mode SQLite
			// keeps the WAL index in memory and writes the WAL as usual.
			dsn += "&_locking_mode=EXCLUSIVE"
		}
		if m.sync != "" {
			dsn = syncParam.ReplaceAllString(dsn, "_synchronous="+m.sync)
		}
		return dsn
	}
	defer func() { testHooks.dsn, testHooks.network = nil, false }()

	states, attempted := runSaves(t, path, m, rng, base.state)
	midway = d.dead
	if !d.dead {
		d.mu.Lock()
		d.cut() // the power goes after the program closed the file
		d.mu.Unlock()
	}
	testHooks.network = m.journal == "delete"
	testHooks.dsn = func(dsn string) string { return dsn }
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		os.Remove(path + suffix)
	}
	for name, b := range d.image {
		if err := os.WriteFile(name, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	acked = len(states) - 1
	where := fmt.Sprintf("taglio alla chiamata %d (%s), %d salvataggi confermati", d.cutAt, d.policy, acked)

	// Reopened as Open does, less the rotating backup, which is beside the
	// point here and would cost a real fsync per run.
	s, err := openChecked(path, false)
	if err != nil {
		return fmt.Sprintf("%s: riapertura: %v", where, err), acked, midway
	}
	defer s.Close()
	var res string
	if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		return fmt.Sprintf("%s: integrity_check %q %v", where, res, err), acked, midway
	}
	p, err := s.Load(context.Background())
	if err != nil {
		return fmt.Sprintf("%s: lettura: %v", where, err), acked, midway
	}
	got := stateOf(p)
	if reflect.DeepEqual(got, states[acked]) {
		return "", acked, midway
	}
	if attempted != nil && reflect.DeepEqual(got, *attempted) {
		return "", acked, midway // the save in flight reached the disk whole before its reply
	}
	return fmt.Sprintf("%s: il piano riaperto non corrisponde a nessuno stato salvato\ntrovato: %+v\natteso:  %+v", where, got, states[acked]), acked, midway
}

// runSaves opens the store through the simulated disk and saves until the
// power goes or the sequence ends. states[k] is the plan after k confirmed
// saves; attempted is the state the save that failed would have made.
func runSaves(t *testing.T, path string, m pcMode, rng *rand.Rand, initial pcState) (states []pcState, attempted *pcState) {
	ctx := context.Background()
	states = []pcState{initial}
	s, err := openChecked(path, false)
	if err != nil {
		return states, nil
	}
	defer s.Close()
	start, err := s.Load(ctx)
	if err != nil {
		return states, nil
	}
	var mode string
	if err := s.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil {
		return states, nil
	}
	if mode != m.journal {
		t.Fatalf("modo del giornale %q invece di %q", mode, m.journal)
	}
	ente := start.Ente
	var ours []model.Obiettivo
	for i := range 4 + rng.Intn(16) {
		next := states[len(states)-1].clone()
		var err error
		switch k := rng.Intn(10); {
		case k < 4 || (k >= 8 && len(ours) == 0):
			o := model.Obiettivo{Ordine: 100 + i, Codice: fmt.Sprintf("P%d", i), Livello: model.LivelloEsecutivo,
				Titolo: fmt.Sprintf("Obiettivo del giro %d", i), Descrizione: strings.Repeat("x", rng.Intn(9000)), Anni: []int{2023}}
			for j := range 2 {
				o.Indicatori = append(o.Indicatori, model.Indicatore{Ordine: j, Nome: fmt.Sprintf("Indicatore %d", j), Tipo: model.IndNumero,
					Target: []model.Target{{Anno: 2023, Valore: "1"}, {Anno: 2024, Valore: "2"}, {Anno: 2025, Valore: "3"}}})
			}
			if err = s.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&o) }); err == nil {
				ours = append(ours, o)
			}
			next.Obiettivi[key(o)] = shape(o)
		case k < 6:
			ente.Nome = fmt.Sprintf("Comune del passo %d", i)
			err = s.Write(ctx, func(w model.Writer) error { return w.SaveEnte(ente) })
			next.Ente = ente.Nome
		case k < 8:
			r := model.PopolazioneAnno{Anno: 2000 + rng.Intn(25), Residenti: 1000 + i}
			err = s.Write(ctx, func(w model.Writer) error { return w.SavePopolazioneAnno(r) })
			next.Pop[r.Anno] = r.Residenti
		default:
			j := rng.Intn(len(ours))
			o := ours[j]
			ours = append(ours[:j], ours[j+1:]...)
			err = s.Write(ctx, func(w model.Writer) error { _, err := w.DeleteObiettivo(o.ID); return err })
			delete(next.Obiettivi, key(o))
		}
		if err != nil {
			return states, &next
		}
		states = append(states, next)
	}
	return states, nil
}
