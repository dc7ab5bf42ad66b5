package session

import (
	"fmt"
	"testing"

	"pianoperformance/model"
	"pianoperformance/model/synth"
)

// BenchmarkSaveObiettivoLargePlan is what a keystroke in the Obiettivi
// editor costs on a large plan (10 years × 500 objectives × 3
// indicators): the prior state read for undo, the save, the read-back of
// the objective and the plan in memory updated, all in one transaction
// flushed to the disk.
func BenchmarkSaveObiettivoLargePlan(b *testing.B) {
	s, _ := open(b, synth.Plan(10, 500, 3))
	o := s.Plan.Obiettivi[250].Clone()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		o.Titolo = fmt.Sprintf("Titolo %d", i)
		if _, err := s.SaveObiettivo("Titolo", o); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUndoLargePlan is one Ctrl+Z of such a change.
func BenchmarkUndoLargePlan(b *testing.B) {
	s, _ := open(b, synth.Plan(10, 500, 3))
	o := s.Plan.Obiettivi[250].Clone()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		o.Titolo = fmt.Sprintf("Titolo %d", i)
		if _, err := s.SaveObiettivo("Titolo", o); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := s.Undo(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSavePopolazioneLargePlan is a keystroke in the population table:
// the whole (small) part is read back.
func BenchmarkSavePopolazioneLargePlan(b *testing.B) {
	s, _ := open(b, synth.Plan(10, 500, 3))
	r := s.Plan.Popolazione[5]
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		r.Residenti = 10000 + i%2
		if err := s.SavePopolazioneAnno("Residenti", r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReloadLargePlan is reading the whole plan back, as a reload
// does (and as every keystroke would without the read-back by part).
func BenchmarkReloadLargePlan(b *testing.B) {
	s, _ := open(b, synth.Plan(10, 500, 3))
	b.ReportAllocs()
	for b.Loop() {
		if err := s.Reload(model.Scope{Parts: model.AllParts}); err != nil {
			b.Fatal(err)
		}
	}
}
