package ui

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"pianoperformance/model"
	"pianoperformance/model/address"
	"pianoperformance/ui/background"
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
// open. The previous store's watch ends.
func (f *frame) watch() {
	if f.unwatch != nil {
		f.unwatch()
		f.unwatch = nil
	}
	st := f.s.Store
	w, ok := model.Unchecked(st).(model.Watcher)
	if !ok {
		return
	}
	f.unwatch = w.Watch(func(c model.Change) {
		background.Do(func() {
			if f.s.Store == st {
				f.s.Remote(c)
			}
		})
	})
}

// role shows the user's role in the role bar and disables, screen by
// screen, what it may not change. The Obiettivi screen decides field by
// field itself (a Responsabile writes the readings of their Area).
func (f *frame) role() {
	a, ok := f.s.Accesso()
	switch {
	case ok && !a.Tutto():
		f.roleBar.SetText(lang.L("server.ruolo.barra", map[string]any{"Chi": a.Chi(), "Perche": a.Perché()}))
		f.roleBar.Show()
	default:
		f.roleBar.Hide()
	}
	for i, sc := range f.screens {
		if f.keys[i] == model.SezioneObiettivi || f.keys[i] == keyControlli {
			continue
		}
		if f.s.CanEditAll() {
			f.locks[i].Unlock()
		} else {
			f.locks[i].Lock(sc.Content(), nil)
		}
	}
}

// baseName is the last element of a file path, on any system.
func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}
