package field

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Keys of a field in a large table (the monitoring grid), where the
// table, not Fyne's focus order, knows which cell comes next, and where
// Ctrl+Z on a cell already saved undoes the saved change (undo.go).

// AcceptsTab makes Tab the field's own when OnTab is set (and, as for any
// entry, in a multi-line text, where it is a character).
func (f *Field[T]) AcceptsTab() bool { return f.OnTab != nil || f.MultiLine }

// KeyDown notes Shift, so that Shift+Tab goes back.
func (f *Field[T]) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		f.shift = true
	}
	f.Entry.KeyDown(k)
}

// KeyUp notes the release of Shift.
func (f *Field[T]) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		f.shift = false
	}
	f.Entry.KeyUp(k)
}

// tab commits the text and, when it is stored, hands the move to OnTab.
func (f *Field[T]) tab() {
	if f.Commit() {
		f.OnTab(f.shift)
	}
}

// Typing reports whether the text on screen is the user's, not yet stored.
func (f *Field[T]) Typing() bool { return f.typed || f.invalid }

// FocusGained tells OnFocus (a grid follows the row being edited).
func (f *Field[T]) FocusGained() {
	f.Entry.FocusGained()
	if f.OnFocus != nil {
		f.OnFocus()
	}
}

// SetOnTab sets OnTab (used by Sheet).
func (f *Field[T]) SetOnTab(fn func(back bool)) { f.OnTab = fn }

// SetOnUndo sets OnUndo (used by Sheet).
func (f *Field[T]) SetOnUndo(fn func()) { f.OnUndo = fn }

// SetOnFocus sets OnFocus (used by Sheet).
func (f *Field[T]) SetOnFocus(fn func()) { f.OnFocus = fn }
