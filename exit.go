package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"pianoperformance/ui"
)

// ending is closed when the program is quitting: its last window closed,
// the user chose Esci (ui.Quitting), or the system asked it to end (Fyne
// quits on these signals too).
func ending() <-chan struct{} {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	out := make(chan struct{})
	go func() {
		select {
		case <-ui.Quitting():
		case <-sig:
		}
		close(out)
	}()
	return out
}

// exitWhenStuck ends the process when the program is quitting and the
// app's Run has not returned within wait (see ui.Quitting): the plan was
// closed with its window, and the preferences are saved as they change.
// A normal end takes ~0,1 s here, 2 s under Wine.
func exitWhenStuck(quitting, ran <-chan struct{}, wait time.Duration, exit func()) {
	select {
	case <-quitting:
	case <-ran:
		return
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-ran:
	case <-t.C:
		exit()
	}
}

// exitStuck ends a process whose windows are gone, saying why.
func exitStuck() {
	fmt.Fprintln(os.Stderr, "Piano della Performance: le finestre sono chiuse ma la libreria grafica non ha finito di chiudersi; il programma esce lo stesso.")
	os.Exit(0)
}
