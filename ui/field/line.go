package field

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Line is a label of one line that ends in "…" where it does not fit, and
// asks for no width of its own. Fyne's truncation finds the cut by
// bisection, shaping the text anew at every try and once more for the
// ellipsis: at the window's start that cost ~4 ms a label
// (docs/benchmark-finestra.md). Line measures the whole text once and
// cuts it in proportion, measuring again only while the cut is too long:
// one measure when the text fits, two or three when it does not.
type Line struct {
	widget.Label
	full  string
	width float32 // the width the text was cut for
}

// NewLine makes a Line showing text.
func NewLine(text string) *Line {
	l := &Line{full: text, width: -1}
	l.Text = text
	l.ExtendBaseWidget(l)
	return l
}

// NewLineWithStyle makes a Line in a text style.
func NewLineWithStyle(text string, style fyne.TextStyle) *Line {
	l := NewLine(text)
	l.TextStyle = style
	return l
}

// Full is the whole text, also when the line shows it cut.
func (l *Line) Full() string { return l.full }

// SetText shows text, cut to the line's width.
func (l *Line) SetText(text string) {
	l.full, l.width = text, -1
	l.fit(l.Size().Width)
	l.Label.Refresh()
}

// Refresh cuts the text again: its style may have changed.
func (l *Line) Refresh() {
	l.width = -1
	l.fit(l.Size().Width)
	l.Label.Refresh()
}

// MinSize is a line's height and the width of an ellipsis: the layout
// gives the width, the text is cut to it.
func (l *Line) MinSize() fyne.Size {
	pad := l.Theme().Size(theme.SizeNameInnerPadding)
	h := l.Label.MinSize().Height
	return fyne.NewSize(l.measure("…")+2*pad, h)
}

func (l *Line) Resize(s fyne.Size) {
	if s.Width != l.width {
		l.fit(s.Width)
		l.Label.Refresh()
	}
	l.Label.Resize(s)
}

// fit cuts the text for a width; a width not yet known shows it whole.
func (l *Line) fit(width float32) {
	l.width = width
	l.Text = l.full
	avail := width - 2*l.Theme().Size(theme.SizeNameInnerPadding)
	if width <= 0 || strings.ContainsRune(l.full, '\n') {
		return
	}
	whole := l.measure(l.full)
	if whole <= avail {
		return
	}
	runes := []rune(l.full)
	n := int(float32(len(runes)) * avail / whole)
	for n > 0 {
		cut := strings.TrimRight(string(runes[:n]), " ,;:—–-") + "…"
		w := l.measure(cut)
		if w <= avail {
			l.Text = cut
			return
		}
		// Shorter in proportion to what is still over, by one rune at
		// least.
		n = min(n-1, int(float32(n)*avail/w))
	}
	l.Text = "…"
}

func (l *Line) measure(s string) float32 {
	size := l.SizeName
	if size == "" {
		size = theme.SizeNameText
	}
	return fyne.MeasureText(s, l.Theme().Size(size), l.TextStyle).Width
}
