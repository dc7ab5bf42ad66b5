package ui

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pianoperformance/model"
	"pianoperformance/model/sqlite"
)

// File › Ripristina da una copia di sicurezza… lists the copies, puts the
// chosen one back in place of the plan, keeps the plan as it was among
// the copies, and shows the restored plan with a fresh history.
func TestRestoreFromABackup(t *testing.T) {
	f, st := newTestFrame(t, nil, "")
	saved, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.(*sqlite.Store).Backup(); err != nil {
		t.Fatal(err)
	}
	e := f.s.Plan.Ente
	e.Nome = "Lavoro di dopo"
	if err := f.s.SaveEnte("Nome", e); err != nil {
		t.Fatal(err)
	}

	f.restore()
	d := f.w.Canvas().Overlays().Top()
	if d == nil || !strings.Contains(allText(d), "Ripristina da una copia di sicurezza") || !strings.Contains(allText(d), " kB)") {
		t.Fatalf("no restore dialog offering the copy: %q", allText(d))
	}
	test.Tap(buttonIn(d, "Ripristina"))
	settle(f)

	if !reflect.DeepEqual(f.s.Plan, saved) {
		t.Fatalf("the window shows %q, want the backup's plan", f.s.Plan.Ente.Nome)
	}
	if got, _ := st.Load(context.Background()); !reflect.DeepEqual(got, saved) {
		t.Fatal("the file does not hold the backup's plan")
	}
	if f.s.CanUndo() || !strings.HasPrefix(f.status.Text, "Piano ripristinato dalla copia del") {
		t.Fatalf("undo %v, status %q", f.s.CanUndo(), f.status.Text)
	}
	// The plan as it was before is offered among the copies.
	list, err := st.(model.Restorer).Backups()
	if err != nil {
		t.Fatal(err)
	}
	var kept string
	for _, b := range list {
		if b.Replaced {
			kept = b.Path
		}
	}
	if kept == "" || loadFile(t, kept).Ente.Nome != "Lavoro di dopo" {
		t.Fatalf("the plan before the restore was not kept: %+v", list)
	}
	f.restore()
	if !strings.Contains(allText(f.w.Canvas().Overlays().Top()), "prima di una sostituzione") {
		t.Fatal("the kept copy is not offered")
	}
}

// A plan with no copies says so.
func TestRestoreWithoutBackups(t *testing.T) {
	f, _ := newTestFrame(t, nil, "")
	f.restore()
	d := f.w.Canvas().Overlays().Top()
	if d == nil || !strings.Contains(strings.Join(strings.Fields(allText(d)), " "), "Non ci sono copie di sicurezza") {
		t.Fatal("no message")
	}
}
