package ui

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"pianoperformance/model"
)

// importJSON makes a new plan file from a JSON file (one exported by this
// program, or by the command line): first the JSON is read and checked, off
// the UI goroutine and with «Annulla», so a bad file is reported with where
// the error is and nothing is created; then the clerk chooses where to save
// the new plan.
func (f *frame) importJSON() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if !f.chosen(r, err) {
			return
		}
		name := r.URI().Name()
		var p *model.Plan
		f.runTask(lang.L("importa.in.corso"), lang.L("importa.annullata"), func(ctx context.Context, progress func(float64)) error {
			defer r.Close()
			var err error
			p, err = model.ReadPlan(ctx, withProgress(r, sizeOfURI(r.URI()), progress))
			return err
		}, func(err error) {
			if err != nil {
				f.showUnlessCancelled(fmt.Errorf("%s: %w", name, err))
				return
			}
			f.askWhereToCreate(p, strings.TrimSuffix(name, filepath.Ext(name))+".db")
		})
	}, f.w)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
	f.startIn(d)
	d.Show()
}

// sizeOfURI is the size of a local file, 0 when unknown.
func sizeOfURI(u fyne.URI) int64 {
	if u.Scheme() != "file" {
		return 0
	}
	fi, err := os.Stat(u.Path())
	if err != nil {
		return 0
	}
	return fi.Size()
}

// withProgress reports the share of r read so far, when its size is known;
// reading is the first half of the work, checking the plan the second.
func withProgress(r io.Reader, size int64, progress func(float64)) io.Reader {
	if size <= 0 {
		return r
	}
	return &progressReader{r: r, size: size, progress: progress}
}

type progressReader struct {
	r        io.Reader
	size     int64
	read     int64
	progress func(float64)
}

// Len lets ReadPlan refuse an oversized file before reading it.
func (p *progressReader) Len() int { return int(p.size - p.read) }

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.read += int64(n)
	p.progress(min(1, float64(p.read)/float64(p.size)) / 2)
	return n, err
}
