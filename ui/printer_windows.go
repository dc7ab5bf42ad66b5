//go:build windows

package ui

import (
	"fmt"

	"golang.org/x/sys/windows"
)

// sendToPrinter hands the PDF to the viewer registered for it with the
// "print" verb, which prints on the default printer; where the viewer offers
// no such verb it falls back to "open", so the clerk prints from the viewer.
// printed says which of the two happened.
func sendToPrinter(path string) (printed bool, err error) {
	file, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return false, err
	}
	for _, verb := range []string{"print", "open"} {
		v, _ := windows.UTF16PtrFromString(verb)
		if err = windows.ShellExecute(0, v, file, nil, nil, windows.SW_SHOWNORMAL); err == nil {
			return verb == "print", nil
		}
	}
	return false, fmt.Errorf("nessun programma apre i PDF su questo computer: %w", err)
}

// openFile opens a file in the program Windows has for it (a saved PDF in
// the viewer).
func openFile(path string) error {
	file, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return err
	}
	verb, _ := windows.UTF16PtrFromString("open")
	if err := windows.ShellExecute(0, verb, file, nil, nil, windows.SW_SHOWNORMAL); err != nil {
		return fmt.Errorf("nessun programma apre questo file su questo computer: %w", err)
	}
	return nil
}
