package ui

import (
	"io"
	"time"

	"fyne.io/fyne/v2/lang"

	"pianoperformance/atomicfile"
	"pianoperformance/export"
	"pianoperformance/model"
)

// exportICS asks where to write the deadlines as a calendar file (.ics)
// for Outlook and Thunderbird, and writes it whole.
func (f *frame) exportICS(ss []model.Scadenza) {
	if len(ss) == 0 {
		return
	}
	p := f.base().Plan
	name := planName(p) + " - " + lang.L("scadenze.calendario.nome")
	f.files.save(lang.L("scadenze.calendario.titolo"), typeICS, name, func(path string) { f.writeICS(p.Clone(), ss, path) })
}

// writeICS writes the calendar off the UI goroutine.
func (f *frame) writeICS(p *model.Plan, ss []model.Scadenza, path string) {
	if f.refuseOpenPlan(path) {
		return
	}
	f.busy(lang.L("scadenze.calendario.in.corso"), func() error {
		return atomicfile.Write(path, atomicfile.Public, func(w io.Writer) error {
			return export.ICS(w, p, ss, time.Now())
		})
	}, func() {
		f.s.Report(lang.L("scadenze.calendario.fatto", map[string]any{"File": path, "N": len(ss)}), false)
	})
}
