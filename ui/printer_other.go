//go:build !windows

package ui

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
)

// sendToPrinter opens the PDF in the desktop's viewer, from which the clerk
// prints: Linux desktops register no common "print" action for PDFs.
func sendToPrinter(path string) (printed bool, err error) { return false, openFile(path) }

// openFile opens a file in the desktop's program for it (a saved PDF in
// the viewer).
func openFile(path string) error {
	u, err := url.Parse(storage.NewFileURI(path).String())
	if err != nil {
		return err
	}
	return fyne.CurrentApp().OpenURL(u)
}
