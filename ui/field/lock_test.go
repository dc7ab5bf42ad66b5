package field

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Lock disables what edits and hides what acts, keeps the browsing
// controls, and locks again what a selection enabled or built.
func TestLockKeepsAScreenReadOnly(t *testing.T) {
	test.NewTempApp(t)
	name := NewText(nil)
	sel := widget.NewSelect([]string{"a", "b"}, nil)
	tick := widget.NewCheck("sì", nil)
	del := widget.NewButton("Elimina", nil)
	icon := NewTapIcon(nil, func() { t.Fatal("a locked icon acted") })
	search := widget.NewEntry()
	rows := container.NewVBox()
	list := widget.NewList(func() int { return 3 }, func() fyne.CanvasObject { return widget.NewLabel("") },
		func(widget.ListItemID, fyne.CanvasObject) {})
	list.OnSelected = func(widget.ListItemID) {
		del.Enable() // as a screen does when a row is chosen
		del.Show()
		rows.Add(NewText(nil))
	}
	form := NewForm().Add("Nome", name).Add("Tipo", sel)
	tabs := container.NewAppTabs(container.NewTabItem("Uno", form), container.NewTabItem("Due", container.NewVBox(tick, icon, rows)))
	root := container.NewBorder(container.NewHBox(search, del), nil, list, nil, container.NewVScroll(tabs))
	l := Lock(root, search)
	for _, d := range []fyne.Disableable{name, sel, tick, icon} {
		if !d.Disabled() {
			t.Fatalf("%T enabled", d)
		}
	}
	if del.Visible() || !del.Disabled() || search.Disabled() {
		t.Fatal("the button stayed, or the search went")
	}
	test.Tap(icon)
	list.Select(1)
	if del.Visible() || !del.Disabled() || !rows.Objects[0].(*Field[string]).Disabled() {
		t.Fatal("what the selection enabled or built is editable")
	}
	rows.Add(NewText(nil)) // built by a redraw the lock did not hear of
	l.Relock()
	if !rows.Objects[1].(*Field[string]).Disabled() {
		t.Fatal("Relock left a new row editable")
	}
}
