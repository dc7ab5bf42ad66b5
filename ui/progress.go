package ui

import (
	"context"
	"errors"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// task is long work run off the UI goroutine behind a dialog with a progress
// bar and «Annulla». The bar runs indeterminate until work reports a first
// fraction. «Annulla» cancels work's context and closes the dialog at once:
// the status line says what was left undone, and whatever work returns later
// is dropped (work must leave nothing behind when its context ends).
type task struct {
	f      *frame
	dialog *dialog.CustomDialog
	bar    *widget.ProgressBar
	spin   *widget.ProgressBarInfinite
	stop   *widget.Button
	cancel context.CancelFunc
	ctx    context.Context
	// mu orders the dialog's updates: on the desktop they all run on the UI
	// goroutine anyway, but Fyne's test driver runs fyne.Do on the calling
	// goroutine.
	mu sync.Mutex
	// finished is closed once work has returned and its result was handed
	// to the UI goroutine.
	finished chan struct{}
}

// runTask shows the dialog and runs work; done runs on the UI goroutine
// with work's error, unless the clerk cancelled first; cancelled is then
// what the status line says.
func (f *frame) runTask(title, cancelled string, work func(ctx context.Context, progress func(float64)) error, done func(error)) *task {
	t := &task{f: f, bar: widget.NewProgressBar(), spin: widget.NewProgressBarInfinite(), finished: make(chan struct{})}
	t.ctx, t.cancel = context.WithCancel(context.Background())
	t.bar.Hide()
	t.stop = widget.NewButton(lang.L("lavoro.annulla"), func() {
		t.mu.Lock()
		defer t.mu.Unlock()
		t.cancel()
		t.dialog.Hide()
		f.s.Report(cancelled, false)
	})
	t.dialog = dialog.NewCustomWithoutButtons(title, container.NewPadded(container.NewStack(t.bar, t.spin)), f.w)
	t.dialog.SetButtons([]fyne.CanvasObject{t.stop})
	t.dialog.Resize(fyne.NewSize(420, t.dialog.MinSize().Height))
	t.dialog.Show()
	progress := func(x float64) {
		fyne.Do(func() {
			t.mu.Lock()
			defer t.mu.Unlock()
			if t.ctx.Err() != nil {
				return
			}
			if t.spin.Visible() {
				t.spin.Stop()
				t.spin.Hide()
				t.bar.Show()
			}
			t.bar.SetValue(x)
		})
	}
	go func() {
		taskStarting(t)
		err := work(t.ctx, progress)
		defer close(t.finished)
		fyne.Do(func() {
			t.mu.Lock()
			if t.ctx.Err() != nil {
				t.mu.Unlock()
				return // cancelled: the dialog is gone and the result unwanted
			}
			t.cancel()
			t.dialog.Hide()
			t.mu.Unlock()
			done(err)
		})
	}()
	return t
}

// taskStarting runs on a task's goroutine before its work; tests hold the
// work there to press «Annulla» while nothing else touches the widgets, or
// take the task to wait for its end.
var taskStarting = func(*task) {}

// showUnlessCancelled shows err in a dialog; a cancellation is no error.
func (f *frame) showUnlessCancelled(err error) {
	if err != nil && !errors.Is(err, context.Canceled) {
		dialog.ShowError(err, f.w)
	}
}
