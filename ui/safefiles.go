package ui

import (
	"os"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// safeFiles stands in for Fyne's own repository of file:// locations. The
// file dialogs ask it for a writer on the chosen file as soon as the user
// confirms, and Fyne's writer truncates the file there and then: choosing
// the open plan in "Salva una copia" would empty it under SQLite, before
// the program could say no. The writer given here creates and truncates
// nothing until something is written to it; the program never writes
// through it (it writes its files whole, under a temporary name), so a
// dialog touches no file. Everything else is Fyne's.
type safeFiles struct {
	repository.Repository
	w repository.WritableRepository
	l repository.ListableRepository
	h repository.HierarchicalRepository
}

// installSafeFiles puts safeFiles in place of the file repository, once.
func installSafeFiles() {
	r, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, done := r.(*safeFiles); done {
		return
	}
	s := &safeFiles{Repository: r}
	s.w, _ = r.(repository.WritableRepository)
	s.l, _ = r.(repository.ListableRepository)
	s.h, _ = r.(repository.HierarchicalRepository)
	if s.w == nil || s.l == nil || s.h == nil {
		return
	}
	repository.Register("file", s)
}

// savingOpen is set while a save dialog is open: its question before
// replacing a file is in English and cannot be translated, so the dialog
// is told no file is there and the program asks in Italian (chooser.save).
var savingOpen atomic.Bool

func saving(on bool) { savingOpen.Store(on) }

// Exists: see savingOpen. Folders are always told as they are.
func (s *safeFiles) Exists(u fyne.URI) (bool, error) {
	if savingOpen.Load() && u.Scheme() == "file" && !isDir(u.Path()) {
		return false, nil
	}
	return s.Repository.Exists(u)
}

// Writer hands out a writer that opens the file only at the first write.
func (s *safeFiles) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &lazyWriter{uri: u}, nil
}

func (s *safeFiles) CanWrite(u fyne.URI) (bool, error) { return s.w.CanWrite(u) }
func (s *safeFiles) Delete(u fyne.URI) error           { return s.w.Delete(u) }

func (s *safeFiles) CanList(u fyne.URI) (bool, error)    { return s.l.CanList(u) }
func (s *safeFiles) List(u fyne.URI) ([]fyne.URI, error) { return s.l.List(u) }
func (s *safeFiles) CreateListable(u fyne.URI) error     { return s.l.CreateListable(u) }
func (s *safeFiles) Parent(u fyne.URI) (fyne.URI, error) { return s.h.Parent(u) }
func (s *safeFiles) Child(u fyne.URI, c string) (fyne.URI, error) {
	return s.h.Child(u, c)
}

// lazyWriter creates (and truncates) its file only when written to.
type lazyWriter struct {
	uri fyne.URI
	f   *os.File
}

func (w *lazyWriter) URI() fyne.URI { return w.uri }

func (w *lazyWriter) Write(b []byte) (int, error) {
	if w.f == nil {
		f, err := os.Create(w.uri.Path())
		if err != nil {
			return 0, err
		}
		w.f = f
	}
	return w.f.Write(b)
}

func (w *lazyWriter) Close() error {
	if w.f == nil {
		return nil
	}
	err := w.f.Close()
	w.f = nil
	return err
}

// savedPath is the file a save dialog chose. The dialog hands over a
// writer that creates nothing until written to: the program writes its
// files itself, whole or not at all.
func savedPath(w fyne.URIWriteCloser) string {
	path := w.URI().Path()
	_ = w.Close()
	return path
}
