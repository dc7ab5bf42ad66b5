package report

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pianoperformance/model"
)

var (
	update = flag.Bool("update", false, "rewrite the golden checksums in testdata/")
	stampe = flag.String("stampe", "", "also write the example PDFs into this folder, to look at them")
)

// printed is the fixed print date of every test document.
var printed = time.Date(2026, time.November, 28, 10, 0, 0, 0, time.UTC)

func render(t testing.TB, p *model.Plan, k Kind, sel Selection) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, p, k, sel, Options{Printed: printed}); err != nil {
		t.Fatalf("Write(%v): %v", k, err)
	}
	return b.Bytes()
}

// pdfToText runs pdftotext with the given mode ("-layout" or "-raw") and
// returns the text of each page.
func pdfToText(t *testing.T, pdf []byte, mode string) []string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext non installato (pacchetto poppler-utils): verifica del testo saltata")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "doc.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, mode, "-enc", "UTF-8", in, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(out), "\f")
	if n := len(pages); n > 0 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	return pages
}

// squash removes all white space, so text wrapped over lines still matches.
func squash(s string) string {
	return strings.Join(strings.Fields(s), "")
}

func saveStampa(t *testing.T, name string, pdf []byte) {
	if *stampe == "" {
		return
	}
	if err := os.MkdirAll(*stampe, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*stampe, name), pdf, 0o644); err != nil {
		t.Fatal(err)
	}
}
