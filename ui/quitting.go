package ui

import (
	"sync"

	"fyne.io/fyne/v2"
)

// Fyne 2.7.1 can hang as it quits: its loop queues the preferences' last
// save, stops serving the queue that save waits in, and the app's Run never
// returns. The process then stays, with no window, holding its files (2 in
// ~200 starts closed at once here). The program counts its windows, so that
// main can tell it is quitting and end the process if Run does not return.
var ourWindows = newWindowCount()

// Quitting is closed when the program's last window has closed, or when
// the user asked to quit.
func Quitting() <-chan struct{} { return ourWindows.quitting }

// counted counts w among the program's windows (see windowCount.count).
func counted(w fyne.Window, closed func()) { ourWindows.count(w, closed) }

// quit ends the program, as the menu's Esci does.
func quit(a fyne.App) {
	ourWindows.quit()
	a.Quit()
}

// windowCount counts open windows; quitting closes when the last one
// closes, or at quit, once.
type windowCount struct {
	mu       sync.Mutex
	open     int
	quitting chan struct{}
	once     sync.Once
}

func newWindowCount() *windowCount { return &windowCount{quitting: make(chan struct{})} }

// count counts w; closed, when not nil, runs when w closes, before it is
// counted off.
func (c *windowCount) count(w fyne.Window, closed func()) {
	c.mu.Lock()
	c.open++
	c.mu.Unlock()
	w.SetOnClosed(func() {
		if closed != nil {
			closed()
		}
		c.mu.Lock()
		c.open--
		last := c.open == 0
		c.mu.Unlock()
		if last {
			c.quit()
		}
	})
}

func (c *windowCount) quit() { c.once.Do(func() { close(c.quitting) }) }
