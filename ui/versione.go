package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/ui/controlli"
	"pianoperformance/ui/field"
	"pianoperformance/ui/inizio"
	"pianoperformance/ui/obiettivi"
	"pianoperformance/ui/session"
	"pianoperformance/ui/versioni"
)

// A frozen version shown in the window: every screen is built anew on a
// session of the version (session.Frozen), whose store refuses every
// change, and locked (field.Lock) so that nothing looks editable; a bar
// across the top says which version it is and leads back. The screens of
// the plan as it is wait aside, as they were.

// versionView is the plan as it is, kept while a version is shown.
type versionView struct {
	base      *session.Session
	screens   []session.Screen
	obiettivi *obiettivi.Screen
	controlli *controlli.Screen
	inizio    *inizio.Screen
	versioni  *versioni.Screen
	// stale: the plan as it is changed (a reload) while the version was
	// shown, and its screens must be redrawn.
	stale bool
}

// frozenScreen is a version's screen as the window shows it: built when
// first shown (see deferred; a version is often looked at in one or two
// screens), then locked. Its disabled fields stay readable through the
// program's theme (Theme).
type frozenScreen struct {
	deferred
	lock *field.Locker
}

func newFrozenScreen(title string, mk func() session.Screen) *frozenScreen {
	s := &frozenScreen{deferred: deferred{title: title, make: mk}}
	s.built = func(sc session.Screen) { s.lock = field.Lock(sc.Content(), browsing(sc)...) }
	return s
}

// relock locks again what a redraw enabled or built.
func (s *frozenScreen) relock() {
	if s.inner != nil {
		s.lock.Relock()
	}
}

// versionBar is the bar shown across the top while a version is shown.
func (f *frame) versionBar() fyne.CanvasObject {
	f.pv.notice = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	f.pv.notice.Wrapping = fyne.TextWrapWord
	back := widget.NewButtonWithIcon(lang.L("menu.torna"), theme.NavigateBackIcon(), f.closeVersion)
	back.Importance = widget.HighImportance
	bg := canvas.NewRectangle(barColor())
	f.pv.banner = container.NewStack(bg, container.NewPadded(
		container.NewBorder(nil, nil, widget.NewIcon(theme.VisibilityIcon()), back, f.pv.notice)))
	f.pv.banner.Hide()
	return f.pv.banner
}

// barColor is the theme's warning colour, faint: the bar stands out
// without hiding the text on it.
func barColor() color.Color {
	r, g, b, _ := theme.Color(theme.ColorNameWarning).RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x55}
}

// openVersion shows version n read-only in the whole window; 0 goes back
// to the plan as it is.
func (f *frame) openVersion(n int) {
	if n == 0 {
		f.closeVersion()
		return
	}
	if v := f.s.Viewing(); v != nil && v.Numero == n {
		return
	}
	fs, err := f.base().Frozen(n)
	if err != nil {
		f.showError(err)
		return
	}
	key := f.currentKey()
	if f.pv.view == nil {
		f.pv.view = &versionView{base: f.s, screens: f.screens, obiettivi: f.obiettivi, controlli: f.controlli,
			inizio: f.pv.inizio, versioni: f.pv.versioni}
	}
	f.s = fs
	titles := f.pv.view.screens
	f.screens = nil
	f.obiettivi, f.controlli, f.pv.inizio, f.pv.versioni = nil, nil, nil, nil
	for i, sec := range f.sections() {
		mk := sec.make
		f.screens = append(f.screens, newFrozenScreen(titles[i].Title(), func() session.Screen { return mk(fs, f.w) }))
	}
	v := fs.Viewing()
	f.pv.notice.SetText(lang.L("versione.barra", map[string]any{"N": v.Numero, "Etichetta": v.Etichetta(), "Dicitura": v.Dicitura()}))
	f.pv.banner.Show()
	f.showBars()
	f.reshow(key)
	f.s.Report(lang.L("versione.aperta", map[string]any{"N": v.Numero, "Dicitura": v.Dicitura()}), false)
}

// closeVersion puts the plan as it is back in the window.
func (f *frame) closeVersion() {
	v := f.pv.view
	if v == nil {
		return
	}
	key := f.currentKey()
	f.s, f.screens, f.obiettivi, f.controlli = v.base, v.screens, v.obiettivi, v.controlli
	f.pv.inizio, f.pv.versioni = v.inizio, v.versioni
	f.pv.view = nil
	f.pv.banner.Hide()
	f.showBars()
	f.reshow(key)
	if v.stale {
		f.changed()
	}
	f.s.Report(lang.L("versione.chiusa"), false)
}

func (f *frame) currentKey() string {
	if f.current >= 0 && f.current < len(f.keys) {
		return f.keys[f.current]
	}
	return keyInizio
}

// reshow puts the screen of key on the right again, after the screens
// were swapped.
func (f *frame) reshow(key string) {
	f.current = -1
	i := f.index(key)
	if i < 0 {
		i = 0
	}
	f.nav.Select(i)
	f.show(i)
	f.nav.Refresh()
	f.updateTitle()
	f.updateUndo()
	f.updatePianoMenu()
}
