package ui

import (
	"fmt"
	"io"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

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
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if f.chosen(w, err) {
			f.writeICS(p.Clone(), ss, savedPath(w))
		}
	}, f.w)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".ics"}))
	d.SetFileName(fmt.Sprintf("scadenze-%d.ics", p.Piano.Anno))
	f.startIn(d)
	d.Show()
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
