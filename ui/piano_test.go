package ui

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"pianoperformance/model"
	"pianoperformance/ui/inizio"
)

// adopt freezes the plan as version 1 through the session.
func adopt(t *testing.T, f *frame) { adoptLarge(t, f) }

func adoptLarge(t testing.TB, f *frame) {
	t.Helper()
	d := model.MustDate(f.s.Plan.Piano.Anno, time.January, 31)
	if _, err := f.s.Adotta("Adozione", model.Atto{Organo: model.OrganoGiunta, Numero: "12", Data: &d}); err != nil {
		t.Fatal(err)
	}
}

// Deadlines past are errors in Controlli, with their legal source, and a
// click leads to the Scadenze screen, to the deadline's «Fatto…».
func TestLateDeadlinesAreFindings(t *testing.T) {
	f, _ := newTestFrame(t, nil, keyControlli)
	count := f.controlli.Count()
	f.s.SetNow(func() time.Time { return time.Date(2024, time.July, 10, 9, 0, 0, 0, time.Local) })
	f.s.Report("", false)
	_ = f.s.Reload(model.Scope{Parts: model.PartScadenzario})
	var late []model.Finding
	for _, fd := range f.controlli.Findings() {
		if fd.Sezione == model.SezioneScadenze {
			late = append(late, fd)
		}
	}
	if len(late) == 0 || f.controlli.Count() <= count {
		t.Fatalf("no deadline among %d findings", f.controlli.Count())
	}
	for _, fd := range late {
		if fd.Gravita != model.Errore || !strings.Contains(fd.Messaggio, "D.Lgs") && !strings.Contains(fd.Messaggio, "DL ") {
			t.Fatalf("finding %+v", fd)
		}
	}
	for i, fd := range f.controlli.Findings() {
		if fd.Sezione == model.SezioneScadenze {
			f.controlli.Select(i)
			break
		}
	}
	if f.keys[f.current] != model.SezioneScadenze {
		t.Fatalf("went to %q", f.keys[f.current])
	}
	sc := f.screen(f.current).(*inizio.Scadenze)
	for i, s := range sc.List() {
		if s.Chiave == late[0].Campo {
			if _, _, fatto := sc.Row(i); fatto == nil || f.w.Canvas().Focused() != fatto {
				t.Fatalf("the focus is on %T, not on «Fatto…» of %s", f.w.Canvas().Focused(), s.Titolo)
			}
		}
	}
}

// The Stampa dialog prints the Qualità for the Nucleo, and the document in
// Word or PDF/A from a frozen version.
func TestPrintDialogDocumentsVersionsFormats(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	f, _ := newTestFrame(t, nil, "")
	adopt(t, f)

	f.printWith(printChoice{doc: docQualita})
	d := f.w.Canvas().Overlays().Top()
	if text := allText(d); !strings.Contains(text, "Qualità degli obiettivi") || !strings.Contains(text, "Formato") {
		t.Fatalf("dialog %s", text)
	}
	tapIn(t, f, "Stampa")
	settle(f)
	files, _ := filepath.Glob(filepath.Join(tmp, printPrefix+"*", "piano-qualita-*.pdf"))
	if len(files) != 1 {
		t.Fatalf("printouts %v, status %q", files, f.status.Text)
	}
	if text := pdfText(t, files[0]); !strings.Contains(text, "QUALITÀ DEGLI OBIETTIVI — D.LGS 150/2009 ART. 5 C.2") {
		t.Fatalf("quality printout: %.300s", text)
	}

	// Word, only for the sheets and the document: the dialog says so.
	pd := newPrintDialog(f, printChoice{doc: docRiepilogo, versione: 1})
	pd.format.SetSelected(pd.formats[outDOCX])
	if pd.format.Selected != pd.formats[outPDF] {
		t.Fatalf("the summary in Word was accepted: %q", pd.format.Selected)
	}
	pd.doc.SetSelected(pd.docs[docDocumento])
	pd.format.SetSelected(pd.formats[outDOCX])
	if c := pd.choice(); c.out != outDOCX || c.versione != 1 || pd.open.Text != "Apri in Word" || pd.open.Disabled() {
		t.Fatalf("choice %+v, button %q", c, pd.open.Text)
	}
	out := filepath.Join(tmp, "piano.docx")
	f.runPrint(pd.choice(), out)
	settle(f)
	b, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(b, []byte("PK")) || !strings.HasPrefix(f.status.Text, "Documento Word salvato") {
		t.Fatalf("docx: %v, status %q", err, f.status.Text)
	}
	// PDF/A from version 1: every page says which text it is.
	out = filepath.Join(tmp, "adottato.pdf")
	f.runPrint(printChoice{doc: docSchede, versione: 1, out: outPDFA}, out)
	settle(f)
	b, _ = os.ReadFile(out)
	if !bytes.Contains(b, []byte("pdfaid:part")) {
		t.Fatal("not a PDF/A")
	}
	if text := pdfText(t, out); !strings.Contains(text, "come adottato con delibera di Giunta comunale n. 12 del 31/01/2023") {
		t.Fatalf("the sheets do not say which text: %.300s", text)
	}
	// Before the adoption there is no Variazione to print.
	g, _ := newTestFrame(t, nil, "")
	pd = newPrintDialog(g, printChoice{doc: docVariazione})
	if !pd.hint.Visible() || !pd.open.Disabled() || !strings.Contains(pd.hint.Text, "dopo l'adozione") {
		t.Fatalf("hint %q", pd.hint.Text)
	}
}

// The publication pack: a ZIP with the index and the adopted text, or
// nothing at all when «Annulla» stops it.
func TestPublicationPack(t *testing.T) {
	f, _ := newTestFrame(t, nil, "")
	adopt(t, f)
	f.pacchetto()
	if text := dialogText(t, f); !strings.Contains(text, "1. Adozione") {
		t.Fatalf("dialog %s", text)
	}
	f.w.Canvas().Overlays().Top().Hide()
	pk, err := f.pack(packChoice{versione: 1, zip: true})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "pacchetto.zip")
	release := holdTasks(t)
	tk := f.runPack(pk, out)
	test.Tap(tk.stop)
	release()
	settle(f)
	if left, _ := filepath.Glob(filepath.Join(dir, "*")); len(left) != 0 {
		t.Fatalf("a cancelled pack left %v", left)
	}
	if f.status.Text != "Pacchetto annullato: nessun file è stato scritto." {
		t.Fatalf("status %q", f.status.Text)
	}
	f.runPack(pk, out)
	settle(f)
	zr, err := zip.OpenReader(out)
	if err != nil {
		t.Fatalf("%v (status %q)", err, f.status.Text)
	}
	defer zr.Close()
	var names []string
	for _, zf := range zr.File {
		names = append(names, zf.Name)
	}
	all := strings.Join(names, " ")
	for _, want := range []string{"piano-performance-2023/LEGGIMI.txt", "piano-performance-2023/piano-performance-2023.pdf", "piano-performance-2023/piano-performance-2023-dati.json"} {
		if !strings.Contains(all, want) {
			t.Fatalf("pack %v", names)
		}
	}
	if !strings.HasPrefix(f.status.Text, "Pacchetto scritto in") {
		t.Fatalf("status %q", f.status.Text)
	}
}

// The deadlines go to a calendar file, one event each.
func TestDeadlinesToCalendar(t *testing.T) {
	f, _ := newTestFrame(t, nil, "")
	ss, err := f.s.Scadenze()
	if err != nil || len(ss) == 0 {
		t.Fatalf("deadlines %v: %v", ss, err)
	}
	out := filepath.Join(t.TempDir(), "scadenze.ics")
	f.writeICS(f.s.Plan.Clone(), ss, out)
	settle(f)
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "BEGIN:VEVENT"); n != len(ss) {
		t.Fatalf("%d events for %d deadlines", n, len(ss))
	}
	if !strings.Contains(f.status.Text, "Calendario scritto") {
		t.Fatalf("status %q", f.status.Text)
	}
}

// The start screen's buttons lead where they say: the changes not yet
// registered open in Versioni, compared with the plan as it is.
func TestStartScreenLeadsToTheChanges(t *testing.T) {
	f, st := newTestFrame(t, nil, "")
	adopt(t, f)
	o := f.s.Plan.Obiettivi[0].Clone()
	o.Titolo = "Nuovo titolo"
	if _, err := f.s.SaveObiettivo("Titolo", o); err != nil {
		t.Fatal(err)
	}
	f.goToSection(keyInizio)
	test.Tap(buttonIn(f.pv.inizio.Content(), "Vedi le modifiche"))
	if da, a := f.pv.versioni.Compared(); f.keys[f.current] != "versioni" || da != 1 || a != 0 {
		t.Fatalf("on %q comparing %d with %d", f.keys[f.current], da, a)
	}
	if mm := f.pv.versioni.Differenze(); len(mm) != 1 || mm[0].Dopo != "Nuovo titolo" {
		t.Fatalf("differences %+v", mm)
	}
	// An undo is a change too: nothing left to register.
	if err := f.s.Undo(); err != nil {
		t.Fatal(err)
	}
	if mm := f.pv.versioni.Differenze(); len(mm) != 0 {
		t.Fatalf("after the undo %+v", mm)
	}
	var vv []model.Versione
	st.Read(context.Background(), func(r model.Reader) (err error) { vv, err = r.Versioni(); return err })
	if len(vv) != 1 {
		t.Fatalf("versions %v", vv)
	}

}
