package field

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// The mouse wheel over a field. An entry keeps a scroll of its own for
// its text, and the driver gives a wheel event to the innermost scrollable
// object under the pointer: over a field the page did not move, even when
// the field had nothing to scroll. A field therefore lays a wheel catcher
// over itself: it takes nothing but the wheel (taps, drags, the cursor and
// the pointer's shape still reach the entry), lets the entry's own scroll
// move while it can (a long description), and otherwise scrolls the page
// the field is on.

// wheel is the catcher; it draws nothing.
type wheel struct {
	widget.BaseWidget
	owner fyne.CanvasObject
	inner *container.Scroll // the entry's own, nil when it has none
}

func (w *wheel) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewWithoutLayout())
}

// Scrolled moves the entry's text while it can move that way, else the
// page around the field.
func (w *wheel) Scrolled(ev *fyne.ScrollEvent) {
	if w.inner != nil && w.inner.Visible() && canMove(w.inner, ev.Scrolled) {
		w.inner.Scrolled(ev)
		return
	}
	if page := w.page(ev.Scrolled); page != nil {
		page.Scrolled(ev)
	}
}

// page is the innermost scroll container holding the field on its canvas
// that can move by d (a table scrolled sideways inside a page scrolled up
// and down hands the wheel's turn on to the page).
func (w *wheel) page(d fyne.Delta) *container.Scroll {
	c := fyne.CurrentApp().Driver().CanvasForObject(w.owner)
	if c == nil {
		return nil
	}
	roots := []fyne.CanvasObject{c.Content()}
	if top := c.Overlays().Top(); top != nil {
		roots = append([]fyne.CanvasObject{top}, roots...)
	}
	for _, r := range roots {
		if pop, ok := r.(*widget.PopUp); ok {
			r = pop.Content
		}
		path := pathTo(r, w.owner)
		for i := len(path) - 1; i >= 0; i-- {
			if s, ok := path[i].(*container.Scroll); ok && s.Direction != container.ScrollNone && canMove(s, d) {
				return s
			}
		}
	}
	return nil
}

// canMove tells whether s can scroll by d: the wheel's vertical turn moves
// text only up and down, so a one-line field never takes it.
func canMove(s *container.Scroll, d fyne.Delta) bool {
	size, content := s.Size(), s.Content.MinSize()
	if d.DY != 0 && s.Direction != container.ScrollHorizontalOnly {
		return d.DY > 0 && s.Offset.Y > 0 || d.DY < 0 && s.Offset.Y+size.Height < content.Height
	}
	if d.DX != 0 && s.Direction != container.ScrollVerticalOnly {
		return d.DX > 0 && s.Offset.X > 0 || d.DX < 0 && s.Offset.X+size.Width < content.Width
	}
	return false
}

// withWheel is an entry's renderer with the catcher laid over it.
type withWheel struct {
	fyne.WidgetRenderer
	w *wheel
}

func (r *withWheel) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.w.Resize(size)
	r.w.Move(fyne.NewPos(0, 0))
}

func (r *withWheel) Objects() []fyne.CanvasObject {
	return append(r.WidgetRenderer.Objects(), r.w)
}

// wheelRenderer lays a catcher over an entry's renderer.
func wheelRenderer(owner fyne.CanvasObject, r fyne.WidgetRenderer) fyne.WidgetRenderer {
	w := &wheel{owner: owner}
	w.ExtendBaseWidget(w)
	for _, o := range r.Objects() {
		if s, ok := o.(*container.Scroll); ok {
			w.inner = s
		}
	}
	return &withWheel{WidgetRenderer: r, w: w}
}

// CreateRenderer is the entry's, with the wheel catcher over it.
func (f *Field[T]) CreateRenderer() fyne.WidgetRenderer {
	return wheelRenderer(f, f.Entry.CreateRenderer())
}
