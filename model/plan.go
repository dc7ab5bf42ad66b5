// Package model holds the domain of the Piano della Performance: the plan and
// its parts, validation, derived figures and the consistency check. It is pure
// Go: no UI, no SQL. Persistence implements the Store interface declared here.
package model

// Plan is one comune's Piano della Performance for one year: the document a
// database file holds. Slices are kept in display order (Ordine, then ID).
type Plan struct {
	Ente             Ente                `json:"ente"`
	Piano            Piano               `json:"piano"`
	Capitoli         []Capitolo          `json:"capitoli"`
	Territorio       Territorio          `json:"territorio"`
	Popolazione      []PopolazioneAnno   `json:"popolazione"`
	Fasce            []FasciaEta         `json:"fasce_eta"`
	PopolazioneFasce []PopolazioneFascia `json:"popolazione_fasce"`
	Unita            []Unita             `json:"unita"`
	Personale        []PersonaleAnno     `json:"personale"`
	Benchmark        []Benchmark         `json:"benchmark"`
	Servizi          []ServizioAssociato `json:"servizi_associati"`
	Obiettivi        []Obiettivo         `json:"obiettivi"`
	// IndicatoriEnte are indicators of the whole ente attached to no
	// objective (e.g. financial health ratios), with targets and readings.
	IndicatoriEnte []Indicatore `json:"indicatori_ente"`
	// The performance cycle after adoption: the monitoring checkpoints,
	// the comune's evaluation system and the Relazione sulla performance.
	Verifiche []Verifica `json:"verifiche"`
	SMVP      SMVP       `json:"smvp"`
	Relazione Relazione  `json:"relazione"`
	// Scadenzario holds the deadline settings and what was done when.
	Scadenzario Scadenzario `json:"scadenzario,omitzero"`
	// ConfermeQualita are the user's judgements of the quality criteria
	// the program cannot judge (see QualitaDi).
	ConfermeQualita []ConfermaQualita `json:"conferme_qualita,omitempty"`
}

// Ente is the comune that owns the plan.
type Ente struct {
	Nome        string `json:"nome"`
	Provincia   string `json:"provincia"`
	Regione     string `json:"regione"`
	CodiceISTAT string `json:"codice_istat,omitempty"`
	// Stemma is the coat of arms as PNG or JPEG bytes, printed on every sheet.
	Stemma []byte `json:"stemma,omitempty"`
}

// StatoPiano is where the plan stands in its approval cycle.
type StatoPiano string

const (
	StatoBozza    StatoPiano = "bozza"
	StatoAdottato StatoPiano = "adottato"
	StatoVariato  StatoPiano = "variato"
)

// Piano describes the document itself.
type Piano struct {
	Anno         int        `json:"anno"`
	AnnoInizio   int        `json:"anno_inizio"`
	AnnoFine     int        `json:"anno_fine"`
	Titolo       string     `json:"titolo"`
	Sezione      string     `json:"sezione"`      // e.g. "Sezione 2 - P.I.A.O."
	Sottosezione string     `json:"sottosezione"` // e.g. "Sottosezione 2.2.1"
	Stato        StatoPiano `json:"stato"`
	Approvazione Atto       `json:"approvazione"`
	// GruppoSenzaArea is the name the plan gives to the objectives of no
	// Area ("Obiettivi del Segretario comunale", "Obiettivi di ente");
	// empty lets the program choose (Plan.NomeSenzaArea).
	GruppoSenzaArea string `json:"gruppo_senza_area,omitempty"`
}

// Atto is a deliberation: the organ, its number and date.
type Atto struct {
	Organo string `json:"organo,omitempty"` // e.g. "Giunta comunale"
	Numero string `json:"numero,omitempty"` // text: "12", "12/bis"
	Data   *Date  `json:"data,omitempty"`
}

// Capitolo is a free-text chapter of the document. Text is plain: paragraphs
// are separated by a blank line and lines starting with "- " are bullets.
// Sezione anchors the chapter to the table it introduces (see Sezione*), so
// printing can place the text before its table.
type Capitolo struct {
	ID      int64  `json:"id"`
	Ordine  int    `json:"ordine"`
	Titolo  string `json:"titolo"`
	Testo   string `json:"testo"`
	Sezione string `json:"sezione,omitempty"`
}

// Anchors for chapters that introduce a part of the plan's data.
const (
	SezioneTerritorio     = "territorio"
	SezionePopolazione    = "popolazione"
	SezioneOrganizzazione = "organizzazione"
	SezioneServizi        = "servizi"
	SezioneObiettivi      = "obiettivi"
)
