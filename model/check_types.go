package model

// Gravita tells a real inconsistency from a point worth a look.
type Gravita string

const (
	Errore Gravita = "errore"
	Avviso Gravita = "avviso"
)

// Finding is one place where figures disagree with each other or with what
// can be derived from them, or where an objective lacks what the law asks.
type Finding struct {
	Gravita Gravita `json:"gravita"`
	// Sezione is the part of the plan: a Sezione* key or SezioneEnte.
	Sezione string `json:"sezione"`
	Anno    int    `json:"anno,omitempty"`  // the year, for yearly tables
	ID      int64  `json:"id,omitempty"`    // the record, when it has an ID
	Campo   string `json:"campo,omitempty"` // the field, json name
	// VerificaID is the checkpoint a monitoring finding is about.
	VerificaID int64 `json:"verifica_id,omitempty"`
	// Riga names the row for people: "2019", "Area Tecnica", "TE.3".
	Riga string `json:"riga"`
	// Valori shows the figures involved, Italian style.
	Valori    string `json:"valori"`
	Messaggio string `json:"messaggio"`
}

// SezioneEnte is the key of the comune and plan data.
const SezioneEnte = "ente"

// TitoloSezione is the heading people see for a section key.
func TitoloSezione(key string) string {
	switch key {
	case SezioneEnte:
		return "Ente e piano"
	case SezioneTerritorio:
		return "Territorio"
	case SezionePopolazione:
		return "Popolazione"
	case SezioneOrganizzazione:
		return "Organizzazione e personale"
	case SezioneServizi:
		return "Servizi associati"
	case SezioneObiettivi:
		return "Obiettivi"
	case SezioneScadenze:
		return "Scadenze"
	case SezioneMonitoraggio:
		return "Monitoraggio"
	}
	return key
}
