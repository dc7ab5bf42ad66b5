package monitoraggio

import (
	"context"
	"reflect"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/model/sqlite"
	"pianoperformance/ui/field/fieldtest"
	"pianoperformance/ui/session"
)

// fixture is the screen on a real plan file made from a plan (the example
// when nil), in a window of the size of a 1366×768 screen with a taskbar.
type fixture struct {
	t  testing.TB
	st *sqlite.Store
	s  *session.Session
	w  fyne.Window
	sc *Screen
}

func newFixture(t testing.TB, p *model.Plan) *fixture {
	t.Helper()
	test.NewTempApp(t)
	s, st := fieldtest.PlanFile(t, p)
	sc, w := fieldtest.Show(t, s, NewScreen, fyne.NewSize(1160, 640))
	return &fixture{t: t, st: st, s: s, w: w, sc: sc}
}

// stored reads the plan back from the file.
func (f *fixture) stored() *model.Plan {
	f.t.Helper()
	p, err := f.st.Load(context.Background())
	if err != nil {
		f.t.Fatal(err)
	}
	return p
}

// rowOf is the grid row of an objective's first indicator.
func (f *fixture) rowOf(code string) int {
	f.t.Helper()
	for r, x := range f.sc.rows {
		if x.ob != nil && x.ob.Codice == code {
			return r
		}
	}
	f.t.Fatalf("%s is not in the grid", code)
	return -1
}

// cell focuses the cell at r, c and returns its widget.
func (f *fixture) cell(r, c int) fyne.Focusable {
	f.t.Helper()
	if !f.sc.sheet.FocusCell(r, c) {
		f.t.Fatalf("cell %d,%d takes no focus", r, c)
	}
	return f.w.Canvas().Focused()
}

// typeIn types text into the focused cell as a user does, replacing what
// is there.
func (f *fixture) typeIn(c fyne.Focusable, text string) {
	e := reflect.ValueOf(c).MethodByName("SetText")
	e.Call([]reflect.Value{reflect.ValueOf("")})
	test.Type(c, text)
}

// key delivers a key to the focused widget, as the desktop driver does.
func (f *fixture) key(name fyne.KeyName) {
	f.w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: name})
}

// undo is Ctrl+Z as Fyne's desktop driver delivers it: the standard undo
// shortcut to the focused widget when it handles shortcuts, else to the
// canvas.
func (f *fixture) undo() {
	sc := &fyne.ShortcutUndo{}
	if foc, ok := f.w.Canvas().Focused().(fyne.Shortcutable); ok {
		foc.TypedShortcut(sc)
		return
	}
	f.w.Canvas().(fyne.Shortcutable).TypedShortcut(sc)
}

func labelText(o fyne.CanvasObject) string { return o.(*widget.Label).Text }

func fieldText(o fyne.CanvasObject) string {
	return reflect.ValueOf(o).Elem().FieldByName("Text").String()
}
