package field

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// Undo in a text field works as in Word: Ctrl+Z first takes back what was
// typed in the field and not yet saved, and only then the saved changes.
// Fyne's entry keeps its own history of typing; a field forgets it once
// the text is saved, since from then on the change is the session's to
// undo. The window's Annulla and Ripeti ask the focused field first
// (UndoTyping, RedoTyping) and go to the session when it has nothing.

// RedoAlt is Ctrl+Maiusc+Z, which redoes as Ctrl+Y does. The desktop
// driver turns Ctrl+Z and Ctrl+Y into fyne.ShortcutUndo and
// fyne.ShortcutRedo, but Ctrl+Maiusc+Z into this custom shortcut.
var RedoAlt = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}

// typingUndoer is a field with a history of its own typing.
type typingUndoer interface {
	UndoTyping() bool
	RedoTyping() bool
	forgetTyping()
}

// UndoTyping takes back the last typing not yet saved in o, the focused
// object, and reports whether there was any. When there is none, o also
// forgets the typing it could redo: the saved change undone next comes
// after it, so Ripeti must do that change again first, and the typing
// cannot follow it.
func UndoTyping(o fyne.Focusable) bool {
	switch e := o.(type) {
	case typingUndoer:
		if e.UndoTyping() {
			return true
		}
		e.forgetTyping()
	case *widget.Entry: // a dialog's own entry
		return step(e, e.Undo)
	}
	return false
}

// RedoTyping puts back typing that UndoTyping took back in o.
func RedoTyping(o fyne.Focusable) bool {
	switch e := o.(type) {
	case typingUndoer:
		return e.RedoTyping()
	case *widget.Entry:
		return step(e, e.Redo)
	}
	return false
}

// step runs an entry's undo or redo and tells whether the text changed:
// every step of an entry's history changes its text, so an unchanged text
// means the history had nothing.
func step(e *widget.Entry, do func()) bool {
	before := e.Text
	do()
	return e.Text != before
}

// UndoTyping takes back the field's last typing not yet saved.
func (f *Field[T]) UndoTyping() bool {
	if f.Disabled() {
		return false
	}
	return step(&f.Entry, f.Entry.Undo)
}

// RedoTyping puts back typing taken back by UndoTyping.
func (f *Field[T]) RedoTyping() bool {
	if f.Disabled() {
		return false
	}
	return step(&f.Entry, f.Entry.Redo)
}

// forgetTyping drops the entry's history of typing once the text is saved:
// the session undoes it from now on. The text and the cursor stay.
func (f *Field[T]) forgetTyping() {
	f.quiet = true
	defer func() { f.quiet = false }()
	f.Entry.SetText(f.Text)
}

// TypedShortcut hands Ctrl+Maiusc+Z, which an entry does not know, to the
// window as the redo it is. Ctrl+Z reaches a field only where no menu
// item took it first (a screen shown without the window's menu): it takes
// back the typing, else runs OnUndo, the undo of the saved changes, as
// the window's Annulla does.
func (f *Field[T]) TypedShortcut(s fyne.Shortcut) {
	if _, ok := s.(*fyne.ShortcutUndo); ok && f.OnUndo != nil {
		if !UndoTyping(f) {
			f.OnUndo()
		}
		return
	}
	typedShortcut(&f.Entry, f, s)
}

func typedShortcut(e *widget.Entry, self fyne.Focusable, s fyne.Shortcut) {
	if s.ShortcutName() == RedoAlt.ShortcutName() {
		if c, ok := focusedIn(self).(fyne.Shortcutable); ok {
			c.TypedShortcut(&fyne.ShortcutRedo{})
			return
		}
	}
	e.TypedShortcut(s)
}

// focusedIn is the canvas whose focus is o, which a key reached. The
// driver's CanvasForObject does not do: it knows an object only once drawn,
// and a key pressed while the window redraws after a change finds none.
func focusedIn(o fyne.Focusable) fyne.Canvas {
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		if w.Canvas().Focused() == o {
			return w.Canvas()
		}
	}
	return nil
}

// Search is a plain entry (the search box) whose Ctrl+Maiusc+Z reaches the
// window as a field's does. Its typing is never saved: Ctrl+Z undoes it.
type Search struct{ widget.Entry }

// NewSearch builds a search box.
func NewSearch() *Search {
	s := &Search{}
	s.ExtendBaseWidget(s)
	return s
}

func (s *Search) UndoTyping() bool { return step(&s.Entry, s.Entry.Undo) }
func (s *Search) RedoTyping() bool { return step(&s.Entry, s.Entry.Redo) }
func (s *Search) forgetTyping()    { s.Entry.SetText(s.Text) }

// TypedShortcut: see Field.TypedShortcut.
func (s *Search) TypedShortcut(sc fyne.Shortcut) { typedShortcut(&s.Entry, s, sc) }
