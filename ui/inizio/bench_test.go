package inizio

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"pianoperformance/model"
	"pianoperformance/model/sqlite"
	"pianoperformance/model/synth"
	"pianoperformance/ui/session"
)

// BenchmarkInizioRefresh is what the start screen adds to every saved
// change on a large plan (10 years × 500 objectives × 3 indicators),
// adopted and changed since: the changes not yet registered against the
// frozen version (kept in memory), the deadlines, the quality of every
// objective.
func BenchmarkInizioRefresh(b *testing.B) {
	test.NewTempApp(b)
	st, err := sqlite.Create(filepath.Join(b.TempDir(), "p.db"), synth.Plan(10, 500, 3))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	p, err := st.Load(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	s := session.New(st, p)
	d := model.MustDate(p.Piano.Anno, time.January, 31)
	if _, err := s.Adotta("Adozione", model.Atto{Organo: model.OrganoGiunta, Numero: "1", Data: &d}); err != nil {
		b.Fatal(err)
	}
	o := s.Plan.Obiettivi[250].Clone()
	o.Titolo = "Titolo variato"
	if _, err := s.SaveObiettivo("Titolo", o); err != nil {
		b.Fatal(err)
	}
	w := test.NewTempWindow(b, nil)
	scr := New(s, NewStato(s, Azioni{}), NewProssime(s, w, Azioni{}), NewQualita(s, w, Azioni{}))
	sc := NewScadenze(s, w, Azioni{})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		scr.Refresh()
		sc.Refresh()
	}
}
