package sqlite

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"time"

	"pianoperformance/model"
)

// One writer per plan. Beside the plan a lock file ("piano.db.lock") holds
// who has it open: user, computer, process and since when. The file is
// locked with the operating system's own lock (flock on Unix, LockFileEx on
// Windows), which dies with the process: a lock left by a crash or a power
// cut is therefore free, and recognised as stale for certain, never by
// guessing from a time. The lock file is never deleted (a process that had
// opened it just before could otherwise lock a file nobody else sees): on
// close it is emptied, and an empty lock file means nobody.

// lockSuffix names the lock file beside a plan.
const lockSuffix = ".lock"

// planLock is a plan's lock, held for the life of a read-write Store.
type planLock struct {
	f *os.File
	// stale is who had left the lock behind without closing the plan
	// (the program was killed, the computer lost power), nil if nobody.
	stale *model.Holder
}

// lockPlan takes the lock of the plan at path, or fails with a
// *model.LockedError naming who holds it.
func lockPlan(path string) (*planLock, error) {
	f, err := os.OpenFile(path+lockSuffix, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("Il piano %q non può essere bloccato per la scrittura: %w", filepath.Base(path), err)
	}
	ok, err := tryLock(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("Il piano %q non può essere bloccato per la scrittura: %w", filepath.Base(path), err)
	}
	if !ok {
		h, _ := readHolder(f)
		f.Close()
		return nil, &model.LockedError{Name: filepath.Base(path), Holder: h}
	}
	l := &planLock{f: f}
	if h, err := readHolder(f); err == nil && (h.User != "" || h.Host != "" || h.PID != 0) {
		l.stale = &h
	}
	if err := l.write(currentHolder()); err != nil {
		l.release()
		return nil, fmt.Errorf("Il piano %q non può essere bloccato per la scrittura: %w", filepath.Base(path), err)
	}
	return l, nil
}

// write puts h in the lock file, durably.
func (l *planLock) write(h model.Holder) error {
	b, err := json.Marshal(h)
	if err != nil {
		return err
	}
	if err := l.f.Truncate(0); err != nil {
		return err
	}
	if _, err := l.f.WriteAt(append(b, '\n'), 0); err != nil {
		return err
	}
	return l.f.Sync()
}

// release empties the lock file and lets the lock go.
func (l *planLock) release() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := l.f.Truncate(0)
	err = errors.Join(err, unlock(l.f), l.f.Close())
	l.f = nil
	return err
}

// readHolder reads who is named in a lock file; an empty file names nobody.
func readHolder(f *os.File) (model.Holder, error) {
	var h model.Holder
	b, err := io.ReadAll(io.NewSectionReader(f, 0, 4096))
	if err != nil || len(strings.TrimSpace(string(b))) == 0 {
		return h, err
	}
	return h, json.Unmarshal(b, &h)
}

// holderOf reads who holds the plan at path, if anyone does now.
func holderOf(path string) (*model.Holder, error) {
	f, err := os.OpenFile(path+lockSuffix, os.O_RDWR, 0)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ok, err := tryLock(f)
	if err != nil {
		return nil, err
	}
	if ok {
		return nil, unlock(f)
	}
	h, _ := readHolder(f)
	return &h, nil
}

// currentHolder is this program: the user, the computer, the process, now.
func currentHolder() model.Holder {
	h := model.Holder{PID: os.Getpid(), Since: time.Now().Truncate(time.Second)}
	if u, err := user.Current(); err == nil {
		h.User = u.Username
	}
	if h.User == "" {
		h.User = cmpOr(os.Getenv("USERNAME"), os.Getenv("USER"))
	}
	h.Host, _ = os.Hostname()
	return h
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
