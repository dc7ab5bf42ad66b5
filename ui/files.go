package ui

import (
	"context"
	"errors"
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
	"pianoperformance/model/address"
)

var planFilter = storage.NewExtensionFileFilter([]string{".db", ".piano"})

// busy runs work off the UI goroutine behind a progress dialog (a task
// without «Annulla»); done is applied on the UI goroutine once work
// succeeded, and an error is shown instead.
func (f *frame) busy(title string, work func() error, done func()) {
	f.busyOr(title, work, done, f.showError)
}

// busyOr is busy with its own handling of the error.
func (f *frame) busyOr(title string, work func() error, done func(), failed func(error)) {
	f.runTask(title, "", func(context.Context, func(float64)) error { return work() }, func(err error) {
		if err != nil {
			failed(err)
			return
		}
		done()
	})
}

// showError tells the user what went wrong, in a dialog.
func (f *frame) showError(err error) { dialog.ShowError(err, f.w) }

// chosen is the start of every file dialog's callback: an error is shown,
// and it says whether the user chose something.
func (f *frame) chosen(u any, err error) bool {
	if err != nil {
		f.showError(err)
		return false
	}
	switch v := u.(type) {
	case fyne.URIReadCloser:
		return v != nil
	case fyne.URIWriteCloser:
		return v != nil
	case fyne.ListableURI:
		return v != nil
	}
	return u != nil
}

func (f *frame) openDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if !f.chosen(r, err) {
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
// store's Italian message is shown; a plan open elsewhere can be opened
// read-only instead.
func (f *frame) openPath(path string) {
	if f.isOpenPlan(path) {
		return // it is the plan on screen
	}
	if address.Is(path) {
		f.openAddress(path)
		return
	}
	if f.opts.Open == nil {
		return
	}
	f.openWith(f.opts.Open, path, func(err error) {
		if errors.Is(err, model.ErrLocked) && f.opts.OpenReadOnly != nil {
			f.askReadOnly(err, func() { f.openWith(f.opts.OpenReadOnly, path, f.showError) })
			return
		}
		f.showError(err)
	})
}

// openWith opens and loads a plan off the UI goroutine, then shows it and
// runs then, if any.
func (f *frame) openWith(open func(string) (model.Store, error), path string, failed func(error), then ...func()) {
	var st model.Store
	var p *model.Plan
	f.busyOr(lang.L("frame.apertura"), func() error {
		var err error
		if st, err = open(path); err != nil {
			return err
		}
		if p, err = st.Load(context.Background()); err != nil {
			_ = st.Close()
			return err
		}
		return nil
	}, func() {
		f.switchTo(st, p)
		for _, fn := range then {
			if fn != nil {
				fn()
			}
		}
	}, failed)
}

// askReadOnly says who has the plan and offers to open it read-only.
func (f *frame) askReadOnly(err error, readOnly func()) {
	msg := widget.NewLabel(lockedMessage(err))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(lang.L("file.bloccato.titolo"), lang.L("file.bloccato.sola.lettura"), lang.L("Cancel"),
		msg, func(ok bool) {
			if ok {
				readOnly()
			}
		}, f.w)
	d.Resize(fyne.NewSize(560, 260))
	d.Show()
}

// lockedMessage explains a plan open elsewhere and what can be done.
func lockedMessage(err error) string {
	return lang.L("file.bloccato.domanda", map[string]any{"Messaggio": strings.TrimSuffix(err.Error(), ".")})
}

// switchTo replaces the open plan; the old file is closed.
func (f *frame) switchTo(st model.Store, p *model.Plan) {
	f.closeVersion()
	old := f.s.Store
	f.s.Reset(st, p)
	if old != nil && old != st {
		_ = old.Close()
	}
	f.addRecent(st.Path())
	f.s.Report(f.openedMessage(st), false)
	f.announce()
}

// isOpenPlan tells whether path is the file of the plan on screen, or one
// of the files SQLite and the lock keep beside it: nothing may be written
// there but by the store.
func (f *frame) isOpenPlan(path string) bool {
	if f.s.Store == nil {
		return false
	}
	plan := f.s.Store.Path()
	if address.Is(path) || address.Is(plan) {
		return path == plan
	}
	for _, suffix := range []string{"", "-wal", "-shm", "-journal", ".lock"} {
		if sameFile(path, plan+suffix) {
			return true
		}
	}
	return false
}

// refuseOpenPlan shows why path cannot be written, and says so, when it is
// the open plan's file.
func (f *frame) refuseOpenPlan(path string) bool {
	if !f.isOpenPlan(path) {
		return false
	}
	f.showError(errors.New(lang.L("file.stesso.file", map[string]any{"File": filepath.Base(path)})))
	return true
}

// sameFile tells whether a and b name one file (through links, relative
// paths and the case of Windows names alike). A file that does not exist
// is the same as another only by its cleaned absolute path.
func sameFile(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	if err1 == nil && err2 == nil {
		return os.SameFile(fa, fb)
	}
	aa, err1 := filepath.Abs(a)
	ab, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == ab
}

func (f *frame) saveCopy() {
	if f.s.Store == nil {
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if f.chosen(w, err) {
			f.saveCopyAt(savedPath(w))
		}
	}, f.w)
	d.SetFilter(planFilter)
	d.SetFileName(suggestedName(f.s.Plan, 0))
	f.startIn(d)
	d.Show()
}

// saveCopyAt writes a copy of the plan to path, off the UI goroutine. The
// open plan's own file is refused; a file already there is first kept
// among the backups (the store does it). The copy is of the plan as it
// is, with all its versions, also while a version is shown: what a plan
// file's copy holds, and what a server plan's must hold too.
func (f *frame) saveCopyAt(path string) {
	if f.refuseOpenPlan(path) {
		return
	}
	st := f.base().Store
	save := func() error { return st.SaveCopyAs(path) }
	if address.Is(st.Path()) && f.opts.Create != nil {
		save = func() error { return f.copyToFile(st, path) }
	}
	f.busy(lang.L("frame.salvataggio"), save, func() {
		f.s.Report(lang.L("frame.copia.salvata", map[string]any{"File": path}), false)
	})
}

// copyToFile writes a server plan into a plan file, its frozen versions
// and history included, as «piano copia» does: the file opens anywhere, without the
// server.
func (f *frame) copyToFile(st model.Store, path string) error {
	c, err := model.LeggiCopia(context.Background(), st)
	if err != nil {
		return err
	}
	dst, err := f.opts.Create(path, c.Plan)
	if err != nil {
		return err
	}
	err = model.ScriviCopia(context.Background(), dst, c)
	return errors.Join(err, dst.Close())
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
		p := emptyPlan(f.s.Plan)
		if choice.Selected != empty && f.s.Plan != nil {
			p = nextYear(f.s.Plan)
		}
		f.askWhereToCreate(p, suggestedName(p, 0))
	}, f.w)
}

// askWhereToCreate asks where to save a new plan file holding p, then
// creates it and switches the window to it.
func (f *frame) askWhereToCreate(p *model.Plan, suggested string) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if !f.chosen(w, err) {
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

// createAt makes a new plan file at path holding p, off the UI goroutine,
// and switches the window to it. The open plan's file is refused; another
// file there, which the user agreed to replace, is first kept among the
// backups (the store does it).
func (f *frame) createAt(path string, p *model.Plan) {
	if f.refuseOpenPlan(path) {
		return
	}
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

// savedPath is the file a save dialog chose. The dialog hands over a
// writer that creates nothing until written to (see safeFiles): the
// program writes its files itself, whole or not at all.
func savedPath(w fyne.URIWriteCloser) string {
	path := w.URI().Path()
	_ = w.Close()
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
		item.ChildMenu.Items = append(item.ChildMenu.Items, fyne.NewMenuItem(recentLabel(path), func() { f.openPath(path) }))
	}
	item.Disabled = len(item.ChildMenu.Items) == 0
	f.mainMenu.Refresh()
}

// recentLabel names a recent plan: its file, or the plan and its server.
func recentLabel(path string) string {
	if a, err := address.Parse(path, true); err == nil {
		return a.Plan + " — " + a.Where() + " (" + a.User + ")"
	}
	return path
}
