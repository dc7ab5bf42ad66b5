package obiettivi

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pianoperformance/ui/field/fieldtest"
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

// A search moves the editor to the first result, scrolled into view, and
// never leaves in it an objective that is not among the results; with no
// result both the count and the editor say so.
func TestSearchFollowsTheFirstResult(t *testing.T) {
	f := newFixture(t)
	f.open("EF.1")
	f.sc.FocusSearch()
	fieldtest.Type(f.w, "cimitero")
	rows := f.shown()
	if len(rows) != 1 || rows[0] != "TE.4" {
		t.Fatalf("rows %v", rows)
	}
	if got := f.s.Plan.ObiettivoByID(f.sc.ed.id); got == nil || got.Codice != "TE.4" {
		t.Fatalf("the editor shows %v, not the result", got)
	}
	if f.w.Canvas().Focused() != f.sc.search {
		t.Fatal("the cursor left the search box")
	}
	fieldtest.Type(f.w, " introvabile")
	if f.sc.count.Text != "nessun obiettivo trovato" || f.sc.ed.tabs.Visible() || !strings.Contains(f.sc.ed.emptyMsg.Text, "Nessun obiettivo trovato") {
		t.Fatalf("count %q, editor shown %v, message %q", f.sc.count.Text, f.sc.ed.tabs.Visible(), f.sc.ed.emptyMsg.Text)
	}
	// Ctrl+Z in the search box takes back the typing: the result is back.
	for f.sc.search.Text != "cimitero" && f.sc.search.UndoTyping() {
	}
	if f.sc.count.Text != "1 di 25 obiettivi" || !f.sc.ed.tabs.Visible() {
		t.Fatalf("after undoing the typing: count %q", f.sc.count.Text)
	}
	// An Area with objectives further down: the table scrolls to them.
	f.sc.search.SetText("")
	f.sc.areaSel.SetSelected("Area Socio Assistenziale")
	first := f.shown()[0]
	if got := f.s.Plan.ObiettivoByID(f.sc.ed.id); got == nil || got.Codice != first {
		t.Fatalf("editor on %v, first row %s", got, first)
	}
}
