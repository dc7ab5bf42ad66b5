package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// The program is quitting when its last window closes, after that
// window's own closing, and not before.
func TestQuittingAfterTheLastWindow(t *testing.T) {
	a := test.NewTempApp(t)
	c := newWindowCount()
	main, guide := a.NewWindow("piano"), a.NewWindow("guida")
	closedMain := false
	c.count(main, func() { closedMain = true })
	c.count(guide, nil)
	main.Close()
	if !closedMain {
		t.Fatal("la chiusura della finestra principale non è stata fatta")
	}
	select {
	case <-c.quitting:
		t.Fatal("in chiusura con la guida ancora aperta")
	default:
	}
	guide.Close()
	select {
	case <-c.quitting:
	default:
		t.Fatal("l'ultima finestra è chiusa, ma il programma non è in chiusura")
	}
	c.quit() // Esci after the last window: once is enough
}
