package ui

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/ui/background"
)

// task is long work run off the UI goroutine (see background) behind a
// dialog with a progress bar and «Annulla». The bar runs indeterminate
// until work reports a first fraction. «Annulla» cancels work's context and
// closes the dialog at once: the status line says what was left undone,
// and whatever work returns later is dropped (work must leave nothing
// behind when its context ends). A task without a cancelled message has no
// «Annulla»: the work must run to its end (opening a plan, saving a copy).
type task struct {
	f      *frame
	dialog *dialog.CustomDialog
	bar    *widget.ProgressBar
	spin   *widget.ProgressBarInfinite
	stop   *widget.Button
	cancel context.CancelFunc
	ctx    context.Context
}

// runTask shows the dialog and runs work; done runs on the UI goroutine
// with work's error, unless the clerk cancelled first; cancelled is then
// what the status line says.
func (f *frame) runTask(title, cancelled string, work func(ctx context.Context, progress func(float64)) error, done func(error)) *task {
	t := &task{f: f, bar: widget.NewProgressBar(), spin: widget.NewProgressBarInfinite()}
	t.ctx, t.cancel = context.WithCancel(context.Background())
	t.bar.Hide()
	t.dialog = dialog.NewCustomWithoutButtons(title, container.NewPadded(container.NewStack(t.bar, t.spin)), f.w)
	if cancelled != "" {
		t.stop = widget.NewButton(lang.L("lavoro.annulla"), func() {
			t.cancel()
			t.dialog.Hide()
			f.s.Report(cancelled, false)
		})
		t.dialog.SetButtons([]fyne.CanvasObject{t.stop})
	}
	t.dialog.Resize(fyne.NewSize(420, t.dialog.MinSize().Height))
	t.dialog.Show()
	progress := func(x float64) {
		background.Do(func() {
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
	var err error
	background.Go(func() {
		taskStarting(t)
		err = work(t.ctx, progress)
	}, func() {
		if t.ctx.Err() != nil {
			return // cancelled: the dialog is gone and the result unwanted
		}
		t.cancel()
		t.dialog.Hide()
		done(err)
	})
	return t
}

// taskStarting runs on a task's goroutine before its work; tests hold the
// work there to press «Annulla» before it starts.
var taskStarting = func(*task) {}

// showUnlessCancelled shows err in a dialog; a cancellation is no error.
func (f *frame) showUnlessCancelled(err error) {
	if err != nil && !errors.Is(err, context.Canceled) {
		f.showError(err)
	}
}
