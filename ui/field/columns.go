package field

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
)

// Ready-made columns for the yearly tables.

// IntCol is an editable count; set saves the value of row r.
func IntCol(title string, w float32, get func(r int) int, set func(r, v int) error) Column {
	return Column{Title: title, Width: w,
		Create: func(r int) fyne.CanvasObject {
			return NewNonNegInt(func(v int) error { return set(r, v) })
		},
		Update: func(r int, c fyne.CanvasObject) { c.(*Field[int]).SetValue(get(r)) },
	}
}

// YearCol is an editable year (1900–2100).
func YearCol(title string, w float32, get func(r int) int, set func(r, v int) error) Column {
	return Column{Title: title, Width: w,
		Create: func(r int) fyne.CanvasObject {
			return New(ParseYear, func(y int) string { return itoa(y) }, func(v int) error { return set(r, v) })
		},
		Update: func(r int, c fyne.CanvasObject) { c.(*Field[int]).SetValue(get(r)) },
	}
}

// OptIntCol is an editable count that may be blank.
func OptIntCol(title string, w float32, get func(r int) *int, set func(r int, v *int) error) Column {
	return Column{Title: title, Width: w,
		Create: func(r int) fyne.CanvasObject {
			return NewOptInt(func(v *int) error { return set(r, v) })
		},
		Update: func(r int, c fyne.CanvasObject) { c.(*Field[*int]).SetValue(get(r)) },
	}
}

// NumberCol is an editable decimal number.
func NumberCol(title string, w float32, dec int, get func(r int) float64, set func(r int, v float64) error) Column {
	return Column{Title: title, Width: w,
		Create: func(r int) fyne.CanvasObject {
			return NewNumber(dec, func(v float64) error { return set(r, v) })
		},
		Update: func(r int, c fyne.CanvasObject) { c.(*Field[float64]).SetValue(get(r)) },
	}
}

// TextCol is editable text.
func TextCol(title string, w float32, get func(r int) string, set func(r int, v string) error) Column {
	return Column{Title: title, Width: w,
		Create: func(r int) fyne.CanvasObject {
			return NewText(func(v string) error { return set(r, v) })
		},
		Update: func(r int, c fyne.CanvasObject) { c.(*Field[string]).SetValue(get(r)) },
	}
}

// DerivedCol is a read-only figure the program computes. When warn is true
// the cell is shown in red with a "!" so a clerk sees what does not add up.
func DerivedCol(title string, w float32, get func(r int) (text string, warn bool)) Column {
	return Column{Title: title, Width: w,
		Create: func(int) fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Alignment = fyne.TextAlignTrailing
			l.TextStyle = fyne.TextStyle{Italic: true}
			return l
		},
		Update: func(r int, c fyne.CanvasObject) {
			l := c.(*widget.Label)
			t, warn := get(r)
			imp := widget.MediumImportance
			if warn {
				t, imp = "! "+t, widget.DangerImportance
			}
			if l.Text != t || l.Importance != imp {
				l.Text, l.Importance = t, imp
				l.Refresh()
			}
		},
	}
}

// ButtonCol is a small icon per row (e.g. the bin to delete the row). It
// does not take focus, so Tab goes from cell to cell without stopping on it.
func ButtonCol(title string, w float32, icon fyne.Resource, tapped func(r int)) Column {
	return Column{Title: title, Width: w,
		Create: func(r int) fyne.CanvasObject {
			return NewTapIcon(icon, func() { tapped(r) })
		},
	}
}

// LabelCol is a read-only name on the left of a row (e.g. the age band).
func LabelCol(title string, w float32, get func(r int) string) Column {
	return Column{Title: title, Width: w,
		Create: func(int) fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		Update: func(r int, c fyne.CanvasObject) { c.(*widget.Label).SetText(get(r)) },
	}
}

// TapIcon is a clickable icon that stays out of the Tab order. Disabled
// (a plan shown read-only) it vanishes.
type TapIcon struct {
	widget.DisableableWidget
	icon  *widget.Icon
	OnTap func()
}

// NewTapIcon builds a clickable icon.
func NewTapIcon(res fyne.Resource, tapped func()) *TapIcon {
	b := &TapIcon{icon: widget.NewIcon(res), OnTap: tapped}
	b.ExtendBaseWidget(b)
	return b
}

// Tapped runs the action.
func (b *TapIcon) Tapped(*fyne.PointEvent) {
	if b.OnTap != nil && !b.Disabled() {
		b.OnTap()
	}
}

// Cursor shows the hand, as on a link.
func (b *TapIcon) Cursor() desktop.Cursor {
	if b.Disabled() {
		return desktop.DefaultCursor
	}
	return desktop.PointerCursor
}

// Refresh shows the icon only while it can be tapped.
func (b *TapIcon) Refresh() {
	if b.Disabled() {
		b.icon.Hide()
	} else {
		b.icon.Show()
	}
	b.DisableableWidget.Refresh()
}

func (b *TapIcon) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewCenter(b.icon))
}

// ParseYear reads a year of the plan's era.
func ParseYear(s string) (int, error) {
	y, err := model.ParseInt(s)
	if err != nil {
		return 0, err
	}
	return y, model.CheckYear(y)
}

// FormatSigned writes a change with its sign: +12, −8, 0.
func FormatSigned(n int) string {
	if n > 0 {
		return "+" + model.FormatInt(n)
	}
	return model.FormatInt(n)
}

// itoa writes a year without the thousands dot (2023, not 2.023); 0 is
// an unset year and shows blank.
func itoa(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}
