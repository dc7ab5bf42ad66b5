package field

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Cols lays out one row of a table: positive weights share the width left
// by the fixed (negative, in pixels) columns, so headers and cells of every
// row line up.
type Cols []float32

func (c Cols) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	fixed, total := float32(0), float32(0)
	for _, w := range c {
		if w < 0 {
			fixed -= w
		} else {
			total += w
		}
	}
	free := max(0, size.Width-fixed-pad*float32(len(c)-1))
	x := float32(0)
	for i, o := range objs {
		if i >= len(c) {
			break
		}
		w := -c[i]
		if c[i] > 0 {
			w = free * c[i] / total
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + pad
	}
}

func (c Cols) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(float32(len(c))*60, h)
}
