package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
)

var planFilter = storage.NewExtensionFileFilter([]string{".db", ".piano"})

// busy shows an indeterminate progress dialog while work runs off the UI
// goroutine; done is applied on the UI goroutine with its result.
func (f *frame) busy(title string, work func() error, done func()) {
	d := dialog.NewCustomWithoutButtons(title, widget.NewProgressBarInfinite(), f.w)
	d.Show()
	go func() {
		err := work()
		fyne.Do(func() {
			d.Hide()
			if err != nil {
				dialog.ShowError(err, f.w)
				return
			}
			done()
		})
	}()
}

func (f *frame) openDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		_ = r.Close()
		f.openPath(path)
	}, f.w)
	d.SetFilter(planFilter)
	f.startIn(d)
	d.Show()
}

// startIn opens file dialogs in the folder of the current plan.
func (f *frame) startIn(d interface{ SetLocation(fyne.ListableURI) }) {
	if f.s.Store == nil {
		return
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(f.s.Store.Path()))); err == nil {
		d.SetLocation(l)
	}
}

// openPath opens another plan file. On error nothing changes and the
// store's Italian message is shown.
func (f *frame) openPath(path string) {
	if f.opts.Open == nil {
		return
	}
	var st model.Store
	var p *model.Plan
	f.busy(lang.L("frame.apertura"), func() error {
		var err error
		if st, err = f.opts.Open(path); err != nil {
			return err
		}
		if p, err = st.Load(context.Background()); err != nil {
			_ = st.Close()
			return err
		}
		return nil
	}, func() { f.switchTo(st, p) })
}

// switchTo replaces the open plan; the old file is closed.
func (f *frame) switchTo(st model.Store, p *model.Plan) {
	old := f.s.Store
	f.s.Reset(st, p)
	if old != nil && old != st {
		_ = old.Close()
	}
	f.addRecent(st.Path())
	f.s.Report(lang.L("frame.aperto", map[string]any{"File": st.Path()}), false)
}

func (f *frame) saveCopy() {
	if f.s.Store == nil {
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := savedPath(w)
		st := f.s.Store
		f.busy(lang.L("frame.salvataggio"), func() error { return st.SaveCopyAs(path) }, func() {
			f.s.Report(lang.L("frame.copia.salvata", map[string]any{"File": path}), false)
		})
	}, f.w)
	d.SetFilter(planFilter)
	d.SetFileName(suggestedName(f.s.Plan, 0))
	f.startIn(d)
	d.Show()
}

func suggestedName(p *model.Plan, delta int) string {
	if p == nil || p.Piano.Anno == 0 {
		return "piano.db"
	}
	return fmt.Sprintf("piano-%d.db", p.Piano.Anno+delta)
}

// newPlan asks what to start from, then where to save the new file.
func (f *frame) newPlan() {
	empty := lang.L("frame.nuovo.vuoto")
	next := lang.L("frame.nuovo.successivo")
	choice := widget.NewRadioGroup([]string{next, empty}, nil)
	choice.SetSelected(next)
	dialog.ShowCustomConfirm(lang.L("frame.nuovo.titolo"), lang.L("frame.nuovo.avanti"), lang.L("Cancel"), choice, func(ok bool) {
		if !ok || f.opts.Create == nil {
			return
		}
		var p *model.Plan
		var err error
		if choice.Selected == empty || f.s.Plan == nil {
			p = emptyPlan(f.s.Plan)
		} else if p, err = nextYear(f.s.Plan); err != nil {
			dialog.ShowError(err, f.w)
			return
		}
		f.askWhereToCreate(p, suggestedName(p, 0))
	}, f.w)
}

// askWhereToCreate asks where to save a new plan file holding p, then
// creates it and switches the window to it.
func (f *frame) askWhereToCreate(p *model.Plan, suggested string) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := savedPath(w)
		if ext := strings.ToLower(filepath.Ext(path)); ext != ".db" && ext != ".piano" {
			path += ".db"
		}
		f.createAt(path, p)
	}, f.w)
	d.SetFilter(planFilter)
	d.SetFileName(suggested)
	f.startIn(d)
	d.SetConfirmText(lang.L("frame.importa.crea"))
	d.Show()
}

// createAt makes a new plan file at path holding p,
// off the UI goroutine, and switches the window to it.
func (f *frame) createAt(path string, p *model.Plan) {
	var st model.Store
	var loaded *model.Plan
	f.busy(lang.L("frame.creazione"), func() error {
		var err error
		if st, err = f.opts.Create(path, p); err != nil {
			return err
		}
		if loaded, err = st.Load(context.Background()); err != nil {
			_ = st.Close()
		}
		return err
	}, func() { f.switchTo(st, loaded) })
}

// savedPath is the file a save dialog chose. The dialog has already created
// it, empty, to write into; a plan file must be made by the store instead,
// so an empty placeholder is removed (a chosen existing file the user agreed
// to overwrite is already empty by then).
func savedPath(w fyne.URIWriteCloser) string {
	path := w.URI().Path()
	_ = w.Close()
	if fi, err := os.Stat(path); err == nil && fi.Size() == 0 {
		_ = os.Remove(path)
	}
	return path
}

// Recent files: the last five, newest first, in the app's preferences.
func (f *frame) recent() []string { return f.a.Preferences().StringList(prefRecent) }

func (f *frame) addRecent(path string) {
	list := []string{path}
	for _, p := range f.recent() {
		if p != path && len(list) < 5 {
			list = append(list, p)
		}
	}
	f.a.Preferences().SetStringList(prefRecent, list)
	f.fillRecent()
}

func (f *frame) fillRecent() {
	if f.mainMenu == nil {
		return
	}
	var item *fyne.MenuItem
	for _, it := range f.mainMenu.Items[0].Items {
		if it.ChildMenu != nil {
			item = it
		}
	}
	if item == nil {
		return
	}
	item.ChildMenu.Items = nil
	for _, p := range f.recent() {
		path := p
		item.ChildMenu.Items = append(item.ChildMenu.Items, fyne.NewMenuItem(path, func() { f.openPath(path) }))
	}
	item.Disabled = len(item.ChildMenu.Items) == 0
	f.mainMenu.Refresh()
}
