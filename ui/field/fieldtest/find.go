package fieldtest

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Find walks the widget tree under o, as it is drawn, for the first T that
// ok accepts; the zero T if none.
func Find[T fyne.CanvasObject](o fyne.CanvasObject, ok func(T) bool) T {
	var zero T
	if x, is := o.(T); is && ok(x) {
		return x
	}
	var kids []fyne.CanvasObject
	switch c := o.(type) {
	case *fyne.Container:
		kids = c.Objects
	case fyne.Widget:
		kids = test.WidgetRenderer(c).Objects()
	}
	for _, k := range kids {
		if x := Find(k, ok); any(x) != any(zero) {
			return x
		}
	}
	return zero
}

// TapOption taps the option of a radio group as a user does: on the item
// that shows its text.
func TapOption(t testing.TB, r *widget.RadioGroup, option string) {
	t.Helper()
	for _, item := range test.WidgetRenderer(r).Objects() {
		tap, ok := item.(fyne.Tappable)
		if !ok {
			continue
		}
		shows := func(x *canvas.Text) bool { return strings.Contains(x.Text, option) }
		if Find(item, shows) != nil {
			test.Tap(tap)
			return
		}
	}
	t.Fatalf("opzione %q non trovata", option)
}
