package session

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"sync"
	"testing"
	"time"

	"pianoperformance/model"
	"pianoperformance/model/postgres"
	"pianoperformance/model/postgres/servertest"
	"pianoperformance/model/synth"
)

// Several people writing one server plan at once, each in a window of
// their own on a different objective, for a while: nothing anyone saved is
// lost, and nobody meets an error (not even a conflict: their records
// differ). Each window also takes in the others' changes as they arrive,
// as the window does between one keystroke and the next.
//
//	go test -tags migrated_fynedo ./ui/session -run TestConcurrentWriters                                  as in make test (a few seconds)
//	go test -tags migrated_fynedo ./ui/session -run TestConcurrentWriters -args -concorrenti.durata=60s   the measure of docs/benchmark-server.md
var flagConcurrent = flag.Duration("concorrenti.durata", 0, "durata della prova di 20 persone che scrivono insieme sul server (0: breve, per make test)")

func TestConcurrentWritersLoseNothing(t *testing.T) {
	const writers = 20
	duration := 3 * time.Second
	if *flagConcurrent > 0 {
		duration = *flagConcurrent
	}
	db := servertest.New(t, cluster)
	admin, pw := db.User("Segreteria", model.AccessoAmministratore, "", "concorrenti")
	servertest.Create(t, admin, pw, synth.Plan(3, 2*writers, 2)).Close()

	type window struct {
		s       *Session
		changes chan model.Change
		id      int64
		want    string // the title as last saved
		saves   int
		undos   int
		err     error
	}
	ww := make([]*window, writers)
	for i := range ww {
		addr, pw := db.User(fmt.Sprintf("Persona %d", i+1), model.AccessoAmministratore, "", "concorrenti")
		st := servertest.Open(t, addr, pw)
		p, err := st.Load(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		w := &window{s: New(model.Checked(st), p), changes: make(chan model.Change, 1000), id: p.Obiettivi[2*i].ID}
		w.want = p.ObiettivoByID(w.id).Titolo
		stop := st.Watch(func(c model.Change) { w.changes <- c })
		t.Cleanup(stop)
		ww[i] = w
	}
	deadline := time.Now().Add(duration)
	var wg sync.WaitGroup
	for i, w := range ww {
		wg.Add(1)
		go func() {
			defer wg.Done()
			titles := []string{w.want}
			for n := 1; time.Now().Before(deadline); n++ {
				// Take in what the others changed, as the window would.
				for more := true; more; {
					select {
					case c := <-w.changes:
						w.s.Remote(c)
					default:
						more = false
					}
				}
				if n%7 == 0 && w.s.CanUndo() {
					if err := w.s.Undo(); err != nil {
						w.err = fmt.Errorf("persona %d, annullamento %d: %w", i+1, n, err)
						return
					}
					titles = titles[:len(titles)-1]
					w.undos++
					continue
				}
				o := w.s.Plan.ObiettivoByID(w.id).Clone()
				o.Titolo = fmt.Sprintf("Obiettivo della persona %d, modifica %d", i+1, n)
				if len(o.Indicatori) > 0 && len(o.Indicatori[0].Risultati) > 0 {
					o.Indicatori[0].Risultati[0].Note = fmt.Sprintf("Lettura %d", n)
				}
				if _, err := w.s.SaveObiettivo("Titolo", o); err != nil {
					w.err = fmt.Errorf("persona %d, salvataggio %d: %w", i+1, n, err)
					return
				}
				titles = append(titles, o.Titolo)
				w.saves++
			}
			w.want = titles[len(titles)-1]
		}()
	}
	wg.Wait()

	total, undos := 0, 0
	for _, w := range ww {
		if w.err != nil {
			if errors.Is(w.err, model.ErrConflict) {
				t.Errorf("a conflict between people writing different objectives: %v", w.err)
			} else {
				t.Error(w.err)
			}
		}
		total += w.saves
		undos += w.undos
	}
	check, err := postgres.Open(context.Background(), admin, pw)
	if err != nil {
		t.Fatal(err)
	}
	defer check.Close()
	p, err := check.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for i, w := range ww {
		if got := p.ObiettivoByID(w.id).Titolo; got != w.want {
			t.Errorf("person %d's objective holds %q, want %q", i+1, got, w.want)
		}
	}
	t.Logf("%d persone per %v: %d salvataggi e %d annullamenti (%.0f al secondo), nessuno perso",
		writers, duration, total, undos, float64(total+undos)/duration.Seconds())
}
