package field

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Sheet is the spreadsheet for tables too long for Grid (the monitoring
// of every indicator of a plan: 1.500 rows on a large one). It is a
// widget.Table, so only the visible cells exist: a cell widget is reused
// for whatever row scrolls into view, Update loads that row from the
// screen's in-memory slice, and a field asks row() when it commits. Tab
// and Shift+Tab move along the row, Enter down the column, scrolling the
// cell into view; Ctrl+Z on a stored cell undoes the saved change.
type Sheet struct {
	cols  []SheetColumn
	rows  int
	table *widget.Table
	msg   *widget.Label
	bound map[widget.TableCellID]*sheetCell
	edit  []bool // columns whose widget takes the focus
	// row being edited or selected, -1 if none
	current int

	// Content is what the screen places in its layout.
	Content fyne.CanvasObject
	// OnRow hears the row the user moved to (a cell focused or tapped).
	OnRow func(r int)
	// OnInvalid hears refused cell text (e.g. for the status line), and
	// nil once the text is fixed.
	OnInvalid func(error)
	// Undo is what Ctrl+Z does in a cell whose text is stored.
	Undo func()
	// ReadOnly, when it says so, disables the cell of row and col as it is
	// shown: a plan open elsewhere, a frozen version, a row the user's role
	// may not change. Cells made while scrolling are reached too, which a
	// Locker cannot do.
	ReadOnly func(row, col int) bool
}

// SheetColumn is one column of a Sheet. Create builds a cell widget of the
// column; row tells, when the widget commits, which row it shows now.
// Update loads row r into it. A column whose widget takes the focus (a
// Field) is editable and on the Tab path; the others are read-only.
type SheetColumn struct {
	Title  string
	Width  float32
	Create func(row func() int) fyne.CanvasObject
	Update func(r int, cell fyne.CanvasObject)
}

// NewSheet builds an empty sheet; the first sticky columns stay in view
// when it scrolls sideways.
func NewSheet(sticky int, cols ...SheetColumn) *Sheet {
	s := &Sheet{cols: cols, bound: map[widget.TableCellID]*sheetCell{}, current: -1}
	h := widget.NewEntry().MinSize().Height
	t := widget.NewTableWithHeaders(
		func() (int, int) { return s.rows, len(s.cols) },
		func() fyne.CanvasObject { return newSheetCell(s, h) },
		func(id widget.TableCellID, o fyne.CanvasObject) { s.update(id, o.(*sheetCell)) },
	)
	t.ShowHeaderColumn = false
	t.StickyColumnCount = sticky
	t.CreateHeader = func() fyne.CanvasObject {
		l := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Truncation = fyne.TextTruncateEllipsis
		// Opaque, so rows scrolling under the header do not show through.
		return container.NewStack(canvas.NewRectangle(theme.Color(theme.ColorNameHeaderBackground)), l)
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(s.cols) {
			o.(*fyne.Container).Objects[1].(*widget.Label).SetText(s.cols[id.Col].Title)
		}
	}
	for c, col := range cols {
		t.SetColumnWidth(c, col.Width)
		_, ok := col.Create(func() int { return -1 }).(fyne.Focusable)
		s.edit = append(s.edit, ok)
	}
	t.OnSelected = func(id widget.TableCellID) { s.moved(id.Row) }
	s.table = t
	s.msg = widget.NewLabel("")
	s.msg.Importance = widget.DangerImportance
	s.msg.Wrapping = fyne.TextWrapWord
	s.msg.Hide()
	s.Content = container.NewBorder(nil, s.msg, nil, nil, t)
	return s
}

// SetRows makes the sheet n rows long and reloads the visible cells.
func (s *Sheet) SetRows(n int) {
	s.rows = n
	if s.current >= n {
		s.current = -1
	}
	s.table.Refresh()
}

// Title is column c's title.
func (s *Sheet) Title(c int) string { return s.cols[c].Title }

// Rows is the number of rows.
func (s *Sheet) Rows() int { return s.rows }

// Current is the row being edited or last selected, -1 if none.
func (s *Sheet) Current() int { return s.current }

// SetCurrent makes r the current row, as a tap on it would.
func (s *Sheet) SetCurrent(r int) {
	if r >= 0 && r < s.rows {
		s.moved(r)
	}
}

// Refresh reloads every visible cell; a cell the user is typing in keeps
// the text.
func (s *Sheet) Refresh() { s.table.Refresh() }

// RefreshCell reloads one cell if it is visible.
func (s *Sheet) RefreshCell(r, c int) {
	if sc := s.bound[widget.TableCellID{Row: r, Col: c}]; sc != nil && s.cols[c].Update != nil {
		// Straight to the cell: the table's own RefreshItem redraws every
		// header too, which costs a frame on each keystroke.
		s.cols[c].Update(r, sc.objs[c])
	}
}

// RefreshColumn reloads the visible cells of column c whose row passes
// keep: the figures that follow a value being typed.
func (s *Sheet) RefreshColumn(c int, keep func(r int) bool) {
	if s.cols[c].Update == nil {
		return
	}
	for id, sc := range s.bound {
		if id.Col == c && id.Row < s.rows && keep(id.Row) {
			s.cols[c].Update(id.Row, sc.objs[c])
		}
	}
}

// Cell is the widget showing row r, column c; nil when not in view.
func (s *Sheet) Cell(r, c int) fyne.CanvasObject {
	if sc := s.bound[widget.TableCellID{Row: r, Col: c}]; sc != nil {
		return sc.objs[c]
	}
	return nil
}

// FocusedCell is the row and column of the cell that has the focus; ok
// is false when no cell of the sheet has it.
func (s *Sheet) FocusedCell() (r, c int, ok bool) {
	for id, sc := range s.bound {
		o := sc.objs[id.Col]
		f, isF := o.(fyne.Focusable)
		if !isF {
			continue
		}
		if cv := fyne.CurrentApp().Driver().CanvasForObject(sc); cv != nil && cv.Focused() == f {
			return id.Row, id.Col, true
		}
	}
	return -1, -1, false
}

// Message is the message of the last refused cell, "" if none.
func (s *Sheet) Message() string {
	if !s.msg.Visible() {
		return ""
	}
	return s.msg.Text
}

// ScrollTo brings a cell into view.
func (s *Sheet) ScrollTo(r, c int) {
	if r >= 0 && r < s.rows && c >= 0 && c < len(s.cols) {
		s.table.ScrollTo(widget.TableCellID{Row: r, Col: c})
	}
}

// FocusCell scrolls to the cell at r, c and focuses it; false when it
// takes no focus.
func (s *Sheet) FocusCell(r, c int) bool {
	if r < 0 || r >= s.rows || c < 0 || c >= len(s.cols) {
		return false
	}
	s.table.ScrollTo(widget.TableCellID{Row: r, Col: c})
	sc := s.bound[widget.TableCellID{Row: r, Col: c}]
	if sc == nil {
		return false
	}
	f, ok := sc.objs[c].(fyne.Focusable)
	if !ok {
		return false
	}
	cv := fyne.CurrentApp().Driver().CanvasForObject(sc)
	if cv == nil {
		return false
	}
	cv.Focus(f)
	s.moved(r)
	return true
}

// editable tells whether column c takes the focus.
func (s *Sheet) editable(c int) bool { return s.edit[c] }

// next moves from r, c to the next editable cell along the row (back:
// the previous), wrapping to the next (previous) row.
func (s *Sheet) next(r, c int, back bool) {
	step := 1
	if back {
		step = -1
	}
	for k := 0; k < len(s.cols)*2; k++ {
		c += step
		if c >= len(s.cols) {
			c, r = 0, r+1
		} else if c < 0 {
			c, r = len(s.cols)-1, r-1
		}
		if r < 0 || r >= s.rows {
			return
		}
		if s.editable(c) {
			s.FocusCell(r, c)
			return
		}
	}
}

func (s *Sheet) moved(r int) {
	s.current = r
	if s.OnRow != nil {
		s.OnRow(r)
	}
}

// invalid shows a refused cell's message under the sheet, and takes it
// away once the cell is fixed (err nil).
func (s *Sheet) invalid(err error) {
	if err == nil {
		s.clearMessage()
	} else {
		s.msg.SetText(message(err))
		s.msg.Show()
	}
	if s.OnInvalid != nil {
		s.OnInvalid(err)
	}
}

func (s *Sheet) clearMessage() {
	if s.msg.Visible() {
		s.msg.SetText("")
		s.msg.Hide()
	}
}

// update shows row id.Row, column id.Col in cell sc.
func (s *Sheet) update(id widget.TableCellID, sc *sheetCell) {
	if id.Row < 0 || id.Row >= s.rows || id.Col < 0 || id.Col >= len(s.cols) {
		return
	}
	if old := sc.id; old != id && s.bound[old] == sc {
		delete(s.bound, old)
	}
	o := sc.show(id.Col)
	if t, ok := o.(interface{ Typing() bool }); ok && sc.id == id && t.Typing() {
		return // the user's text stays until it is stored or abandoned
	}
	if sc.id != id {
		if r, ok := o.(interface{ Revert() }); ok {
			// Text typed for the row this cell showed before is not this row's.
			r.Revert()
		}
	}
	sc.id = id
	s.bound[id] = sc
	if u := s.cols[id.Col].Update; u != nil {
		u(id.Row, o)
	}
	if d, ok := o.(fyne.Disableable); ok && s.ReadOnly != nil {
		if s.ReadOnly(id.Row, id.Col) {
			d.Disable()
		} else {
			d.Enable()
		}
	}
}
