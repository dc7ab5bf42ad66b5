package field

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pianoperformance/model"
)

type riga struct{ anno, a, b int }

func newTestGrid(data *[]riga) *Grid {
	return NewGrid(
		YearCol("Anno", 70, func(r int) int { return (*data)[r].anno }, func(r, v int) error { (*data)[r].anno = v; return nil }),
		IntCol("A", 80, func(r int) int { return (*data)[r].a }, func(r, v int) error { (*data)[r].a = v; return nil }),
		IntCol("B", 80, func(r int) int { return (*data)[r].b }, func(r, v int) error { (*data)[r].b = v; return nil }),
		DerivedCol("A+B", 80, func(r int) (string, bool) {
			s := (*data)[r].a + (*data)[r].b
			return model.FormatInt(s), s > 10000
		}),
	)
}

func TestGridTabEnterAndRefresh(t *testing.T) {
	test.NewTempApp(t)
	data := []riga{{2021, 5228, 2245}, {2022, 5141, 2216}}
	g := newTestGrid(&data)
	w := test.NewWindow(g.Content)
	defer w.Close()
	g.SetRows(len(data))
	c := w.Canvas()

	a0 := g.Cell(0, 1).(*Field[int])
	if a0.Text != "5.228" || g.Cell(0, 0).(*Field[int]).Text != "2021" {
		t.Fatalf("cells %q %q", a0.Text, g.Cell(0, 0).(*Field[int]).Text)
	}
	c.Focus(a0)
	test.FocusNext(c)
	if c.Focused() != g.Cell(0, 2).(fyne.Focusable) {
		t.Fatalf("Tab from A went to %v, want B of the same row", c.Focused())
	}
	// Tab past the last editable cell of a row reaches the next row.
	test.FocusNext(c)
	if c.Focused() != g.Cell(1, 0).(fyne.Focusable) {
		t.Fatalf("Tab from the row's end went to %v, want next row's year", c.Focused())
	}
	// Enter saves and moves down, as in Excel.
	c.Focus(a0)
	a0.SetText("")
	test.Type(a0, "5300")
	a0.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if data[0].a != 5300 || c.Focused() != g.Cell(1, 1).(fyne.Focusable) {
		t.Fatalf("Enter: data %v focus %v", data[0], c.Focused())
	}
	g.Refresh()
	// Invalid text: nothing stored, the grid shows the message.
	b1 := g.Cell(1, 2).(*Field[int])
	c.Focus(b1)
	b1.SetText("")
	test.Type(b1, "abc")
	test.FocusNext(c)
	if data[1].b != 2216 || g.Message() == "" {
		t.Fatalf("invalid accepted: %v msg %q", data[1], g.Message())
	}
	// Shrinking keeps the remaining cells (not rebuilt).
	keep := g.Cell(0, 1)
	data = data[:1]
	g.SetRows(1)
	if g.Rows() != 1 || g.Cell(0, 1) != keep {
		t.Fatal("rows were rebuilt instead of updated")
	}
}
