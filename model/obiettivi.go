package model

// Livello places an objective in the hierarchy strategico → operativo →
// esecutivo/azione. Phases hang below any level as Fasi.
type Livello string

const (
	LivelloStrategico Livello = "strategico"
	LivelloOperativo  Livello = "operativo"
	LivelloEsecutivo  Livello = "esecutivo"
	LivelloAzione     Livello = "azione"
)

// Natura tells maintenance from development objectives.
type Natura string

const (
	NaturaNonIndicata  Natura = ""
	NaturaMantenimento Natura = "mantenimento"
	NaturaSviluppo     Natura = "sviluppo"
)

// TipoPeso is how a comune weighs objectives.
type TipoPeso string

const (
	PesoNessuno        TipoPeso = ""
	PesoPercentuale    TipoPeso = "percentuale" // sums to 100 per Area or person
	PesoPunti          TipoPeso = "punti"
	PesoMoltiplicatore TipoPeso = "moltiplicatore" // 1.0–1.4
	// PesoPrerequisito has no weight: missing it cancels the bonus.
	PesoPrerequisito TipoPeso = "prerequisito"
)

// Peso is an objective's weight.
type Peso struct {
	Tipo   TipoPeso `json:"tipo,omitempty"`
	Valore float64  `json:"valore,omitempty"`
}

// Obiettivo is an objective at any level of the hierarchy.
type Obiettivo struct {
	ID       int64   `json:"id"`
	ParentID int64   `json:"parent_id,omitempty"` // the objective above, 0 if none
	Ordine   int     `json:"ordine"`
	Codice   string  `json:"codice,omitempty"`
	Livello  Livello `json:"livello"`
	Natura   Natura  `json:"natura,omitempty"`
	// AreaID is the Area the objective belongs to; UnitaIDs the responsible
	// units inside it (Settore, Servizio, Ufficio). TutteLeUnita marks an
	// objective shared by every unit of the ente.
	AreaID       int64   `json:"area_id,omitempty"`
	UnitaIDs     []int64 `json:"unita_ids"`
	TutteLeUnita bool    `json:"tutte_le_unita,omitempty"`
	// Segretario marks the objectives printed on the Segretario's own sheets.
	Segretario  bool   `json:"segretario,omitempty"`
	Titolo      string `json:"titolo"`
	Descrizione string `json:"descrizione"`
	Anni        []int  `json:"anni"`
	// Programma is the D.Lgs 118/2011 code MMPP (e.g. "0101"); empty if none.
	Programma       string       `json:"programma,omitempty"`
	CentroCosto     string       `json:"centro_costo,omitempty"`
	Peso            Peso         `json:"peso"`
	Risorse         string       `json:"risorse,omitempty"`          // human and material resources
	Personale       string       `json:"personale,omitempty"`        // staff involved
	StatoAttuazione string       `json:"stato_attuazione,omitempty"` // progress during the year
	Note            string       `json:"note,omitempty"`
	Indicatori      []Indicatore `json:"indicatori"`
	Fasi            []Fase       `json:"fasi"`
}

// TipoIndicatore is the kind of measure an indicator takes.
type TipoIndicatore string

const (
	IndTempo       TipoIndicatore = "tempo" // timing / date
	IndPercentuale TipoIndicatore = "percentuale"
	IndNumero      TipoIndicatore = "numero"
	IndSiNo        TipoIndicatore = "sino"
	IndTesto       TipoIndicatore = "testo"
)

// Indicatore measures an objective. Baseline and targets are text because
// plans write "entro il 31/12/2023", "≥ anno precedente", "100% istanze".
type Indicatore struct {
	ID          int64          `json:"id"`
	Ordine      int            `json:"ordine"`
	Nome        string         `json:"nome"`
	Tipo        TipoIndicatore `json:"tipo"`
	UnitaMisura string         `json:"unita_misura,omitempty"`
	Baseline    string         `json:"baseline,omitempty"`
	Target      []Target       `json:"target"`
	Risultati   []Risultato    `json:"risultati"`
}

// Target is the value to reach in one year of the span.
type Target struct {
	Anno   int    `json:"anno"`
	Valore string `json:"valore"`
}

// Risultato is a measurement of an indicator: a progress reading during the
// year or the final value, with the Nucleo di Valutazione's validation.
type Risultato struct {
	ID              int64    `json:"id"`
	Data            Date     `json:"data"`
	Valore          string   `json:"valore"`
	Raggiungimento  *float64 `json:"raggiungimento_perc,omitempty"`
	Punteggio       *float64 `json:"punteggio,omitempty"`
	Finale          bool     `json:"finale,omitempty"`
	Validato        bool     `json:"validato,omitempty"`
	DataValidazione *Date    `json:"data_validazione,omitempty"`
	Note            string   `json:"note,omitempty"`
}

// Fase is a step of an objective, with dates; Mesi lists the months (1–12)
// in which it is active, for month-by-month charts.
type Fase struct {
	ID           int64  `json:"id"`
	Ordine       int    `json:"ordine"`
	Titolo       string `json:"titolo"`
	Inizio       *Date  `json:"inizio,omitempty"`
	Fine         *Date  `json:"fine,omitempty"`
	Mesi         []int  `json:"mesi,omitempty"`
	Responsabile string `json:"responsabile,omitempty"`
	Completata   bool   `json:"completata,omitempty"`
}
