package field

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Grid is a small spreadsheet for yearly tables (5–15 rows): a grid of
// entries where Tab moves right and Enter moves down, as in Excel. Cells
// are created once per row and updated in place on refresh, never rebuilt,
// so focus and the cursor survive a save.
type Grid struct {
	cols   []Column
	body   *fyne.Container
	rows   [][]fyne.CanvasObject
	msg    *widget.Label
	widths []float32
	footer []func() (string, bool)
	foot   *fyne.Container

	// Content is what the screen places in its layout.
	Content fyne.CanvasObject
	// OnInvalid hears refused cell text (e.g. for the status line), and
	// nil once the text is fixed.
	OnInvalid func(error)
}

// Column describes one column. Create builds the cell of a new row; Update
// loads the current data of row r into it. Rows are positions in the
// screen's in-memory slice, so both read that slice and never the store.
type Column struct {
	Title  string
	Width  float32
	Create func(r int) fyne.CanvasObject
	Update func(r int, cell fyne.CanvasObject)
}

// NewGrid builds an empty grid with a header row.
func NewGrid(cols ...Column) *Grid {
	g := &Grid{cols: cols}
	for _, c := range cols {
		g.widths = append(g.widths, c.Width)
	}
	head := container.New(&rowLayout{g.widths})
	for _, c := range cols {
		l := widget.NewLabelWithStyle(c.Title, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
		l.Wrapping = fyne.TextWrapWord
		head.Add(l)
	}
	g.body = container.NewVBox()
	g.msg = widget.NewLabel("")
	g.msg.Importance = widget.DangerImportance
	g.msg.Hide()
	g.foot = container.New(&rowLayout{g.widths})
	g.foot.Hide()
	g.Content = container.NewVBox(head, widget.NewSeparator(), g.body, g.foot, g.msg)
	return g
}

// SetFooter adds a read-only row under the grid (e.g. totals), one getter
// per column; nil getters leave the cell blank. warn marks a figure that
// does not add up, in red with a "!".
func (g *Grid) SetFooter(cells ...func() (text string, warn bool)) {
	g.footer = cells
	g.foot.Objects = nil
	for range g.cols {
		l := widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		g.foot.Add(l)
	}
	g.foot.Show()
	g.Refresh()
}

// Footer is the text of footer cell c.
func (g *Grid) Footer(c int) string { return g.foot.Objects[c].(*widget.Label).Text }

// Rows is the number of rows shown.
func (g *Grid) Rows() int { return len(g.rows) }

// Cell is the widget at row r, column c.
func (g *Grid) Cell(r, c int) fyne.CanvasObject { return g.rows[r][c] }

// Message is the message of the last refused cell, "" if none.
func (g *Grid) Message() string { return g.msg.Text }

// SetRows makes the grid n rows long (creating or dropping rows at the end)
// and loads every row.
func (g *Grid) SetRows(n int) {
	for len(g.rows) < n {
		r := len(g.rows)
		cells := make([]fyne.CanvasObject, len(g.cols))
		line := container.New(&rowLayout{g.widths})
		for c, col := range g.cols {
			cells[c] = col.Create(r)
			g.wire(r, c, cells[c])
			line.Add(cells[c])
		}
		g.rows = append(g.rows, cells)
		g.body.Add(line)
	}
	if len(g.rows) > n {
		g.rows = g.rows[:n]
		g.body.Objects = g.body.Objects[:n]
		g.body.Refresh()
	}
	g.Refresh()
}

// Refresh reloads every cell from the screen's data.
func (g *Grid) Refresh() {
	for r, cells := range g.rows {
		for c, col := range g.cols {
			if col.Update != nil {
				col.Update(r, cells[c])
			}
		}
	}
	for c, get := range g.footer {
		if get == nil || c >= len(g.foot.Objects) {
			continue
		}
		l := g.foot.Objects[c].(*widget.Label)
		t, warn := get()
		imp := widget.MediumImportance
		if warn {
			t, imp = "! "+t, widget.DangerImportance
		}
		if l.Text != t || l.Importance != imp {
			l.Text, l.Importance = t, imp
			l.Refresh()
		}
	}
}

// FocusCell focuses the cell at r, c if it takes focus; false otherwise.
func (g *Grid) FocusCell(r, c int) bool {
	if r < 0 || r >= len(g.rows) || c < 0 || c >= len(g.cols) {
		return false
	}
	f, ok := g.rows[r][c].(fyne.Focusable)
	if !ok {
		return false
	}
	cv := fyne.CurrentApp().Driver().CanvasForObject(g.rows[r][c])
	if cv == nil {
		return false
	}
	cv.Focus(f)
	return true
}

func (g *Grid) wire(r, c int, cell fyne.CanvasObject) {
	if e, ok := cell.(interface{ SetOnEnter(func()) }); ok {
		e.SetOnEnter(func() { g.FocusCell(r+1, c) })
	}
	if e, ok := cell.(interface{ SetOnInvalid(func(error)) }); ok {
		e.SetOnInvalid(func(err error) {
			if err != nil {
				// Under the table, say which cell: "Residenti, 2019: …".
				err = Named(g.cellName(r, c), err)
				g.msg.SetText(err.Error())
				g.msg.Show()
			}
			if g.OnInvalid != nil {
				g.OnInvalid(err)
			}
		})
	}
	if e, ok := cell.(errorShower); ok {
		e.ShowErrors(func(err error) {
			if err == nil && g.msg.Visible() {
				g.msg.SetText("")
				g.msg.Hide()
			}
		})
	}
}

// cellName names a cell for a message: its column and its row, which is
// what the row's first cell shows (the year of a yearly table).
func (g *Grid) cellName(r, c int) string {
	name := g.cols[c].Title
	row := ""
	if c > 0 && r < len(g.rows) {
		switch first := g.rows[r][0].(type) {
		case interface{ Value() int }:
			row = itoa(first.Value())
		case *widget.Label:
			row = first.Text
		}
	}
	if row == "" {
		row = lang.L("griglia.riga", map[string]any{"N": r + 1})
	}
	return name + ", " + row
}

// rowLayout places cells side by side at fixed widths, so the header and
// every row line up.
type rowLayout struct{ widths []float32 }

func (l *rowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	x := float32(0)
	for i, o := range objs {
		w := l.widths[i]
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + 4
	}
}

func (l *rowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for i, o := range objs {
		w += l.widths[i] + 4
		if m := o.MinSize(); m.Height > h {
			h = m.Height
		}
	}
	return fyne.NewSize(w, h)
}
