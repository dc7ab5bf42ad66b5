//go:build !windows

package ui

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// Fyne's file dialogs, where the system offers none the program can call
// without extra libraries: every word of them comes from the Italian
// strings, their titles are the program's own, and the question before
// replacing a file is the program's (see safeFiles.saving).

func nativeOpen(c *chooser, title string, t fileType, dir string, done func(string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		_ = r.Close()
		done(path)
	}, c.w)
	d.SetTitleText(title)
	d.SetFilter(filterFor(t))
	startAt(d, dir)
	showFileDialog(c.w, d)
}

func nativeSave(c *chooser, title string, t fileType, dir, name string, done func(path string, asked bool)) {
	saving(true)
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		saving(false)
		if err != nil || w == nil {
			return
		}
		done(savedPath(w), false)
	}, c.w)
	d.SetOnClosed(func() { saving(false) })
	d.SetTitleText(title)
	d.SetFilter(filterFor(t))
	d.SetFileName(name + "." + t.exts[0])
	startAt(d, dir)
	showFileDialog(c.w, d)
}

func nativeFolder(c *chooser, title, dir string, done func(string)) {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil || u == nil {
			return
		}
		done(u.Path())
	}, c.w)
	d.SetTitleText(title)
	startAt(d, dir)
	showFileDialog(c.w, d)
}

func filterFor(t fileType) storage.FileFilter {
	var exts []string
	for _, e := range t.exts {
		exts = append(exts, "."+e)
	}
	return storage.NewExtensionFileFilter(exts)
}

func startAt(d *dialog.FileDialog, dir string) {
	if dir == "" {
		return
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		d.SetLocation(l)
	}
}

// showFileDialog opens a file dialog no larger than the window, with the names of
// its places in Italian.
func showFileDialog(w fyne.Window, d *dialog.FileDialog) {
	sz := w.Canvas().Size()
	d.Resize(fyne.NewSize(min(900, sz.Width-40), min(600, sz.Height-40)))
	d.Show()
	if p, ok := w.Canvas().Overlays().Top().(*widget.PopUp); ok {
		translatePlaces(p.Content)
	}
}

// places are the names Fyne's dialog gives the folders on its left, which
// it does not translate.
var places = map[string]string{
	"Home": "Cartella personale", "Documents": "Documenti", "Downloads": "Scaricati", "Desktop": "Scrivania",
	"Music": "Musica", "Pictures": "Immagini", "Videos": "Video", "App Files": "File del programma",
}

// translatePlaces finds the dialog's list of places and translates it as
// it draws.
func translatePlaces(o fyne.CanvasObject) bool {
	switch v := o.(type) {
	case *widget.List:
		update := v.UpdateItem
		v.UpdateItem = func(id widget.ListItemID, item fyne.CanvasObject) {
			update(id, item)
			if c, ok := item.(*fyne.Container); ok && len(c.Objects) > 1 {
				if l, ok := c.Objects[1].(*widget.Label); ok {
					if it, ok := places[l.Text]; ok {
						l.SetText(it)
					}
				}
			}
		}
		v.Refresh()
		return true
	case *fyne.Container:
		for _, c := range v.Objects {
			if translatePlaces(c) {
				return true
			}
		}
	case *container.Split:
		return translatePlaces(v.Leading) || translatePlaces(v.Trailing)
	}
	return false
}

// systemDocuments is the desktop's documents folder (XDG user dirs).
func systemDocuments() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	cfg := os.Getenv("XDG_CONFIG_HOME")
	if cfg == "" {
		cfg = filepath.Join(home, ".config")
	}
	f, err := os.Open(filepath.Join(cfg, "user-dirs.dirs"))
	if err != nil {
		return ""
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if v, ok := strings.CutPrefix(strings.TrimSpace(s.Text()), "XDG_DOCUMENTS_DIR="); ok {
			v = strings.Trim(v, `"`)
			return strings.Replace(v, "$HOME", home, 1)
		}
	}
	return ""
}
