package field

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// sheetCell is a table cell: one widget per column, made when the cell
// first shows that column (the table reuses cells across columns too).
type sheetCell struct {
	widget.BaseWidget
	s     *Sheet
	id    widget.TableCellID
	objs  []fyne.CanvasObject
	stack *fyne.Container
}

func newSheetCell(s *Sheet, h float32) *sheetCell {
	min := canvas.NewRectangle(nil)
	min.SetMinSize(fyne.NewSize(10, h))
	sc := &sheetCell{s: s, id: widget.TableCellID{Row: -1, Col: -1}, objs: make([]fyne.CanvasObject, len(s.cols)),
		stack: container.NewStack(min)}
	sc.ExtendBaseWidget(sc)
	return sc
}

func (sc *sheetCell) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(sc.stack) }

// show makes column c's widget the visible one, creating it if needed.
func (sc *sheetCell) show(c int) fyne.CanvasObject {
	if sc.objs[c] == nil {
		o := sc.s.cols[c].Create(func() int { return sc.id.Row })
		sc.wire(o)
		sc.objs[c] = o
		sc.stack.Add(o)
	}
	for i, o := range sc.objs {
		if o == nil {
			continue
		}
		if i == c {
			o.Show()
		} else {
			o.Hide()
		}
	}
	return sc.objs[c]
}

// wire joins a field to the sheet's keys and messages.
func (sc *sheetCell) wire(o fyne.CanvasObject) {
	s := sc.s
	if e, ok := o.(interface{ SetOnTab(func(bool)) }); ok {
		e.SetOnTab(func(back bool) { s.next(sc.id.Row, sc.id.Col, back) })
	}
	if e, ok := o.(interface{ SetOnEnter(func()) }); ok {
		e.SetOnEnter(func() { s.FocusCell(sc.id.Row+1, sc.id.Col) })
	}
	if e, ok := o.(interface{ SetOnFocus(func()) }); ok {
		e.SetOnFocus(func() { s.moved(sc.id.Row) })
	}
	if e, ok := o.(interface{ SetOnUndo(func()) }); ok {
		e.SetOnUndo(func() {
			if s.Undo != nil {
				s.Undo()
			}
		})
	}
	if e, ok := o.(interface{ SetOnInvalid(func(error)) }); ok {
		e.SetOnInvalid(s.invalid)
	}
	if e, ok := o.(errorShower); ok {
		e.ShowErrors(func(err error) {
			if err == nil {
				s.clearMessage()
			}
		})
	}
}
