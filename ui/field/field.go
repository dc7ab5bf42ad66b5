// Package field holds the input widgets every section screen shares: entries
// for Italian numbers, integers, dates and text that save only a valid,
// changed value, when the user leaves the field or presses Enter, never on
// every keystroke. This is where "nothing is saved until it is valid" lives.
package field

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Field is an entry holding a value of type T. It shows the value in its
// Italian form, refuses text that does not parse (with the message of what
// is expected) and calls OnCommit once per valid change.
type Field[T any] struct {
	widget.Entry

	parse  func(string) (T, error)
	format func(T) string
	value  T
	// invalid is the text of a refused commit: kept on screen so the user
	// can correct it instead of retyping, and not overwritten by refreshes.
	invalid bool
	refused error

	// OnCommit saves a valid, changed value. When it returns an error the
	// typed text stays, marked with that error, and the value is unchanged.
	OnCommit func(T) error
	// OnInvalid hears refused text (e.g. to repeat it on the status line).
	OnInvalid func(error)
	// OnError is told the current message, nil when the text is fine; the
	// form row uses it to show the message under the field.
	OnError func(error)
	// OnEnter runs after Enter was handled (the grid moves to the next row).
	OnEnter func()
}

// New builds a field from a parser and a formatter. The typed constructors
// (NewInt, NewNumber, NewDate, NewText…) cover the usual cases.
func New[T any](parse func(string) (T, error), format func(T) string, onCommit func(T) error) *Field[T] {
	f := &Field[T]{parse: parse, format: format, OnCommit: onCommit}
	// No Validator: Fyne would put a tick on every valid field and flag
	// half-typed text. The message appears when a commit is refused and
	// goes away as soon as the text is valid again.
	f.AlwaysShowValidationError = true
	f.Entry.OnChanged = func(s string) {
		if f.refused == nil {
			return
		}
		if _, err := f.parse(s); err == nil {
			f.clearError()
		}
	}
	f.ExtendBaseWidget(f)
	var zero T
	f.Entry.SetText(format(zero))
	return f
}

// Value is the last committed (or set) value.
func (f *Field[T]) Value() T { return f.value }

// SetValue shows v as stored. Text the user typed that was refused stays on
// screen until corrected or abandoned with Esc, so nothing typed vanishes.
func (f *Field[T]) SetValue(v T) {
	f.value = v
	if f.invalid {
		return
	}
	if t := f.format(v); t != f.Text {
		f.Entry.SetText(t)
	}
}

// Message is the Italian message of what is wrong with the text, "" if
// nothing is.
func (f *Field[T]) Message() string {
	if _, err := f.parse(f.Text); err != nil {
		return err.Error()
	}
	if f.refused != nil {
		return f.refused.Error()
	}
	return ""
}

// Commit saves the typed text if it is valid and changed, as leaving the
// field does. It reports whether the text is now stored.
func (f *Field[T]) Commit() bool {
	v, err := f.parse(f.Text)
	if err != nil {
		f.refuse(err)
		return false
	}
	if f.format(v) == f.format(f.value) {
		f.clearError()
		if t := f.format(v); t != f.Text {
			f.Entry.SetText(t)
		}
		return true
	}
	if f.OnCommit != nil {
		if err := f.OnCommit(v); err != nil {
			f.refuse(err)
			return false
		}
	}
	f.value = v
	f.Entry.SetText(f.format(v))
	f.clearError()
	return true
}

func (f *Field[T]) refuse(err error) {
	f.invalid, f.refused = true, err
	f.SetValidationError(err)
	if f.OnError != nil {
		f.OnError(err)
	}
	if f.OnInvalid != nil {
		f.OnInvalid(err)
	}
}

// Revert abandons the typed text and shows the stored value again.
func (f *Field[T]) Revert() {
	f.Entry.SetText(f.format(f.value))
	f.clearError()
}

func (f *Field[T]) clearError() {
	had := f.refused != nil
	f.invalid, f.refused = false, nil
	f.SetValidationError(nil)
	if had && f.OnError != nil {
		f.OnError(nil)
	}
}

// FocusLost commits: leaving a field is how a clerk says "done".
func (f *Field[T]) FocusLost() {
	f.Entry.FocusLost()
	if !f.Disabled() {
		f.Commit()
	}
}

// TypedKey commits on Enter (single-line fields) and reverts on Esc.
func (f *Field[T]) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if !f.MultiLine {
			if f.Commit() && f.OnEnter != nil {
				f.OnEnter()
			}
			return
		}
	case fyne.KeyEscape:
		f.Revert()
		return
	}
	f.Entry.TypedKey(k)
}

// SetText replaces the text as if typed; it does not commit.
func (f *Field[T]) SetText(s string) {
	f.invalid = false
	f.Entry.SetText(s)
}

// ShowErrors sends the field's messages to show (nil clears), for a row
// or a status line.
func (f *Field[T]) ShowErrors(show func(error)) { f.OnError = show }

// SetOnEnter sets what happens after a valid Enter (used by Grid).
func (f *Field[T]) SetOnEnter(fn func()) { f.OnEnter = fn }

// SetOnInvalid sets who hears refused text (used by Grid).
func (f *Field[T]) SetOnInvalid(fn func(error)) { f.OnInvalid = fn }
