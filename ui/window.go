// Package ui builds the main window: the navigation by chapter of the
// document on the left, the chosen screen on the right, the menus and the
// status line. Screens live in their own packages and change data only
// through the session.
package ui

import (
	"fmt"
	"os"
	"path/filepath"
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
	"pianoperformance/ui/controlli"
	"pianoperformance/ui/field"
	"pianoperformance/ui/obiettivi"
	"pianoperformance/ui/relazione"
	"pianoperformance/ui/session"
	"pianoperformance/ui/versioni"
)

// Options is what main hands to the window.
type Options struct {
	Store model.Store
	Plan  *model.Plan
	// Open opens a plan file for writing; a plan open elsewhere is refused
	// with an error matching model.ErrLocked, and OpenReadOnly then opens it
	// for reading.
	Open         func(path string) (model.Store, error)
	OpenReadOnly func(path string) (model.Store, error)
	// Create makes a plan file at path holding p, in place of a file the
	// user chose to replace (which is first kept among the backups).
	Create func(path string, p *model.Plan) (model.Store, error)
	// ExampleFile makes a copy of the example plan file at path (from the
	// ready-made one, see sqlite.CreateFrom) and opens it.
	ExampleFile func(path string) (model.Store, error)
	// Check finds what is missing or wrong in a plan on a given day (the
	// session's: the window and its tests share one clock).
	Check   func(p *model.Plan, oggi model.Date) []model.Finding
	Version string
	Start   string // section key to open first
	// Now is the clock, time.Now when nil: tests fix the day the
	// deadlines are measured from.
	Now func() time.Time
	// Schede are monitoring workbooks to read back at once, as when the
	// program is asked to open them ("Apri con"): the preview shows first.
	Schede []string
	// Closed is given the plan's store when the window closes, to close it.
	Closed func(st model.Store)
	// DataDir is the program's own folder (backups, the old plan): file
	// dialogs never start there.
	DataDir string
	// Esempio says that Store is a copy of the built-in example: the title
	// says so, and it never becomes the plan reopened at start.
	Esempio bool
	// Review is what next year's plan changed in its texts, shown once the
	// window is open (see nextYear).
	Review []model.Revisione
	// Server opens plans kept on a database server; nil leaves File › Apri
	// dal server… out.
	Server *ServerAccess
}

// programName is the program's name, and the first word of every
// window's title.
const programName = "Piano della Performance"

// Preference keys.
const (
	prefWidth  = "finestra.larghezza"
	prefHeight = "finestra.altezza"
	prefRecent = "file.recenti"
)

type frame struct {
	a    fyne.App
	w    fyne.Window
	opts Options
	s    *session.Session

	keys    []string
	screens []session.Screen
	nav     *widget.List
	body    *fyne.Container
	current int
	status  *widget.Label
	roLabel *widget.Label   // "SOLA LETTURA", shown while changes are refused
	roleBar *widget.Label   // the user's role on a server plan, when it limits them
	bars    *fyne.Container // the version bar and the role bar, across the top
	locks   []field.Locker
	unwatch func()    // ends the watch of others' changes (server plans)
	prints  *printDir // PDFs opened in the viewer, removed on close
	files   *chooser
	example string // the file of the example copy, if one is open
	// review waits to be shown once the plan it is about is open.
	review       []model.Revisione
	reviewDialog dialog.Dialog
	// opened shows a plan just opened or created: in the main window it
	// takes the place of the plan on screen; the welcome page opens the
	// main window on it.
	opened func(st model.Store, p *model.Plan)

	obiettivi *obiettivi.Screen
	controlli *controlli.Screen
	mainMenu  *fyne.MainMenu
	undoItem  *fyne.MenuItem
	redoItem  *fyne.MenuItem
	guideWin  fyne.Window
	pv        pianoUI // the start screen, versions, adoption (piano.go)
}

// NewMainWindow builds the main window on the plan in o; the caller shows it.
func NewMainWindow(a fyne.App, o Options) fyne.Window {
	f := newFrame(a, o)
	return f.w
}

// NewMainWindowIn builds the main window in w, a window made and not yet
// shown (see WindowWhileOpening).
func NewMainWindowIn(w fyne.Window, a fyne.App, o Options) { frameIn(a, w, o) }

func newFrame(a fyne.App, o Options) *frame { return frameIn(a, a.NewWindow(programName), o) }

func frameIn(a fyne.App, w fyne.Window, o Options) *frame {
	f := &frame{a: a, opts: o, current: -1, prints: newPrintDir()}
	installSafeFiles()
	f.prints.sweep()
	f.holdBackground()
	f.w = w
	f.files = &chooser{w: f.w, prefs: a.Preferences(), hidden: []string{o.DataDir}}
	f.s = session.New(o.Store, o.Plan)
	f.opened = f.switchTo
	if o.Esempio && o.Store != nil {
		f.example = o.Store.Path()
	}
	if o.Now != nil {
		f.s.SetNow(o.Now)
	}
	f.status = widget.NewLabel(lang.L("frame.pronto"))
	f.status.Truncation = fyne.TextTruncateEllipsis
	f.s.SetStatus(f.setStatus)

	f.buildScreens()
	f.nav = widget.NewList(
		func() int { return len(f.screens) },
		func() fyne.CanvasObject {
			return container.NewBorder(nil, nil, widget.NewIcon(nil), nil, widget.NewLabel("Organizzazione e personale"))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(f.navLabel(i))
			c.Objects[1].(*widget.Icon).SetResource(navIcon(f.keys[i]))
		},
	)
	f.nav.OnSelected = func(i widget.ListItemID) { f.show(i) }
	f.body = container.NewStack()

	split := container.NewHSplit(f.nav, f.body)
	split.Offset = 0.15
	f.roLabel = widget.NewLabelWithStyle(lang.L("file.sola.lettura.etichetta"), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	f.roLabel.Importance = widget.DangerImportance
	statusBar := container.NewBorder(widget.NewSeparator(), nil, nil, f.roLabel, f.status)
	f.roleBar = widget.NewLabel("")
	f.roleBar.Wrapping = fyne.TextWrapWord
	f.roleBar.Importance = widget.WarningImportance
	f.roleBar.Hide()
	// Both bars can show: a version of a server plan looked at by someone
	// whose role limits them.
	f.bars = container.NewVBox(f.versionBar(), f.roleBar)
	f.w.SetContent(container.NewBorder(f.bars, statusBar, nil, nil, split))
	f.w.SetMainMenu(f.menu())
	f.shortcuts()

	f.s.OnChange(f.changed)
	f.announce()
	if o.Store != nil {
		f.addRecent(o.Store.Path())
	}
	f.review = o.Review
	f.showReview()

	start := 0
	for i, k := range f.keys {
		if k == o.Start {
			start = i
		}
	}
	if o.Start == "" {
		start = f.index(keyInizio)
	}
	// Sized before the first screen is put in: laid out once, at its size.
	p := a.Preferences()
	// The first size fits the work area of a 1366×768 laptop with the
	// taskbar and the title bar; later starts keep the clerk's.
	f.w.Resize(fyne.NewSize(float32(p.FloatWithFallback(prefWidth, 1280)), float32(p.FloatWithFallback(prefHeight, 660))))
	// Fyne has no API for the window's position: only its size is kept.
	counted(f.w, f.closing)
	f.nav.Select(start)
	f.startWith(o.Start)
	if len(o.Schede) > 0 {
		f.leggiFile(o.Schede)
	}
	return f
}

// buildScreens makes every screen anew on the session's plan, each with
// a lock of its own for what the user's role may not change. Each is
// built when first shown (see deferred): until then the frame holds none
// of them, not those of the plan before.
func (f *frame) buildScreens() {
	f.keys, f.screens = nil, nil
	f.obiettivi, f.controlli, f.pv.inizio, f.pv.versioni = nil, nil, nil, nil
	for _, sec := range f.sections() {
		f.keys = append(f.keys, sec.key)
		f.screens = append(f.screens, f.deferSection(sec, f.s))
	}
	f.locks = make([]field.Locker, len(f.screens))
}

// rebuild puts fresh screens in place after another plan was opened: no
// text typed, tick, search or selection of the plan before stays on
// screen. The section in view stays the same.
func (f *frame) rebuild() {
	key := ""
	if f.current >= 0 && f.current < len(f.keys) {
		key = f.keys[f.current]
	}
	f.buildScreens()
	f.current = -1
	i := f.index(key)
	if i < 0 {
		i = 0
	}
	f.nav.Refresh()
	f.nav.Select(i)
	f.show(i)
}

// closing runs when the window goes away: its size is kept, its
// printouts removed.
func (f *frame) closing() {
	if f.unwatch != nil {
		f.unwatch()
		f.unwatch = nil
	}
	f.saveSize()
	f.prints.remove()
	// The plan's own store, also while a version is shown: the version's
	// frozen store closes nothing.
	if st := f.base().Store; f.opts.Closed != nil && st != nil {
		f.opts.Closed(st)
	}
	if f.example != "" {
		// The example's copy (see OpenExample) goes with its window.
		os.RemoveAll(filepath.Dir(f.example))
	}
}

func (f *frame) saveSize() {
	sz := f.w.Canvas().Size()
	if sz.Width > 200 && sz.Height > 200 {
		f.a.Preferences().SetFloat(prefWidth, float64(sz.Width))
		f.a.Preferences().SetFloat(prefHeight, float64(sz.Height))
	}
}

func (f *frame) index(key string) int {
	for i, k := range f.keys {
		if k == key {
			return i
		}
	}
	return -1
}

func (f *frame) navLabel(i int) string {
	if f.keys[i] == keyControlli {
		if n := f.findings(); n > 0 {
			return fmt.Sprintf("%s (%d)", f.screens[i].Title(), n)
		}
	}
	return f.screens[i].Title()
}

func navIcon(key string) fyne.Resource {
	switch key {
	case keyInizio:
		return theme.HomeIcon()
	case model.SezioneEnte:
		return theme.DocumentIcon()
	case model.SezioneTerritorio:
		return theme.NavigateNextIcon()
	case model.SezionePopolazione:
		return theme.AccountIcon()
	case model.SezioneOrganizzazione:
		return theme.ListIcon()
	case model.SezioneServizi:
		return theme.MailForwardIcon()
	case model.SezioneObiettivi:
		return theme.ConfirmIcon()
	case model.SezioneMonitoraggio:
		return theme.VisibilityIcon()
	case relazione.Key:
		return theme.FileTextIcon()
	case keyControlli:
		return theme.WarningIcon()
	case versioni.Key:
		return theme.HistoryIcon()
	case model.SezioneScadenze:
		return theme.CalendarIcon()
	}
	return theme.FileIcon()
}

// show puts screen i on the right.
func (f *frame) show(i int) {
	if i < 0 || i >= len(f.screens) || i == f.current {
		return
	}
	f.current = i
	f.body.Objects = []fyne.CanvasObject{f.screens[i].Content()}
	if f.sized() {
		f.body.Refresh()
	}
	f.relock()
}

// sized tells whether the window's content has been laid out at the
// window's size. Until the window is first shown, Fyne has laid it out
// only at its least size, with a sliver for the body, and lays it out at
// the window's size just before the first frame: the first screen put in
// now is laid out then, once. Laying it out in the sliver too wrapped
// every text at no width and cut every line, to throw it away a moment
// later: putting Inizio in took 20 ms of the UI thread, now 4.
func (f *frame) sized() bool {
	c, w := f.w.Content().Size(), f.w.Canvas().Size()
	return c.Width+2*theme.Padding() >= w.Width-1
}

// goTo opens the section of a target and lets its screen focus the field.
func (f *frame) goTo(t session.Target) {
	i := f.index(t.Sezione)
	if i < 0 {
		return
	}
	f.nav.Select(i)
	f.show(i)
	f.screens[i].Show(t)
	f.relock()
	if foc, ok := f.w.Canvas().Focused().(fyne.CanvasObject); ok {
		field.Reveal(f.screens[i].Content(), foc)
	}
}

// changed runs after every change and undo: every screen redraws from the
// plan in memory, the Controlli count and the title follow.
func (f *frame) changed() {
	for i, sc := range f.screens {
		if f.pv.view == nil { // a version's screens are not these, and keep their own locks
			f.locks[i].Unlock() // each screen sets its own state, then the role has its say (relock)
		}
		sc.Refresh()
	}
	f.role()
	f.nav.Refresh()
	f.updateTitle()
	f.updateUndo()
	f.pianoChanged()
}

func (f *frame) setStatus(msg string, isErr bool) {
	f.status.Importance = widget.MediumImportance
	if isErr {
		f.status.Importance = widget.DangerImportance
	}
	f.status.SetText(msg)
}

// updateTitle writes «Piano della Performance 2023 — Comune di Albizzate — piano.db».
func (f *frame) updateTitle() {
	parts := []string{programName}
	if p := f.s.Plan; p != nil {
		if p.Piano.Anno != 0 {
			parts[0] += fmt.Sprintf(" %d", p.Piano.Anno)
		}
		if n := comune(p); n != "" {
			parts = append(parts, n)
		}
	}
	parts = append(parts, f.versionTitle()...)
	if f.s.Store != nil {
		file := where(f.s.Store)
		if f.isExample(f.s.Store.Path()) {
			file = lang.L("esempio.titolo")
		}
		if f.s.ReadOnly() {
			file += " (" + lang.L("file.sola.lettura") + ")"
		}
		parts = append(parts, file)
	}
	f.w.SetTitle(strings.Join(parts, " — "))
}

// isExample tells the example copy from the user's plans.
func (f *frame) isExample(path string) bool { return f.example != "" && path == f.example }

// announce shows what the user must know of the plan just opened: that it
// is read-only, and what the store noticed on opening it (a lock left by a
// crash taken over, old backups not removed).
func (f *frame) announce() {
	f.updateTitle()
	f.watch()
	f.role()
	if f.s.ReadOnly() {
		f.roLabel.Show()
	} else {
		f.roLabel.Hide()
	}
	var msgs []string
	if n, ok := model.Unchecked(f.s.Store).(model.Noticer); ok {
		msgs = n.Notices()
	}
	if f.s.ReadOnly() && len(msgs) == 0 {
		msgs = []string{lang.L("file.sola.lettura.stato")}
	}
	if len(msgs) == 0 && f.s.Store != nil && address.Is(f.s.Store.Path()) {
		msgs = []string{f.openedMessage(f.s.Store)}
	}
	if f.s.Store != nil && f.isExample(f.s.Store.Path()) {
		msgs = append(msgs, lang.L("esempio.stato"))
	}
	if len(msgs) > 0 {
		f.s.Report(strings.Join(msgs, " "), f.s.ReadOnly())
	}
}
