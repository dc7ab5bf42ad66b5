package controlli

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field/fieldtest"
	"pianoperformance/ui/session"
)

// A finding about a figure the source document printed is settled with one
// tap: the printed figure is dropped from the file, the finding goes, and
// Ctrl+Z brings it back.
func TestUseTheDerivedValue(t *testing.T) {
	s, sc, w := fieldtest.Open(t, func(s *session.Session, w fyne.Window) session.Screen {
		return New(s, w, model.Check, nil)
	}, fyne.NewSize(1200, 900))
	before := len(sc.(*Screen).Findings())

	var fix *widget.Button
	for _, o := range test.LaidOutObjects(w.Canvas().Content()) {
		if b, ok := o.(*widget.Button); ok && b.Visible() && b.Text == "Usa il valore calcolato" {
			fix = b
			break
		}
	}
	if fix == nil {
		t.Fatal("no «Usa il valore calcolato» button on the printed density finding")
	}
	test.Tap(fix)

	if p := fieldtest.Reload(t, s); p.Territorio.DensitaStampata != nil {
		t.Fatal("the printed density is still stored")
	}
	if got := len(sc.(*Screen).Findings()); got != before-1 {
		t.Fatalf("%d findings, want %d", got, before-1)
	}
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if p := fieldtest.Reload(t, s); p.Territorio.DensitaStampata == nil || *p.Territorio.DensitaStampata != 1363.18 {
		t.Fatal("undo did not restore the printed density")
	}
}
