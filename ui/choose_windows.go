//go:build windows

package ui

import (
	"errors"
	"runtime"

	"fyne.io/fyne/v2"
	"github.com/sqweek/dialog"
	"golang.org/x/sys/windows"
)

// The system's own file dialogs (sqweek/dialog): what a clerk knows from
// Word, in Windows' language, with its own overwrite question. They block
// their caller, so they run off the UI goroutine and hand the path back to
// it; a folder dialog needs COM, set up on its own thread.

func nativeOpen(c *chooser, title string, t fileType, dir string, done func(string)) {
	runNative(func() (string, error) {
		return dialog.File().Title(title).Filter(t.desc, t.exts...).SetStartDir(dir).Load()
	}, done)
}

func nativeSave(c *chooser, title string, t fileType, dir, name string, done func(path string, asked bool)) {
	runNative(func() (string, error) {
		return dialog.File().Title(title).Filter(t.desc, t.exts...).SetStartDir(dir).
			SetStartFile(name + "." + t.exts[0]).Save()
	}, func(p string) { done(p, true) })
}

func nativeFolder(c *chooser, title, dir string, done func(string)) {
	runNative(func() (string, error) {
		return dialog.Directory().Title(title).SetStartDir(dir).Browse()
	}, done)
}

func runNative(ask func() (string, error), done func(string)) {
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		if err := windows.CoInitializeEx(0, windows.COINIT_APARTMENTTHREADED); err == nil {
			defer windows.CoUninitialize()
		}
		path, err := ask()
		if err != nil || path == "" {
			if !errors.Is(err, dialog.ErrCancelled) && err != nil {
				fyne.LogError("finestra di dialogo dei file", err)
			}
			return
		}
		fyne.Do(func() { done(path) })
	}()
}

// systemDocuments is the user's Documenti folder as Windows knows it (it
// may have been moved, e.g. to OneDrive).
func systemDocuments() string {
	p, err := windows.KnownFolderPath(windows.FOLDERID_Documents, 0)
	if err != nil {
		return ""
	}
	return p
}
