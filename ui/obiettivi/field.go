package obiettivi

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// debounce is how long typing may pause before the text is saved.
const debounce = 600 * time.Millisecond

// fieldEntry is an entry that saves itself: when it loses focus, on Enter
// (single line), or after a pause in typing. Invalid text is never passed
// on; the validator marks the field and says what is expected.
type fieldEntry struct {
	widget.Entry
	commit  func(text string)
	invalid func(err error)
	dirty   bool
	loading bool
	gen     int
}

func newField(multiLine bool, commit func(string)) *fieldEntry {
	f := &fieldEntry{commit: commit}
	f.MultiLine = multiLine
	if multiLine {
		f.Wrapping = fyne.TextWrapWord
		f.SetMinRowsVisible(3)
	}
	f.ExtendBaseWidget(f)
	f.OnChanged = func(string) {
		if f.loading {
			return
		}
		f.dirty = true
		f.gen++
		gen := f.gen
		time.AfterFunc(debounce, func() {
			fyne.Do(func() {
				if gen == f.gen {
					f.flush()
				}
			})
		})
	}
	if !multiLine {
		f.OnSubmitted = func(string) { f.flush() }
	}
	return f
}

// FocusLost saves what was typed before focus moved on.
func (f *fieldEntry) FocusLost() {
	f.Entry.FocusLost()
	f.flush()
}

// flush passes a pending valid change to commit.
func (f *fieldEntry) flush() {
	if !f.dirty {
		return
	}
	f.dirty = false
	f.gen++
	if f.Validator != nil {
		if err := f.Validator(f.Text); err != nil {
			_ = f.Validate() // marks the field
			if f.invalid != nil {
				f.invalid(err)
			}
			return
		}
	}
	f.commit(f.Text)
}

// set shows a stored value without saving it again; the cursor stays
// where it is when the text did not change.
func (f *fieldEntry) set(text string) {
	f.dirty = false
	f.gen++
	if f.Text == text {
		return
	}
	f.loading = true
	f.SetText(text)
	f.loading = false
}
