package ente

import (
	"reflect"
	"testing"

	"fyne.io/fyne/v2/test"

	"pianoperformance/model"
	"pianoperformance/ui/field/fieldtest"
)

// A move is one change of two chapters: what the screen shows is what is
// stored, and one undo brings back both chapters exactly.
func TestCapitoliMoveIsOneChange(t *testing.T) {
	s, scr, _ := open(t)
	scr.tabs.Select(scr.capT)
	c := scr.cap
	before := fieldtest.Reload(t, s).Capitoli
	if len(before) < 3 {
		t.Fatalf("the example plan has %d chapters", len(before))
	}
	// Two chapters with the same order: the move must still show.
	tie := model.Capitolo{ID: before[1].ID, Ordine: before[2].Ordine, Titolo: before[1].Titolo,
		Testo: before[1].Testo, Sezione: before[1].Sezione}
	if _, err := s.SaveCapitolo("prep", tie); err != nil {
		t.Fatal(err)
	}
	before = fieldtest.Reload(t, s).Capitoli
	c.list.Select(1)
	moved := before[1].ID
	test.Tap(c.down)
	p := fieldtest.Reload(t, s)
	if p.Capitoli[2].ID != moved || p.Capitoli[1].ID != before[2].ID {
		t.Fatalf("move down: order %v", ids(p.Capitoli))
	}
	if !reflect.DeepEqual(p.Capitoli, s.Plan.Capitoli) {
		t.Fatalf("screen %v differs from store %v", ids(s.Plan.Capitoli), ids(p.Capitoli))
	}
	if c.sel != 2 {
		t.Fatalf("selection %d, want 2 (the moved chapter)", c.sel)
	}
	if got := s.UndoLabel(); got != "Sposta capitolo" {
		t.Fatalf("undo label %q", got)
	}
	if err := s.Undo(); err != nil {
		t.Fatal(err)
	}
	if got := fieldtest.Reload(t, s).Capitoli; !reflect.DeepEqual(got, before) {
		t.Fatalf("undo move:\n got %+v\nwant %+v", got, before)
	}
	if !reflect.DeepEqual(s.Plan.Capitoli, before) {
		t.Fatalf("undo move: screen %v", ids(s.Plan.Capitoli))
	}
	// The undo was one step: the next one is the preparation.
	if got := s.UndoLabel(); got != "prep" {
		t.Fatalf("after one undo the history says %q", got)
	}
}
