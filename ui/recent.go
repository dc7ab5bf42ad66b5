package ui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"pianoperformance/model/address"
)

// The recent plans, newest first, in the app's preferences: the first is
// the plan reopened at the next start. An entry is a file path or the
// address of a plan on a server ("postgres://…"); only files can go
// missing.
const maxRecent = 8

// recentPlan is one entry of the list.
type recentPlan struct {
	Path    string
	Missing bool // a file no longer there
}

// Label is what the menu and the welcome page show: the file's name and
// its folder, marked when it is not there any more; for a server's plan,
// the plan, its server and the user.
func (r recentPlan) Label() string {
	if address.Is(r.Path) {
		if a, err := address.Parse(r.Path, true); err == nil {
			return a.Plan + " — " + a.Where() + " (" + a.User + ")"
		}
		return r.Path
	}
	l := filepath.Base(r.Path) + " — " + filepath.Dir(r.Path)
	if r.Missing {
		l += " " + lang.L("recenti.mancante")
	}
	return l
}

func recentList(prefs fyne.Preferences) []recentPlan {
	var out []recentPlan
	for _, p := range prefs.StringList(prefRecent) {
		out = append(out, recentPlan{Path: p, Missing: missingFile(p)})
	}
	return out
}

func missingFile(p string) bool {
	if address.Is(p) {
		return false
	}
	_, err := os.Stat(p)
	return errors.Is(err, fs.ErrNotExist)
}

// addRecentTo puts path first in the list.
func addRecentTo(prefs fyne.Preferences, path string) {
	list := []string{path}
	for _, p := range prefs.StringList(prefRecent) {
		if p != path && len(list) < maxRecent {
			list = append(list, p)
		}
	}
	prefs.SetStringList(prefRecent, list)
}

// removeRecentFrom drops path from the list.
func removeRecentFrom(prefs fyne.Preferences, path string) {
	var list []string
	for _, p := range prefs.StringList(prefRecent) {
		if p != path {
			list = append(list, p)
		}
	}
	prefs.SetStringList(prefRecent, list)
}

// LastPlan is the plan to reopen at start: the first of the recent plans,
// or, when the list is empty, the plan an earlier version of the program
// kept in the data folder. "" when the user has no plan yet.
func LastPlan(a fyne.App, dataDir string) string {
	if l := a.Preferences().StringList(prefRecent); len(l) > 0 {
		return l[0]
	}
	if dataDir != "" {
		old := filepath.Join(dataDir, "piano.db")
		if _, err := os.Stat(old); err == nil {
			return old
		}
	}
	return ""
}

// notThere is the error of a plan file that is not there.
func notThere(path string) error {
	return &fs.PathError{Op: "open", Path: path, Err: fs.ErrNotExist}
}
