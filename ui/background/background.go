// Package background runs slow work (reading a plan, writing a PDF,
// drawing a chart) off the UI goroutine and hands what it found back to the
// UI goroutine, which alone touches widgets.
//
// In the program that hand-back is fyne.Do. Fyne's test driver runs
// fyne.Do at once on the calling goroutine, so a test would have widgets
// changed from two goroutines at a time; a test therefore installs a Queue
// and settles it at the points where it looks at the window.
package background

import (
	"errors"
	"sync"
	"time"

	"fyne.io/fyne/v2"
)

type runner interface {
	start(work, then func())
	do(f func())
}

var current runner = system{}

// Go runs work on a goroutine of its own and then, on the UI goroutine,
// then. work must not touch widgets: it reports through Do.
func Go(work, then func()) { current.start(work, then) }

// Do runs f on the UI goroutine: how work reports its progress.
func Do(f func()) { current.do(f) }

type system struct{}

// held, when set, is closed once work may start (see Hold).
var held struct {
	sync.Mutex
	ch chan struct{}
}

// Hold makes the work Go starts from now on wait until release is called.
// The window holds it until it has drawn its first frame: on two cores, a
// chart of the start screen drawn for a part nobody sees yet took one from
// the first frame (docs/benchmark-finestra.md). A Queue does not wait.
func Hold() (release func()) {
	ch := make(chan struct{})
	held.Lock()
	held.ch = ch
	held.Unlock()
	var once sync.Once
	return func() { once.Do(func() { close(ch) }) }
}

func (system) start(work, then func()) {
	held.Lock()
	wait := held.ch
	held.Unlock()
	go func() {
		if wait != nil {
			<-wait
		}
		work()
		fyne.Do(then)
	}()
}

func (system) do(f func()) { fyne.Do(f) }

// Queue is the hand-back for tests: work still runs on goroutines of its
// own, and what it hands back waits until the test calls Settle, which
// runs it on the test's goroutine.
type Queue struct {
	mu      sync.Mutex
	running sync.WaitGroup
	queued  []func()
	arrived chan struct{} // signalled when something is handed back
}

// Use makes Go and Do use q until the returned function is called.
func Use(q *Queue) (restore func()) {
	old := current
	current = q
	return func() { current = old }
}

func (q *Queue) start(work, then func()) {
	q.running.Add(1)
	go func() {
		defer q.running.Done()
		work()
		q.do(then)
	}()
}

func (q *Queue) do(f func()) {
	q.mu.Lock()
	q.queued = append(q.queued, f)
	ch := q.signal()
	q.mu.Unlock()
	select {
	case ch <- struct{}{}:
	default:
	}
}

// signal is the channel Await waits on; called with mu held.
func (q *Queue) signal() chan struct{} {
	if q.arrived == nil {
		q.arrived = make(chan struct{}, 1)
	}
	return q.arrived
}

// Await waits, for at most timeout, until something is handed back that
// no Go started (news a store sends on its own, such as another window's
// change), and tells whether it came. Settle then runs it.
func (q *Queue) Await(timeout time.Duration) bool {
	q.mu.Lock()
	ch, waiting := q.signal(), len(q.queued) > 0
	q.mu.Unlock()
	if waiting {
		return true
	}
	select {
	case <-ch:
		return true
	case <-time.After(timeout):
		return false
	}
}

// Settle waits, for at most timeout, until the work under way is done,
// and runs what it handed back, in order, on the calling goroutine; again
// for any work that started, until nothing is left.
func (q *Queue) Settle(timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		done := make(chan struct{})
		go func() { q.running.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(time.Until(deadline)):
			return errors.New("il lavoro in corso non è finito in tempo")
		}
		q.mu.Lock()
		fs := q.queued
		q.queued = nil
		q.mu.Unlock()
		if len(fs) == 0 {
			return nil
		}
		for _, f := range fs {
			f()
		}
	}
}
