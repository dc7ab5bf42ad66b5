package field

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// A Line shows its text whole where it fits, cut with "…" to the width it
// is given where it does not, and asks for no width of its own.
func TestLineCutsToItsWidth(t *testing.T) {
	test.NewTempApp(t)
	text := "Pubblicazione della Relazione e della validazione in Amministrazione trasparente"
	l := NewLine(text)
	w := test.NewTempWindow(t, l)
	pad := 2 * theme.Size(theme.SizeNameInnerPadding)
	whole := fyne.MeasureText(text, theme.TextSize(), fyne.TextStyle{}).Width
	w.Resize(fyne.NewSize(whole+pad+40, 60))
	l.Resize(fyne.NewSize(whole+pad+10, l.MinSize().Height))
	if l.Text != text || l.Full() != text {
		t.Fatalf("wide enough, shows %q", l.Text)
	}
	if l.MinSize().Width >= whole/4 {
		t.Fatalf("asks for %v of width", l.MinSize().Width)
	}
	for _, width := range []float32{whole / 2, whole / 5, 30, 5} {
		l.Resize(fyne.NewSize(width+pad, l.MinSize().Height))
		got := fyne.MeasureText(l.Text, theme.TextSize(), fyne.TextStyle{}).Width
		if !strings.HasSuffix(l.Text, "…") || (got > width && l.Text != "…") || l.Full() != text {
			t.Fatalf("at %v shows %q, %v wide", width, l.Text, got)
		}
		if prefix := strings.TrimSuffix(l.Text, "…"); !strings.HasPrefix(text, prefix) {
			t.Fatalf("at %v shows %q", width, l.Text)
		}
	}
	l.Resize(fyne.NewSize(whole+pad, l.MinSize().Height))
	l.SetText("Breve")
	if l.Text != "Breve" || l.Full() != "Breve" {
		t.Fatalf("short text shows %q", l.Text)
	}
}
