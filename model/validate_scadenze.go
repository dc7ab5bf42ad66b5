package model

import "fmt"

// Limits of the deadline records, the quality confirmations and the acts
// that adopt or vary the plan (see limits.go).

// CheckScadenzario checks the deadline settings and records.
func CheckScadenzario(s Scadenzario) error { return check(func(v *validator) { v.scadenzario(s) }) }

// CheckConfermaQualita checks a quality confirmation on its own.
func CheckConfermaQualita(c ConfermaQualita) error {
	return check(func(v *validator) { v.conferma(c) })
}

// CheckAtto checks the resolution that adopts or varies the plan, and the
// reason of a variation ("" for an adoption).
func CheckAtto(a Atto, motivo string) error {
	return check(func(v *validator) {
		v.atto("delibera", a)
		v.text("delibera", MaxTesto, "il motivo della variazione", motivo)
	})
}

func (v *validator) atto(where string, a Atto) {
	v.text(where, MaxRiga, "l'organo che approva", a.Organo)
	v.text(where, MaxCodice, "il numero dell'atto", a.Numero)
	v.date(where, "la data dell'atto", a.Data)
}

func (v *validator) scadenzario(s Scadenzario) {
	v.date("scadenze", "l'approvazione del bilancio", s.ApprovazioneBilancio)
	v.date("scadenze", "il termine del bilancio", s.TermineBilancio)
	v.list("scadenze", "adempimenti", len(s.Adempimenti))
	for _, a := range s.Adempimenti {
		where := fmt.Sprintf("scadenze, adempimento «%s»", clip(a.Chiave))
		v.text(where, MaxRiga, "la scadenza", a.Chiave)
		v.date(where, "la data", &a.Data)
		v.text(where, MaxTesto, "le note", a.Note)
	}
}

func (v *validator) conferma(c ConfermaQualita) {
	v.text(fmt.Sprintf("qualità, criterio %q dell'obiettivo %d", c.Criterio, c.ObiettivoID), MaxTesto, "le note", c.Note)
}
