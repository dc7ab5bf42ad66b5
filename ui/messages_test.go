package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/model/sqlite"
	"pianoperformance/ui/field/fieldtest"
	"pianoperformance/ui/session"
)

// A refused value: the status line names the field, in Italian, and the
// message goes once the value is fixed.
func TestValidationMessageNamesTheFieldAndGoesWhenFixed(t *testing.T) {
	f, st := newTestFrame(t, nil, "")
	f.goTo(session.Target{Sezione: model.SezionePopolazione, Anno: 2019, Campo: "residenti"})
	fieldtest.Press(f.w, ctrl, fyne.KeyA)
	fieldtest.Type(f.w, "cinquemila")
	fieldtest.Press(f.w, 0, fyne.KeyTab)
	if !strings.HasPrefix(f.status.Text, "Residenti, 2019:") || f.status.Importance != widget.DangerImportance {
		t.Fatalf("status %q", f.status.Text)
	}
	if text := allText(f.screens[f.current].Content()); !strings.Contains(text, "Residenti, 2019:") {
		t.Fatal("the message under the table does not name the cell")
	}
	// Back in the cell, the right figure: the message goes, the value is saved.
	f.goTo(session.Target{Sezione: model.SezionePopolazione, Anno: 2019, Campo: "residenti"})
	fieldtest.Press(f.w, ctrl, fyne.KeyA)
	fieldtest.Type(f.w, "5.243")
	if f.status.Importance == widget.DangerImportance || strings.Contains(f.status.Text, "Residenti, 2019") {
		t.Fatalf("status still %q", f.status.Text)
	}
	if text := allText(f.screens[f.current].Content()); strings.Contains(text, "Residenti, 2019:") {
		t.Fatal("the message under the table stayed")
	}
	fieldtest.Press(f.w, 0, fyne.KeyTab)
	p, _ := st.Load(context.Background())
	if r, _ := p.PopolazioneDi(2019); r.Residenti != 5243 {
		t.Fatalf("stored %d", r.Residenti)
	}
}

// Opening another plan leaves nothing of the one before on screen: not a
// refused text still in its field, not a tick, not a search.
func TestAnotherPlanLeavesNothingOfTheFirst(t *testing.T) {
	f, _ := newTestFrame(t, nil, model.SezioneObiettivi)
	f.obiettivi.FocusSearch()
	fieldtest.Type(f.w, "cimitero")
	tickRows(t, f, 0)
	f.goTo(session.Target{Sezione: model.SezionePopolazione, Anno: 2019, Campo: "residenti"})
	fieldtest.Press(f.w, ctrl, fyne.KeyA)
	fieldtest.Type(f.w, "RESIDENTI SBAGLIATI")
	fieldtest.Press(f.w, 0, fyne.KeyTab)

	other := &model.Plan{Ente: model.Ente{Nome: "Cairate"}, Piano: model.Piano{Anno: 2024, AnnoInizio: 2024, AnnoFine: 2026},
		Popolazione: []model.PopolazioneAnno{{Anno: 2019, Residenti: 7800}}}
	model.NormalizePlan(other)
	st, err := sqlite.Create(filepath.Join(t.TempDir(), "cairate.db"), other)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := st.Load(context.Background())
	f.switchTo(st, p)
	if f.keys[f.current] != model.SezionePopolazione {
		t.Fatalf("the window moved to %q", f.keys[f.current])
	}
	for i := range f.screens {
		f.nav.Select(i)
		text := allText(f.w.Canvas().Content())
		for _, old := range []string{"RESIDENTI SBAGLIATI", "cimitero", "5.243", "Albizzate"} {
			if strings.Contains(text, old) {
				t.Errorf("%s still shows %q of the plan before", f.keys[i], old)
			}
		}
	}
	if got := f.obiettivi.Ticked(); len(got) != 0 {
		t.Fatalf("ticks of the plan before: %v", got)
	}
}
