package model

import (
	"fmt"
	"strings"
	"time"
)

// The performance cycle after adoption (D.Lgs 150/2009 artt. 6, 7, 10, 14):
// checkpoints of the year's monitoring, a reading per indicator and
// checkpoint, progress notes per objective, the comune's evaluation system
// (SMVP) and the Nucleo di Valutazione's validation. What is computed from
// these (the degree of achievement) lives in ciclo_esito.go and
// ciclo_valuta.go and is never stored.

// Verifica is a checkpoint of the monitoring: by default 30 June and
// 31 December of the plan's year; some comuni add 30 September or check
// every quarter. The latest checkpoint is the year-end measurement the
// Relazione reports.
type Verifica struct {
	ID     int64  `json:"id"`
	Data   Date   `json:"data"`
	Titolo string `json:"titolo,omitempty"` // e.g. "Verifica intermedia"; empty: Etichetta says "al 30/06/2023"
}

// Etichetta names the checkpoint for people: its title, or "al 30/06/2023".
func (v Verifica) Etichetta() string {
	if t := strings.TrimSpace(v.Titolo); t != "" {
		return t + " (" + v.Data.String() + ")"
	}
	return "al " + v.Data.String()
}

// VerificheStandard are the two usual checkpoints of a year, still without
// IDs: 30 June and 31 December. The days exist in every year, so a year
// out of bounds (a file being read) gives dates Validate refuses, not a
// panic.
func VerificheStandard(anno int) []Verifica {
	return []Verifica{{Data: Date{anno, time.June, 30}}, {Data: Date{anno, time.December, 31}}}
}

// VerificheTrimestrali are quarterly checkpoints, still without IDs.
func VerificheTrimestrali(anno int) []Verifica {
	return []Verifica{{Data: Date{anno, time.March, 31}}, {Data: Date{anno, time.June, 30}},
		{Data: Date{anno, time.September, 30}}, {Data: Date{anno, time.December, 31}}}
}

// StatoRilevazione is how the Responsabile judges an indicator at a
// checkpoint.
type StatoRilevazione string

const (
	StatoNonIndicato  StatoRilevazione = ""
	StatoNonAvviato   StatoRilevazione = "non_avviato"
	StatoInLinea      StatoRilevazione = "in_linea"
	StatoARischio     StatoRilevazione = "a_rischio"
	StatoCritico      StatoRilevazione = "critico"
	StatoRaggiunto    StatoRilevazione = "raggiunto"
	StatoNonRaggiunto StatoRilevazione = "non_raggiunto"
)

// StatiRilevazione lists the states in the order a list shows them.
var StatiRilevazione = []StatoRilevazione{StatoNonAvviato, StatoInLinea, StatoARischio, StatoCritico,
	StatoRaggiunto, StatoNonRaggiunto}

// Etichetta is the state as people write it: "a rischio".
func (s StatoRilevazione) Etichetta() string {
	if s == StatoNonIndicato {
		return ""
	}
	return strings.ReplaceAll(string(s), "_", " ")
}

// Deviazione reports whether the state calls for a cause and a corrective
// action.
func (s StatoRilevazione) Deviazione() bool {
	return s == StatoARischio || s == StatoCritico || s == StatoNonRaggiunto
}

// ParseStato reads a state as typed or chosen from a list, ignoring case,
// spaces and underscores: "In linea", "in_linea", "A RISCHIO".
func ParseStato(s string) (StatoRilevazione, error) {
	k := strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(s, "_", " "))), "_")
	if k == "" {
		return StatoNonIndicato, nil
	}
	for _, st := range StatiRilevazione {
		if string(st) == k {
			return st, nil
		}
	}
	names := make([]string, len(StatiRilevazione))
	for i, st := range StatiRilevazione {
		names[i] = st.Etichetta()
	}
	return "", fmt.Errorf("stato %q sconosciuto: scegliere tra %s", strings.TrimSpace(s), strings.Join(names, ", "))
}

// Risultato is the reading of an indicator at a checkpoint: the value
// reached, the day it was read, the Responsabile's state and, for a
// deviation, its cause and the corrective action. The year-end result is
// the reading at the last checkpoint. The degree of achievement is
// computed (Esito), never typed, unless overridden with a written reason.
type Risultato struct {
	ID         int64            `json:"id"`
	VerificaID int64            `json:"verifica_id"`
	Data       Date             `json:"data"`   // when the value was read; zero: at the checkpoint
	Valore     string           `json:"valore"` // as written: "85", "15/10/2023", "sì", text
	Stato      StatoRilevazione `json:"stato,omitempty"`
	Causa      string           `json:"causa,omitempty"`  // cause of the deviation
	Azione     string           `json:"azione,omitempty"` // corrective action
	Punteggio  *float64         `json:"punteggio,omitempty"`
	Forzatura  *Forzatura       `json:"forzatura,omitempty"`
	Note       string           `json:"note,omitempty"`
	risultatoV1
}

// risultatoV1 holds the fields that format 1 of the JSON file had on a
// reading. They are read only to convert such files (see migraV1) and are
// always empty afterwards, so they are never written.
type risultatoV1 struct {
	V1Raggiungimento  *float64 `json:"raggiungimento_perc,omitempty"`
	V1Finale          bool     `json:"finale,omitempty"`
	V1Validato        bool     `json:"validato,omitempty"`
	V1DataValidazione *Date    `json:"data_validazione,omitempty"`
}

func (r risultatoV1) isSet() bool {
	return r.V1Raggiungimento != nil || r.V1Finale || r.V1Validato || r.V1DataValidazione != nil
}

// utcForzature keeps the time of every override in UTC, as the store does,
// so a plan read from a file equals the same plan read back from the store.
func utcForzature(p *Plan) {
	fix := func(f *Forzatura) {
		if f != nil {
			f.Quando = f.Quando.UTC()
		}
	}
	each := func(ii []Indicatore) {
		for i := range ii {
			for j := range ii[i].Risultati {
				fix(ii[i].Risultati[j].Forzatura)
			}
		}
	}
	for i := range p.Obiettivi {
		each(p.Obiettivi[i].Indicatori)
		for j := range p.Obiettivi[i].Avanzamenti {
			fix(p.Obiettivi[i].Avanzamenti[j].Forzatura)
		}
	}
	each(p.IndicatoriEnte)
}

// Forzatura is a manual override of a computed degree of achievement, or
// the user's judgement where none can be computed (a text target). It is
// allowed only with a written reason; who and when are kept, and the
// computed value at that moment too, so that all of it can be printed.
type Forzatura struct {
	Percentuale float64   `json:"percentuale"`
	Calcolata   *float64  `json:"calcolata,omitempty"` // nil: nothing could be computed
	Motivo      string    `json:"motivo"`
	Autore      string    `json:"autore"`
	Quando      time.Time `json:"quando"` // kept in UTC
}

// Avanzamento is an objective's state at a checkpoint: the progress note
// (stato di attuazione) and, for plans that report per objective, the
// outcome as a whole: a text, a score proposed and, through Forzatura, a
// degree of achievement.
type Avanzamento struct {
	VerificaID int64      `json:"verifica_id"`
	Nota       string     `json:"nota,omitempty"`
	Esito      string     `json:"esito,omitempty"`
	Punteggio  *float64   `json:"punteggio,omitempty"`
	Forzatura  *Forzatura `json:"forzatura,omitempty"`
}

// Validazione is the Nucleo di Valutazione's validation of an objective's
// year-end result (art. 14 c.4 lett. c): the validated degree of
// achievement, which drives the performance pay, with the minute.
type Validazione struct {
	Percentuale *float64 `json:"percentuale,omitempty"` // nil: validated without a figure (older files)
	Data        *Date    `json:"data,omitempty"`
	Verbale     string   `json:"verbale,omitempty"` // number of the minute
	Note        string   `json:"note,omitempty"`
}

// EsitoValidazione is the Nucleo's verdict on the Relazione as a whole.
type EsitoValidazione string

const (
	ValidazioneNonAncora     EsitoValidazione = ""
	ValidazioneValidata      EsitoValidazione = "validata"
	ValidazioneConRilievi    EsitoValidazione = "validata_con_rilievi"
	ValidazioneNonValidata   EsitoValidazione = "non_validata"
	validazioneEsitiElencati                  = "validata, validata_con_rilievi, non_validata"
)

// Etichetta is the verdict in words.
func (e EsitoValidazione) Etichetta() string {
	switch e {
	case ValidazioneValidata:
		return "validata"
	case ValidazioneConRilievi:
		return "validata con rilievi"
	case ValidazioneNonValidata:
		return "non validata"
	}
	return "non ancora validata"
}

// ValidazioneRelazione is the Nucleo's validation of the whole Relazione.
type ValidazioneRelazione struct {
	Esito   EsitoValidazione `json:"esito,omitempty"`
	Data    *Date            `json:"data,omitempty"`
	Verbale string           `json:"verbale,omitempty"`
	Note    string           `json:"note,omitempty"`
}

// Relazione holds what the Relazione sulla performance adds to the figures:
// free texts, its adoption by the Giunta and its validation. Avvertenza is
// printed on the cover of the Relazione and of the monitoring reports (for
// example, that the results are illustrative).
type Relazione struct {
	Sintesi        string               `json:"sintesi,omitempty"`
	Contesto       string               `json:"contesto,omitempty"` // context and resources: what changed against the plan
	BilancioGenere string               `json:"bilancio_genere,omitempty"`
	Avvertenza     string               `json:"avvertenza,omitempty"`
	Approvazione   Atto                 `json:"approvazione"`
	Validazione    ValidazioneRelazione `json:"validazione"`
}

// VerificaByID finds a checkpoint; nil if there is none.
func (p *Plan) VerificaByID(id int64) *Verifica {
	for i := range p.Verifiche {
		if p.Verifiche[i].ID == id {
			return &p.Verifiche[i]
		}
	}
	return nil
}

// VerificaAl finds the checkpoint of a date; nil if there is none.
func (p *Plan) VerificaAl(d Date) *Verifica {
	for i := range p.Verifiche {
		if p.Verifiche[i].Data == d {
			return &p.Verifiche[i]
		}
	}
	return nil
}

// VerificaFinale is the latest checkpoint, whose readings are the year's
// results; nil when the plan has none.
func (p *Plan) VerificaFinale() *Verifica {
	var last *Verifica
	for i := range p.Verifiche {
		v := &p.Verifiche[i]
		if last == nil || last.Data.Before(v.Data) {
			last = v
		}
	}
	return last
}

// RisultatoAl is the reading of an indicator at a checkpoint; nil if none.
func (ind *Indicatore) RisultatoAl(verificaID int64) *Risultato {
	for i := range ind.Risultati {
		if ind.Risultati[i].VerificaID == verificaID {
			return &ind.Risultati[i]
		}
	}
	return nil
}

// AvanzamentoAl is an objective's progress at a checkpoint; nil if none.
func (o *Obiettivo) AvanzamentoAl(verificaID int64) *Avanzamento {
	for i := range o.Avanzamenti {
		if o.Avanzamenti[i].VerificaID == verificaID {
			return &o.Avanzamenti[i]
		}
	}
	return nil
}

// IndicatoreByID finds an indicator of an objective or of the whole ente;
// the objective is nil for the latter. Both nil when there is none.
func (p *Plan) IndicatoreByID(id int64) (*Indicatore, *Obiettivo) {
	for i := range p.Obiettivi {
		o := &p.Obiettivi[i]
		for j := range o.Indicatori {
			if o.Indicatori[j].ID == id {
				return &o.Indicatori[j], o
			}
		}
	}
	for i := range p.IndicatoriEnte {
		if p.IndicatoriEnte[i].ID == id {
			return &p.IndicatoriEnte[i], nil
		}
	}
	return nil, nil
}

// FaseByID finds a phase and its objective; nil, nil if there is none.
func (p *Plan) FaseByID(id int64) (*Fase, *Obiettivo) {
	for i := range p.Obiettivi {
		o := &p.Obiettivi[i]
		for j := range o.Fasi {
			if o.Fasi[j].ID == id {
				return &o.Fasi[j], o
			}
		}
	}
	return nil, nil
}

// TargetDi is the target of an indicator for a year: the year's own, or
// else the one for the whole span (Anno 0); for a deadline of an objective
// over several years, the first later year's (not yet due is not missed);
// "" when there is none.
func (ind Indicatore) TargetDi(anno int) string {
	span, later, laterYear := "", "", 0
	for _, t := range ind.Target {
		if strings.TrimSpace(t.Valore) == "" {
			continue
		}
		switch {
		case t.Anno == anno:
			return t.Valore
		case t.Anno == 0:
			span = t.Valore
		case t.Anno > anno && (laterYear == 0 || t.Anno < laterYear):
			later, laterYear = t.Valore, t.Anno
		}
	}
	if span == "" && ind.Tipo == IndTempo {
		return later
	}
	return span
}

// Intestazione is the heading of an objective: its title, or, for plans
// that give only a code and a description, the code and the description's
// first sentence, shortened.
func (o Obiettivo) Intestazione() string {
	if t := strings.TrimSpace(o.Titolo); t != "" {
		return t
	}
	d := inizioDescrizione(o)
	switch {
	case o.Codice != "" && d != "":
		return o.Codice + " – " + d
	case d != "":
		return d
	case o.Codice != "":
		return "Obiettivo " + o.Codice
	}
	return "Obiettivo senza titolo"
}

// inizioDescrizione is the first sentence of the objective's description,
// shortened: what stands for the title of plans that give none.
func inizioDescrizione(o Obiettivo) string {
	d := strings.Join(strings.Fields(o.Descrizione), " ")
	if i := strings.IndexAny(d, ".;:\n"); i > 0 {
		d = d[:i]
	}
	if r := []rune(d); len(r) > 90 {
		cut := string(r[:90])
		if j := strings.LastIndex(cut, " "); j > 40 {
			cut = cut[:j]
		}
		d = cut + "…"
	}
	return d
}

// FaseAl is the state of a phase at a date.
type FaseAl struct {
	Completata bool // done by that date
	InRitardo  bool // past its end and not done by then, or done after its end
	Giorni     int  // days of delay, when known
}

// StatoFaseAl says whether a phase was done by day d and whether it is
// late: a phase is late when its end has passed without it being done, or
// when it was done after its end. A phase ticked as done with no date
// counts as done at any date.
func StatoFaseAl(f Fase, d Date) FaseAl {
	var st FaseAl
	switch {
	case f.Completamento != nil:
		st.Completata = !d.Before(*f.Completamento)
	case f.Completata:
		st.Completata = true
	}
	if f.Fine == nil {
		return st
	}
	if st.Completata {
		if f.Completamento != nil && f.Fine.Before(*f.Completamento) {
			st.InRitardo, st.Giorni = true, giorniTra(*f.Fine, *f.Completamento)
		}
		return st
	}
	if f.Fine.Before(d) {
		st.InRitardo, st.Giorni = true, giorniTra(*f.Fine, d)
	}
	return st
}

// Oggi is today's date on this computer.
func Oggi() Date {
	t := time.Now()
	return Date{t.Year(), t.Month(), t.Day()}
}
