package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"pianoperformance/model"
	"pianoperformance/ui/field/fieldtest"
	"pianoperformance/ui/session"
)

// The keys are pressed as the desktop driver delivers them (see
// fieldtest.Press): Ctrl+Z is Fyne's standard undo shortcut, offered to the
// main menu first, then to the focused field, then to the canvas.

const ctrl = fyne.KeyModifierControl

// storedPlan is the plan as a fresh read of the file gives it.
func storedPlan(t *testing.T, st model.Store) *model.Plan {
	t.Helper()
	p, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func byCode(p *model.Plan, code string) *model.Obiettivo {
	for i := range p.Obiettivi {
		if p.Obiettivi[i].Codice == code {
			return &p.Obiettivi[i]
		}
	}
	return nil
}

// Ctrl+N, typing, Enter: a new objective with the typed title. Then Ctrl+Z
// takes back the title and the objective, wherever the focus is, and
// Ctrl+Y and Ctrl+Maiusc+Z do them again.
func TestCtrlNTypeCtrlZCtrlY(t *testing.T) {
	f, st := newTestFrame(t, nil, model.SezioneEnte)
	n := len(f.s.Plan.Obiettivi)
	fieldtest.Press(f.w, ctrl, fyne.KeyN)
	if f.keys[f.current] != model.SezioneObiettivi {
		t.Fatalf("Ctrl+N left the window on %q", f.keys[f.current])
	}
	fieldtest.Type(f.w, "Archivio digitale")
	fieldtest.Press(f.w, 0, fyne.KeyReturn)
	p := storedPlan(t, st)
	if len(p.Obiettivi) != n+1 || !hasTitle(p, "Archivio digitale") {
		t.Fatalf("after Ctrl+N and typing: %d objectives, titles %v", len(p.Obiettivi), titles(p))
	}

	// The cursor is still in the title: its typing is saved, so Ctrl+Z
	// goes to the saved changes, newest first.
	fieldtest.Press(f.w, ctrl, fyne.KeyZ)
	if p := storedPlan(t, st); len(p.Obiettivi) != n+1 || !hasTitle(p, "Nuovo obiettivo") {
		t.Fatalf("first Ctrl+Z: titles %v", titles(p))
	}
	if got := focusedText(t, f); got != "Nuovo obiettivo" {
		t.Fatalf("the title field shows %q after Ctrl+Z", got)
	}
	f.w.Canvas().Unfocus()
	fieldtest.Press(f.w, ctrl, fyne.KeyZ)
	if p := storedPlan(t, st); len(p.Obiettivi) != n {
		t.Fatalf("second Ctrl+Z: %d objectives", len(p.Obiettivi))
	}
	if !strings.HasPrefix(f.status.Text, "Annullato:") {
		t.Fatalf("status %q", f.status.Text)
	}

	fieldtest.Press(f.w, ctrl, fyne.KeyY)
	if p := storedPlan(t, st); len(p.Obiettivi) != n+1 || !hasTitle(p, "Nuovo obiettivo") {
		t.Fatalf("Ctrl+Y: titles %v", titles(p))
	}
	fieldtest.Press(f.w, ctrl|fyne.KeyModifierShift, fyne.KeyZ)
	if p := storedPlan(t, st); !hasTitle(p, "Archivio digitale") {
		t.Fatalf("Ctrl+Maiusc+Z: titles %v", titles(p))
	}
	if !strings.HasPrefix(f.status.Text, "Ripetuto:") {
		t.Fatalf("status %q", f.status.Text)
	}
}

// In a text field Ctrl+Z first takes back the typing not yet saved, as
// Word does, and only then the saved changes; Ctrl+Maiusc+Z from the field
// reaches the window.
func TestCtrlZInAFieldUndoesItsTypingFirst(t *testing.T) {
	f, st := newTestFrame(t, nil, "")
	titolo := byCode(f.s.Plan, "EF.2").Titolo

	// A saved change: the code.
	f.goTo(target(f, "EF.2", "codice"))
	fieldtest.Press(f.w, ctrl, fyne.KeyA)
	fieldtest.Type(f.w, "EF.9")
	fieldtest.Press(f.w, 0, fyne.KeyTab)
	if byCode(storedPlan(t, st), "EF.9") == nil {
		t.Fatal("the code was not saved")
	}
	// Typing in the title, not saved yet.
	f.goTo(target(f, "EF.9", "titolo"))
	fieldtest.Type(f.w, "BOZZA")
	if got := focusedText(t, f); got != "BOZZA"+titolo {
		t.Fatalf("title field %q", got)
	}
	fieldtest.Press(f.w, ctrl, fyne.KeyZ)
	if got := focusedText(t, f); got != titolo {
		t.Fatalf("after Ctrl+Z the field shows %q", got)
	}
	if byCode(storedPlan(t, st), "EF.9") == nil {
		t.Fatal("Ctrl+Z in a field with typing undid a saved change")
	}
	// Nothing typed left: the saved change goes.
	fieldtest.Press(f.w, ctrl, fyne.KeyZ)
	if p := storedPlan(t, st); byCode(p, "EF.2") == nil {
		t.Fatal("the second Ctrl+Z did not undo the code")
	}
	// Ctrl+Maiusc+Z from the field does the code again.
	fieldtest.Press(f.w, ctrl|fyne.KeyModifierShift, fyne.KeyZ)
	if p := storedPlan(t, st); byCode(p, "EF.9") == nil {
		t.Fatal("Ctrl+Maiusc+Z from a field did not redo")
	}
}

// Typing saved after a pause is the session's to undo: Ctrl+Z puts the
// field and the file back as they were.
func TestCtrlZAfterAPauseInTyping(t *testing.T) {
	f, st := newTestFrame(t, nil, "")
	f.goTo(target(f, "EF.2", "titolo"))
	before := byCode(f.s.Plan, "EF.2").Titolo
	fieldtest.Press(f.w, ctrl, fyne.KeyA)
	fieldtest.Type(f.w, "Bilancio di previsione 2024-2026")
	clocks[f].Fire()
	if got := byCode(storedPlan(t, st), "EF.2").Titolo; got != "Bilancio di previsione 2024-2026" {
		t.Fatalf("after the pause the file holds %q", got)
	}
	fieldtest.Press(f.w, ctrl, fyne.KeyZ)
	if got := byCode(storedPlan(t, st), "EF.2").Titolo; got != before {
		t.Fatalf("after Ctrl+Z the file holds %q", got)
	}
	if got := focusedText(t, f); got != before {
		t.Fatalf("after Ctrl+Z the field shows %q", got)
	}
}

// While a dialog is open, Ctrl+Z leaves the plan behind it alone.
func TestCtrlZLeavesThePlanAloneUnderADialog(t *testing.T) {
	f, st := newTestFrame(t, nil, "")
	e := f.s.Plan.Ente
	e.Nome = "Cambiato"
	if err := f.s.SaveEnte("Nome", e); err != nil {
		t.Fatal(err)
	}
	dialog.ShowInformation("Prova", "Una finestra di dialogo", f.w)
	f.w.Canvas().Unfocus()
	fieldtest.Press(f.w, ctrl, fyne.KeyZ)
	if got := storedPlan(t, st).Ente.Nome; got != "Cambiato" {
		t.Fatalf("Ctrl+Z under a dialog changed the plan: %q", got)
	}
}

// The menu names what Annulla and Ripeti would do.
func TestUndoAndRedoItemsNameTheChange(t *testing.T) {
	f, _ := newTestFrame(t, nil, "")
	e := f.s.Plan.Ente
	e.Nome = "Cambiato"
	if err := f.s.SaveEnte("Nome dell'ente", e); err != nil {
		t.Fatal(err)
	}
	if f.undoItem.Label != "Annulla «Nome dell'ente»" || f.redoItem.Label != "Ripeti" {
		t.Fatalf("items %q, %q", f.undoItem.Label, f.redoItem.Label)
	}
	f.w.Canvas().Unfocus()
	fieldtest.Press(f.w, ctrl, fyne.KeyZ)
	if f.undoItem.Label != "Annulla" || f.redoItem.Label != "Ripeti «Nome dell'ente»" {
		t.Fatalf("items %q, %q", f.undoItem.Label, f.redoItem.Label)
	}
	if f.undoItem.Shortcut.ShortcutName() != (&fyne.ShortcutUndo{}).ShortcutName() ||
		f.redoItem.Shortcut.ShortcutName() != (&fyne.ShortcutRedo{}).ShortcutName() {
		t.Fatal("the items are not bound to the standard undo and redo shortcuts")
	}
}

// target is the field campo of the objective with the given code.
func target(f *frame, code, campo string) session.Target {
	t := sessionTarget(f, code)
	t.Campo = campo
	return t
}

func hasTitle(p *model.Plan, title string) bool {
	for _, o := range p.Obiettivi {
		if o.Titolo == title {
			return true
		}
	}
	return false
}

func titles(p *model.Plan) []string {
	var out []string
	for _, o := range p.Obiettivi {
		out = append(out, o.Titolo)
	}
	return out
}
