package main

import (
	"testing"
	"time"
)

// exitWhenStuck ends the process only when the program is quitting and
// the app's Run has not returned in time.
func TestExitWhenStuck(t *testing.T) {
	deadline := time.After(time.Minute) // generous: each case waits on channels only

	// Quitting, and Run never returns: the process ends.
	quitting, ran := make(chan struct{}), make(chan struct{})
	exited := make(chan struct{})
	go exitWhenStuck(quitting, ran, 0, func() { close(exited) })
	close(quitting)
	select {
	case <-exited:
	case <-deadline:
		t.Fatal("Run bloccato dopo la chiusura, e il processo non è uscito")
	}

	// Quitting, and Run returns within the wait; or Run returns without
	// quitting (the window closed by the system): no exit of ours.
	for _, quits := range []bool{true, false} {
		quitting, ran := make(chan struct{}), make(chan struct{})
		done := make(chan struct{})
		go func() {
			exitWhenStuck(quitting, ran, time.Hour, func() { t.Error("uscita forzata con Run finito") })
			close(done)
		}()
		if quits {
			close(quitting)
		}
		close(ran)
		select {
		case <-done:
		case <-deadline:
			t.Fatal("exitWhenStuck non è finito dopo Run")
		}
	}
}
