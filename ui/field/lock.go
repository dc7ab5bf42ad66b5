package field

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Locker keeps the controls under a root from changing the plan: every
// field, choice, tick and button is disabled, except what keep allows (a
// container kept is kept with all it holds). It serves two cases:
//
//   - a frozen version shown read-only (Lock): for good, with the
//     buttons hidden, while lists, tabs and the controls a screen names
//     as browsing (a search box, filters) still choose what to look at;
//   - what a person's role may not change on a plan kept on a database
//     server (the method Lock): the server refuses such changes anyway,
//     this spares typing in vain. The buttons stay, greyed, since the
//     role bar says why; and the lock comes off (Unlock), because the
//     screen redraws and the role can change when the connection is made
//     again.
//
// Screens rebuild parts of themselves when a row is chosen (an objective's
// indicators, the buttons of a unit), and some enable their buttons then.
// So the Locker also wraps the callbacks of lists, tables, trees, tabs and
// of the Selects and Entries kept, to lock again after them; the owner
// calls Relock after anything else that redraws the screen. Cells that a
// table creates later while scrolling are not reached: the screens keep
// no editing control there (only the ticks that choose what to print).
//
// The zero Locker is ready to use, and locks nothing until Lock.
type Locker struct {
	// Hide hides the buttons as it disables them: on a frozen version
	// what they do can never be done, so they go rather than stand there
	// greyed.
	Hide bool

	root    fyne.CanvasObject
	keep    func(fyne.CanvasObject) bool
	on      bool
	off     map[fyne.Disableable]bool  // disabled by the lock, to enable again
	hidden  map[*widget.Button]bool    // hidden by the lock, to show again
	forms   []*widget.Form             // refreshed, so their labels show what is disabled
	wrapped map[fyne.CanvasObject]bool // callbacks already wrapped
}

// Lock shows root read-only for good, keeping the browsing controls
// enabled.
func Lock(root fyne.CanvasObject, browsing ...fyne.CanvasObject) *Locker {
	l := &Locker{Hide: true}
	l.Lock(root, Keep(browsing...))
	return l
}

// Keep is the keep of Lock that allows the objects given, with all they
// hold.
func Keep(objs ...fyne.CanvasObject) func(fyne.CanvasObject) bool {
	set := make(map[fyne.CanvasObject]bool, len(objs))
	for _, o := range objs {
		set[o] = true
	}
	return func(o fyne.CanvasObject) bool { return set[o] }
}

// Lock locks what is under root except what keep allows (nil: nothing),
// in place of what the Locker locked before: what an earlier Lock
// disabled and is now allowed is enabled again.
func (l *Locker) Lock(root fyne.CanvasObject, keep func(fyne.CanvasObject) bool) {
	l.Unlock()
	l.root, l.keep, l.on = root, keep, true
	l.Relock()
}

// Relock locks again whatever became editable under the root since: what
// a redraw enabled or built. It does nothing after Unlock.
func (l *Locker) Relock() {
	if !l.on {
		return
	}
	l.forms = nil
	l.walk(l.root)
	l.refresh()
}

// Unlock enables and shows again what the Locker disabled and hid. The
// owner unlocks before the screen redraws, so that the screen sets its
// own state and the lock then has its say.
func (l *Locker) Unlock() {
	l.on = false
	for d := range l.off {
		d.Enable()
	}
	for b := range l.hidden {
		b.Show()
	}
	l.off, l.hidden = nil, nil
	l.refresh()
	l.forms = nil
}

func (l *Locker) refresh() {
	for _, f := range l.forms {
		f.Refresh()
	}
}

// walk locks o and what it holds, through the containers and the
// composite widgets the screens are built of.
func (l *Locker) walk(o fyne.CanvasObject) {
	if o == nil {
		return
	}
	if l.keep != nil && l.keep(o) {
		l.follow(o) // a container kept is kept whole
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
		l.follow(v)
		for _, it := range v.Items {
			l.walk(it.Content)
		}
	case *container.DocTabs:
		l.follow(v)
		for _, it := range v.Items {
			l.walk(it.Content)
		}
	case *widget.Form:
		l.forms = append(l.forms, v)
		for _, it := range v.Items {
			l.walk(it.Widget)
		}
	case *Form:
		l.walk(v.grid)
	case *widget.Card:
		l.walk(v.Content)
	case *widget.Accordion:
		for _, it := range v.Items {
			l.walk(it.Detail)
		}
	case *widget.List, *widget.Table, *widget.Tree:
		l.follow(v)
	case *widget.Button:
		l.disable(v)
		if l.Hide && v.Visible() {
			v.Hide()
			if l.hidden == nil {
				l.hidden = map[*widget.Button]bool{}
			}
			l.hidden[v] = true
		}
	case fyne.Disableable:
		l.disable(v)
	}
}

func (l *Locker) disable(d fyne.Disableable) {
	if d.Disabled() {
		return
	}
	d.Disable()
	if l.off == nil {
		l.off = map[fyne.Disableable]bool{}
	}
	l.off[d] = true
}

// follow wraps the callback by which o changes what is shown, once, to
// lock again after it.
func (l *Locker) follow(o fyne.CanvasObject) {
	if l.wrapped[o] {
		return
	}
	if l.wrapped == nil {
		l.wrapped = map[fyne.CanvasObject]bool{}
	}
	l.wrapped[o] = true
	switch v := o.(type) {
	case *container.AppTabs:
		f := v.OnSelected
		v.OnSelected = func(t *container.TabItem) { call1(f, t); l.Relock() }
	case *container.DocTabs:
		f := v.OnSelected
		v.OnSelected = func(t *container.TabItem) { call1(f, t); l.Relock() }
	case *widget.List:
		f := v.OnSelected
		v.OnSelected = func(id widget.ListItemID) { call1(f, id); l.Relock() }
	case *widget.Table:
		f := v.OnSelected
		v.OnSelected = func(id widget.TableCellID) { call1(f, id); l.Relock() }
	case *widget.Tree:
		f := v.OnSelected
		v.OnSelected = func(id widget.TreeNodeID) { call1(f, id); l.Relock() }
	case *widget.Select:
		f := v.OnChanged
		v.OnChanged = func(s string) { call1(f, s); l.Relock() }
	case *widget.Entry:
		f := v.OnChanged
		v.OnChanged = func(s string) { call1(f, s); l.Relock() }
	}
}

func call1[T any](f func(T), v T) {
	if f != nil {
		f(v)
	}
}
