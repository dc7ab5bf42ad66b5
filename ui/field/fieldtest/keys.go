package fieldtest

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// Press delivers a key press to w as Fyne's desktop (GLFW) driver does
// (internal/driver/glfw/window.go, processKeyPressed and triggersShortcut,
// v2.7): key down to the focused widget; Ctrl with Z, Y, C, V, X, A
// becomes Fyne's standard shortcut and any other key with a modifier
// other than Maiusc a desktop.CustomShortcut; a shortcut goes first to
// the main menu's items, then to the focused widget if it takes
// shortcuts, else to the canvas; a key that is no shortcut is typed into
// the focused widget (or the canvas); then key up.
//
// So a test presses Ctrl+Z the way a clerk does, and a handler registered
// for the wrong kind of shortcut fails the test as it fails the clerk.
func Press(w fyne.Window, mod fyne.KeyModifier, key fyne.KeyName) {
	c := w.Canvas()
	ev := &fyne.KeyEvent{Name: key}
	if k, ok := c.Focused().(desktop.Keyable); ok {
		k.KeyDown(ev)
	} else if dc, ok := c.(desktop.Canvas); ok && c.Focused() == nil && dc.OnKeyDown() != nil {
		dc.OnKeyDown()(ev)
	}
	defer func() {
		if k, ok := c.Focused().(desktop.Keyable); ok {
			k.KeyUp(ev)
		} else if dc, ok := c.(desktop.Canvas); ok && c.Focused() == nil && dc.OnKeyUp() != nil {
			dc.OnKeyUp()(ev)
		}
	}()

	if key == fyne.KeyTab && mod&^fyne.KeyModifierShift == 0 && !capturesTab(c.Focused()) {
		if mod == fyne.KeyModifierShift {
			c.FocusPrevious()
		} else {
			c.FocusNext()
		}
		return
	}
	if sc := shortcutFor(mod, key); sc != nil {
		if menuShortcut(w.MainMenu(), sc) {
			return
		}
		if s, ok := c.Focused().(fyne.Shortcutable); ok {
			type selectableText interface {
				fyne.Disableable
				SelectedText() string
			}
			if st, ok := s.(selectableText); ok && st.Disabled() && sc.ShortcutName() != "Copy" {
				return
			}
			s.TypedShortcut(sc)
			return
		}
		if s, ok := c.(fyne.Shortcutable); ok {
			s.TypedShortcut(sc)
		}
		return
	}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
	} else if c.OnTypedKey() != nil {
		c.OnTypedKey()(ev)
	}
}

// Type types text as the driver's character input does: each character
// to the focused widget, or to the canvas when nothing has the focus.
func Type(w fyne.Window, text string) {
	c := w.Canvas()
	for _, r := range text {
		if f := c.Focused(); f != nil {
			f.TypedRune(r)
		} else if c.OnTypedRune() != nil {
			c.OnTypedRune()(r)
		}
	}
}

// shortcutFor is the driver's reading of a key with modifiers.
func shortcutFor(mod fyne.KeyModifier, key fyne.KeyName) fyne.Shortcut {
	if mod == fyne.KeyModifierControl {
		switch key {
		case fyne.KeyZ:
			return &fyne.ShortcutUndo{}
		case fyne.KeyY:
			return &fyne.ShortcutRedo{}
		case fyne.KeyV:
			return &fyne.ShortcutPaste{Clipboard: test.NewClipboard()}
		case fyne.KeyC, fyne.KeyInsert:
			return &fyne.ShortcutCopy{Clipboard: test.NewClipboard()}
		case fyne.KeyX:
			return &fyne.ShortcutCut{Clipboard: test.NewClipboard()}
		case fyne.KeyA:
			return &fyne.ShortcutSelectAll{}
		}
	}
	if mod != 0 && mod != fyne.KeyModifierShift {
		return &desktop.CustomShortcut{KeyName: key, Modifier: mod}
	}
	return nil
}

// menuShortcut runs the main menu item bound to sc, as the driver does
// before anything else sees the shortcut.
func menuShortcut(mm *fyne.MainMenu, sc fyne.Shortcut) bool {
	if mm == nil {
		return false
	}
	var find func(m *fyne.Menu) bool
	find = func(m *fyne.Menu) bool {
		for _, it := range m.Items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == sc.ShortcutName() && it.Action != nil {
				it.Action()
				return true
			}
			if it.ChildMenu != nil && find(it.ChildMenu) {
				return true
			}
		}
		return false
	}
	for _, m := range mm.Items {
		if find(m) {
			return true
		}
	}
	return false
}

// capturesTab is the driver's test for a widget that keeps Tab (a
// multi-line entry does not; see fyne.Tabbable).
func capturesTab(o fyne.Focusable) bool {
	t, ok := o.(fyne.Tabbable)
	return ok && t.AcceptsTab()
}
