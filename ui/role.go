package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"pianoperformance/model"
	"pianoperformance/model/address"
	"pianoperformance/ui/background"
	"pianoperformance/ui/field"
	"pianoperformance/ui/session"
)

// What the window shows of where the plan lives and of the user's role,
// and what it does about both: a plan on a database server tells of the
// changes others make (the window reloads them), and a role that may not
// change everything sees the inputs it may not use disabled, with the
// reason in the role bar.

// where names the plan for the title: the file, or the plan on its server.
func where(st model.Store) string {
	p := st.Path()
	if a, err := address.Parse(p, true); err == nil {
		return lang.L("server.titolo.finestra", map[string]any{"Piano": a.Plan, "Server": a.Host})
	}
	return baseName(p)
}

// openedMessage is the status line after opening st: the file, or the plan
// on its server with who signed in and as what.
func (f *frame) openedMessage(st model.Store) string {
	a, err := address.Parse(st.Path(), true)
	if err != nil {
		return lang.L("frame.aperto", map[string]any{"File": st.Path()})
	}
	chi := a.User
	if p, ok := model.Unchecked(st).(model.Permessi); ok {
		chi = p.Accesso().Chi()
	}
	return lang.L("server.aperto", map[string]any{"Piano": a.Plan, "Dove": a.Where(), "Chi": chi})
}

// watch makes the window show what others change in the plan, as the store
// learns it: on the UI goroutine, and only while that store is the one
// open. The previous store's watch ends. While a version is shown the
// changes go to the plan as it is, kept aside (base), and show on the way
// back.
func (f *frame) watch() {
	if f.unwatch != nil {
		f.unwatch()
		f.unwatch = nil
	}
	st := f.base().Store
	w, ok := model.Unchecked(st).(model.Watcher)
	if !ok {
		return
	}
	f.unwatch = w.Watch(func(c model.Change) {
		background.Do(func() {
			if s := f.base(); s.Store == st {
				s.Remote(c)
			}
		})
	})
}

// role shows the user's role in the role bar, also over a version shown
// (whose frozen store has no roles: the role is the plan's).
func (f *frame) role() {
	a, ok := f.base().Accesso()
	switch {
	case ok && !a.Tutto():
		f.roleBar.SetText(lang.L("server.ruolo.barra", map[string]any{"Chi": a.Chi(), "Perche": a.Perché()}))
		f.roleBar.Show()
	default:
		f.roleBar.Hide()
	}
	f.showBars()
}

// showBars shows the top of the window while one of its bars is shown:
// hidden, it leaves no gap.
func (f *frame) showBars() {
	if f.roleBar.Visible() || f.pv.banner.Visible() {
		f.bars.Show()
	} else {
		f.bars.Hide()
	}
}

// relock has the locks of the screen shown say what may not be changed,
// after it was shown or redrew: a version's screen stays read-only, and
// on the plan as it is the inputs the user's role may not use are
// disabled, but for the screen's browsing controls (session.Browser).
// The Obiettivi and Monitoraggio screens decide field by field themselves
// (a Responsabile writes the readings of their Area), and Controlli
// changes nothing.
// Only the screen shown: the others are locked when shown.
func (f *frame) relock() {
	i := f.current
	if i < 0 || i >= len(f.screens) {
		return
	}
	sc := f.screens[i]
	if fs, ok := sc.(*frozenScreen); ok {
		fs.relock()
		return
	}
	switch {
	case f.keys[i] == model.SezioneObiettivi || f.keys[i] == model.SezioneMonitoraggio || f.keys[i] == keyControlli:
	case f.s.CanEditAll():
		f.locks[i].Unlock()
	default:
		var keep []fyne.CanvasObject
		if b, ok := sc.(session.Browser); ok {
			keep = b.Browsing()
		}
		f.locks[i].Lock(sc.Content(), field.Keep(keep...))
	}
}

// baseName is the last element of a file path, on any system.
func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}
