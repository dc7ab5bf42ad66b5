package ui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"pianoperformance/model"
)

// Choosing files. On Windows the system's own dialogs ask (choose_windows.go),
// in the system's language and with its overwrite question; elsewhere
// Fyne's, in Italian (choose_other.go). Both start in the folder used last
// or in Documenti, never in the program's hidden data folder, and both
// suggest names a clerk understands.

// fileType is what a dialog lists: a description and the extensions,
// without the dot; the first is added to a name typed without one.
type fileType struct {
	desc string
	exts []string
}

var (
	typePlan = fileType{"Piano della Performance", []string{"db", "piano"}}
	typeJSON = fileType{"Dati del piano (JSON)", []string{"json"}}
	typePDF  = fileType{"Documento PDF", []string{"pdf"}}
	typeXLSX = fileType{"Cartella di lavoro Excel", []string{"xlsx"}}
	typeDOCX = fileType{"Documento Word", []string{"docx"}}
	typeZIP  = fileType{"Cartella compressa (ZIP)", []string{"zip"}}
	typeICS  = fileType{"Calendario (iCalendar)", []string{"ics"}}
)

// prefFolder is the folder of the last file chosen.
const prefFolder = "file.cartella"

// chooser asks for files on behalf of a window. hidden are folders never
// offered as a start (the data folder, the temporary one).
type chooser struct {
	w      fyne.Window
	prefs  fyne.Preferences
	hidden []string
}

// startDir is where a dialog opens: the folder used last, else Documenti,
// else the home folder; never a hidden one.
func (c *chooser) startDir() string {
	if d := c.prefs.String(prefFolder); d != "" && isDir(d) && !c.isHidden(d) {
		return d
	}
	return documentsDir()
}

func (c *chooser) isHidden(dir string) bool {
	for _, h := range append([]string{os.TempDir()}, c.hidden...) {
		if h == "" {
			continue
		}
		if rel, err := filepath.Rel(h, dir); err == nil && !strings.HasPrefix(rel, "..") {
			return true
		}
	}
	return false
}

// chosen remembers the folder of a chosen file for the next dialog.
func (c *chooser) chosen(path string) {
	dir := path
	if !isDir(path) {
		dir = filepath.Dir(path)
	}
	if !c.isHidden(dir) {
		c.prefs.SetString(prefFolder, dir)
	}
}

// open asks for a file to read; done gets its path (not called when the
// clerk cancels).
func (c *chooser) open(title string, t fileType, done func(path string)) {
	nativeOpen(c, title, t, c.startDir(), func(p string) {
		c.chosen(p)
		done(p)
	})
}

// save asks where to write a file, suggesting name; a file already there
// is replaced only once the clerk said so (the system's dialog asks on
// Windows, an Italian question here otherwise).
func (c *chooser) save(title string, t fileType, name string, done func(path string)) {
	nativeSave(c, title, t, c.startDir(), name, func(p string, asked bool) {
		if ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(p), ".")); !hasExt(t, ext) {
			p += "." + t.exts[0]
			asked = false // the dialog asked about another name
		}
		c.chosen(p)
		if asked || !exists(p) {
			done(p)
			return
		}
		d := dialog.NewConfirm(lang.L("file.sostituire.titolo"),
			lang.L("file.sostituire.domanda", map[string]any{"File": filepath.Base(p)}),
			func(ok bool) {
				if ok {
					done(p)
				}
			}, c.w)
		d.SetConfirmText(lang.L("file.sostituisci"))
		d.SetDismissText(lang.L("Cancel"))
		d.Show()
	})
}

// folder asks for a folder (the CSV files go in one).
func (c *chooser) folder(title string, done func(path string)) {
	nativeFolder(c, title, c.startDir(), func(p string) {
		c.chosen(p)
		done(p)
	})
}

func hasExt(t fileType, ext string) bool {
	for _, e := range t.exts {
		if e == ext {
			return true
		}
	}
	return false
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return !errors.Is(err, fs.ErrNotExist)
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// documentsDir is the user's Documenti folder, the home folder without one.
func documentsDir() string {
	if d := systemDocuments(); d != "" && isDir(d) {
		return d
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	for _, n := range []string{"Documenti", "Documents"} {
		if d := filepath.Join(home, n); isDir(d) {
			return d
		}
	}
	return home
}

// planName is the name a clerk gives a plan's files, without extension:
// "Piano della Performance 2024 - Comune di Albizzate".
func planName(p *model.Plan) string {
	name := "Piano della Performance"
	if p == nil {
		return name
	}
	if p.Piano.Anno != 0 {
		name += " " + strconv.Itoa(p.Piano.Anno)
	}
	if c := comune(p); c != "" {
		name += " - " + c
	}
	return safeName(name)
}

// comune is the comune's name as titles show it: "Comune di Albizzate".
func comune(p *model.Plan) string {
	n := strings.TrimSpace(p.Ente.Nome)
	if n != "" && !strings.HasPrefix(strings.ToLower(n), "comune") {
		n = "Comune di " + n
	}
	return n
}

// safeName drops what Windows refuses in a file name.
func safeName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`\/:*?"<>|`, r) || r < ' ' {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}
