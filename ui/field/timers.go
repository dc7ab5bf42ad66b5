package field

import "time"

// Timers is the clock a Field waits on for a pause in typing. The program
// uses the system's; a test uses one it fires by hand (fieldtest.Timers),
// so that a debounced save happens at a point of the test, on the test's
// goroutine, not after some milliseconds on another one.
type Timers interface {
	AfterFunc(d time.Duration, f func()) Timer
}

// Timer is a pending call of a Timers, as time.Timer is.
type Timer interface {
	Reset(d time.Duration) bool
	Stop() bool
}

type systemTimers struct{}

func (systemTimers) AfterFunc(d time.Duration, f func()) Timer { return time.AfterFunc(d, f) }

var timers Timers = systemTimers{}

// SetTimers makes every Field wait on t from now on and returns the
// function that puts the system's clock back. For tests.
func SetTimers(t Timers) (restore func()) {
	old := timers
	timers = t
	return func() { timers = old }
}

// ManualTimers is a clock a test fires by hand: Fire runs, on the test's
// goroutine, every save still waiting for a pause in typing, as if the
// pause had come.
type ManualTimers struct{ pending []*manualTimer }

type manualTimer struct {
	f     func()
	armed bool
}

func (m *manualTimer) Reset(time.Duration) bool { was := m.armed; m.armed = true; return was }
func (m *manualTimer) Stop() bool               { was := m.armed; m.armed = false; return was }

// AfterFunc arms a timer that only Fire runs.
func (c *ManualTimers) AfterFunc(_ time.Duration, f func()) Timer {
	t := &manualTimer{f: f, armed: true}
	c.pending = append(c.pending, t)
	return t
}

// Fire runs every armed timer once.
func (c *ManualTimers) Fire() {
	for _, t := range c.pending {
		if t.armed {
			t.armed = false
			t.f()
		}
	}
}
