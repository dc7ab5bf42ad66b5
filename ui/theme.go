package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme is Fyne's theme with disabled text that can still be read: Fyne
// draws it #e3e3e3 on white, which a clerk cannot read, and the fields of
// an adopted plan's status, of a version shown read-only, of a weight not
// used are there to be read. Disabled text is two thirds of the way from
// the background to the normal text: still lighter than it, so what can
// be changed stands apart. main sets it before the window opens.
func Theme() fyne.Theme { return readable{theme.DefaultTheme()} }

type readable struct{ fyne.Theme }

func (t readable) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameDisabled {
		return mix(t.Theme.Color(theme.ColorNameForeground, v), t.Theme.Color(theme.ColorNameBackground, v), 0.65)
	}
	return t.Theme.Color(n, v)
}

// mix is a weighted blend of two colours, w of a.
func mix(a, b color.Color, w float64) color.Color {
	ar, ag, ab, _ := a.RGBA()
	br, bg, bb, _ := b.RGBA()
	ch := func(x, y uint32) uint8 { return uint8((w*float64(x) + (1-w)*float64(y)) / 257) }
	return color.NRGBA{R: ch(ar, br), G: ch(ag, bg), B: ch(ab, bb), A: 0xff}
}
