package ui

import (
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

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
		if format == fmtCSV {
			d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
				if err == nil && u != nil {
					f.runExport(format, u.Path())
				}
			}, f.w)
			d.Show()
			return
		}
		d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
			if err != nil || w == nil {
				return
			}
			path := w.URI().Path()
			_ = w.Close()
			f.runExport(format, path)
		}, f.w)
		d.SetFilter(storage.NewExtensionFileFilter([]string{"." + format}))
		d.SetFileName(suggestedName(f.s.Plan, 0) + "." + format)
		d.Show()
	}, f.w)
}

// runExport writes a snapshot of the plan, so the clerk may keep editing.
func (f *frame) runExport(format, path string) {
	snap, err := copyPlan(f.s.Plan)
	if err != nil {
		dialog.ShowError(err, f.w)
		return
	}
	var written string
	f.busy(lang.L("esporta.in.corso"), func() error {
		var err error
		written, err = writeExport(snap, format, path)
		return err
	}, func() {
		f.s.Report(lang.L("esporta.fatto", map[string]any{"File": written}), false)
	})
}

// writeExport writes one export. Single files go to a temporary name first
// and are renamed when complete, so a failure never leaves half a file.
func writeExport(p *model.Plan, format, path string) (string, error) {
	if format == fmtCSV {
		files, err := export.CSV(path, p)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("%s (%d file)", path, len(files)), nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".esportazione-*")
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name())
	switch format {
	case fmtXLSX:
		err = export.XLSX(tmp, p)
	default:
		var b []byte
		if b, err = export.JSON(p); err == nil {
			_, err = tmp.Write(b)
		}
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", err
	}
	return path, os.Rename(tmp.Name(), path)
}
