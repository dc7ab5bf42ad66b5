package ui

import (
	"context"
	"errors"
)

// errStopped unwinds a report being written when its context ends.
var errStopped = errors.New("lavoro interrotto")

// cancellable runs write, which reports progress through the function it
// is given, so that it stops at its next step once ctx ends: report
// generation has no context of its own, but calls progress after every page
// or objective, and that call unwinds it. The error is then ctx's.
func cancellable(ctx context.Context, progress func(done, total int), write func(progress func(done, total int)) error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if r != errStopped {
				panic(r)
			}
			err = ctx.Err()
		}
	}()
	err = write(func(done, total int) {
		if ctx.Err() != nil {
			panic(errStopped)
		}
		progress(done, total)
	})
	// A writer that caught the unwinding itself, or finished just as the
	// clerk cancelled: cancelled all the same.
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}
