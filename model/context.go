package model

// Territorio is the territorial context. Figures the source document printed
// but that the program derives (density) are kept in *Stampata fields only so
// the consistency check can compare them; the program never uses them.
type Territorio struct {
	SuperficieTotale float64 `json:"superficie_totale_kmq"`
	SuperficieUrbana float64 `json:"superficie_urbana_kmq"`
	Altitudine       int     `json:"altitudine_m"`
	// AltitudineRiferimento says where altitude is measured ("casa comunale").
	AltitudineRiferimento string          `json:"altitudine_riferimento,omitempty"`
	Latitudine            string          `json:"latitudine,omitempty"`  // as written, e.g. 45°43'48"36 N
	Longitudine           string          `json:"longitudine,omitempty"` // as written
	RegioneAgraria        string          `json:"regione_agraria,omitempty"`
	Frazioni              []string        `json:"frazioni"`
	Strade                []Strada        `json:"strade"`
	RisorseIdriche        []RisorsaIdrica `json:"risorse_idriche"`
	DensitaStampata       *float64        `json:"densita_stampata,omitempty"`
}

// Strada is the length of the roads of one type.
type Strada struct {
	Tipo string  `json:"tipo"` // Provinciali, Comunali, Vicinali, Autostrade…
	Km   float64 `json:"km"`
}

// RisorsaIdrica counts water bodies of one kind ("Fiumi e Torrenti", 2).
type RisorsaIdrica struct {
	Tipo   string `json:"tipo"`
	Numero int    `json:"numero"`
}

// PopolazioneAnno is the demographic record of one year, at 31 December.
type PopolazioneAnno struct {
	Anno      int `json:"anno"`
	Residenti int `json:"residenti"`
	Maschi    int `json:"maschi"`
	Femmine   int `json:"femmine"`
	Famiglie  int `json:"famiglie"`
	Immigrati int `json:"immigrati"`
	Emigrati  int `json:"emigrati"`
	Nati      int `json:"nati"`
	Morti     int `json:"morti"`
	// VariazioneStampata is the yearly change as the source printed it.
	VariazioneStampata *int `json:"variazione_stampata,omitempty"`
}

// FasciaEta is an age band; each comune configures its own.
type FasciaEta struct {
	ID     int64  `json:"id"`
	Ordine int    `json:"ordine"`
	Nome   string `json:"nome"`
	EtaMin *int   `json:"eta_min,omitempty"`
	EtaMax *int   `json:"eta_max,omitempty"`
}

// PopolazioneFascia is the number of residents of one band in one year.
type PopolazioneFascia struct {
	FasciaID  int64 `json:"fascia_id"`
	Anno      int   `json:"anno"`
	Residenti int   `json:"residenti"`
}

// PersonaleAnno is the staff at 31 December of one year.
type PersonaleAnno struct {
	Anno       int  `json:"anno"`
	Dipendenti int  `json:"dipendenti"`
	PartTime   *int `json:"part_time,omitempty"`
	Uomini     int  `json:"uomini"`
	Donne      int  `json:"donne"`
	// As printed by the source; derived by the program, kept for the check.
	AbitantiStampati   *int     `json:"abitanti_stampati,omitempty"`
	PerMilleStampato   *float64 `json:"per_mille_stampato,omitempty"`
	PercUominiStampata *float64 `json:"perc_uomini_stampata,omitempty"`
	PercDonneStampata  *float64 `json:"perc_donne_stampata,omitempty"`
}

// Benchmark is a reference figure of staff per 1,000 inhabitants.
type Benchmark struct {
	ID          int64   `json:"id"`
	Ordine      int     `json:"ordine"`
	Descrizione string  `json:"descrizione"`
	Fonte       string  `json:"fonte,omitempty"`
	Anno        int     `json:"anno"`
	Valore      float64 `json:"valore"`
}

// ServizioAssociato is a service run jointly with other comuni.
type ServizioAssociato struct {
	ID                 int64    `json:"id"`
	Ordine             int      `json:"ordine"`
	Titolo             string   `json:"titolo"`
	Descrizione        string   `json:"descrizione"`
	Partner            []string `json:"partner"`
	DataSottoscrizione *Date    `json:"data_sottoscrizione,omitempty"`
	Scadenza           *Date    `json:"scadenza,omitempty"`
	DurataIllimitata   bool     `json:"durata_illimitata,omitempty"`
	Stato              string   `json:"stato,omitempty"` // attivo, scaduto, in liquidazione…
}
