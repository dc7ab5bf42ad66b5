package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/model/synth"
)

// BenchmarkOpenVersion shows version 1 read-only and goes back, on the
// example plan and on a large one (10 years × 500 objectives × 3
// indicators): on the start screen, and on the Obiettivi screen (built on
// the frozen text, locked, in the readable theme). The frozen text is
// read once (BenchmarkLoadVersione in model/sqlite) and kept.
func BenchmarkOpenVersion(b *testing.B) {
	plans := []struct {
		name string
		plan func() *model.Plan
	}{{"esempio", func() *model.Plan { return nil }}, {"grande", func() *model.Plan { return synth.Plan(10, 500, 3) }}}
	for _, p := range plans {
		for _, screen := range []string{keyInizio, model.SezioneObiettivi} {
			b.Run(p.name+"/"+screen, func(b *testing.B) {
				f, _ := newTestFrame(b, p.plan(), screen)
				adoptLarge(b, f)
				f.openVersion(1)
				f.closeVersion()
				b.ReportAllocs()
				b.ResetTimer()
				for b.Loop() {
					f.openVersion(1)
					f.goToSection(screen)
					f.closeVersion()
				}
			})
		}
	}
}

// BenchmarkVersionSelectObiettivo is a click on another objective in the
// table (example plan), of the plan as it is and of a version shown
// read-only: the editor rebuilt and, on a version, locked again with the
// readable theme on what it built.
func BenchmarkVersionSelectObiettivo(b *testing.B) {
	for _, version := range []bool{false, true} {
		name := "piano"
		if version {
			name = "versione"
		}
		b.Run(name, func(b *testing.B) { benchSelect(b, version) })
	}
}

func benchSelect(b *testing.B, version bool) {
	f, _ := newTestFrame(b, nil, model.SezioneObiettivi)
	adoptLarge(b, f)
	if version {
		f.openVersion(1)
	}
	var table *widget.Table
	eachObject(f.body, func(o fyne.CanvasObject) bool {
		if tb, ok := o.(*widget.Table); ok {
			table = tb
		}
		return table == nil
	})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		table.Select(widget.TableCellID{Row: i % 20, Col: 1})
	}
}
