package schede

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// find walks the widget tree under o for the first T that ok accepts.
func find[T fyne.CanvasObject](o fyne.CanvasObject, ok func(T) bool) T {
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
		if x := find(k, ok); any(x) != any(zero) {
			return x
		}
	}
	return zero
}

func labelWith(o fyne.CanvasObject, text string) *widget.Label {
	return find(o, func(l *widget.Label) bool { return l.Visible() && strings.Contains(l.Text, text) })
}

func buttonWith(o fyne.CanvasObject, text string) *widget.Button {
	return find(o, func(b *widget.Button) bool { return b.Text == text })
}

// tapOption taps the option of a radio group as a user would, on the item
// that shows its text.
func tapOption(t *testing.T, r *widget.RadioGroup, option string) {
	t.Helper()
	for _, item := range test.WidgetRenderer(r).Objects() {
		tap, ok := item.(fyne.Tappable)
		if !ok {
			continue
		}
		if find(item, func(x *canvas.Text) bool { return x.Text == option }) != nil ||
			find(item, func(x *widget.Label) bool { return x.Text == option }) != nil {
			test.Tap(tap)
			return
		}
	}
	t.Fatalf("opzione %q non trovata", option)
}
