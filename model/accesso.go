package model

import (
	"errors"
	"fmt"
)

// Who may change what, when the plan lives on a database server: the
// server grants each person one role, and enforces it (a direct SQL
// connection cannot go around it). The window only follows: it disables
// what the role may not change, and says why.

// RuoloAccesso is a person's role on the server.
type RuoloAccesso string

const (
	// AccessoAmministratore changes everything: the Segretario, the
	// segreteria, the comune's IT.
	AccessoAmministratore RuoloAccesso = "amministratore"
	// AccessoResponsabile changes only the readings and the notes of the
	// objectives of one Area: results, progress, phases done.
	AccessoResponsabile RuoloAccesso = "responsabile"
	// AccessoNucleo changes only the validation of the results.
	AccessoNucleo RuoloAccesso = "nucleo"
	// AccessoGiunta reads.
	AccessoGiunta RuoloAccesso = "giunta"
)

// RuoliAccesso lists the roles, from the one that may do most.
var RuoliAccesso = []RuoloAccesso{AccessoAmministratore, AccessoResponsabile, AccessoNucleo, AccessoGiunta}

// Label names the role for people.
func (r RuoloAccesso) Label() string {
	switch r {
	case AccessoAmministratore:
		return "Segretario / amministratore"
	case AccessoResponsabile:
		return "Responsabile di Area"
	case AccessoNucleo:
		return "Nucleo di Valutazione"
	case AccessoGiunta:
		return "Giunta (sola consultazione)"
	}
	return string(r)
}

// Accesso is who is working on the plan, and as what.
type Accesso struct {
	Utente string // the name they sign in with
	Nome   string // "Maria Rossi"
	Ruolo  RuoloAccesso
	// Area is the name of the Responsabile's Area; AreaID is that Area in
	// this plan (0 when the plan has no Area of that name).
	Area   string
	AreaID int64
}

// Permessi is a store that knows who works on the plan and with what role.
// A store without it (a plan file) lets its user change everything.
type Permessi interface {
	Accesso() Accesso
}

// Tutto tells whether the role changes everything.
func (a Accesso) Tutto() bool { return a.Ruolo == AccessoAmministratore }

// Letture tells whether the role may change the readings and notes of o:
// its results, its progress and notes, the completion of its phases.
func (a Accesso) Letture(o *Obiettivo) bool {
	return a.Tutto() || (a.Ruolo == AccessoResponsabile && o != nil && a.AreaID != 0 && o.AreaID == a.AreaID)
}

// Validazione tells whether the role may validate results.
func (a Accesso) Validazione() bool { return a.Tutto() || a.Ruolo == AccessoNucleo }

// Chi is the person and the role: "Maria Rossi (Responsabile di Area,
// Area Tecnica)".
func (a Accesso) Chi() string {
	who := a.Nome
	if who == "" {
		who = a.Utente
	}
	role := a.Ruolo.Label()
	if a.Ruolo == AccessoResponsabile && a.Area != "" {
		role += ", " + a.Area
	}
	return fmt.Sprintf("%s (%s)", who, role)
}

// Perché says, in a sentence, what the role may change.
func (a Accesso) Perché() string {
	switch a.Ruolo {
	case AccessoAmministratore:
		return "Si può modificare tutto il piano."
	case AccessoResponsabile:
		if a.AreaID == 0 {
			return fmt.Sprintf("Il ruolo di Responsabile dell'area «%s» non trova la sua Area in questo piano: il piano si può solo consultare.", a.Area)
		}
		return fmt.Sprintf("Come Responsabile dell'area «%s» si possono modificare solo i risultati, lo stato di attuazione, le note e il completamento delle fasi degli obiettivi di quell'Area.", a.Area)
	case AccessoNucleo:
		return "Come Nucleo di Valutazione si può modificare solo la validazione dei risultati."
	case AccessoGiunta:
		return "Il ruolo della Giunta consente di consultare il piano, non di modificarlo."
	}
	return "Il ruolo non consente modifiche."
}

// ErrNotAllowed matches a change the person's role does not allow.
var ErrNotAllowed = errors.New("modifica non consentita dal ruolo")

// PianoSulServer is a plan kept on a database server, as the list to
// choose from shows it.
type PianoSulServer struct {
	Chiave string // "albizzate-2024"
	Ente   string
	Anno   int
	Titolo string
	Stato  StatoPiano
}
