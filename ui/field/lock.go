package field

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Locker shows a screen read-only: every control under its root that
// could change data (fields, choices, ticks) is disabled and every button
// hidden, while
// lists, tabs and the controls a screen names as browsing (a search box,
// filters) still choose what to look at.
//
// Screens rebuild parts of themselves when a row is chosen (an objective's
// indicators, the buttons of a unit), and some enable their buttons then.
// So the Locker also wraps the callbacks of lists, tables, trees, tabs and
// browsing controls to lock again after them; the owner calls Relock
// after anything else that redraws the screen. Cells that a table creates
// later while scrolling are not reached: the screens keep no editing
// control there (only the ticks that choose what to print).
//
// Locking is one way: to edit again, build the screen anew.
type Locker struct {
	root    fyne.CanvasObject
	keep    map[fyne.CanvasObject]bool
	wrapped map[fyne.CanvasObject]bool
}

// Lock locks root now, keeping the browsing controls enabled.
func Lock(root fyne.CanvasObject, browsing ...fyne.CanvasObject) *Locker {
	l := &Locker{root: root, keep: map[fyne.CanvasObject]bool{}, wrapped: map[fyne.CanvasObject]bool{}}
	for _, o := range browsing {
		l.keep[o] = true
	}
	l.Relock()
	return l
}

// Relock disables again whatever is editable under the root.
func (l *Locker) Relock() { l.walk(l.root) }

func (l *Locker) walk(o fyne.CanvasObject) {
	if o == nil {
		return
	}
	if l.keep[o] {
		l.wrapBrowsing(o) // a container kept is kept whole
		return
	}
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			l.walk(c)
		}
	case *container.Scroll:
		l.walk(v.Content)
	case *container.Split:
		l.walk(v.Leading)
		l.walk(v.Trailing)
	case *container.AppTabs:
		l.once(v, func() {
			f := v.OnSelected
			v.OnSelected = func(t *container.TabItem) { call1(f, t); l.Relock() }
		})
		for _, it := range v.Items {
			l.walk(it.Content)
		}
	case *widget.Form:
		for _, it := range v.Items {
			l.walk(it.Widget)
		}
	case *Form:
		l.walk(v.grid)
	case *widget.List:
		l.once(v, func() {
			f := v.OnSelected
			v.OnSelected = func(id widget.ListItemID) { call1(f, id); l.Relock() }
		})
	case *widget.Table:
		l.once(v, func() {
			f := v.OnSelected
			v.OnSelected = func(id widget.TableCellID) { call1(f, id); l.Relock() }
		})
	case *widget.Tree:
		l.once(v, func() {
			f := v.OnSelected
			v.OnSelected = func(id widget.TreeNodeID) { call1(f, id); l.Relock() }
		})
	case *widget.Button:
		// What a button does changes the plan: it goes, rather than
		// stand there greyed.
		v.Disable()
		v.Hide()
	case fyne.Disableable:
		v.Disable()
	}
}

// wrapBrowsing locks again after a browsing control changed what is shown.
func (l *Locker) wrapBrowsing(o fyne.CanvasObject) {
	l.once(o, func() {
		switch v := o.(type) {
		case *widget.Select:
			f := v.OnChanged
			v.OnChanged = func(s string) { call1(f, s); l.Relock() }
		case *widget.Entry:
			f := v.OnChanged
			v.OnChanged = func(s string) { call1(f, s); l.Relock() }
		}
	})
}

func (l *Locker) once(o fyne.CanvasObject, wrap func()) {
	if !l.wrapped[o] {
		l.wrapped[o] = true
		wrap()
	}
}

func call1[T any](f func(T), v T) {
	if f != nil {
		f(v)
	}
}
