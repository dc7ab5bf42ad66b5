package obiettivi

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestFilterByAreaAndSearchNarrowTheRows(t *testing.T) {
	f := newFixture(t)
	all := len(f.s.Plan.Obiettivi)
	if got := len(f.sc.list.rows); got != all {
		t.Fatalf("%d rows, want %d", got, all)
	}
	f.sc.areaSel.SetSelected("Area Tecnica")
	rows := f.shown()
	if len(rows) != 7 || rows[0] != "TE.1" {
		t.Fatalf("Area Tecnica rows %v", rows)
	}
	// Accents and apostrophes do not matter: "viabilita" finds VIABILITA'.
	test.Type(f.sc.search, "viabilita")
	if rows := f.shown(); !slices.Equal(rows, []string{"TE.2", "TE.3"}) {
		t.Fatalf("search rows %v", rows)
	}
	if f.sc.count.Text != "2 di 25 obiettivi" {
		t.Fatalf("count %q", f.sc.count.Text)
	}
	f.sc.areaSel.SetSelected("Tutte le Aree")
	f.sc.search.SetText("VIABILITÀ marciapiedi")
	if rows := f.shown(); !slices.Equal(rows, []string{"TE.3"}) {
		t.Fatalf("two-word search rows %v", rows)
	}
}

func TestSortByTappingAHeader(t *testing.T) {
	f := newFixture(t)
	f.sc.sortBy(colCodice)
	rows := f.shown()
	if rows[0] != "AM.1" || rows[8] != "AM.9" || rows[9] != "EF.1" {
		t.Fatalf("sorted %v", rows)
	}
	f.sc.sortBy(colCodice)
	if rows := f.shown(); rows[0] != "TE.7" {
		t.Fatalf("reversed %v", rows)
	}
	f.sc.sortBy(colCodice)
	if rows := f.shown(); rows[0] != "EF.1" {
		t.Fatalf("plan order %v", rows)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"VIABILITA'": "viabilita'", "Viabilità": "viabilita", "Perché È": "perche e"} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}
