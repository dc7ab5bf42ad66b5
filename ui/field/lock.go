package field

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Locker disables the inputs of a screen a person's role may not change
// (the server refuses the change anyway: this spares them typing in vain),
// and remembers which it disabled, to enable exactly those again.
type Locker struct {
	off   []fyne.Disableable
	forms []*widget.Form // refreshed, so their labels show what is disabled
}

// Lock disables every enabled input in obj's tree (entries, selects,
// checks, buttons), except those keep allows; what an earlier Lock
// disabled and keep now allows is enabled again.
func (l *Locker) Lock(obj fyne.CanvasObject, keep func(fyne.CanvasObject) bool) {
	l.Unlock()
	walk(obj, func(o fyne.CanvasObject) {
		if f, ok := o.(*widget.Form); ok {
			l.forms = append(l.forms, f)
		}
		d, ok := o.(fyne.Disableable)
		if !ok || d.Disabled() || (keep != nil && keep(o)) {
			return
		}
		d.Disable()
		l.off = append(l.off, d)
	})
	l.refresh()
}

// Unlock enables again what Lock disabled.
func (l *Locker) Unlock() {
	for _, d := range l.off {
		d.Enable()
	}
	l.off = nil
	l.refresh()
	l.forms = nil
}

func (l *Locker) refresh() {
	for _, f := range l.forms {
		f.Refresh()
	}
}

// walk visits obj and what it holds, through the containers and the
// composite widgets the screens are built of.
func walk(obj fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if obj == nil {
		return
	}
	visit(obj)
	switch o := obj.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			walk(c, visit)
		}
	case *container.Scroll:
		walk(o.Content, visit)
	case *container.Split:
		walk(o.Leading, visit)
		walk(o.Trailing, visit)
	case *container.AppTabs:
		for _, it := range o.Items {
			walk(it.Content, visit)
		}
	case *container.DocTabs:
		for _, it := range o.Items {
			walk(it.Content, visit)
		}
	case *widget.Form:
		for _, it := range o.Items {
			walk(it.Widget, visit)
		}
	case *Form:
		walk(o.grid, visit)
	case *widget.Card:
		walk(o.Content, visit)
	case *widget.Accordion:
		for _, it := range o.Items {
			walk(it.Detail, visit)
		}
	}
}
