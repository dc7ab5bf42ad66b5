package session

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"pianoperformance/model"
	"pianoperformance/model/sqlite"
	"pianoperformance/model/storetest"
)

// The model-based test: random sequences of the window's own operations on
// a real plan file, comparing after every step the session's plan with a
// fresh Load of the file, after every undo the file with what it held
// before the step undone, and after every redo the file with what it held
// before that step was undone.
//
//	go test -tags migrated_fynedo ./ui/session -run TestModel                            as in make test
//	go test -tags migrated_fynedo ./ui/session -run TestModel -args -modello.durata=5m   longer (make soak)
//	go test -tags migrated_fynedo ./ui/session -run TestModel -args -modello.seme=N      replays one sequence
//
// PIANO_SEME=N in the environment replays too.
var (
	flagSeed     = flag.Int64("modello.seme", 0, "seme di una sequenza da ripetere (0: sequenze nuove)")
	flagDuration = flag.Duration("modello.durata", 0, "durata della prova a modello (0: breve, per make test)")
)

// Bounds of the quick run in make test: sequences until the time is up,
// never fewer than minSequences.
const (
	quickDuration = 3 * time.Second
	minSequences  = 10
	stepsPerSeq   = 30
)

// scratchDir is where the test's plan files go: memory-backed when the
// system has such a folder, since what is tested here is that the session
// and the file agree, not the disk (the crash and power-cut tests are
// about the disk); thousands of flushes to a real disk would only make
// the run shorter for the same time.
func scratchDir(t *testing.T) string {
	if fi, err := os.Stat("/dev/shm"); err == nil && fi.IsDir() {
		if dir, err := os.MkdirTemp("/dev/shm", "piano-modello-"); err == nil {
			t.Cleanup(func() { os.RemoveAll(dir) })
			return dir
		}
	}
	return t.TempDir()
}

func TestModelSessionEqualsFile(t *testing.T) {
	seed, replay := *flagSeed, *flagSeed != 0
	if v := os.Getenv("PIANO_SEME"); v != "" && !replay {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			t.Fatalf("PIANO_SEME=%q: %v", v, err)
		}
		seed, replay = n, true
	}
	dir := scratchDir(t)
	template := filepath.Join(dir, "modello.db")
	st, err := sqlite.Create(template, storetest.Plan())
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	pristine, err := os.ReadFile(template)
	if err != nil {
		t.Fatal(err)
	}
	if replay {
		runSequence(t, dir, pristine, seed, true)
		return
	}
	budget := quickDuration
	if *flagDuration > 0 {
		budget = *flagDuration
	}
	base := time.Now().UnixNano()
	start := time.Now()
	n := 0
	for ; n < minSequences || time.Since(start) < budget; n++ {
		if !runSequence(t, dir, pristine, base+int64(n), false) {
			return
		}
	}
	t.Logf("%d sequenze di %d passi in %v (semi da %d)", n, stepsPerSeq, time.Since(start).Round(time.Millisecond), base)
}

// runSequence plays one sequence from the pristine plan file and reports
// false after a failure, with the seed that replays it.
func runSequence(t *testing.T, dir string, pristine []byte, seed int64, verbose bool) bool {
	t.Helper()
	path := filepath.Join(dir, fmt.Sprintf("seq-%d.db", seed))
	if err := os.WriteFile(path, pristine, 0o600); err != nil {
		t.Fatal(err)
	}
	defer func() {
		for _, suffix := range []string{"", "-wal", "-shm", "-journal", ".lock"} {
			os.Remove(path + suffix)
		}
		os.RemoveAll(filepath.Join(dir, "backup"))
	}()
	st, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	return playSequence(t, st, st, seed, verbose, "TestModelSessionEqualsFile")
}

// playSequence plays one sequence of random operations through a session
// on st, comparing with what check (st itself, or another connection to
// the same plan) loads.
func playSequence(t *testing.T, st, check model.Store, seed int64, verbose bool, test string) bool {
	t.Helper()
	m := &modelRun{t: t, rng: rand.New(rand.NewSource(seed)), st: check, verbose: verbose}
	m.s = New(st, m.load())
	m.snapshots = []*model.Plan{m.load()}
	for i := 0; i < stepsPerSeq; i++ {
		if msg := m.step(); msg != "" {
			t.Errorf("sequenza con seme %d, passo %d: %s\npassi:\n  %s\nper ripeterla: go test -tags migrated_fynedo ./ui/session -run %s -args -modello.seme=%d",
				seed, i+1, msg, strings.Join(m.log, "\n  "), test, seed)
			return false
		}
	}
	return true
}

// modelRun is one sequence under way. snapshots[k] is the file as it was
// before the k-th step still in the undo history (and, last, now); redone
// holds, newest last, the file as each undone step had left it.
type modelRun struct {
	t         *testing.T
	rng       *rand.Rand
	st        model.Store // what the plan is compared with
	s         *Session
	log       []string
	snapshots []*model.Plan
	redone    []*model.Plan
	verbose   bool
	atti      []model.Atto // the resolutions offered so far, for adoption and variations
	fail      string       // set by an operation that saw something wrong
}

func (m *modelRun) load() *model.Plan {
	p, err := m.st.Load(context.Background())
	if err != nil {
		m.t.Fatal(err)
	}
	return p
}

// op is one user action: it names itself and calls the session.
type op struct {
	weight int
	run    func(m *modelRun) (string, error)
}

// step plays one random operation and checks the invariants; it returns
// what went wrong, "" if nothing.
func (m *modelRun) step() string {
	o := m.choose()
	steps := len(m.s.history)
	before := m.snapshots[len(m.snapshots)-1]
	frozen := len(m.versioni())
	what, err := o.run(m)
	if what == "" {
		return "" // the plan had nothing for this operation
	}
	if err != nil {
		what += " → rifiutato: " + err.Error()
	}
	m.log = append(m.log, what)
	if m.verbose {
		m.t.Log(what)
	}
	if m.fail != "" {
		return m.fail
	}
	now := m.load()
	if !reflect.DeepEqual(m.s.Plan, now) {
		return "il piano della sessione differisce dal file: " + diff(m.s.Plan, now)
	}
	vv := m.versioni()
	if msg := m.checkVersioni(now, vv); msg != "" {
		return msg
	}
	switch after := len(m.s.history); {
	case len(vv) != frozen:
		// A version was frozen: not undoable, and from now on every undo
		// keeps the plan's status and act as the versions say.
		if err != nil || after != steps || len(vv) != frozen+1 {
			return fmt.Sprintf("congelamento: errore %v, passi %d → %d, versioni %d → %d", err, steps, after, frozen, len(vv))
		}
		for _, p := range append(m.snapshots, m.redone...) {
			p.Piano = model.PianoAdottato(p.Piano, vv)
		}
		if !reflect.DeepEqual(m.snapshots[len(m.snapshots)-1], now) {
			return "il congelamento ha cambiato altro che lo stato del piano: " + diff(now, m.snapshots[len(m.snapshots)-1])
		}
		m.snapshots[len(m.snapshots)-1] = now
	case what == "annulla":
		if err != nil {
			return "annullamento fallito"
		}
		want := m.snapshots[len(m.snapshots)-2]
		if !reflect.DeepEqual(now, want) {
			return "l'annullamento non riporta il file com'era: " + diff(now, want)
		}
		m.redone = append(m.redone, m.snapshots[len(m.snapshots)-1])
		m.snapshots = m.snapshots[:len(m.snapshots)-1]
	case what == "ripeti":
		if err != nil {
			return "ripetizione fallita"
		}
		want := m.redone[len(m.redone)-1]
		if !reflect.DeepEqual(now, want) {
			return "la ripetizione non riporta il file come l'aveva lasciato il passo: " + diff(now, want)
		}
		m.redone = m.redone[:len(m.redone)-1]
		m.snapshots = append(m.snapshots, now)
	case err != nil || after == steps:
		// Refused, or nothing to change: the file is as it was.
		if !reflect.DeepEqual(now, before) {
			return "un'operazione senza effetto ha cambiato il file: " + diff(now, before)
		}
		m.snapshots[len(m.snapshots)-1] = now
	default:
		m.snapshots = append(m.snapshots, now)
		m.redone = nil // a new change: nothing is left to redo
		if m.s.CanRedo() {
			return "dopo una nuova modifica resta qualcosa da ripetere"
		}
	}
	return ""
}

// choose draws the next operation. Undo and redo come in runs, as a clerk
// steps back through several changes and forward again: after an undo
// another one often follows, and what was undone is often redone, so
// redoing several steps whose records were created again is played too.
func (m *modelRun) choose() op {
	last := ""
	if len(m.log) > 0 {
		last = m.log[len(m.log)-1]
	}
	switch {
	case last == "annulla" && m.s.CanUndo() && m.rng.Intn(2) == 0:
		return undoOp
	case m.s.CanRedo() && m.rng.Intn(3) > 0:
		return redoOp
	}
	total := 0
	for _, o := range ops {
		total += o.weight
	}
	k := m.rng.Intn(total)
	var o op
	for _, o = range ops {
		if k < o.weight {
			break
		}
		k -= o.weight
	}
	return o
}

var (
	undoOp = op{8, func(m *modelRun) (string, error) {
		if !m.s.CanUndo() {
			return "", nil
		}
		return "annulla", m.s.Undo()
	}}
	redoOp = op{2, func(m *modelRun) (string, error) {
		if !m.s.CanRedo() {
			return "", nil
		}
		return "ripeti", m.s.Redo()
	}}
)

// versioni lists the versions in the file.
func (m *modelRun) versioni() []model.Versione {
	var vv []model.Versione
	if err := m.st.Read(context.Background(), func(r model.Reader) (err error) { vv, err = r.Versioni(); return err }); err != nil {
		m.t.Fatal(err)
	}
	return vv
}

// checkVersioni checks, after every step, what the session says of the
// versions against the file: the list, the changes not yet registered,
// and the plan's status and act, which once adopted are the versions'.
func (m *modelRun) checkVersioni(now *model.Plan, vv []model.Versione) string {
	got, err := m.s.Versioni()
	if err != nil || !reflect.DeepEqual(got, vv) {
		return fmt.Sprintf("versioni della sessione %v (%v), nel file %v", got, err, vv)
	}
	if len(vv) == 0 {
		return ""
	}
	if want := model.PianoAdottato(now.Piano, vv); !reflect.DeepEqual(now.Piano, want) {
		return fmt.Sprintf("piano adottato con stato %q e atto %+v invece di %q e %+v", now.Piano.Stato, now.Piano.Approvazione, want.Stato, want.Approvazione)
	}
	var last *model.Plan
	if err := m.st.Read(context.Background(), func(r model.Reader) (err error) { last, err = r.LoadVersione(len(vv)); return err }); err != nil {
		m.t.Fatal(err)
	}
	mods, err := m.s.NonRegistrate()
	if want := model.Confronta(last, now); err != nil || !reflect.DeepEqual(mods, want) {
		return fmt.Sprintf("modifiche non registrate secondo la sessione %v (%v), secondo il file %v", mods, err, want)
	}
	return ""
}

// atto is a resolution for an adoption or a variation: mostly a new one,
// dated after the others, sometimes one already used (refused).
func (m *modelRun) atto() model.Atto {
	if n := len(m.atti); n > 0 && m.rng.Intn(6) == 0 {
		return m.atti[m.rng.Intn(n)]
	}
	d := model.MustDate(2024, time.January, 10).AddDays(len(m.atti) * 3)
	a := model.Atto{Organo: model.OrganoGiunta, Numero: fmt.Sprint(len(m.atti) + 1), Data: &d}
	m.atti = append(m.atti, a)
	return a
}

// pick returns a random index below n, -1 when n is 0.
func (m *modelRun) pick(n int) int {
	if n == 0 {
		return -1
	}
	return m.rng.Intn(n)
}

func (m *modelRun) word() string {
	words := []string{"Digitalizzazione", "archivio", "à è ì ò ù", "€ 1.363,18", "«citazione»", "", "  spazi  ", "riga\nnuova"}
	return words[m.rng.Intn(len(words))]
}

var ops = []op{
	{6, editObiettivo},
	{3, func(m *modelRun) (string, error) { // add
		o := model.Obiettivo{Titolo: "Nuovo " + m.word(), Livello: model.LivelloEsecutivo, Ordine: m.rng.Intn(20),
			UnitaIDs: []int64{}, Anni: []int{2024}, Indicatori: []model.Indicatore{}, Fasi: []model.Fase{}}
		if i := m.pick(len(m.s.Plan.Obiettivi)); i >= 0 && m.rng.Intn(2) == 0 {
			o.ParentID = m.s.Plan.Obiettivi[i].ID
		}
		if a := m.s.Plan.Aree(); len(a) > 0 {
			o.AreaID = a[m.rng.Intn(len(a))].ID
		}
		_, err := m.s.SaveObiettivo("Nuovo obiettivo", o)
		return fmt.Sprintf("nuovo obiettivo (sotto %d)", o.ParentID), err
	}},
	{2, func(m *modelRun) (string, error) { // duplicate
		i := m.pick(len(m.s.Plan.Obiettivi))
		if i < 0 {
			return "", nil
		}
		o := m.s.Plan.Obiettivi[i].WithoutIDs()
		o.Titolo = "Copia di " + o.Titolo
		_, err := m.s.SaveObiettivo("Duplica", o)
		return fmt.Sprintf("duplica l'obiettivo %d", m.s.Plan.Obiettivi[i].ID), err
	}},
	{2, func(m *modelRun) (string, error) { // move to another Area
		i := m.pick(len(m.s.Plan.Obiettivi))
		if i < 0 {
			return "", nil
		}
		id, area := m.s.Plan.Obiettivi[i].ID, int64(0)
		if a := m.s.Plan.Aree(); len(a) > 0 && m.rng.Intn(5) > 0 {
			area = a[m.rng.Intn(len(a))].ID
		}
		return fmt.Sprintf("sposta l'obiettivo %d nell'area %d", id, area), m.s.MoveObiettivo("Sposta", id, area)
	}},
	{3, func(m *modelRun) (string, error) { // delete, with its sub-objectives
		i := m.pick(len(m.s.Plan.Obiettivi))
		if i < 0 {
			return "", nil
		}
		id := m.s.Plan.Obiettivi[i].ID
		return fmt.Sprintf("elimina l'obiettivo %d", id), m.s.DeleteObiettivo("Elimina", id)
	}},
	{2, func(m *modelRun) (string, error) { // reorder chapters
		i := m.pick(len(m.s.Plan.Capitoli))
		if i < 0 {
			return "", nil
		}
		id, d := m.s.Plan.Capitoli[i].ID, 1-2*m.rng.Intn(2)
		return fmt.Sprintf("sposta il capitolo %d di %d", id, d), m.s.MoveCapitolo("Sposta capitolo", id, d)
	}},
	{2, func(m *modelRun) (string, error) { // add, edit or delete a chapter
		i := m.pick(len(m.s.Plan.Capitoli))
		switch {
		case i < 0 || m.rng.Intn(3) == 0:
			_, err := m.s.SaveCapitolo("Nuovo capitolo", model.Capitolo{Ordine: m.rng.Intn(5), Titolo: m.word()})
			return "nuovo capitolo", err
		case m.rng.Intn(2) == 0:
			c := m.s.Plan.Capitoli[i]
			c.Testo = m.word()
			_, err := m.s.SaveCapitolo("Testo", c)
			return fmt.Sprintf("testo del capitolo %d", c.ID), err
		}
		id := m.s.Plan.Capitoli[i].ID
		return fmt.Sprintf("elimina il capitolo %d", id), m.s.DeleteCapitolo("Elimina capitolo", id)
	}},
	{4, func(m *modelRun) (string, error) { // change a yearly figure
		pop := m.s.Plan.Popolazione
		i := m.pick(len(pop))
		if i < 0 {
			return "", nil
		}
		r := pop[i]
		r.Residenti, r.Maschi = r.Residenti+m.rng.Intn(21)-10, r.Maschi+m.rng.Intn(3)
		return fmt.Sprintf("residenti %d", r.Anno), m.s.SavePopolazioneAnno("Residenti", r)
	}},
	{2, func(m *modelRun) (string, error) { // add or delete a year
		pop := m.s.Plan.Popolazione
		if len(pop) == 0 || m.rng.Intn(2) == 0 {
			anno := 2015 + m.rng.Intn(12)
			return fmt.Sprintf("aggiungi l'anno %d", anno), m.s.SavePopolazioneAnno("Anno", model.PopolazioneAnno{Anno: anno, Residenti: 100})
		}
		anno := pop[m.rng.Intn(len(pop))].Anno
		return fmt.Sprintf("elimina l'anno %d", anno), m.s.DeletePopolazioneAnno("Elimina anno", anno)
	}},
	{2, func(m *modelRun) (string, error) { // renumber a year (sometimes onto one taken)
		pop := m.s.Plan.Popolazione
		if len(pop) == 0 {
			return "", nil
		}
		from, to := pop[m.rng.Intn(len(pop))].Anno, 2015+m.rng.Intn(12)
		return fmt.Sprintf("anno %d diventa %d", from, to), m.s.RenumberPopolazioneAnno("Anno", from, to)
	}},
	{2, func(m *modelRun) (string, error) { // staff
		pe := m.s.Plan.Personale
		if len(pe) > 0 && m.rng.Intn(3) == 0 {
			anno := pe[m.rng.Intn(len(pe))].Anno
			return fmt.Sprintf("elimina il personale %d", anno), m.s.DeletePersonaleAnno("Elimina", anno)
		}
		anno := 2018 + m.rng.Intn(8)
		r, _ := m.s.Plan.PersonaleDi(anno)
		r.Anno, r.Dipendenti = anno, m.rng.Intn(60)
		return fmt.Sprintf("personale %d", anno), m.s.SavePersonaleAnno("Personale", r)
	}},
	{3, func(m *modelRun) (string, error) { // bands: add, delete, count
		f := m.s.Plan.Fasce
		switch k := m.rng.Intn(4); {
		case k == 0 || len(f) == 0:
			_, err := m.s.SaveFascia("Nuova fascia", model.FasciaEta{Ordine: m.rng.Intn(8), Nome: m.word()})
			return "nuova fascia", err
		case k == 1:
			id := f[m.rng.Intn(len(f))].ID
			return fmt.Sprintf("elimina la fascia %d", id), m.s.DeleteFascia("Elimina fascia", id)
		default:
			c := model.PopolazioneFascia{FasciaID: f[m.rng.Intn(len(f))].ID, Anno: 2019 + m.rng.Intn(6), Residenti: m.rng.Intn(900)}
			return fmt.Sprintf("residenti della fascia %d nel %d", c.FasciaID, c.Anno), m.s.SaveConta("Fascia", c)
		}
	}},
	{2, func(m *modelRun) (string, error) { // organisation
		u := m.s.Plan.Unita
		switch k := m.rng.Intn(3); {
		case k == 0 || len(u) == 0:
			nu := model.Unita{Ordine: m.rng.Intn(10), Tipo: model.TipoSettore, Nome: m.word()}
			if len(u) > 0 {
				nu.ParentID = u[m.rng.Intn(len(u))].ID
			}
			_, err := m.s.SaveUnita("Nuova unità", nu)
			return fmt.Sprintf("nuova unità sotto %d", nu.ParentID), err
		case k == 1:
			x := u[m.rng.Intn(len(u))]
			x.Responsabile = m.word()
			_, err := m.s.SaveUnita("Responsabile", x)
			return fmt.Sprintf("responsabile dell'unità %d", x.ID), err
		}
		id := u[m.rng.Intn(len(u))].ID
		return fmt.Sprintf("elimina l'unità %d", id), m.s.DeleteUnita("Elimina unità", id)
	}},
	{2, func(m *modelRun) (string, error) { // services and benchmarks
		if m.rng.Intn(2) == 0 {
			sv := m.s.Plan.Servizi
			if len(sv) > 0 && m.rng.Intn(3) == 0 {
				id := sv[m.rng.Intn(len(sv))].ID
				return fmt.Sprintf("elimina il servizio %d", id), m.s.DeleteServizio("Elimina servizio", id)
			}
			x := model.ServizioAssociato{Ordine: m.rng.Intn(5), Titolo: m.word(), Partner: []string{"Comune A", m.word()}}
			if len(sv) > 0 && m.rng.Intn(2) == 0 {
				x = sv[m.rng.Intn(len(sv))].Clone()
				x.Partner = append(x.Partner, m.word())
			}
			_, err := m.s.SaveServizio("Servizio", x)
			return fmt.Sprintf("servizio %d", x.ID), err
		}
		b := m.s.Plan.Benchmark
		if len(b) > 0 && m.rng.Intn(3) == 0 {
			id := b[m.rng.Intn(len(b))].ID
			return fmt.Sprintf("elimina il benchmark %d", id), m.s.DeleteBenchmark("Elimina benchmark", id)
		}
		_, err := m.s.SaveBenchmark("Benchmark", model.Benchmark{Ordine: m.rng.Intn(4), Descrizione: m.word(), Anno: 2022, Valore: float64(m.rng.Intn(90)) / 10})
		return "nuovo benchmark", err
	}},
	{2, func(m *modelRun) (string, error) { // the comune, the plan, the territory
		switch m.rng.Intn(3) {
		case 0:
			e := m.s.Plan.Ente
			e.Nome = m.word()
			return "nome dell'ente", m.s.SaveEnte("Ente", e)
		case 1:
			p := m.s.Plan.Piano
			p.Titolo = m.word()
			return "titolo del piano", m.s.SavePiano("Piano", p)
		}
		t := m.s.Plan.Territorio.Clone()
		t.Frazioni = append(t.Frazioni, m.word())
		t.SuperficieTotale += 0.5
		return "territorio", m.s.SaveTerritorio("Territorio", t)
	}},
	{2, func(m *modelRun) (string, error) { // quality judgements and deadlines
		cq := m.s.Plan.ConfermeQualita
		switch k := m.rng.Intn(4); {
		case k == 0 && len(cq) > 0:
			c := cq[m.rng.Intn(len(cq))]
			return fmt.Sprintf("elimina il giudizio %s dell'obiettivo %d", c.Criterio, c.ObiettivoID),
				m.s.DeleteConfermaQualita("Qualità", c.ObiettivoID, c.Criterio)
		case k == 1:
			sc := m.s.Plan.Scadenzario.Clone()
			sc.Giorni = m.rng.Intn(60)
			return "scadenzario", m.s.SaveScadenzario("Scadenze", sc)
		}
		i := m.pick(len(m.s.Plan.Obiettivi))
		if i < 0 {
			return "", nil
		}
		c := model.ConfermaQualita{ObiettivoID: m.s.Plan.Obiettivi[i].ID, Esito: m.rng.Intn(2) == 0, Note: m.word(),
			Criterio: []model.CriterioQualita{model.QualitaRilevante, model.QualitaRisorse, model.QualitaStandard}[m.rng.Intn(3)]}
		return fmt.Sprintf("giudizio %s dell'obiettivo %d", c.Criterio, c.ObiettivoID), m.s.SaveConfermaQualita("Qualità", c)
	}},
	{2, func(m *modelRun) (string, error) { // adopt
		a := m.atto()
		_, err := m.s.Adotta("Adozione", a)
		return "adozione con la delibera n. " + a.Numero, err
	}},
	{3, func(m *modelRun) (string, error) { // register a variation
		a := m.atto()
		_, err := m.s.RegistraVariazione("Variazione", a, m.word())
		return "variazione con la delibera n. " + a.Numero, err
	}},
	{1, func(m *modelRun) (string, error) { // a deadline met, or due again
		keys := []string{"2024/piano", "2024/relazione", "2024/monitoraggio/2024-06-30"}
		k := keys[m.rng.Intn(len(keys))]
		if m.rng.Intn(3) == 0 {
			return "scadenza " + k + " di nuovo da fare", m.s.TogliFatto("Da fare", k)
		}
		a := model.Adempimento{Chiave: k, Data: model.MustDate(2024, time.Month(1+m.rng.Intn(12)), 1+m.rng.Intn(28)), Note: m.word()}
		return "scadenza " + k + " fatta", m.s.SegnaFatto("Fatto", a)
	}},
	{1, func(m *modelRun) (string, error) { // a version shown read-only refuses every change
		vv, _ := m.s.Versioni()
		if len(vv) == 0 {
			return "", nil
		}
		n := 1 + m.rng.Intn(len(vv))
		fs, err := m.s.Frozen(n)
		if err != nil {
			return fmt.Sprintf("versione %d in sola lettura", n), err
		}
		var want *model.Plan
		if err := m.st.Read(context.Background(), func(r model.Reader) (err error) { want, err = r.LoadVersione(n); return err }); err != nil {
			m.t.Fatal(err)
		}
		if !reflect.DeepEqual(fs.Plan, want) {
			m.fail = fmt.Sprintf("la versione %d mostrata differisce da quella nel file: %s", n, diff(fs.Plan, want))
		}
		e := fs.Plan.Ente
		e.Nome += " modificato"
		if err := fs.SaveEnte("Ente", e); !errors.Is(err, model.ErrReadOnly) {
			m.fail = fmt.Sprintf("la versione %d in sola lettura ha accettato una modifica (%v)", n, err)
		}
		return fmt.Sprintf("versione %d in sola lettura", n), nil
	}},
	undoOp,
	redoOp,
	{2, func(m *modelRun) (string, error) { // reload all or a part, as after a change elsewhere
		if m.rng.Intn(2) == 0 {
			return "rilegge il piano", m.s.Reload(model.Scope{Parts: model.AllParts})
		}
		part := model.Parts(1) << m.rng.Intn(13)
		return fmt.Sprintf("rilegge la parte %b", part), m.s.Reload(model.Scope{Parts: part})
	}},
}

// editObiettivo changes an objective as the editor does: a field, the
// years, the units, an indicator, a target, a reading, a phase, the parent.
func editObiettivo(m *modelRun) (string, error) {
	i := m.pick(len(m.s.Plan.Obiettivi))
	if i < 0 {
		return "", nil
	}
	cur := m.s.Plan.Obiettivi[i]
	o := cur.Clone()
	what := ""
	switch m.rng.Intn(8) {
	case 0:
		o.Titolo, what = m.word()+" "+o.Titolo, "titolo"
	case 1:
		o.Anni, what = []int{2024 + m.rng.Intn(3)}, "anni"
	case 2:
		o.UnitaIDs, what = []int64{}, "unità"
		for _, u := range m.s.Plan.Unita {
			if m.rng.Intn(3) == 0 {
				o.UnitaIDs = append(o.UnitaIDs, u.ID)
			}
		}
	case 3:
		what = "nuovo indicatore"
		o.Indicatori = append(o.Indicatori, model.Indicatore{Ordine: len(o.Indicatori) + 1, Nome: m.word(), Tipo: model.IndNumero,
			Target: []model.Target{{Anno: 2024, Valore: "≥ 5"}}, Risultati: []model.Risultato{}})
	case 4:
		if len(o.Indicatori) == 0 {
			return "", nil
		}
		k := m.rng.Intn(len(o.Indicatori))
		if m.rng.Intn(2) == 0 {
			what = "elimina un indicatore"
			o.Indicatori = append(o.Indicatori[:k], o.Indicatori[k+1:]...)
		} else {
			what = "target e lettura di un indicatore"
			o.Indicatori[k].Target = []model.Target{{Anno: 2025, Valore: m.word()}}
			o.Indicatori[k].Risultati = append(o.Indicatori[k].Risultati,
				model.Risultato{Data: model.MustDate(2024, time.Month(1+m.rng.Intn(12)), 1+m.rng.Intn(28)), Valore: m.word()})
		}
	case 5:
		what = "fasi"
		if len(o.Fasi) > 0 && m.rng.Intn(2) == 0 {
			o.Fasi = o.Fasi[1:]
		} else {
			o.Fasi = append(o.Fasi, model.Fase{Ordine: len(o.Fasi) + 1, Titolo: m.word(), Mesi: []int{1 + m.rng.Intn(12)}})
		}
	case 6:
		what = "sopra"
		o.ParentID = 0
		if k := m.pick(len(m.s.Plan.Obiettivi)); k >= 0 && m.rng.Intn(3) > 0 {
			o.ParentID = m.s.Plan.Obiettivi[k].ID // may be itself or below: refused
		}
	case 7:
		o.Ordine, what = m.rng.Intn(30), "ordine"
	}
	model.NormalizePlan(&model.Plan{Obiettivi: []model.Obiettivo{o}})
	_, err := m.s.SaveObiettivo("Modifica", o)
	return fmt.Sprintf("obiettivo %d: %s", cur.ID, what), err
}

// diff names the parts of two plans that differ, and the first objective
// that does.
func diff(got, want *model.Plan) string {
	var parts []string
	gv, wv := reflect.ValueOf(got).Elem(), reflect.ValueOf(want).Elem()
	for i := 0; i < gv.NumField(); i++ {
		if !reflect.DeepEqual(gv.Field(i).Interface(), wv.Field(i).Interface()) {
			parts = append(parts, gv.Type().Field(i).Name)
		}
	}
	if len(got.Obiettivi) != len(want.Obiettivi) {
		parts = append(parts, fmt.Sprintf("%d obiettivi invece di %d", len(got.Obiettivi), len(want.Obiettivi)))
	} else {
		for i := range got.Obiettivi {
			if !reflect.DeepEqual(got.Obiettivi[i], want.Obiettivi[i]) {
				parts = append(parts, fmt.Sprintf("obiettivo in posizione %d:\n    %+v\n    %+v", i, got.Obiettivi[i], want.Obiettivi[i]))
				break
			}
		}
	}
	return strings.Join(parts, ", ")
}
