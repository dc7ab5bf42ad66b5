package ui

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pianoperformance/model"
	"pianoperformance/model/synth"
	"pianoperformance/report"
)

// waitFinished waits, with a generous deadline, for a task's work to end.
func waitFinished(t *testing.T, tk *task) {
	t.Helper()
	select {
	case <-tk.finished:
	case <-time.After(60 * time.Second):
		t.Fatal("il lavoro non è terminato")
	}
}

func statusText(f *frame) string {
	var s string
	fyne.DoAndWait(func() { s = f.status.Text })
	return s
}

// «Annulla» during a long print: the work stops, the status line says so,
// an earlier file at the chosen path is untouched and no half PDF is left.
func TestCancelledPrintLeavesNoFile(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	f, _ := newTestFrame(t, synth.Plan(10, 500, 3), "")
	out := filepath.Join(tmp, "schede.pdf")
	if err := os.WriteFile(out, []byte("stampa di ieri"), 0o644); err != nil {
		t.Fatal(err)
	}
	var tk *task
	fyne.DoAndWait(func() {
		tk = f.runPrint(printChoice{kind: report.Schede}, out)
		test.Tap(tk.stop) // at once: 500 sheets take far longer than this
	})
	waitFinished(t, tk)
	if b, _ := os.ReadFile(out); string(b) != "stampa di ieri" {
		t.Fatalf("il file scelto è cambiato: %q", b)
	}
	files, _ := filepath.Glob(filepath.Join(tmp, "*"))
	if len(files) != 1 {
		t.Fatalf("file rimasti dopo l'annullamento: %v", files)
	}
	if s := statusText(f); s != "Stampa annullata: nessun file è stato scritto." {
		t.Fatalf("riga di stato %q", s)
	}
}

// The same print, not cancelled, replaces the file with a whole PDF.
func TestPrintReplacesTheFileWhenComplete(t *testing.T) {
	tmp := t.TempDir()
	f, _ := newTestFrame(t, nil, "")
	out := filepath.Join(tmp, "schede.pdf")
	os.WriteFile(out, []byte("stampa di ieri"), 0o644)
	var tk *task
	fyne.DoAndWait(func() { tk = f.runPrint(printChoice{kind: report.Schede}, out) })
	waitFinished(t, tk)
	for deadline := time.Now().Add(30 * time.Second); !strings.HasPrefix(statusText(f), "PDF salvato"); {
		if time.Now().After(deadline) {
			t.Fatalf("riga di stato %q", statusText(f))
		}
		time.Sleep(10 * time.Millisecond)
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
// never asked where to save.
func TestCancelledImportChangesNothing(t *testing.T) {
	f, st := newTestFrame(t, nil, "")
	b, err := model.MarshalPlan(synth.Plan(10, 500, 3))
	if err != nil {
		t.Fatal(err)
	}
	pr, pw := io.Pipe()
	read := make(chan struct{})
	asked := false
	var tk *task
	fyne.DoAndWait(func() {
		tk = f.runTask("Lettura", "Importazione annullata: nessun piano è stato creato.", func(ctx context.Context, progress func(float64)) error {
			_, err := model.ReadPlan(ctx, withProgress(&signalReader{pr, read}, int64(len(b)), progress))
			return err
		}, func(error) { asked = true })
	})
	go func() {
		pw.Write(b[:len(b)/2])
		<-tk.ctx.Done()
		pw.Write(b[len(b)/2:])
		pw.Close()
	}()
	<-read
	fyne.DoAndWait(func() { test.Tap(tk.stop) })
	waitFinished(t, tk)
	fyne.DoAndWait(func() {})
	if asked {
		t.Fatal("dopo l'annullamento il programma ha proseguito con l'importazione")
	}
	if s := statusText(f); s != "Importazione annullata: nessun piano è stato creato." {
		t.Fatalf("riga di stato %q", s)
	}
	if _, err := os.Stat(st.Path()); err != nil {
		t.Fatal(err)
	}
}

// signalReader closes read after the first bytes arrive.
type signalReader struct {
	r    io.Reader
	read chan struct{}
}

func (s *signalReader) Read(b []byte) (int, error) {
	n, err := s.r.Read(b)
	if s.read != nil {
		close(s.read)
		s.read = nil
	}
	return n, err
}
