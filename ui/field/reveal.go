package field

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Reveal scrolls every scroll container inside root that holds o until o
// is in view: focusing a field does not scroll to it, and a field the
// clerk is sent to (by Controlli, or a new row) must be seen.
func Reveal(root, o fyne.CanvasObject) {
	path := pathTo(root, o)
	if path == nil {
		return
	}
	d := fyne.CurrentApp().Driver()
	// Innermost first: each scroll then brings into view the part of its
	// content where o now is.
	for i := len(path) - 1; i >= 0; i-- {
		s, ok := path[i].(*container.Scroll)
		if !ok || !s.Visible() {
			continue
		}
		at := d.AbsolutePositionForObject(o).Subtract(d.AbsolutePositionForObject(s))
		size, view := o.Size(), s.Size()
		off := s.Offset
		off.Y += shift(at.Y, size.Height, view.Height)
		off.X += shift(at.X, size.Width, view.Width)
		if off != s.Offset {
			s.ScrollToOffset(off)
		}
	}
}

// shift is how far to scroll so that a span starting at pos (relative to
// the view) of length n fits a view of length view; its start wins when
// it is longer.
func shift(pos, n, view float32) float32 {
	switch {
	case pos < 0:
		return pos
	case pos+n > view:
		return min(pos+n-view, pos)
	}
	return 0
}

// pathTo is the chain of objects from root down to o, nil when o is not
// inside root as far as the layout's own containers show it.
func pathTo(root, o fyne.CanvasObject) []fyne.CanvasObject {
	if root == nil {
		return nil
	}
	if root == o {
		return []fyne.CanvasObject{root}
	}
	for _, c := range children(root) {
		if p := pathTo(c, o); p != nil {
			return append([]fyne.CanvasObject{root}, p...)
		}
	}
	return nil
}

// children are the objects a layout object holds, for the kinds the
// screens are built of.
func children(o fyne.CanvasObject) []fyne.CanvasObject {
	switch v := o.(type) {
	case *fyne.Container:
		return v.Objects
	case *container.Scroll:
		return []fyne.CanvasObject{v.Content}
	case *container.Split:
		return []fyne.CanvasObject{v.Leading, v.Trailing}
	case *container.AppTabs:
		if sel := v.Selected(); sel != nil {
			return []fyne.CanvasObject{sel.Content}
		}
	case *widget.Form:
		var out []fyne.CanvasObject
		for _, it := range v.Items {
			out = append(out, it.Widget)
		}
		return out
	case *Form:
		return []fyne.CanvasObject{v.grid}
	case interface{ Parts() []fyne.CanvasObject }:
		return v.Parts()
	}
	return nil
}

// InView tells whether o lies inside the view of every scroll container
// of root that holds it.
func InView(root, o fyne.CanvasObject) bool {
	d := fyne.CurrentApp().Driver()
	for _, c := range pathTo(root, o) {
		s, ok := c.(*container.Scroll)
		if !ok {
			continue
		}
		at := d.AbsolutePositionForObject(o).Subtract(d.AbsolutePositionForObject(s))
		if at.Y < -0.5 || at.X < -0.5 || at.Y+min(o.Size().Height, s.Size().Height) > s.Size().Height+0.5 ||
			at.X+min(o.Size().Width, s.Size().Width) > s.Size().Width+0.5 {
			return false
		}
	}
	return true
}
