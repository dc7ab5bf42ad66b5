package session

import "pianoperformance/model"

// Who may change what. A plan file is its user's to change (unless it is
// open read-only); a plan on a database server says who signed in and
// with what role (model.Permessi), and the server enforces it: the screens
// only follow, disabling what the role may not change.

// Accesso is who works on the plan and with what role; ok is false for a
// store without roles (a plan file).
func (s *Session) Accesso() (a model.Accesso, ok bool) {
	if p, ok := model.Unchecked(s.Store).(model.Permessi); ok && s.Store != nil {
		return p.Accesso(), true
	}
	return model.Accesso{}, false
}

// CanEditAll tells whether the user's role lets them change every part of
// the plan (a plan file has no roles: one open read-only refuses each save
// instead, saying why).
func (s *Session) CanEditAll() bool {
	a, ok := s.Accesso()
	return !ok || a.Tutto()
}

// CanEditReadings tells whether the user's role lets them change the
// readings, the progress and notes and the phases' completion of o.
func (s *Session) CanEditReadings(o *model.Obiettivo) bool {
	a, ok := s.Accesso()
	return !ok || (a.Letture(o) && a.Ruolo != model.AccessoGiunta)
}
