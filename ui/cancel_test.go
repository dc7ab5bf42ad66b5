package ui

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pianoperformance/model"
	"pianoperformance/model/synth"
	"pianoperformance/report"
)

// holdTasks keeps the next task's work from starting until release is
// called: the test presses «Annulla» before the work has begun.
func holdTasks(t *testing.T) (release func()) {
	gate := make(chan struct{})
	taskStarting = func(*task) { <-gate }
	t.Cleanup(func() { taskStarting = func(*task) {} })
	return func() { close(gate) }
}

// «Annulla» during a long print: the work stops, the status line says so,
// an earlier file at the chosen path is untouched and no half PDF is left.
// (TestCancellableStopsTheReport shows that it stops at the next page.)
func TestCancelledPrintLeavesNoFile(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	f, _ := newTestFrame(t, synth.Plan(10, 500, 3), "")
	out := filepath.Join(tmp, "schede.pdf")
	if err := os.WriteFile(out, []byte("stampa di ieri"), 0o644); err != nil {
		t.Fatal(err)
	}
	release := holdTasks(t)
	tk := f.runPrint(printChoice{doc: docSchede}, out)
	test.Tap(tk.stop)
	release()
	settle(f)
	if b, _ := os.ReadFile(out); string(b) != "stampa di ieri" {
		t.Fatalf("il file scelto è cambiato: %q", b)
	}
	files, _ := filepath.Glob(filepath.Join(tmp, "*"))
	if len(files) != 1 {
		t.Fatalf("file rimasti dopo l'annullamento: %v", files)
	}
	if s := f.status.Text; s != "Stampa annullata: nessun file è stato scritto." {
		t.Fatalf("riga di stato %q", s)
	}
}

// The same print, not cancelled, replaces the file with a whole PDF.
func TestPrintReplacesTheFileWhenComplete(t *testing.T) {
	tmp := t.TempDir()
	f, _ := newTestFrame(t, nil, "")
	out := filepath.Join(tmp, "schede.pdf")
	os.WriteFile(out, []byte("stampa di ieri"), 0o644)
	f.runPrint(printChoice{doc: docSchede}, out)
	settle(f)
	if s := f.status.Text; !strings.HasPrefix(s, "PDF salvato") {
		t.Fatalf("riga di stato %q", s)
	}
	if b, _ := os.ReadFile(out); !strings.HasPrefix(string(b), "%PDF") {
		t.Fatal("il file non è un PDF completo")
	}
	if files, _ := filepath.Glob(filepath.Join(tmp, ".stampa-*")); len(files) != 0 {
		t.Fatalf("file temporanei rimasti: %v", files)
	}
}

// cancellable stops a report at its next page once the context ends.
func TestCancellableStopsTheReport(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	pages := 0
	err := cancellable(ctx, func(done, total int) { pages = done }, func(progress func(done, total int)) error {
		return report.Write(io.Discard, synth.Plan(2, 200, 2), report.Schede, report.Selection{}, report.Options{
			Progress: func(done, total int) {
				if done == 3 {
					cancel()
				}
				progress(done, total)
			}})
	})
	if !errors.Is(err, context.Canceled) || pages != 2 {
		t.Fatalf("errore %v dopo %d pagine; atteso l'annullamento dopo 2", err, pages)
	}
}

// A cancelled import shows nothing more and creates nothing: the clerk is
// never asked where to save. (TestReadPlanStopsWhenCancelled shows that
// the reading itself stops.)
func TestCancelledImportChangesNothing(t *testing.T) {
	f, st := newTestFrame(t, nil, "")
	b, err := model.MarshalPlan(synth.Plan(10, 500, 3))
	if err != nil {
		t.Fatal(err)
	}
	before, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	release := holdTasks(t)
	asked := false
	tk := f.runTask("Lettura", "Importazione annullata: nessun piano è stato creato.", func(ctx context.Context, progress func(float64)) error {
		_, err := model.ReadPlan(ctx, withProgress(bytes.NewReader(b), int64(len(b)), progress))
		return err
	}, func(error) { asked = true })
	test.Tap(tk.stop)
	release()
	settle(f)
	if asked {
		t.Fatal("dopo l'annullamento il programma ha proseguito con l'importazione")
	}
	if s := f.status.Text; s != "Importazione annullata: nessun piano è stato creato." {
		t.Fatalf("riga di stato %q", s)
	}
	after, err := st.Load(context.Background())
	if err != nil || !reflect.DeepEqual(after, before) {
		t.Fatalf("il piano aperto è cambiato (%v)", err)
	}
}
