package field

import (
	"errors"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
)

// retype replaces the text the way a user does: focus, clear, type.
func retype(c fyne.Canvas, f fyne.Focusable, e *widget.Entry, s string) {
	c.Focus(f)
	e.SetText("")
	test.Type(f, s)
}

func TestNumberCommitsOnceOnFocusLoss(t *testing.T) {
	test.NewTempApp(t)
	var got []float64
	f := NewNumber(2, func(v float64) error { got = append(got, v); return nil })
	f.SetValue(3.8)
	other := widget.NewEntry()
	w := test.NewWindow(container.NewVBox(f, other))
	defer w.Close()
	if f.Text != "3,80" {
		t.Fatalf("shown %q, want 3,80", f.Text)
	}
	retype(w.Canvas(), f, &f.Entry, "1363,18")
	if len(got) != 0 {
		t.Fatalf("committed while typing: %v", got)
	}
	w.Canvas().Focus(other)
	if len(got) != 1 || got[0] != 1363.18 {
		t.Fatalf("commits %v, want one of 1363.18", got)
	}
	if f.Text != "1.363,18" {
		t.Fatalf("shown %q, want 1.363,18", f.Text)
	}
	// Leaving again without a change saves nothing more.
	w.Canvas().Focus(f)
	w.Canvas().Focus(other)
	if len(got) != 1 {
		t.Fatalf("unchanged value committed again: %v", got)
	}
}

func TestInvalidTextRefusedWithMessage(t *testing.T) {
	test.NewTempApp(t)
	for _, tc := range []struct {
		name string
		mk   func(commit func()) (fyne.Focusable, *widget.Entry, func() string)
		text string
		want string
	}{
		{"numero", func(c func()) (fyne.Focusable, *widget.Entry, func() string) {
			f := NewNumber(2, func(float64) error { c(); return nil })
			return f, &f.Entry, f.Message
		}, "12,3,4", "non è un numero"},
		{"intero", func(c func()) (fyne.Focusable, *widget.Entry, func() string) {
			f := NewInt(func(int) error { c(); return nil })
			return f, &f.Entry, f.Message
		}, "abc", "non è un numero"},
		{"data", func(c func()) (fyne.Focusable, *widget.Entry, func() string) {
			f := NewDate(func(model.Date) error { c(); return nil })
			return f, &f.Entry, f.Message
		}, "31/02/2023", "non esiste"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			commits := 0
			var heard error
			f, e, msg := tc.mk(func() { commits++ })
			f.(interface{ SetOnInvalid(func(error)) }).SetOnInvalid(func(err error) { heard = err })
			l, right := Row("Campo", f.(fyne.CanvasObject))
			other := widget.NewEntry()
			w := test.NewWindow(container.NewVBox(l, right, other))
			w.Resize(fyne.NewSize(600, 200))
			defer w.Close()
			retype(w.Canvas(), f, e, tc.text)
			w.Canvas().Focus(other)
			if commits != 0 {
				t.Fatalf("invalid %q was committed", tc.text)
			}
			if !strings.Contains(msg(), tc.want) || heard == nil || !strings.Contains(heard.Error(), tc.want) {
				t.Fatalf("message %q / heard %v, want %q", msg(), heard, tc.want)
			}
			if e.Text != tc.text {
				t.Fatalf("typed text lost: %q", e.Text)
			}
			// The message is shown under the field, in the row.
			if m := test.RenderObjectToMarkup(right); !strings.Contains(m, tc.want) {
				t.Fatalf("message not shown under the field")
			}
		})
	}
}

func TestEnterCommitsAndEscReverts(t *testing.T) {
	test.NewTempApp(t)
	var got []int
	f := NewInt(func(v int) error { got = append(got, v); return nil })
	f.SetValue(5141)
	w := test.NewWindow(f)
	defer w.Close()
	if f.Text != "5.141" {
		t.Fatalf("shown %q", f.Text)
	}
	retype(w.Canvas(), f, &f.Entry, "5228")
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(got) != 1 || got[0] != 5228 || f.Text != "5.228" {
		t.Fatalf("after Enter: %v %q", got, f.Text)
	}
	test.Type(f, "9")
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if f.Text != "5.228" || len(got) != 1 {
		t.Fatalf("Esc must restore the stored value: %q %v", f.Text, got)
	}
}

func TestFailedSaveKeepsTextAndValue(t *testing.T) {
	test.NewTempApp(t)
	f := NewText(func(string) error { return errors.New("disco pieno") })
	f.SetValue("Albizzate")
	w := test.NewWindow(f)
	defer w.Close()
	retype(w.Canvas(), f, &f.Entry, "Cairate")
	if f.Commit() {
		t.Fatal("a failed save must not count as stored")
	}
	if f.Value() != "Albizzate" || f.Text != "Cairate" || !strings.Contains(f.Message(), "disco pieno") {
		t.Fatalf("value %q text %q msg %q", f.Value(), f.Text, f.Message())
	}
	// A refresh from the plan does not wipe what the user typed.
	f.SetValue("Albizzate")
	if f.Text != "Cairate" {
		t.Fatalf("refresh overwrote typed text: %q", f.Text)
	}
}

func TestOptionalFieldsAcceptBlank(t *testing.T) {
	test.NewTempApp(t)
	var gotD *model.Date = model.DatePtr(2023, 1, 1)
	d := NewOptDate(func(v *model.Date) error { gotD = v; return nil })
	d.SetValue(model.DatePtr(2023, 1, 1))
	d.SetText("")
	if !d.Commit() || gotD != nil {
		t.Fatalf("blank date must commit nil, got %v", gotD)
	}
	n := NewOptInt(nil)
	n.SetText("-3")
	if n.Commit() || !strings.Contains(n.Message(), "negativo") {
		t.Fatalf("negative count accepted: %q", n.Message())
	}
	y := NewYear(nil)
	y.SetValue(2023)
	if y.Text != "2023" {
		t.Fatalf("year shown %q, want 2023 without dot", y.Text)
	}
	l := NewList(nil)
	l.SetText("Cassano Magnago, Cairate ,, ")
	l.Commit()
	if v := l.Value(); len(v) != 2 || v[1] != "Cairate" {
		t.Fatalf("list %q", v)
	}
}

// manual makes the fields of this test wait on a clock it fires by hand.
func manual(t *testing.T) *ManualTimers {
	c := &ManualTimers{}
	t.Cleanup(SetTimers(c))
	return c
}

func TestDebounceSavesAfterAPauseInTyping(t *testing.T) {
	test.NewTempApp(t)
	clock := manual(t)
	var got []string
	f := NewMultiLine(3, func(v string) error { got = append(got, v); return nil })
	f.Debounce = 600 * time.Millisecond
	f.SetValue("Ufficio tecnico")
	other := widget.NewEntry()
	w := test.NewWindow(container.NewVBox(f, other))
	w.Resize(fyne.NewSize(600, 300))
	defer w.Close()
	w.Canvas().Focus(f)
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	test.Type(f, ": lavori ")
	if len(got) != 0 {
		t.Fatalf("saved before the pause: %q", got)
	}
	clock.Fire() // the pause
	if len(got) != 1 || got[0] != "Ufficio tecnico: lavori" {
		t.Fatalf("stored %q", got)
	}
	// The text stays as typed, trailing space and all, so typing goes on.
	if f.Text != "Ufficio tecnico: lavori " {
		t.Fatalf("text rewritten while typing: %q", f.Text)
	}
	test.Type(f, "pubblici")
	clock.Fire()
	if len(got) != 2 || got[1] != "Ufficio tecnico: lavori pubblici" {
		t.Fatalf("stored %q", got)
	}
	// Leaving the field afterwards has nothing more to save, then or later.
	w.Canvas().Focus(other)
	clock.Fire()
	if len(got) != 2 {
		t.Fatalf("saved again on leaving: %q", got[2:])
	}
}

func TestDebounceNeverSavesInvalidText(t *testing.T) {
	test.NewTempApp(t)
	clock := manual(t)
	var got []model.Date
	f := NewDate(func(v model.Date) error { got = append(got, v); return nil })
	f.Debounce = 600 * time.Millisecond
	f.SetValue(model.Date{Year: 2023, Month: 12, Day: 31})
	w := test.NewWindow(f)
	defer w.Close()
	retype(w.Canvas(), f, &f.Entry, "31/02/2023")
	clock.Fire()
	if len(got) != 0 {
		t.Fatalf("impossible date stored: %v", got)
	}
	// No message while the user may still be typing; Enter refuses it.
	if f.refused != nil {
		t.Fatalf("refused during the pause: %v", f.refused)
	}
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !strings.Contains(f.Message(), "non esiste") {
		t.Fatalf("message %q", f.Message())
	}
	f.SetText("30/06/2024")
	clock.Fire()
	if len(got) != 1 || got[0].String() != "30/06/2024" {
		t.Fatalf("stored %v", got)
	}
	if f.Message() != "" {
		t.Fatalf("message left: %q", f.Message())
	}
}

func TestNoTickOnValidFields(t *testing.T) {
	test.NewTempApp(t)
	f := NewText(nil)
	f.Debounce = time.Hour
	f.SetValue("Albizzate")
	w := test.NewWindow(f)
	defer w.Close()
	if f.Validator != nil {
		t.Fatal("a Validator would put a tick on every valid field")
	}
	if m := test.RenderObjectToMarkup(f); strings.Contains(m, "confirm") {
		t.Fatalf("tick shown:\n%s", m)
	}
}

func TestFlushSavesOnlyWhatWasTyped(t *testing.T) {
	test.NewTempApp(t)
	var got []string
	var refused error
	f := NewRequiredText("inserire il titolo", func(v string) error { got = append(got, v); return nil })
	f.OnInvalid = func(err error) { refused = err }
	if !f.Flush() || refused != nil || len(got) != 0 {
		t.Fatalf("untouched empty field: refused %v, saved %v", refused, got)
	}
	f.SetText("Bilancio")
	if !f.Flush() || len(got) != 1 || got[0] != "Bilancio" {
		t.Fatalf("typed text not saved: %v", got)
	}
	if !f.Flush() || len(got) != 1 {
		t.Fatalf("saved twice: %v", got)
	}
}

// Text being typed stays when the plan is read again under it (another
// window saved): when the stored value changed, the field says so, the
// save the user's leaving would make is held once, and Invio then saves the
// typed text; Esc shows what is stored.
func TestTypingSurvivesAChangeFromElsewhere(t *testing.T) {
	test.NewTempApp(t)
	var saved []string
	f := NewText(func(v string) error { saved = append(saved, v); return nil })
	f.SetValue("Valore iniziale")
	other := widget.NewEntry()
	w := test.NewWindow(container.NewVBox(f, other))
	defer w.Close()
	retype(w.Canvas(), f, &f.Entry, "Il mio testo")

	// Another field of the record changed: nothing to say.
	f.SetValue("Valore iniziale")
	if f.Text != "Il mio testo" || f.Message() != "" {
		t.Fatalf("after a refresh with the same value: %q, %q", f.Text, f.Message())
	}
	// Someone else saved this very field.
	f.SetValue("Testo di Maria")
	if f.Text != "Il mio testo" {
		t.Fatalf("typed text replaced by %q", f.Text)
	}
	if m := f.Message(); !strings.Contains(m, "«Testo di Maria»") {
		t.Fatalf("no word of the other save: %q", m)
	}
	w.Canvas().Focus(other) // leaving would save: held once
	if len(saved) != 0 || f.Text != "Il mio testo" {
		t.Fatalf("saved %v over the other save unseen, text %q", saved, f.Text)
	}
	w.Canvas().Focus(f)
	test.Type(f, "!")
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(saved) != 1 || saved[0] != "Il mio testo!" {
		t.Fatalf("Invio after the warning saved %v", saved)
	}

	// Esc abandons the typed text for what is stored.
	retype(w.Canvas(), f, &f.Entry, "Altro")
	f.SetValue("Ancora di Maria")
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if f.Text != "Ancora di Maria" || f.Message() != "" {
		t.Fatalf("after Esc: %q, %q", f.Text, f.Message())
	}
}

// The field's own save, read back in its stored form, is no clash.
func TestOwnSaveReadBackIsNoClash(t *testing.T) {
	test.NewTempApp(t)
	var f *Field[string]
	f = NewText(func(v string) error { f.SetValue(strings.TrimSpace(v) + "."); return nil })
	other := widget.NewEntry()
	w := test.NewWindow(container.NewVBox(f, other))
	defer w.Close()
	retype(w.Canvas(), f, &f.Entry, " frase ")
	w.Canvas().Focus(other)
	if f.Message() != "" || f.clash {
		t.Fatalf("own save seen as a clash: %q", f.Message())
	}
}
