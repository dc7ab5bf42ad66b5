package model

// TipoUnita is the level of an organisational unit.
type TipoUnita string

const (
	TipoArea     TipoUnita = "area"
	TipoSettore  TipoUnita = "settore"
	TipoServizio TipoUnita = "servizio"
	TipoUfficio  TipoUnita = "ufficio"
)

// Ruolo is the role of a unit's responsible person.
type Ruolo string

const (
	RuoloNessuno    Ruolo = ""
	RuoloSegretario Ruolo = "segretario"
	RuoloEQ         Ruolo = "eq" // Incaricato di Elevata Qualificazione (ex P.O.)
	RuoloAltro      Ruolo = "altro"
)

// Unita is a node of the organisation: Area › Settore › Servizio/Ufficio.
type Unita struct {
	ID       int64     `json:"id"`
	ParentID int64     `json:"parent_id,omitempty"` // 0 for an Area
	Ordine   int       `json:"ordine"`
	Tipo     TipoUnita `json:"tipo"`
	Nome     string    `json:"nome"`
	// Intestazione is the heading printed on objective sheets when it differs
	// from Nome (e.g. "AREA POLIZIA LOCALE - TRIBUTI"); empty means Nome.
	Intestazione      string `json:"intestazione,omitempty"`
	Responsabile      string `json:"responsabile,omitempty"`
	RuoloResponsabile Ruolo  `json:"ruolo_responsabile,omitempty"`
	// Staff in service: nil where the plan gives no figure for the unit.
	Dipendenti *int `json:"dipendenti,omitempty"`
	PartTime   *int `json:"part_time,omitempty"`
}

// Heading is the label printed for the unit on objective sheets.
func (u Unita) Heading() string {
	if u.Intestazione != "" {
		return u.Intestazione
	}
	return u.Nome
}
