package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// Aiuto › Guida opens the guide: the tasks of the year, the pictures of
// the window and the keys; a second click brings the same window forward.
func TestGuideOpensFromTheHelpMenu(t *testing.T) {
	f, _ := newTestFrame(t, nil, "")
	var item *fyne.MenuItem
	for _, m := range f.mainMenu.Items {
		if m.Label == "Aiuto" {
			for _, it := range m.Items {
				if it.Label == "Guida" {
					item = it
				}
			}
		}
	}
	if item == nil {
		t.Fatal("no Aiuto › Guida")
	}
	item.Action()
	item.Action()
	var guide fyne.Window
	n := 0
	for _, w := range f.a.Driver().AllWindows() {
		if w.Title() == "Guida — Piano della Performance" {
			guide, n = w, n+1
		}
	}
	if n != 1 {
		t.Fatalf("%d guide windows", n)
	}
	text := allText(guide.Canvas().Content())
	for _, want := range []string{"Compilare il piano", "Controllare", "Stampare per la Giunta", "Monitorare",
		"Amministrazione trasparente", "Ctrl+Z", "Ctrl+Y", "Ctrl+N", "Ctrl+F", "Ctrl+P"} {
		if !strings.Contains(text, want) {
			t.Errorf("the guide lacks %q", want)
		}
	}
	pictures := 0
	for _, o := range test.LaidOutObjects(guide.Canvas().Content()) {
		if img, ok := o.(*canvas.Image); ok && img.Resource != nil && strings.HasSuffix(img.Resource.Name(), ".png") {
			pictures++
		}
	}
	if pictures < 2 {
		t.Fatalf("%d pictures in the guide", pictures)
	}
}
