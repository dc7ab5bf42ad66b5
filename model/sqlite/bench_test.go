package sqlite

import (
	"fmt"
	"path/filepath"
	"testing"

	"pianoperformance/model"
)

// benchPlan has n objectives with 3 indicators each (3 targets, results on
// the first) and 3 phases, like a large comune's plan.
func benchPlan(n int) *model.Plan {
	p := richPlan()
	p.Obiettivi = p.Obiettivi[:0]
	for i := 0; i < n; i++ {
		o := richObiettivo(1, []int64{5, 4}, model.Peso{Tipo: model.PesoPercentuale, Valore: 10})
		o.Ordine = i
		o.Codice = fmt.Sprintf("OB.%03d", i)
		// IDs as if saved before: a plan's records keep theirs, so 500
		// copies of one objective need 500 sets of them.
		setIDs(&o, int64(100+i))
		p.Obiettivi = append(p.Obiettivi, o)
	}
	return p
}

func BenchmarkLoad(b *testing.B) {
	s, err := Create(filepath.Join(b.TempDir(), "piano.db"), benchPlan(500))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if n := len(load(b, s).Obiettivi); n != 500 {
		b.Fatalf("%d obiettivi", n)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Load(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSaveObiettivo(b *testing.B) {
	s, err := Create(filepath.Join(b.TempDir(), "piano.db"), benchPlan(500))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	o := load(b, s).Obiettivi[250]
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		o.Titolo = fmt.Sprintf("Titolo %d", i)
		if err := s.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&o) }); err != nil {
			b.Fatal(err)
		}
	}
}

// Adoption of a large plan: load it, check it, write its JSON and the
// version, in one transaction.
func BenchmarkAdotta(b *testing.B) {
	p := benchPlan(500)
	p.Piano.Stato = model.StatoBozza
	p.Piano.Approvazione = model.Atto{}
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		s, err := Create(filepath.Join(b.TempDir(), "piano.db"), p)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := adotta(s, model.Atto{Organo: "Giunta comunale", Numero: "1", Data: model.DatePtr(2023, 1, 31)}); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}

func BenchmarkLoadVersione(b *testing.B) {
	p := benchPlan(500)
	p.Piano.Stato = model.StatoBozza
	s, err := Create(filepath.Join(b.TempDir(), "piano.db"), p)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := adotta(s, model.Atto{Organo: "Giunta comunale", Numero: "1", Data: model.DatePtr(2023, 1, 31)}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := versione(s, 1); err != nil {
			b.Fatal(err)
		}
	}
}
