package field

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// errorShower is any field that can report its messages (every Field[T]).
type errorShower interface {
	ShowErrors(func(error))
}

// Form is a two-column form: labels on the left, fields on the right, with
// the message of a refused value in red right under its field.
type Form struct {
	widget.BaseWidget
	grid *fyne.Container
}

// NewForm starts an empty form.
func NewForm() *Form {
	f := &Form{grid: container.New(layout.NewFormLayout())}
	f.ExtendBaseWidget(f)
	return f
}

// Add appends a labelled row and returns the form, for chaining.
func (f *Form) Add(label string, obj fyne.CanvasObject) *Form {
	l, right := Row(label, obj)
	f.grid.Add(l)
	f.grid.Add(right)
	f.Refresh()
	return f
}

func (f *Form) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(f.grid) }

// Row builds a label and the field column for a form. When obj is a Field
// its messages appear under it in red and vanish once the text is valid.
func Row(label string, obj fyne.CanvasObject) (*widget.Label, fyne.CanvasObject) {
	l := widget.NewLabelWithStyle(label, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	if n, ok := obj.(interface{ SetName(string) }); ok {
		n.SetName(label)
	}
	es, ok := obj.(errorShower)
	if !ok {
		return l, obj
	}
	msg := widget.NewLabel("")
	msg.Importance = widget.DangerImportance
	msg.Wrapping = fyne.TextWrapWord
	msg.Hide()
	es.ShowErrors(func(err error) {
		if err == nil {
			msg.SetText("")
			msg.Hide()
			return
		}
		msg.SetText(message(err))
		msg.Show()
	})
	return l, container.NewVBox(obj, msg)
}

// Section is a bold heading over a block of content.
func Section(title string, content ...fyne.CanvasObject) fyne.CanvasObject {
	h := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	h.SizeName = theme.SizeNameSubHeadingText
	return container.NewVBox(append([]fyne.CanvasObject{h}, content...)...)
}

// ReadOnly is a derived figure: a label, never an entry, so nobody tries
// to type over what the program computes.
func ReadOnly() *widget.Label {
	l := widget.NewLabel("")
	l.TextStyle = fyne.TextStyle{Italic: true}
	return l
}
