package schede

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/ui/field/fieldtest"
)

func labelWith(o fyne.CanvasObject, text string) *widget.Label {
	return fieldtest.Find(o, func(l *widget.Label) bool { return l.Visible() && strings.Contains(l.Text, text) })
}

func buttonWith(o fyne.CanvasObject, text string) *widget.Button {
	return fieldtest.Find(o, func(b *widget.Button) bool { return b.Text == text })
}
