package ui

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/model/address"
	"pianoperformance/ui/errmsg"
)

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

// showError tells the user what went wrong, in a dialog, in a clerk's words.
func (f *frame) showError(err error) { dialog.ShowError(errors.New(Message(err)), f.w) }

// Message is what the clerk reads for err (see errmsg).
func Message(err error) string { return errmsg.Text(err) }

// StartMessage says why the plan used last did not open at start, for the
// welcome page.
func StartMessage(path string, err error) string {
	if errors.Is(err, fs.ErrNotExist) {
		return lang.L("benvenuto.ultimo.mancante", map[string]any{"File": filepath.Base(path), "Cartella": filepath.Dir(path)})
	}
	return lang.L("benvenuto.ultimo.errore", map[string]any{"Errore": Message(err)})
}

func (f *frame) openDialog() {
	f.files.open(lang.L("file.apri.titolo"), typePlan, f.openPath)
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
	if missingFile(path) {
		f.askRemoveRecent(recentPlan{Path: path, Missing: true})
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
		st, p, err = OpenAndLoad(open, path)
		return err
	}, func() {
		f.opened(st, p)
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
	f.w.Canvas().Unfocus()
	f.s.Reset(st, p)
	f.rebuild()
	if old != nil && old != st {
		_ = old.Close()
	}
	f.addRecent(st.Path())
	f.s.Report(f.openedMessage(st), false)
	f.announce()
	f.showReview()
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
	f.files.save(lang.L("file.salva.copia.titolo"), typePlan, planName(f.s.Plan), f.saveCopyAt)
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
		f.review = nil
		if choice.Selected != empty && f.s.Plan != nil {
			p, f.review = nextYear(f.s.Plan)
		}
		f.askWhereToCreate(p)
	}, f.w)
}

// askWhereToCreate asks where to save a new plan file holding p, then
// creates it and switches the window to it.
func (f *frame) askWhereToCreate(p *model.Plan) {
	f.files.save(lang.L("file.nuovo.titolo"), typePlan, planName(p), func(path string) { f.createAt(path, p) })
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
	}, func() { f.opened(st, loaded) })
}

func (f *frame) addRecent(path string) {
	if f.isExample(path) {
		return // the example is nobody's plan: never reopened as the user's
	}
	addRecentTo(f.a.Preferences(), path)
	f.fillRecent()
}

// fillRecent lists the recent plans under File › File recenti: a file no
// longer there is marked, and choosing it offers to take it off the list.
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
	missing := 0
	for _, r := range recentList(f.a.Preferences()) {
		r := r
		action := func() { f.openPath(r.Path) }
		if r.Missing {
			missing++
			action = func() { f.askRemoveRecent(r) }
		}
		item.ChildMenu.Items = append(item.ChildMenu.Items, fyne.NewMenuItem(r.Label(), action))
	}
	if missing > 0 {
		item.ChildMenu.Items = append(item.ChildMenu.Items, fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem(lang.L("recenti.togli.mancanti"), func() {
				for _, r := range recentList(f.a.Preferences()) {
					if r.Missing {
						removeRecentFrom(f.a.Preferences(), r.Path)
					}
				}
				f.fillRecent()
			}))
	}
	item.Disabled = len(item.ChildMenu.Items) == 0
	f.mainMenu.Refresh()
}

// askRemoveRecent says that a recent plan's file is gone and offers to
// take it off the list.
func (f *frame) askRemoveRecent(r recentPlan) {
	d := dialog.NewConfirm(lang.L("recenti.mancante.titolo"),
		lang.L("recenti.mancante.domanda", map[string]any{"File": filepath.Base(r.Path), "Cartella": filepath.Dir(r.Path)}),
		func(ok bool) {
			if ok {
				removeRecentFrom(f.a.Preferences(), r.Path)
				f.fillRecent()
			}
		}, f.w)
	d.SetConfirmText(lang.L("recenti.togli"))
	d.SetDismissText(lang.L("Cancel"))
	d.Show()
}
