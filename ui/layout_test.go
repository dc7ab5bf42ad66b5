package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// The office laptop: 1366×768, the window maximised above the taskbar.
var workArea = fyne.NewSize(1366, 705)

// overflowing lists the labels inside o drawn narrower than their text,
// which then runs over what stands beside them (they neither wrap nor end
// in "…"). What a hidden container holds is not drawn.
func overflowing(o fyne.CanvasObject) []string {
	var out []string
	all := test.LaidOutObjects(o)
	hidden := map[fyne.CanvasObject]bool{}
	for _, c := range all {
		if !c.Visible() && !hidden[c] {
			for _, h := range test.LaidOutObjects(c) {
				hidden[h] = true
			}
		}
	}
	for _, c := range all {
		l, ok := c.(*widget.Label)
		if !ok || hidden[c] || l.Wrapping != fyne.TextWrapOff || l.Truncation != fyne.TextTruncateOff || l.Text == "" {
			continue
		}
		if need, got := l.MinSize().Width, l.Size().Width; need > got+1 {
			out = append(out, fmt.Sprintf("%q (%.0f px in %.0f)", l.Text, need, got))
		}
	}
	return out
}

// At 1366×705 no screen is wider than the window, no label runs over its
// neighbour, and the objectives' table shows more than four rows; the same
// holds for every tab of the objective's editor.
func TestScreensFitTheLaptop(t *testing.T) {
	f, _ := newTestFrame(t, nil, "")
	f.w.Resize(workArea)
	for i, key := range f.keys {
		f.nav.Select(i)
		content := f.screens[i].Content()
		if w, room := content.MinSize().Width, f.body.Size().Width; w > room+1 {
			t.Errorf("%s: %.0f px wide in a window that gives it %.0f", key, w, room)
		}
		for _, o := range overflowing(content) {
			t.Errorf("%s: text runs over its neighbour: %s", key, o)
		}
		if tabs := tabsIn(content); tabs != nil {
			for j := range tabs.Items {
				tabs.SelectIndex(j)
				for _, o := range overflowing(tabs.Items[j].Content) {
					t.Errorf("%s, scheda %q: text runs over its neighbour: %s", key, tabs.Items[j].Text, o)
				}
			}
			tabs.SelectIndex(0)
		}
	}
	f.nav.Select(f.index("obiettivi"))
	for _, o := range test.LaidOutObjects(f.screens[f.current].Content()) {
		if tb, ok := o.(*widget.Table); ok {
			const header, row = 36, 40
			if rows := (tb.Size().Height - header) / row; rows <= 4 {
				t.Errorf("the objectives' table shows %.1f rows", rows)
			}
		}
	}
}

func tabsIn(o fyne.CanvasObject) *container.AppTabs {
	for _, c := range test.LaidOutObjects(o) {
		if t, ok := c.(*container.AppTabs); ok {
			return t
		}
	}
	return nil
}
