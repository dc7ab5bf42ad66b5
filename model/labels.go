package model

// The words for the plan's kinds and roles, in one place: the window, the
// printouts and the open-data exports all spell them the same way.

// Ruoli lists the roles a unit's responsible person can have, in the order
// the window offers them.
var Ruoli = []Ruolo{RuoloNessuno, RuoloSegretario, RuoloEQ, RuoloAltro}

// Label is the role as written in the plan; "" for none.
func (r Ruolo) Label() string {
	switch r {
	case RuoloSegretario:
		return "Segretario comunale"
	case RuoloEQ:
		return "Incaricato di E.Q."
	case RuoloAltro:
		return "Altro"
	}
	return string(r)
}

// TipiUnita lists the levels of the organisation, from the top.
var TipiUnita = []TipoUnita{TipoArea, TipoSettore, TipoServizio, TipoUfficio}

// Label is the level of a unit: "Area", "Settore"…
func (t TipoUnita) Label() string {
	switch t {
	case TipoArea:
		return "Area"
	case TipoSettore:
		return "Settore"
	case TipoServizio:
		return "Servizio"
	case TipoUfficio:
		return "Ufficio"
	}
	return string(t)
}

// Livelli lists the levels of objectives, from the top.
var Livelli = []Livello{LivelloStrategico, LivelloOperativo, LivelloEsecutivo, LivelloAzione}

// Label is the level as a heading: "Obiettivo strategico"; "" for none.
func (l Livello) Label() string {
	switch l {
	case LivelloStrategico:
		return "Obiettivo strategico"
	case LivelloOperativo:
		return "Obiettivo operativo"
	case LivelloEsecutivo:
		return "Obiettivo esecutivo"
	case LivelloAzione:
		return "Azione"
	}
	return string(l)
}

// Nature lists the natures of objectives, "not stated" first.
var Nature = []Natura{NaturaNonIndicata, NaturaMantenimento, NaturaSviluppo}

// Label is "Mantenimento" or "Sviluppo"; "" when not stated.
func (n Natura) Label() string {
	switch n {
	case NaturaMantenimento:
		return "Mantenimento"
	case NaturaSviluppo:
		return "Sviluppo"
	}
	return string(n)
}

// TipiPeso lists the kinds of weight, "none" first.
var TipiPeso = []TipoPeso{PesoNessuno, PesoPercentuale, PesoPunti, PesoMoltiplicatore, PesoPrerequisito}

// Label is the kind of weight; "" for none.
func (t TipoPeso) Label() string {
	switch t {
	case PesoPercentuale:
		return "Percentuale"
	case PesoPunti:
		return "Punti"
	case PesoMoltiplicatore:
		return "Moltiplicatore"
	case PesoPrerequisito:
		return "Prerequisito (senza peso)"
	}
	return string(t)
}

// TipiIndicatore lists the kinds of indicator.
var TipiIndicatore = []TipoIndicatore{IndTempo, IndPercentuale, IndNumero, IndSiNo, IndTesto}

// Label is the kind of measure: "Tempo / data", "Sì / No"…
func (t TipoIndicatore) Label() string {
	switch t {
	case IndTempo:
		return "Tempo / data"
	case IndPercentuale:
		return "Percentuale"
	case IndNumero:
		return "Numero"
	case IndSiNo:
		return "Sì / No"
	case IndTesto:
		return "Testo"
	}
	return string(t)
}

// Direzioni lists which way an indicator improves, "as the target says"
// first.
var Direzioni = []Direzione{DirezioneDalTarget, DirezioneCrescente, DirezioneDecrescente}

// Label says which way is better: "Più alto è meglio"…
func (d Direzione) Label() string {
	switch d {
	case DirezioneDalTarget:
		return "Come dice il target"
	case DirezioneCrescente:
		return "Più alto è meglio"
	case DirezioneDecrescente:
		return "Più basso è meglio"
	}
	return string(d)
}

// StatiPiano lists the states of the plan in its approval cycle.
var StatiPiano = []StatoPiano{StatoBozza, StatoAdottato, StatoVariato}

// Label is the state of the plan: "Bozza", "Adottato", "Variato".
func (s StatoPiano) Label() string {
	switch s {
	case StatoBozza:
		return "Bozza"
	case StatoAdottato:
		return "Adottato"
	case StatoVariato:
		return "Variato"
	}
	return string(s)
}
