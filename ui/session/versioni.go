package session

import (
	"context"
	"fmt"
	"time"

	"pianoperformance/model"
)

// The plan's frozen versions as the screens see them. A version never
// changes once written, so the list and the versions read are kept until
// another version is frozen or another plan opened; what changed since the
// last version is computed on the plan in memory, which is the file's.

// versions is what the session keeps of the frozen versions.
type versions struct {
	list   []model.Versione // nil until read
	frozen map[int]*model.Plan
}

// Versioni lists the frozen versions, oldest first (empty before the
// adoption).
func (s *Session) Versioni() ([]model.Versione, error) {
	s.mu.Lock()
	list := s.vers.list
	s.mu.Unlock()
	if list != nil {
		return list, nil
	}
	err := s.Store.Read(context.Background(), func(r model.Reader) error {
		var err error
		list, err = r.Versioni()
		return err
	})
	if err != nil {
		return nil, err
	}
	if list == nil {
		list = []model.Versione{}
	}
	s.mu.Lock()
	s.vers.list = list
	s.mu.Unlock()
	return list, nil
}

// Versione reads version n as it was frozen. The plan returned is shared:
// callers read it and Clone it to change it.
func (s *Session) Versione(n int) (*model.Plan, error) {
	s.mu.Lock()
	p := s.vers.frozen[n]
	s.mu.Unlock()
	if p != nil {
		return p, nil
	}
	err := s.Store.Read(context.Background(), func(r model.Reader) error {
		var err error
		p, err = r.LoadVersione(n)
		return err
	})
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	if s.vers.frozen == nil {
		s.vers.frozen = map[int]*model.Plan{}
	}
	s.vers.frozen[n] = p
	s.mu.Unlock()
	return p, nil
}

// Ultima is the last frozen version with its plan; ok is false before the
// adoption.
func (s *Session) Ultima() (v model.Versione, p *model.Plan, ok bool, err error) {
	vv, err := s.Versioni()
	if err != nil || len(vv) == 0 {
		return v, nil, false, err
	}
	v = vv[len(vv)-1]
	p, err = s.Versione(v.Numero)
	return v, p, err == nil, err
}

// NonRegistrate lists what changed in the plan since its last version:
// the next variation. It is empty before the adoption.
func (s *Session) NonRegistrate() ([]model.Modifica, error) {
	_, last, ok, err := s.Ultima()
	if !ok {
		return nil, err
	}
	return model.Confronta(last, s.Plan), nil
}

// forgetVersions drops the list of versions, to be read again: after a
// freeze, or a reload that may have brought versions frozen elsewhere.
// The frozen plans stay: version n is the same in any read.
func (s *Session) forgetVersions() {
	s.mu.Lock()
	s.vers.list = nil
	s.mu.Unlock()
}

// SetNow sets the clock of the session: the time on the status line and
// the day the deadlines are measured from. For tests.
func (s *Session) SetNow(now func() time.Time) { s.now = now }

// Oggi is today's date on the session's clock, in local time.
func (s *Session) Oggi() model.Date {
	t := s.now()
	return model.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
}

// Scadenze lists the deadlines of the plan's cycle as they stand today.
// A version shown read-only has none: deadlines belong to the plan as it
// is.
func (s *Session) Scadenze() ([]model.Scadenza, error) {
	if s.Viewing() != nil || s.Plan == nil {
		return nil, nil
	}
	vv, err := s.Versioni()
	if err != nil {
		return nil, err
	}
	var checkpoints []model.Date // the plan's monitoring dates; none: the law's
	for _, v := range s.Plan.Verifiche {
		checkpoints = append(checkpoints, v.Data)
	}
	return model.Scadenze(s.Plan, vv, checkpoints, s.Oggi()), nil
}

// Viewing is the frozen version the session shows, nil for the plan as it
// is.
func (s *Session) Viewing() *model.Versione { return s.viewing }

// Frozen opens version n read-only: a session on the plan as it was
// frozen, whose every change is refused with a message that says why. It
// shares the clock and the status line of s.
func (s *Session) Frozen(n int) (*Session, error) {
	vv, err := s.Versioni()
	if err != nil {
		return nil, err
	}
	if n < 1 || n > len(vv) {
		return nil, fmt.Errorf("%w: il piano non ha una versione n. %d", model.ErrVersioneIgnota, n)
	}
	p, err := s.Versione(n)
	if err != nil {
		return nil, err
	}
	v := vv[n-1]
	fs := &Session{Store: &frozenStore{plan: p, v: v, base: s.Store}, Plan: p.Clone(), now: s.now, status: s.status, viewing: &v}
	fs.vers.list = vv
	fs.vers.frozen = map[int]*model.Plan{n: p}
	return fs, nil
}
