package postgres_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"pianoperformance/model"
	"pianoperformance/model/postgres"
	"pianoperformance/model/postgres/servertest"
	"pianoperformance/model/synth"
)

// The large synthetic plan (10 years, 500 objectives of 3 indicators, a
// year of monitoring) on the throwaway server, as an amministratore
// (under row-level security) over TCP, as the window connects.
func largeOnServer(b *testing.B) (postgres.Address, string) {
	db := servertest.New(b, cluster)
	addr, pw := db.User("Segreteria", model.AccessoAmministratore, "", "grande")
	servertest.Create(b, addr, pw, synth.Plan(10, 500, 3)).Close()
	return addr, pw
}

// Opening the large plan as the window does: sign in, check the schema
// and the person, load the whole plan.
func BenchmarkOpenLarge(b *testing.B) {
	addr, pw := largeOnServer(b)
	b.ReportAllocs()
	for b.Loop() {
		st, err := postgres.Open(ctx, addr, pw)
		if err != nil {
			b.Fatal(err)
		}
		p, err := st.Load(ctx)
		if err != nil || len(p.Obiettivi) != 500 {
			b.Fatalf("%v, %d obiettivi", err, len(p.Obiettivi))
		}
		st.Close()
	}
}

// Loading the large plan on a connection already open (a reload of the
// whole plan).
func BenchmarkLoadLarge(b *testing.B) {
	addr, pw := largeOnServer(b)
	st := servertest.Open(b, addr, pw)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := st.Load(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// Saving an objective of the large plan (a title), with the version check,
// the read-back of the objective and the notice to the others.
func BenchmarkSaveObiettivoLarge(b *testing.B) {
	addr, pw := largeOnServer(b)
	st := servertest.Open(b, addr, pw)
	p, err := st.Load(ctx)
	if err != nil {
		b.Fatal(err)
	}
	o := p.Obiettivi[250]
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		o.Titolo = fmt.Sprintf("Titolo %d", i)
		if err := st.Write(ctx, func(w model.Writer) error {
			if err := w.SaveObiettivo(&o); err != nil {
				return err
			}
			_, err := w.Obiettivi([]int64{o.ID})
			return err
		}); err != nil {
			b.Fatal(err)
		}
	}
}

// A change saved in one window until a second window, another person's,
// has it on screen: the save, the server's notice, and the second
// window's read of what changed.
func BenchmarkChangeSeenElsewhere(b *testing.B) {
	db := servertest.New(b, cluster)
	addr, pw := db.User("Anna Bianchi", model.AccessoAmministratore, "", "grande")
	servertest.Create(b, addr, pw, synth.Plan(10, 500, 3)).Close()
	a := servertest.Open(b, addr, pw)
	other, opw := db.User("Maria Rossi", model.AccessoAmministratore, "", "grande")
	second := servertest.Open(b, other, opw)
	p, err := a.Load(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := second.Load(ctx); err != nil {
		b.Fatal(err)
	}
	changes := make(chan model.Change, 16)
	stop := second.Watch(func(c model.Change) {
		if c.Link == model.LinkSame {
			changes <- c
		}
	})
	defer stop()
	o := p.Obiettivi[100]
	var worst time.Duration
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		o.Titolo = fmt.Sprintf("Visto altrove %d", i)
		if err := a.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&o) }); err != nil {
			b.Fatal(err)
		}
		for {
			c := <-changes
			if !slices.Contains(c.Scope.Obiettivi, o.ID) {
				continue
			}
			var got []model.Obiettivo
			if err := second.Read(ctx, func(r model.Reader) (err error) { got, err = r.Obiettivi(c.Scope.Obiettivi); return err }); err != nil {
				b.Fatal(err)
			}
			if len(got) == 1 && got[0].Titolo == o.Titolo {
				break
			}
		}
		worst = max(worst, time.Since(start))
	}
	b.ReportMetric(float64(worst.Microseconds())/1000, "ms-peggiore")
}
