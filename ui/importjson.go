package ui

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2/lang"

	"pianoperformance/model"
)

// importJSON makes a new plan file from a JSON file (one exported by this
// program, or by the command line): first the JSON is read and checked, off
// the UI goroutine and with «Annulla», so a bad file is reported with where
// the error is and nothing is created; then the clerk chooses where to save
// the new plan.
func (f *frame) importJSON() {
	f.files.open(lang.L("importa.titolo"), typeJSON, f.importFrom)
}

// importFrom reads and checks the JSON file at path, then asks where to
// create the plan it holds.
func (f *frame) importFrom(path string) {
	name := filepath.Base(path)
	var p *model.Plan
	f.runTask(lang.L("importa.in.corso"), lang.L("importa.annullata"), func(ctx context.Context, progress func(float64)) error {
		r, err := os.Open(path)
		if err != nil {
			return err
		}
		defer r.Close()
		var size int64
		if fi, err := r.Stat(); err == nil {
			size = fi.Size()
		}
		p, err = model.ReadPlan(ctx, withProgress(r, size, progress))
		return err
	}, func(err error) {
		if err != nil {
			f.showUnlessCancelled(fmt.Errorf("%s: %w", name, err))
			return
		}
		f.askWhereToCreate(p)
	})
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
