package obiettivi

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// colWidths fit the reference plan's codes, Area names and titles on a
// 1366-pixel screen; the title column takes what is left.
var colWidths = [numCols]float32{40, 64, 170, 170, 300, 210, 80, 80}

func colTitle(col int) string {
	return [...]string{
		lang.L("obiettivi.col.stampa"), lang.L("obiettivi.col.codice"), lang.L("obiettivi.col.area"),
		lang.L("obiettivi.col.unita"), lang.L("obiettivi.col.titolo"), lang.L("obiettivi.col.indicatore"),
		lang.L("obiettivi.col.anni"), lang.L("obiettivi.col.peso"),
	}[col]
}

func (sc *Screen) newTable() *widget.Table {
	t := widget.NewTableWithHeaders(
		func() (int, int) { return len(sc.list.rows), numCols },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			c := widget.NewCheck("", nil)
			c.Hide()
			return container.NewStack(l, c)
		},
		sc.updateCell,
	)
	t.ShowHeaderColumn = false
	t.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		b.IconPlacement = widget.ButtonIconTrailingText
		// An opaque background, so rows scrolling under the header do not
		// show through it.
		bg := canvas.NewRectangle(theme.Color(theme.ColorNameHeaderBackground))
		return container.NewStack(bg, b)
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		b := o.(*fyne.Container).Objects[1].(*widget.Button)
		col := id.Col
		b.SetText(colTitle(col))
		b.SetIcon(nil)
		if col == colSel {
			b.SetText("")
			b.SetIcon(theme.DocumentPrintIcon())
			b.OnTapped = sc.toggleAllMarks
			return
		}
		if col == sc.list.sortCol {
			if sc.list.desc {
				b.SetIcon(theme.MoveDownIcon())
			} else {
				b.SetIcon(theme.MoveUpIcon())
			}
		}
		b.OnTapped = func() { sc.sortBy(col) }
	}
	for c, w := range colWidths {
		t.SetColumnWidth(c, w)
	}
	t.OnSelected = func(id widget.TableCellID) {
		if id.Row < 0 || id.Row >= len(sc.list.rows) {
			return
		}
		o := &sc.list.plan.Obiettivi[sc.list.rows[id.Row]]
		if o.ID != sc.selID {
			sc.selID = o.ID
			sc.ed.load(o.ID)
		}
	}
	return t
}

func (sc *Screen) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	st := o.(*fyne.Container)
	l, c := st.Objects[0].(*widget.Label), st.Objects[1].(*widget.Check)
	if id.Row >= len(sc.list.rows) {
		return
	}
	ob := &sc.list.plan.Obiettivi[sc.list.rows[id.Row]]
	if id.Col == colSel {
		l.Hide()
		c.Show()
		c.OnChanged = nil
		c.SetChecked(sc.marked[ob.ID])
		// The objective of the row as it is when the tick is tapped: the
		// cell may still show a row from before the last filter, until it
		// is drawn again.
		row := id.Row
		c.OnChanged = func(on bool) {
			if row >= len(sc.list.rows) {
				return
			}
			oid := sc.list.plan.Obiettivi[sc.list.rows[row]].ID
			if on {
				sc.marked[oid] = true
			} else {
				delete(sc.marked, oid)
			}
		}
		return
	}
	c.Hide()
	l.Show()
	l.SetText(cellText(sc.list.plan, ob, id.Col))
	l.TextStyle.Bold = id.Col == colCodice
}

// sortBy sorts on a column; a second tap reverses, a third restores the
// plan's own order.
func (sc *Screen) sortBy(col int) {
	if col == colSel {
		return
	}
	switch {
	case sc.list.sortCol != col:
		sc.list.sortCol, sc.list.desc = col, false
	case !sc.list.desc:
		sc.list.desc = true
	default:
		sc.list.sortCol, sc.list.desc = -1, false
	}
	sc.applyFilter()
}

// selectRow highlights a row, scrolls to it and loads it in the editor.
func (sc *Screen) selectRow(r int) {
	if r < 0 || r >= len(sc.list.rows) {
		return
	}
	if sc.table.Size().Height == 0 {
		// Not laid out yet: Table.Select would scroll against a zero-size
		// viewport and hide the first rows, so only load the editor.
		id := sc.list.plan.Obiettivi[sc.list.rows[r]].ID
		if id != sc.selID || sc.ed.id != id {
			sc.selID = id
			sc.ed.load(id)
		}
		return
	}
	sc.table.Select(widget.TableCellID{Row: r, Col: colCodice})
	// Scroll by the first column so the ticks stay in view.
	sc.table.ScrollTo(widget.TableCellID{Row: r, Col: colSel})
}

// toggleAllMarks ticks every row shown for printing, or clears the ticks.
func (sc *Screen) toggleAllMarks() {
	all := true
	for _, i := range sc.list.rows {
		if !sc.marked[sc.list.plan.Obiettivi[i].ID] {
			all = false
		}
	}
	for _, i := range sc.list.rows {
		if id := sc.list.plan.Obiettivi[i].ID; all {
			delete(sc.marked, id)
		} else {
			sc.marked[id] = true
		}
	}
	sc.table.Refresh()
}
