package ui

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/model/address"
	"pianoperformance/ui/field"
	"pianoperformance/ui/session"
)

// Welcome is the page of the very first start, when the user has no plan
// yet, and of a start whose last plan cannot be opened (msg says why). It
// offers the ways a comune begins: last year's file made into this year's,
// a blank plan, a JSON file, a plan file already made, the recent plans,
// and the built-in example, which is opened as a copy of its own and never
// becomes the user's plan. The choice opens the main window; the page
// closes.
func Welcome(a fyne.App, o Options, msg string) fyne.Window {
	return welcome(a, a.NewWindow(programName), o, msg).w
}

// welcome shows the page in w, a window made and not yet shown.
func welcome(a fyne.App, w fyne.Window, o Options, msg string) *frame {
	f := &frame{a: a, opts: o, current: -1, prints: newPrintDir()}
	installSafeFiles()
	f.w = w
	f.w.SetTitle(lang.L("benvenuto.finestra"))
	counted(f.w, nil)
	f.files = &chooser{w: f.w, prefs: a.Preferences(), hidden: []string{o.DataDir}}
	f.s = session.New(nil, nil)
	f.opened = func(st model.Store, p *model.Plan) { f.openMain(st, p, false) }
	f.w.SetContent(f.welcomePage(msg))
	f.w.Resize(fyne.NewSize(1100, 660))
	f.w.CenterOnScreen()
	return f
}

// openMain shows the main window on a plan and closes the welcome page.
func (f *frame) openMain(st model.Store, p *model.Plan, esempio bool) {
	o := f.opts
	o.Store, o.Plan, o.Esempio, o.Review = st, p, esempio, f.review
	NewMainWindow(f.a, o).Show()
	f.w.Close()
}

func (f *frame) welcomePage(msg string) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(lang.L("benvenuto.titolo"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	intro := widget.NewLabel(lang.L("benvenuto.intro"))
	intro.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(title, intro)
	if msg != "" {
		m := widget.NewLabel(msg)
		m.Wrapping = fyne.TextWrapWord
		m.Importance = widget.DangerImportance
		top.Add(m)
	}
	choices := container.NewVBox(
		f.choice(theme.ContentRedoIcon(), "benvenuto.anno.scorso", f.startFromLastYear, true),
		f.choice(theme.DocumentCreateIcon(), "benvenuto.vuoto", f.startBlank, false),
		f.choice(theme.DownloadIcon(), "benvenuto.json", f.importJSON, false),
		f.choice(theme.FolderOpenIcon(), "benvenuto.apri", f.openDialog, false),
	)
	if f.opts.Server != nil {
		choices.Add(f.choice(theme.StorageIcon(), "benvenuto.server", func() { f.serverDialog(address.Address{}, "") }, false))
	}
	choices.Add(f.choice(theme.InfoIcon(), "benvenuto.esempio", f.openExample, false))
	body := container.NewVBox(top, widget.NewSeparator(), choices)
	if recent := f.recentBox(); recent != nil {
		body.Add(widget.NewSeparator())
		body.Add(recent)
	}
	return container.NewVScroll(container.New(narrow{1040}, container.NewPadded(body)))
}

// narrow centres its content at a width that reads well on a wide screen.
type narrow struct{ width float32 }

func (n narrow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := min(size.Width, n.width)
	for _, o := range objs {
		o.Resize(fyne.NewSize(w, size.Height))
		o.Move(fyne.NewPos((size.Width-w)/2, 0))
	}
}

func (n narrow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

// choice is one way to begin: a button and a line that says what it does.
func (f *frame) choice(icon fyne.Resource, key string, action func(), first bool) fyne.CanvasObject {
	b := widget.NewButtonWithIcon(lang.L(key), icon, action)
	b.Alignment = widget.ButtonAlignLeading
	if first {
		b.Importance = widget.HighImportance
	}
	d := widget.NewLabel(lang.L(key + ".spiegazione"))
	d.Wrapping = fyne.TextWrapWord
	return container.New(field.Cols{0.9, 1.6}, b, d)
}

// recentBox lists the recent plans: a click opens one; a file no longer
// there is marked and can be taken off the list.
func (f *frame) recentBox() fyne.CanvasObject {
	list := recentList(f.a.Preferences())
	if len(list) == 0 {
		return nil
	}
	head := widget.NewLabelWithStyle(lang.L("benvenuto.recenti"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	box := container.NewVBox(head)
	for _, r := range list {
		r := r
		open := widget.NewButton(r.Label(), func() { f.openPath(r.Path) })
		open.Alignment = widget.ButtonAlignLeading
		open.Importance = widget.LowImportance
		if r.Missing {
			open.Disable()
		}
		var row *fyne.Container
		remove := widget.NewButtonWithIcon("", theme.CancelIcon(), func() {
			removeRecentFrom(f.a.Preferences(), r.Path)
			box.Remove(row)
		})
		remove.Importance = widget.LowImportance
		row = container.NewBorder(nil, nil, nil, remove, open)
		box.Add(row)
	}
	return box
}

// openExample opens a fresh copy of the built-in example in a temporary
// folder, removed when its window closes: nothing the user does to it
// touches a plan of theirs, and it is never reopened as theirs.
func (f *frame) openExample() {
	if f.opts.ExampleFile == nil {
		return
	}
	var st model.Store
	var p *model.Plan
	f.busy(lang.L("benvenuto.esempio.apertura"), func() error {
		var err error
		st, p, err = OpenExample(f.opts)
		return err
	}, func() { f.openMain(st, p, true) })
}

// OpenExample makes a copy of the example plan in a folder of its own,
// from the ready-made file (o.ExampleFile), and opens it.
func OpenExample(o Options) (model.Store, *model.Plan, error) {
	dir, err := os.MkdirTemp("", "piano-esempio-")
	if err != nil {
		return nil, nil, err
	}
	// The file's name is never shown: the title says «esempio».
	st, err := o.ExampleFile(filepath.Join(dir, "esempio.db"))
	if err != nil {
		os.RemoveAll(dir)
		return nil, nil, err
	}
	p, err := st.Load(context.Background())
	if err != nil {
		st.Close()
		os.RemoveAll(dir)
		return nil, nil, err
	}
	return st, p, nil
}

// startFromLastYear makes this year's plan from last year's file, as every
// comune does: the file is only read, then the new plan is saved where
// the clerk says.
func (f *frame) startFromLastYear() {
	f.files.open(lang.L("benvenuto.anno.scorso.titolo"), typePlan, func(path string) {
		var next *model.Plan
		f.busy(lang.L("frame.apertura"), func() error {
			open := f.opts.OpenReadOnly
			if open == nil {
				open = f.opts.Open
			}
			st, err := open(path)
			if err != nil {
				return err
			}
			defer st.Close()
			p, err := st.Load(context.Background())
			if err != nil {
				return err
			}
			next, f.review = nextYear(p)
			return nil
		}, func() { f.askWhereToCreate(next) })
	})
}

// startBlank asks the comune and the year, then where to save the plan.
func (f *frame) startBlank() {
	nome := widget.NewEntry()
	nome.SetPlaceHolder(lang.L("benvenuto.vuoto.comune.esempio"))
	prov := widget.NewEntry()
	anno := widget.NewEntry()
	anno.SetText(strconv.Itoa(defaultYear(time.Now())))
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("benvenuto.vuoto.comune"), nome),
		widget.NewFormItem(lang.L("benvenuto.vuoto.provincia"), prov),
		widget.NewFormItem(lang.L("benvenuto.vuoto.anno"), anno),
	}
	nome.Validator = func(s string) error { return model.CheckText(strings.TrimSpace(s), false) }
	d := dialog.NewForm(lang.L("benvenuto.vuoto"), lang.L("frame.nuovo.avanti"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		y, err := strconv.Atoi(strings.TrimSpace(anno.Text))
		if err == nil {
			err = model.CheckYear(y)
		}
		if err != nil {
			f.showError(err)
			return
		}
		p := emptyPlan(nil)
		p.Ente.Nome, p.Ente.Provincia = strings.TrimSpace(nome.Text), strings.TrimSpace(prov.Text)
		p.Piano.Anno, p.Piano.AnnoInizio, p.Piano.AnnoFine = y, y, y+2
		f.askWhereToCreate(p)
	}, f.w)
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	d.Show()
	f.w.Canvas().Focus(nome)
}

// defaultYear is the year a plan begun today is for: the plan is due by
// 31 January, so from the autumn on it is next year's.
func defaultYear(now time.Time) int {
	if now.Month() >= time.September {
		return now.Year() + 1
	}
	return now.Year()
}
