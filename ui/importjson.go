package ui

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"pianoperformance/model"
)

// importJSON makes a new plan file from a JSON file (one exported by this
// program, or by the command line): first the JSON is read and checked, so
// a bad file is reported with where the error is and nothing is created;
// then the clerk chooses where to save the new plan.
func (f *frame) importJSON() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		name := r.URI().Name()
		b, err := io.ReadAll(r)
		_ = r.Close()
		if err != nil {
			dialog.ShowError(err, f.w)
			return
		}
		p, err := model.UnmarshalPlan(b)
		if err != nil {
			dialog.ShowError(fmt.Errorf("%s: %w", name, err), f.w)
			return
		}
		f.askWhereToCreate(p, strings.TrimSuffix(name, filepath.Ext(name))+".db")
	}, f.w)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
	f.startIn(d)
	d.Show()
}
