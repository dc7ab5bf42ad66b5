package ui

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"pianoperformance/model"
	"pianoperformance/model/address"
)

// Launch opens the first window: the main window on the plan at path, or,
// when path is "", on the plan used last; the welcome page when the user
// has no plan yet, or when that plan cannot be opened (saying why). A plan
// open in another program is offered read-only; a plan on a server whose
// password the system does not keep, or refuses, is asked for it. o
// carries everything but the store and the plan.
func Launch(a fyne.App, o Options, path string) fyne.Window {
	if path == "" {
		path = LastPlan(a, o.DataDir)
	}
	if path == "" {
		w := Welcome(a, o, "")
		w.Show()
		return w
	}
	w, st, p, err := WindowWhileOpening(a, func() (model.Store, *model.Plan, error) {
		return OpenAndLoad(o.OpenerFor(path), path)
	})
	switch {
	case err == nil:
		o.Store, o.Plan = st, p
		NewMainWindowIn(w, a, o)
		w.Show()
		return w
	case errors.Is(err, model.ErrLocked) && o.OpenReadOnly != nil:
		return askReadOnly(a, w, err, func() error {
			st, p, err := OpenAndLoad(o.OpenReadOnly, path)
			if err != nil {
				return err
			}
			o.Store, o.Plan = st, p
			NewMainWindow(a, o).Show()
			return nil
		})
	}
	if ad, perr := address.Parse(path, true); perr == nil && o.Server != nil {
		// The welcome page, and over it the server's form filled in, with
		// why it asks.
		f := welcome(a, w, o, "")
		f.w.Show()
		f.serverDialog(ad, Message(err))
		return f.w
	}
	f := welcome(a, w, o, StartMessage(path, err))
	f.w.Show()
	return f.w
}

// WindowWhileOpening makes the first window on the UI goroutine while
// open runs on another, and returns both. Making the first window starts
// the graphics (~20 ms); opening, backing up and reading a plan takes
// ~10 ms more, ~90 for a large one; one used to wait for the other. The window is not
// shown: what it holds depends on how the opening went.
func WindowWhileOpening(a fyne.App, open func() (model.Store, *model.Plan, error)) (fyne.Window, model.Store, *model.Plan, error) {
	type opened struct {
		st  model.Store
		p   *model.Plan
		err error
	}
	done := make(chan opened, 1)
	go func() {
		st, p, err := open()
		done <- opened{st, p, err}
	}()
	w := a.NewWindow(programName)
	r := <-done
	return w, r.st, r.p, r.err
}

// OpenerFor is how to open the plan at path: a plan file with Open, a
// plan on a server with the password the system's credential store keeps
// for it (none: the server refuses, and the window asks).
func (o Options) OpenerFor(path string) func(string) (model.Store, error) {
	if !address.Is(path) {
		return o.Open
	}
	return func(path string) (model.Store, error) {
		a, err := address.Parse(path, true)
		if err != nil {
			return nil, err
		}
		if o.Server == nil {
			return nil, errors.New(lang.L("server.manca"))
		}
		return o.Server.Open(path, savedPassword(a.Server()))
	}
}

// OpenAndLoad opens a plan with open and reads it whole; a file that is
// not there is never created (the error matches fs.ErrNotExist).
func OpenAndLoad(open func(string) (model.Store, error), path string) (model.Store, *model.Plan, error) {
	if missingFile(path) {
		return nil, nil, notThere(path)
	}
	st, err := open(path)
	if err != nil {
		return nil, nil, err
	}
	p, err := st.Load(context.Background())
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return st, p, nil
}
