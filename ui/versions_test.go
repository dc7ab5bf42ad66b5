package ui

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
	"pianoperformance/ui/session"
	"pianoperformance/ui/versioni"
)

// eachObject calls fn on o and everything under it, through the widgets'
// own renderers, skipping what is hidden; fn returns false not to go
// below an object.
func eachObject(o fyne.CanvasObject, fn func(fyne.CanvasObject) bool) {
	if o == nil || !o.Visible() || !fn(o) {
		return
	}
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			eachObject(c, fn)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			eachObject(c, fn)
		}
	}
}

// fieldsIn are the text fields of a form, in the order they are shown.
func fieldsIn(o fyne.CanvasObject) []fyne.Focusable {
	var out []fyne.Focusable
	eachObject(o, func(c fyne.CanvasObject) bool {
		switch v := c.(type) {
		case *field.Field[string]:
			out = append(out, v)
			return false
		case *field.Field[*model.Date]:
			out = append(out, v)
			return false
		}
		return true
	})
	return out
}

// typeIn replaces the text of a field as the clerk would.
func typeIn(f fyne.Focusable, text string) {
	switch v := f.(type) {
	case *field.Field[string]:
		v.SetText("")
	case *field.Field[*model.Date]:
		v.SetText("")
	}
	test.Type(f, text)
}

// tapIn taps the button with the given text in the dialog on top.
func tapIn(t *testing.T, f *frame, text string) {
	t.Helper()
	top := f.w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog with «%s»", text)
	}
	b := buttonIn(top, text)
	if b == nil {
		t.Fatalf("no «%s» in the dialog: %s", text, allText(top))
	}
	test.Tap(b)
}

// freeze adopts (numero and data only) or varies the plan through the
// window's dialogs, as the clerk does.
func freezeThroughDialog(t *testing.T, f *frame, variation bool, numero, data, motivo string) {
	t.Helper()
	confirm := "Adotta il piano"
	if variation {
		f.varia()
		confirm = "Registra la variazione"
	} else {
		f.adotta()
	}
	fields := fieldsIn(f.w.Canvas().Overlays().Top())
	want := 3
	if variation {
		want = 4
	}
	if len(fields) != want {
		t.Fatalf("%d fields in the dialog", len(fields))
	}
	typeIn(fields[1], numero)
	typeIn(fields[2], data)
	if variation {
		typeIn(fields[3], motivo)
	}
	tapIn(t, f, confirm)
	if msg := dialogText(t, f); !strings.Contains(msg, "non si può annullare") {
		t.Fatalf("no warning that it cannot be undone: %s", msg)
	}
	tapIn(t, f, confirm)
	if top := f.w.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("a dialog stayed: %s", allText(top))
	}
}

func versionsIn(t *testing.T, st model.Store) []model.Versione {
	t.Helper()
	var vv []model.Versione
	if err := st.Read(context.Background(), func(r model.Reader) (err error) { vv, err = r.Versioni(); return err }); err != nil {
		t.Fatal(err)
	}
	return vv
}

// A resolution with a part missing is refused in the dialog, in Italian,
// and nothing is frozen.
func TestAdoptionDialogRefusesAnIncompleteResolution(t *testing.T) {
	f, st := newTestFrame(t, nil, "")
	f.adotta()
	fields := fieldsIn(f.w.Canvas().Overlays().Top())
	typeIn(fields[1], "12")
	tapIn(t, f, "Adotta il piano")
	if msg := dialogText(t, f); !strings.Contains(msg, "Indicare la data della delibera.") || strings.Contains(msg, "non si può annullare") {
		t.Fatalf("dialog says %q", msg)
	}
	typeIn(fields[2], "31/02/2023")
	tapIn(t, f, "Adotta il piano")
	if msg := dialogText(t, f); strings.Contains(msg, "non si può annullare") {
		t.Fatalf("a date that does not exist passed: %s", msg)
	}
	if vv := versionsIn(t, st); len(vv) != 0 {
		t.Fatalf("versions %v", vv)
	}
	// The confirmation can still be declined.
	typeIn(fields[2], "31/01/2023")
	tapIn(t, f, "Adotta il piano")
	tapIn(t, f, "Annulla")
	if vv := versionsIn(t, st); len(vv) != 0 {
		t.Fatalf("declined, yet versions %v", vv)
	}
}

// The year of a plan in the window: adopt it through the dialog, change a
// title, register the variation, see the differences, open version 1
// read-only (nothing can be saved there), go back, and print the
// Variazione al Piano.
func TestAdoptVaryCompareAndViewVersions(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	f, st := newTestFrame(t, nil, "")
	freezeThroughDialog(t, f, false, "12", "31/01/2023", "")
	vv := versionsIn(t, st)
	if len(vv) != 1 || vv[0].Atto.Numero != "12" || vv[0].Atto.Data.String() != "31/01/2023" || vv[0].Atto.Organo != model.OrganoGiunta {
		t.Fatalf("versions %+v", vv)
	}
	if p := stored(t, st); p.Piano.Stato != model.StatoAdottato || p.Piano.Approvazione.Numero != "12" {
		t.Fatalf("plan %+v", p.Piano)
	}
	if f.keys[f.current] != keyInizio || !strings.HasPrefix(f.pv.inizio.Panels()[0].(interface{ Headline() string }).Headline(), "Adottato con delibera di Giunta comunale n. 12 del 31/01/2023") {
		t.Fatalf("after the adoption the window shows %q", f.keys[f.current])
	}
	if !f.pv.adotta.Disabled || f.pv.varia.Disabled {
		t.Fatal("the Piano menu still offers the adoption")
	}

	// A change after the adoption belongs to the next variation.
	id := f.s.Plan.Obiettivi[3].ID
	oldTitle := f.s.Plan.Obiettivi[3].Titolo
	f.goTo(session.Target{Sezione: model.SezioneObiettivi, ID: id, Campo: "titolo"})
	typeIn(f.w.Canvas().Focused(), "Ampliamento del cimitero comunale")
	f.w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := stored(t, st).ObiettivoByID(id).Titolo; got != "Ampliamento del cimitero comunale" {
		t.Fatalf("title stored %q", got)
	}
	f.goToSection(keyInizio)
	if text := allText(f.pv.inizio.Content()); !strings.Contains(text, "1 modifica non ancora registrata: 1 obiettivo modificato.") {
		t.Fatalf("the start screen does not say what is not registered: %s", text)
	}

	freezeThroughDialog(t, f, true, "58", "20/07/2023", "Fondi regionali per il cimitero")
	vv = versionsIn(t, st)
	if len(vv) != 2 || vv[1].Motivo != "Fondi regionali per il cimitero" || stored(t, st).Piano.Stato != model.StatoVariato {
		t.Fatalf("versions %+v", vv)
	}

	// The differences between the two versions, old and new side by side.
	f.goTo(session.Target{Sezione: versioni.Key, ID: 2})
	if da, a := f.pv.versioni.Compared(); da != 1 || a != 2 {
		t.Fatalf("compares %d with %d", da, a)
	}
	mm := f.pv.versioni.Differenze()
	if len(mm) != 1 || mm[0].Campo != "Titolo" || mm[0].Prima != oldTitle || mm[0].Dopo != "Ampliamento del cimitero comunale" {
		t.Fatalf("differences %+v", mm)
	}
	shown := allText(f.pv.versioni.Content())
	for _, want := range []string{"1 modifica: 1 obiettivo modificato", "modificato", "Titolo", oldTitle, "Ampliamento del cimitero comunale"} {
		if !strings.Contains(shown, want) {
			t.Fatalf("the screen does not show %q:\n%s", want, shown)
		}
	}

	// Version 1, read-only in the whole window.
	before := stored(t, st)
	f.openVersion(1)
	if title := f.w.Title(); !strings.Contains(title, "versione n. 1 — come adottato con delibera di Giunta comunale n. 12 del 31/01/2023") {
		t.Fatalf("title %q", title)
	}
	if !f.pv.banner.Visible() || !strings.Contains(f.pv.notice.Text, "Sola lettura") {
		t.Fatal("no bar says a version is shown")
	}
	f.goTo(session.Target{Sezione: model.SezioneObiettivi, ID: id, Campo: "titolo"})
	if got := f.obiettivi.Marked(); len(got) != 1 || got[0] != id {
		t.Fatalf("editor on %v", got)
	}
	for _, key := range f.keys {
		f.goToSection(key)
		nothingEditable(t, f, key)
	}
	// Choosing another objective in the table rebuilds the editor: still
	// nothing to edit.
	f.goToSection(model.SezioneObiettivi)
	var table *widget.Table
	eachObject(f.body, func(o fyne.CanvasObject) bool {
		if tb, ok := o.(*widget.Table); ok {
			table = tb
		}
		return table == nil
	})
	table.Select(widget.TableCellID{Row: 7, Col: 1})
	if got := f.obiettivi.Marked(); len(got) != 1 || got[0] == id {
		t.Fatalf("the table chose %v", got)
	}
	nothingEditable(t, f, "obiettivi, un altro obiettivo")
	f.goTo(session.Target{Sezione: model.SezioneObiettivi, ID: id, Campo: "titolo"})
	titolo := findField(t, f.body, oldTitle)
	test.Type(titolo, "X")
	titolo.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if titolo.Text != oldTitle {
		t.Fatalf("typing reached a field of version 1: %q", titolo.Text)
	}
	// Whatever a widget asked, the version's session refuses it.
	e := f.s.Plan.Ente
	e.Nome = "Nome nuovo"
	if err := f.s.SaveEnte("Nome", e); !errors.Is(err, model.ErrReadOnly) {
		t.Fatalf("saving in version 1: %v", err)
	}
	if after := stored(t, st); !reflect.DeepEqual(after, before) || len(versionsIn(t, st)) != 2 {
		t.Fatalf("the plan file changed while version 1 was shown: %s", diffPlans(after, before))
	}

	f.closeVersion()
	if strings.Contains(f.w.Title(), "versione n.") || f.pv.banner.Visible() || f.s.Viewing() != nil {
		t.Fatalf("still on the version: %q", f.w.Title())
	}
	if titolo := findField(t, f.body, "Ampliamento del cimitero comunale"); titolo.Disabled() {
		t.Fatal("the current plan's fields stayed disabled")
	}

	// The Variazione al Piano, printed from the differences.
	f.goTo(session.Target{Sezione: versioni.Key, ID: 2})
	test.Tap(buttonIn(f.pv.versioni.Content(), "Stampa la Variazione…"))
	tapIn(t, f, "Stampa")
	settle(f)
	files, _ := filepath.Glob(filepath.Join(tmp, printPrefix+"*", "piano-variazione-*.pdf"))
	if len(files) != 1 {
		t.Fatalf("printouts %v (status %q)", files, f.status.Text)
	}
	text := pdfText(t, files[0])
	for _, want := range []string{"VARIAZIONE N. 1 AL PIANO DELLA PERFORMANCE 2023", "delibera di Giunta comunale n. 58 del 20/07/2023",
		"Fondi regionali per il cimitero", oldTitle, "Ampliamento del cimitero comunale"} {
		if !strings.Contains(text, want) {
			t.Fatalf("the Variazione lacks %q:\n%s", want, text)
		}
	}
}

// nothingEditable fails when a control that changes the plan can still be
// used on the screen shown: fields and choices are disabled, buttons gone,
// but for what only browses (search, filters, versions, printing).
func nothingEditable(t *testing.T, f *frame, key string) {
	t.Helper()
	keep := map[fyne.CanvasObject]bool{}
	if b, ok := f.screens[f.current].(session.Browser); ok {
		for _, o := range b.Browsing() {
			keep[o] = true
		}
	}
	if fs, ok := f.screens[f.current].(*frozenScreen); ok {
		if b, ok := fs.inner.(session.Browser); ok {
			for _, o := range b.Browsing() {
				keep[o] = true
			}
		}
	}
	n := 0
	eachObject(f.body, func(o fyne.CanvasObject) bool {
		if keep[o] {
			return false
		}
		switch v := o.(type) {
		case *widget.Table:
			return false // the ticks choose what to print
		case *widget.Form:
			return true // its own Disable is about a submit button
		case *widget.Button:
			t.Errorf("%s: the button «%s» is still there", key, v.Text)
			return false
		case fyne.Disableable:
			if fmt.Sprintf("%T", o) == "*container.tabButton" {
				return false // tabs choose what to see
			}
			n++
			if !v.Disabled() {
				t.Errorf("%s: %T is enabled", key, o)
			}
			return false
		}
		return true
	})
	if t.Failed() {
		t.FailNow()
	}
	if n == 0 && key != keyInizio && key != versioni.Key && key != keyControlli {
		t.Fatalf("%s: no field found on the screen", key)
	}
}

// findField finds the text field showing text in o.
func findField(t *testing.T, o fyne.CanvasObject, text string) *field.Field[string] {
	t.Helper()
	var found *field.Field[string]
	eachObject(o, func(c fyne.CanvasObject) bool {
		if v, ok := c.(*field.Field[string]); ok && v.Text == text && found == nil {
			found = v
		}
		return found == nil
	})
	if found == nil {
		t.Fatalf("no field shows %q", text)
	}
	return found
}

func stored(t *testing.T, st model.Store) *model.Plan {
	t.Helper()
	p, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func diffPlans(a, b *model.Plan) string {
	var out []string
	va, vb := reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem()
	for i := 0; i < va.NumField(); i++ {
		if !reflect.DeepEqual(va.Field(i).Interface(), vb.Field(i).Interface()) {
			out = append(out, va.Type().Field(i).Name)
		}
	}
	return strings.Join(out, ", ")
}

// pdfText is the text of a PDF as pdftotext reads it, spaces squeezed.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v (make test installs poppler-utils)", path, err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}
