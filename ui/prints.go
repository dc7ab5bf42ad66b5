package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// printDir is the folder of the PDFs the window opens in the system viewer:
// one per running program, made at the first print and removed when the
// window closes. A folder left behind (the program was killed, or the
// viewer still held a PDF on Windows) is removed at a later start, once a
// day old.
type printDir struct {
	base string // the system's temporary folder
	path string // "" until the first print
	n    int    // printouts so far
}

const (
	printPrefix = "piano-stampe-"
	printMaxAge = 24 * time.Hour
)

func newPrintDir() *printDir { return &printDir{base: os.TempDir()} }

// dir is the folder, made if needed.
func (d *printDir) dir() (string, error) {
	if d.path == "" {
		p, err := os.MkdirTemp(d.base, printPrefix+"*")
		if err != nil {
			return "", err
		}
		d.path = p
	}
	return d.path, nil
}

// file names the next printout of a kind, "piano-schede-1.pdf" (ext
// ".pdf"), "piano-piano-2.docx".
func (d *printDir) file(kind, ext string) (string, error) {
	dir, err := d.dir()
	if err != nil {
		return "", err
	}
	d.n++
	return filepath.Join(dir, fmt.Sprintf("piano-%s-%d%s", kind, d.n, ext)), nil
}

// remove deletes the folder with the PDFs in it.
func (d *printDir) remove() {
	if d.path != "" {
		os.RemoveAll(d.path)
		d.path = ""
	}
}

// sweep removes the printout folders of earlier runs older than a day.
func (d *printDir) sweep() {
	entries, err := os.ReadDir(d.base)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), printPrefix) {
			continue
		}
		if fi, err := e.Info(); err == nil && time.Since(fi.ModTime()) > printMaxAge {
			os.RemoveAll(filepath.Join(d.base, e.Name()))
		}
	}
}
