// Package field holds the input widgets every section screen shares: entries
// for Italian numbers, integers, dates and text that save only a valid,
// changed value, when the user leaves the field or presses Enter (or, when
// asked, after a pause in typing), never on every keystroke. This is where
// "nothing is saved until it is valid" lives.
package field

import (
	"errors"
	"fmt"
	"time"

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
	// typed is set while the text on screen is the user's and not yet
	// rewritten in its stored form (by leaving the field, Enter or Esc);
	// dirty while some of it is not saved yet (the debounce saves and
	// leaves the text as typed).
	typed, dirty bool
	// quiet is set while the field itself changes its text, so that does
	// not count as typing.
	quiet bool
	// saving is set while OnCommit runs: the read-back that comes meanwhile
	// is the field's own save, shown in its stored form.
	saving bool
	// clash is set when what is stored changed while the user was typing
	// (someone else saved it): their text stays, and the first save after
	// that is refused once with a word of warning.
	clash bool
	// timer runs the debounced save; pending says it is still wanted
	// (leaving the field, Esc or a refresh make it moot).
	timer   Timer
	pending bool
	// Debounce, when positive, also saves valid text after that long
	// without typing, so a long text is not lost if the program is closed
	// without leaving the field. Text that does not parse is left alone
	// until the user leaves the field: no message while still typing.
	Debounce time.Duration

	// OnCommit saves a valid, changed value. When it returns an error the
	// typed text stays, marked with that error, and the value is unchanged.
	OnCommit func(T) error
	// OnInvalid hears refused text (e.g. to repeat it on the status line),
	// the error naming the field (see Name); nil once the text is fixed.
	OnInvalid func(error)
	// Name is the field's label, which messages away from the field use to
	// say which field they are about.
	Name string
	// OnError is told the current message, nil when the text is fine; the
	// form row uses it to show the message under the field.
	OnError func(error)
	// OnEnter runs after Enter was handled (the grid moves to the next row).
	OnEnter func()
	// OnTab, when set, makes Tab commit the text and then, if it is
	// stored, call OnTab (back for Shift+Tab): a large grid moves to the
	// next cell itself (keys.go).
	OnTab func(back bool)
	// OnUndo, when set, is what Ctrl+Z does once the text is stored.
	OnUndo func()
	// OnFocus hears the field taking the focus.
	OnFocus func()
	// OnTyped hears the text as the user changes it, and the stored text
	// again when Esc abandons the typing: a screen can show what a value
	// would give before it is saved.
	OnTyped func(text string)
	shift   bool
}

// New builds a field from a parser and a formatter. The typed constructors
// (NewInt, NewNumber, NewDate, NewText…) cover the usual cases.
func New[T any](parse func(string) (T, error), format func(T) string, onCommit func(T) error) *Field[T] {
	f := &Field[T]{parse: parse, format: format, OnCommit: onCommit}
	// No Validator: Fyne would put a tick on every valid field and flag
	// half-typed text. The message appears when a commit is refused and
	// goes away as soon as the text is valid again.
	f.AlwaysShowValidationError = true
	f.Entry.OnChanged = f.changed
	f.ExtendBaseWidget(f)
	var zero T
	f.show(format(zero))
	return f
}

// changed hears every change of the text: it clears a message once the
// text is valid and schedules the debounced save.
func (f *Field[T]) changed(s string) {
	if f.quiet {
		return
	}
	f.typed, f.dirty = true, true
	if f.OnTyped != nil {
		f.OnTyped(s)
	}
	if f.refused != nil {
		if _, err := f.parse(s); err == nil {
			f.clearError()
		}
	}
	if f.Debounce <= 0 {
		return
	}
	f.pending = true
	if f.timer == nil {
		f.timer = timers.AfterFunc(f.Debounce, func() { fyne.Do(f.pause) })
		return
	}
	f.timer.Reset(f.Debounce)
}

// cancel drops a pending debounced save.
func (f *Field[T]) cancel() {
	f.pending = false
	if f.timer != nil {
		f.timer.Stop()
	}
}

// pause is the debounced save: valid text is stored as typed, without
// rewriting it under the user's cursor; anything else waits for the user
// to leave the field, with no message while they may still be typing.
func (f *Field[T]) pause() {
	if !f.pending || f.Disabled() || f.clash {
		return
	}
	f.pending = false
	if _, err := f.parse(f.Text); err == nil {
		f.commit(false)
	}
}

// show replaces the text without it counting as typing.
func (f *Field[T]) show(t string) {
	f.cancel()
	f.quiet = true
	defer func() { f.quiet = false }()
	f.Entry.SetText(t)
}

// Value is the last committed (or set) value.
func (f *Field[T]) Value() T { return f.value }

// SetValue shows v as stored. Text the user typed that was refused stays on
// screen until corrected or abandoned with Esc, so nothing typed vanishes;
// so does text the user is typing, whether it already means v (saved by
// the debounce: spaces and cursor are not disturbed mid-sentence) or not
// (the plan was read again because someone else changed it). When what is
// stored changed underneath the typing, the field says so and the next
// save asks for a second Invio, so nobody's value is overwritten unseen.
func (f *Field[T]) SetValue(v T) {
	moved := f.format(v) != f.format(f.value)
	f.value = v
	if f.invalid {
		return
	}
	if f.typed && !f.saving {
		if cur, err := f.parse(f.Text); err == nil && f.format(cur) == f.format(v) {
			f.settle()
			return
		}
		if f.dirty {
			if moved {
				f.clash = true
				f.SetValidationError(errors.New(clashMessage(f.format(v))))
			}
			return
		}
	}
	f.typed, f.dirty = false, false
	if t := f.format(v); t != f.Text {
		f.show(t)
	}
}

// Message is the Italian message of what is wrong with the text, "" if
// nothing is.
func (f *Field[T]) Message() string {
	if _, err := f.parse(f.Text); err != nil {
		return err.Error()
	}
	if f.refused != nil {
		return message(f.refused)
	}
	if f.clash {
		return clashMessage(f.format(f.value))
	}
	return ""
}

// Commit saves the typed text if it is valid and changed, as leaving the
// field does. It reports whether the text is now stored.
func (f *Field[T]) Commit() bool { return f.commit(true) }

// Flush is Commit for a screen about to show another record: it saves what
// the user typed and is silent about a field nobody touched, even one whose
// stored value would be refused (an empty required title).
func (f *Field[T]) Flush() bool {
	if !f.typed {
		return true
	}
	return f.commit(true)
}

// commit saves valid, changed text; rewrite shows it in its stored form
// (not done by the debounce, while the user may still be typing).
func (f *Field[T]) commit(rewrite bool) bool {
	f.cancel() // this is the save the debounce was waiting for
	v, err := f.parse(f.Text)
	if err != nil {
		f.refuse(err)
		return false
	}
	if f.clash {
		f.clash = false
		f.refuse(errors.New(clashMessage(f.format(f.value))))
		return false
	}
	if old := f.value; f.format(v) != f.format(old) {
		f.value = v
		if f.OnCommit != nil {
			f.saving = true
			err := f.OnCommit(v)
			f.saving = false
			if err != nil {
				f.value = old
				f.refuse(err)
				return false
			}
			f.forgetTyping() // saved: the session undoes it now
		}
		f.dirty = false
	} else {
		f.value = v
		f.dirty = false
	}
	if rewrite {
		f.typed = false
		if t := f.format(v); t != f.Text {
			f.show(t)
		}
	}
	f.clearError()
	return true
}

func (f *Field[T]) refuse(err error) {
	f.invalid, f.refused = true, err
	f.SetValidationError(errors.New(message(err)))
	if f.OnError != nil {
		f.OnError(err)
	}
	if f.OnInvalid != nil {
		f.OnInvalid(Named(f.Name, err))
	}
}

// Revert abandons the typed text and shows the stored value again.
func (f *Field[T]) Revert() {
	was := f.typed
	f.settle()
	f.typed, f.dirty = false, false
	f.show(f.format(f.value))
	f.clearError()
	if was && f.OnTyped != nil {
		f.OnTyped(f.Text)
	}
}

// settle forgets a clash: the text and what is stored agree again.
func (f *Field[T]) settle() {
	if f.clash {
		f.clash = false
		if !f.invalid {
			f.SetValidationError(nil)
		}
	}
}

// clashMessage warns that the field was saved while the user was typing,
// and says what it now holds.
func clashMessage(stored string) string {
	if r := []rune(stored); len(r) > 60 {
		stored = string(r[:60]) + "…"
	}
	return fmt.Sprintf("Nel frattempo qui è stato salvato «%s» (da un altro utente o da un annullamento). Invio salva il testo scritto al suo posto, Esc lo abbandona.", stored)
}

func (f *Field[T]) clearError() {
	if f.refused == nil && !f.invalid {
		return
	}
	had := f.refused != nil
	f.invalid, f.refused = false, nil
	f.SetValidationError(nil)
	if had && f.OnError != nil {
		f.OnError(nil)
	}
	if had && f.OnInvalid != nil {
		f.OnInvalid(nil) // fixed: the message elsewhere goes too
	}
}

// SetName sets the label messages use (see Name).
func (f *Field[T]) SetName(n string) { f.Name = n }

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
	case fyne.KeyTab:
		if f.OnTab != nil {
			f.tab()
			return
		}
	}
	f.Entry.TypedKey(k)
}

// SetText replaces the text as if typed; it does not commit (the debounce,
// if any, will).
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
