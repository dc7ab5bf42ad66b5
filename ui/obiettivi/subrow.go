package obiettivi

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
)

// rowEdit builds the widgets of one row of a sub-table (an indicator, a
// phase, a reading): each saves the whole objective with its own change to
// the element find returns, if that element is still there.
type rowEdit[R any] struct {
	e    *editor
	find func(o *model.Obiettivo) *R
}

// item is find for element i of the slice list returns.
func item[R any](i int, list func(o *model.Obiettivo) []R) func(o *model.Obiettivo) *R {
	return func(o *model.Obiettivo) *R {
		if s := list(o); i < len(s) {
			return &s[i]
		}
		return nil
	}
}

func (r rowEdit[R]) save(set func(x *R)) error {
	return r.e.save(func(o *model.Obiettivo) {
		if x := r.find(o); x != nil {
			set(x)
		}
	})
}

// field makes f one of the editor's fields, saving its value with set.
func rowField[R, T any](r rowEdit[R], f *field.Field[T], set func(x *R, v T)) *field.Field[T] {
	f.OnCommit = func(v T) error { return r.save(func(x *R) { set(x, v) }) }
	return typing(r.e, f)
}

func (r rowEdit[R]) text(set func(x *R, v string)) *field.Field[string] {
	return rowField(r, field.NewText(nil), set)
}

func (r rowEdit[R]) optDate(set func(x *R, d *model.Date)) *field.Field[*model.Date] {
	return rowField(r, field.NewOptDate(nil), set)
}

// check is a tick saved as soon as it changes (not while the editor loads).
func (r rowEdit[R]) check(label string, set func(x *R, on bool)) *widget.Check {
	return widget.NewCheck(label, func(on bool) {
		if !r.e.loading {
			r.save(func(x *R) { set(x, on) })
		}
	})
}

// heads is the header line of a sub-table: bold titles and a blank over
// the delete buttons.
func heads(keys ...string) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, k := range keys {
		out = append(out, bold(k))
	}
	return append(out, widget.NewLabel(""))
}

// delButton is the bin at the end of a sub-table's row.
func delButton(tapped func()) *widget.Button {
	b := widget.NewButtonWithIcon("", theme.DeleteIcon(), tapped)
	b.Importance = widget.LowImportance
	return b
}
