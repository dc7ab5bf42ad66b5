package ui

import (
	"fmt"
	"io"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/atomicfile"
	"pianoperformance/export"
	"pianoperformance/model"
)

// Open-data formats for Amministrazione trasparente.
const (
	fmtXLSX = "xlsx"
	fmtCSV  = "csv"
	fmtJSON = "json"
)

// exportPlan asks for the format, then for where to write it, and writes
// off the UI goroutine.
func (f *frame) exportPlan() {
	if f.s.Plan == nil {
		return
	}
	labels := []string{lang.L("esporta.xlsx"), lang.L("esporta.csv"), lang.L("esporta.json")}
	formats := []string{fmtXLSX, fmtCSV, fmtJSON}
	choice := widget.NewRadioGroup(labels, nil)
	choice.Required = true
	choice.SetSelected(labels[0])
	dialog.ShowCustomConfirm(lang.L("esporta.titolo"), lang.L("esporta.avanti"), lang.L("Cancel"), choice, func(ok bool) {
		if !ok {
			return
		}
		format := formats[indexOf(labels, choice.Selected)]
		switch format {
		case fmtCSV:
			f.files.folder(lang.L("esporta.cartella.titolo"), func(dir string) { f.runExport(format, dir) })
		case fmtXLSX:
			f.files.save(lang.L("esporta.titolo"), typeXLSX, planName(f.s.Plan), func(p string) { f.runExport(format, p) })
		default:
			f.files.save(lang.L("esporta.titolo"), typeJSON, planName(f.s.Plan), func(p string) { f.runExport(format, p) })
		}
	}, f.w)
}

// runExport writes a snapshot of the plan, so the clerk may keep editing.
func (f *frame) runExport(format, path string) {
	if f.refuseOpenPlan(path) {
		return
	}
	snap := f.s.Plan.Clone()
	var written string
	f.busy(lang.L("esporta.in.corso"), func() error {
		var err error
		written, err = writeExport(snap, format, path)
		return err
	}, func() {
		f.s.Report(lang.L("esporta.fatto", map[string]any{"File": written}), false)
	})
}

// writeExport writes one export, whole or not at all (see atomicfile).
func writeExport(p *model.Plan, format, path string) (string, error) {
	if format == fmtCSV {
		files, err := export.CSV(path, p)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("%s (%d file)", path, len(files)), nil
	}
	err := atomicfile.Write(path, atomicfile.Public, func(w io.Writer) error {
		if format == fmtXLSX {
			return export.XLSX(w, p)
		}
		b, err := export.JSON(p)
		if err == nil {
			_, err = w.Write(b)
		}
		return err
	})
	return path, err
}
