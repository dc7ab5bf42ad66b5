package model

import "strings"

// Livello places an objective in the hierarchy strategico → operativo →
// esecutivo/azione. Phases hang below any level as Fasi.
type Livello string

const (
	// LivelloNonIndicato is an objective whose plan states no level: many
	// plans of small comuni list objectives without a hierarchy.
	LivelloNonIndicato Livello = ""
	LivelloStrategico  Livello = "strategico"
	LivelloOperativo   Livello = "operativo"
	LivelloEsecutivo   Livello = "esecutivo"
	LivelloAzione      Livello = "azione"
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
	Programma string `json:"programma,omitempty"`
	// LineaStrategica ties the objective to a strategic line written as text
	// (DUP line, ambito, group heading) where no Missione/Programma code exists.
	LineaStrategica string       `json:"linea_strategica,omitempty"`
	CentroCosto     string       `json:"centro_costo,omitempty"`
	Peso            Peso         `json:"peso"`
	Risorse         string       `json:"risorse,omitempty"`          // human and material resources
	Personale       string       `json:"personale,omitempty"`        // staff involved
	StatoAttuazione string       `json:"stato_attuazione,omitempty"` // progress during the year
	Note            string       `json:"note,omitempty"`
	Indicatori      []Indicatore `json:"indicatori"`
	Fasi            []Fase       `json:"fasi"`
	// Avanzamenti are the objective's progress notes and whole-objective
	// outcomes, one per checkpoint (see Verifica).
	Avanzamenti []Avanzamento `json:"avanzamenti"`
	// Validazione is the Nucleo di Valutazione's validation of the year's
	// result; nil until the Nucleo has validated it.
	Validazione *Validazione `json:"validazione,omitempty"`
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

// Direzione says whether a higher or a lower value is better.
type Direzione string

const (
	// DirezioneDalTarget follows the target: "< 40%" is lower-is-better,
	// anything else higher-is-better.
	DirezioneDalTarget   Direzione = ""
	DirezioneCrescente   Direzione = "crescente"   // higher is better
	DirezioneDecrescente Direzione = "decrescente" // lower is better
)

// Indicatore measures an objective, or the whole ente when it belongs to
// none (Plan.IndicatoriEnte). Baseline and targets are text because plans
// write "entro il 31/12/2023", "≥ anno precedente", "100% istanze".
type Indicatore struct {
	ID          int64          `json:"id"`
	Ordine      int            `json:"ordine"`
	Nome        string         `json:"nome"`
	Tipo        TipoIndicatore `json:"tipo"`
	UnitaMisura string         `json:"unita_misura,omitempty"`
	Baseline    string         `json:"baseline,omitempty"`
	// AnnoBaseline is the year the baseline was measured in; 0 if not stated.
	AnnoBaseline int `json:"anno_baseline,omitempty"`
	// Direzione overrides what the target implies about which way is better.
	Direzione Direzione `json:"direzione,omitempty"`
	// Peso is the indicator's weight in its objective's mean; when every
	// indicator of the objective has 0 they weigh the same.
	Peso float64 `json:"peso,omitempty"`
	// Criterio is the verification criterion (parametri di riferimento).
	Criterio string   `json:"criterio,omitempty"`
	Note     string   `json:"note,omitempty"`
	Target   []Target `json:"target"`
	// Risultati are the readings, at most one per checkpoint (Verifica).
	Risultati []Risultato `json:"risultati"`
}

// Target is the value to reach in one year of the span; Anno 0 is a target
// for the whole span, for plans that give one without a year.
type Target struct {
	Anno   int    `json:"anno"`
	Valore string `json:"valore"`
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
	// Completamento is the day the phase was done, when known: the state
	// of the phase at any checkpoint follows from it (StatoFaseAl).
	Completamento *Date `json:"completamento,omitempty"`
}

// TargetAnno is the target written for a year (0: the whole span), "" if
// none; unlike TargetDi it does not fall back on another year's.
func (ind Indicatore) TargetAnno(anno int) string {
	for _, t := range ind.Target {
		if t.Anno == anno {
			return t.Valore
		}
	}
	return ""
}

// ConTarget is tt with the target of year anno (0: the whole span) set to
// v, or removed when v is blank; tt itself is not changed.
func ConTarget(tt []Target, anno int, v string) []Target {
	v = strings.TrimSpace(v)
	out := make([]Target, 0, len(tt)+1)
	done := false
	for _, t := range tt {
		if t.Anno == anno {
			done = true
			if v == "" {
				continue
			}
			t.Valore = v
		}
		out = append(out, t)
	}
	if !done && v != "" {
		out = append(out, Target{Anno: anno, Valore: v})
	}
	return out
}
