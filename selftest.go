package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"

	"pianoperformance/atomicfile"
	"pianoperformance/model"
	"pianoperformance/report"
)

// The self-test is how the installation test proves, on a machine without a
// screen or a person, that the installed program really works: the window
// opens and renders, the plan loads and the objective sheets print. The test
// script talks to it through files in the data folder, because a Windows GUI
// program has no console:
//
//	selftest-schede.pdf  the printed objective sheets
//	selftest-ready       written once the window is up and the PDF is written;
//	                     the script then takes its screenshot
//	selftest-done        written by the script; the program then quits (exit 0)
//	selftest-closed      written last, once the window and the plan are closed:
//	                     the program's own word that it ended well, for when
//	                     Wine takes the process down after it (see smoke.sh)
//	selftest.log         the reason, when something failed (exit status 2)
const (
	selfTestPDF    = "selftest-schede.pdf"
	selfTestReady  = "selftest-ready"
	selfTestDone   = "selftest-done"
	selfTestClosed = "selftest-closed"
	selfTestLog    = "selftest.log"

	selfTestWindowTimeout = 60 * time.Second
	selfTestDoneTimeout   = 120 * time.Second
)

// selfTestPlan is started in a goroutine by main when the program runs with
// -selftest. plan returns the plan the window shows; it is called once the
// window is up, from this goroutine. quitting gets the moment it asks the
// program to quit.
func selfTestPlan(a fyne.App, w fyne.Window, dir string, plan func() (*model.Plan, error), quitting chan<- time.Time) {
	// Leftovers of an earlier run would let the script read a stale answer.
	for _, name := range []string{selfTestPDF, selfTestReady, selfTestDone, selfTestClosed, selfTestLog} {
		os.Remove(filepath.Join(dir, name))
	}
	if err := runSelfTest(w, dir, plan); err != nil {
		selfTestFail(dir, err)
	}
	quitting <- time.Now()
	fyne.Do(a.Quit)
}

func runSelfTest(w fyne.Window, dir string, plan func() (*model.Plan, error)) error {
	start := time.Now()
	if err := waitForWindow(w, selfTestWindowTimeout); err != nil {
		return err
	}
	shown := time.Since(start)

	p, err := plan()
	if err != nil {
		return fmt.Errorf("caricamento del piano: %w", err)
	}
	var buf bytes.Buffer
	if err := report.Write(&buf, p, report.Schede, report.Selection{}, report.Options{Printed: time.Now()}); err != nil {
		return fmt.Errorf("stampa delle schede: %w", err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		return fmt.Errorf("stampa delle schede: il risultato non è un PDF (%d byte)", buf.Len())
	}
	if err := writeFileSync(filepath.Join(dir, selfTestPDF), buf.Bytes()); err != nil {
		return err
	}
	ready := fmt.Sprintf("finestra mostrata dopo %v; schede stampate: %d byte in %v\n",
		shown.Round(time.Millisecond), buf.Len(), (time.Since(start) - shown).Round(time.Millisecond))
	if err := writeFileSync(filepath.Join(dir, selfTestReady), []byte(ready)); err != nil {
		return err
	}

	deadline := time.Now().Add(selfTestDoneTimeout)
	for {
		if _, err := os.Stat(filepath.Join(dir, selfTestDone)); err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s non è arrivato entro %v", selfTestDone, selfTestDoneTimeout)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// waitForWindow returns once the window is on screen with a size. Main
// shows the window before it starts Fyne's event loop, and functions given
// to fyne.DoAndWait run only inside that loop: the first one that returns
// proves the window was created and shown.
func waitForWindow(w fyne.Window, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		sized := make(chan bool, 1)
		go fyne.DoAndWait(func() {
			s := w.Canvas().Size()
			sized <- s.Width > 0 && s.Height > 0 && w.Content() != nil
		})
		select {
		case ok := <-sized:
			if ok {
				return nil
			}
		case <-time.After(time.Until(deadline)):
			return fmt.Errorf("la finestra non è comparsa entro %v", timeout)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("la finestra non ha preso dimensioni entro %v", timeout)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// selfTestClosedMark is the self-test's last word, once Fyne's loop has
// ended: every window closed (with it the plan's store and the example's
// copy) and the graphics torn down.
func selfTestClosedMark(dir string, quitting <-chan time.Time) {
	msg := "finestra e piano chiusi\n"
	select {
	case t := <-quitting:
		msg = fmt.Sprintf("finestra e piano chiusi in %v\n", time.Since(t).Round(time.Millisecond))
	default:
	}
	if err := writeFileSync(filepath.Join(dir, selfTestClosed), []byte(msg)); err != nil {
		selfTestFail(dir, err)
	}
}

// selfTestFail records why the self-test failed and ends the program with
// status 2, which the test script tells apart from a crash.
func selfTestFail(dir string, err error) {
	msg := fmt.Sprintf("%s selftest non riuscito: %v\n", time.Now().Format(time.RFC3339), err)
	if werr := writeFileSync(filepath.Join(dir, selfTestLog), []byte(msg)); werr != nil {
		fmt.Fprint(os.Stderr, msg)
	}
	os.Exit(2)
}

// writeFileSync writes whole or not at all (see atomicfile), so the
// script never sees half a file under the final name.
func writeFileSync(path string, data []byte) error {
	err := atomicfile.Write(path, atomicfile.Private, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	if err != nil {
		return errors.Join(fmt.Errorf("scrittura di %s", filepath.Base(path)), err)
	}
	return nil
}
