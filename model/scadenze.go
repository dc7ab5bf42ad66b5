package model

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Deadlines of the performance cycle, computed from the plan, its versions
// and the law. The rule that moves the plan's deadline when the budget is
// late has been read in more than one way (DM 132/2022 art. 8 c.2), so it
// is a setting of the plan, as are the days it allows.

// RegolaTermine is how the plan's deadline follows the budget.
type RegolaTermine string

const (
	// RegolaApprovazioneBilancio: 31 January, or the given days after the
	// comune approved its budget when that is later. The default.
	RegolaApprovazioneBilancio RegolaTermine = ""
	// RegolaTermineBilancio: 31 January, or the given days after the legal
	// deadline for the budget when a decree postponed it (ANCI's reading).
	RegolaTermineBilancio RegolaTermine = "termine_bilancio"
	// Regola31Gennaio: always 31 January (DL 80/2021 art. 6 c.1).
	Regola31Gennaio RegolaTermine = "31_gennaio"
)

// GiorniDopoBilancio is the law's delay after the budget (DM 132/2022 art. 8 c.2).
const GiorniDopoBilancio = 30

// GiorniMonitoraggio is the time the office takes to collect the readings
// of a checkpoint: an internal term, not the law's.
const GiorniMonitoraggio = 30

// Scadenzario holds the comune's settings and records for the deadlines.
type Scadenzario struct {
	// ApprovazioneBilancio is when the Consiglio approved the budget
	// (bilancio di previsione) of the plan's first year.
	ApprovazioneBilancio *Date `json:"approvazione_bilancio,omitempty"`
	// TermineBilancio is the legal deadline for that budget when the
	// comune sets it; nil means the one the program knows (TerminiBilancio).
	TermineBilancio *Date         `json:"termine_bilancio,omitempty"`
	Regola          RegolaTermine `json:"regola,omitempty"`
	// Giorni after the budget; 0 means the law's 30.
	Giorni int `json:"giorni,omitempty"`
	// Adempimenti record what was done, and when.
	Adempimenti []Adempimento `json:"adempimenti,omitempty"`
}

// Adempimento records that a deadline was met: the Relazione adopted, the
// plan published. Chiave is the deadline's key (Scadenza.Chiave).
type Adempimento struct {
	Chiave string `json:"chiave"`
	Data   Date   `json:"data"`
	Note   string `json:"note,omitempty"` // e.g. "delibera n. 45", the web address
}

// TermineLegale is a legal deadline with the act that set it.
type TermineLegale struct {
	Data  Date
	Fonte string
}

// TerminiBilancio are the deadlines for the budget of year Y (bilancio di
// previsione Y–Y+2) as finally postponed by decree of the Ministro
// dell'interno (TUEL art. 151 c.1). A year not listed kept 31 December of
// the year before, unless the comune sets its own (Scadenzario).
var TerminiBilancio = map[int]TermineLegale{
	2023: {MustDate(2023, time.September, 15), "DM Interno 28 luglio 2023"},
	2024: {MustDate(2024, time.March, 15), "DM Interno 22 dicembre 2023"},
	2025: {MustDate(2025, time.February, 28), "DM Interno 24 dicembre 2024"},
	2026: {MustDate(2026, time.February, 28), "DM Interno 24 dicembre 2025"},
}

// StatoScadenza is where a deadline stands on a given day.
type StatoScadenza string

const (
	ScadenzaFatta     StatoScadenza = "fatta"
	ScadenzaDaFare    StatoScadenza = "da_fare"
	ScadenzaVicina    StatoScadenza = "in_scadenza" // due within GiorniPreavviso
	ScadenzaInRitardo StatoScadenza = "in_ritardo"
	GiorniPreavviso                 = 30
)

// Scadenza is one deadline of the cycle with its legal source.
type Scadenza struct {
	// Chiave is stable across runs: the calendar's UID and the key of the
	// Adempimento that marks it done ("2024/piano", "2024/monitoraggio/2024-06-30").
	Chiave string `json:"chiave"`
	Titolo string `json:"titolo"`
	Data   Date   `json:"data"`
	Fonte  string `json:"fonte"`
	// Nota says how the date was found, when it is not the law's own.
	Nota      string        `json:"nota,omitempty"`
	Fatta     *Date         `json:"fatta,omitempty"`
	NoteFatta string        `json:"note_fatta,omitempty"`
	Stato     StatoScadenza `json:"stato"`
	// Ritardo is the days past the deadline: of a late deadline, or of one
	// met late.
	Ritardo int `json:"ritardo,omitempty"`
}

// AddDays is the date n days later (earlier when n < 0).
func (d Date) AddDays(n int) Date {
	t := d.Time().AddDate(0, 0, n)
	return Date{t.Year(), t.Month(), t.Day()}
}

// giorniTra is the number of days from a to b.
func giorniTra(a, b Date) int { return int(b.Time().Sub(a.Time()).Hours() / 24) }

// TerminePiano is the plan's deadline and, when it is not 31 January, how
// it was found.
func TerminePiano(p *Plan) (Date, string) {
	y := annoScadenze(p)
	base := Date{y, time.January, 31}
	s := p.Scadenzario
	giorni := cmp.Or(s.Giorni, GiorniDopoBilancio)
	termine, fonte, differito := termineBilancio(p)
	legale := func() (Date, string) {
		if !differito {
			return base, ""
		}
		d := termine.AddDays(giorni)
		if !base.Before(d) {
			return base, ""
		}
		return d, fmt.Sprintf("%d giorni dal termine per l'approvazione del bilancio, differito al %s (%s)", giorni, termine, fonte)
	}
	switch s.Regola {
	case Regola31Gennaio:
		return base, ""
	case RegolaTermineBilancio:
		return legale()
	}
	if s.ApprovazioneBilancio == nil {
		d, nota := legale()
		if nota != "" {
			nota = "provvisoria, finché non si indica la data di approvazione del bilancio: " + nota
		}
		return d, nota
	}
	d := s.ApprovazioneBilancio.AddDays(giorni)
	if !base.Before(d) {
		return base, ""
	}
	return d, fmt.Sprintf("%d giorni dall'approvazione del bilancio (%s)", giorni, s.ApprovazioneBilancio)
}

// termineBilancio is the legal deadline for the budget of the plan's year,
// its source, and whether it was postponed past 31 December.
func termineBilancio(p *Plan) (Date, string, bool) {
	y := annoScadenze(p)
	ordinario := Date{y - 1, time.December, 31}
	if t := p.Scadenzario.TermineBilancio; t != nil {
		return *t, "indicato dal comune", ordinario.Before(*t)
	}
	if t, ok := TerminiBilancio[y]; ok {
		return t.Data, t.Fonte, ordinario.Before(t.Data)
	}
	return ordinario, "TUEL art. 151 c.1", false
}

// annoScadenze is the year the cycle refers to.
func annoScadenze(p *Plan) int {
	if p.Piano.Anno > 0 {
		return p.Piano.Anno
	}
	return p.Piano.AnnoInizio
}

// VerifichePiano lists the dates of the plan's monitoring checkpoints
// (Plan.Verifiche), in order; a plan that has none yet gets the usual two
// of its year, 30 June and 31 December (VerificheStandard).
func VerifichePiano(p *Plan) []Date {
	vv := p.Verifiche
	if len(vv) == 0 {
		vv = VerificheStandard(annoScadenze(p))
	}
	out := make([]Date, 0, len(vv))
	for _, v := range vv {
		if !v.Data.IsZero() && !slices.Contains(out, v.Data) {
			out = append(out, v.Data)
		}
	}
	slices.SortFunc(out, func(a, b Date) int { return cmp.Compare(a.ISO(), b.ISO()) })
	return out
}

// Scadenze lists the deadlines of the plan's cycle in date order, each
// with its status on day oggi. vv are the plan's frozen versions: the
// adoption's resolution marks the plan adopted; without versions the
// approval act stored in the plan does. checkpoints are the monitoring
// dates (VerifichePiano when nil).
func Scadenze(p *Plan, vv []Versione, checkpoints []Date, oggi Date) []Scadenza {
	y := annoScadenze(p)
	if y == 0 {
		return nil
	}
	if checkpoints == nil {
		checkpoints = VerifichePiano(p)
	}
	key := func(parts ...string) string { return fmt.Sprintf("%d/%s", y, strings.Join(parts, "/")) }
	due, nota := TerminePiano(p)
	fonteNota := ""
	if nota != "" {
		fonteNota = "; DM 132/2022 art. 8 c.2"
	}
	relazione := Date{y + 1, time.June, 30}
	out := []Scadenza{
		{Chiave: key("piano"), Titolo: fmt.Sprintf("Adozione del Piano %d–%d", y, y+2), Data: due,
			Fonte: "DL 80/2021 art. 6 c.1; DM 132/2022 art. 7 c.1" + fonteNota, Nota: nota},
		{Chiave: key("pubblicazione-piano"), Titolo: "Pubblicazione del Piano in Amministrazione trasparente", Data: due,
			Fonte: "DL 80/2021 art. 6 c.4; D.Lgs 33/2013 art. 10 c.8 lett. b"},
		{Chiave: key("portale"), Titolo: "Invio del Piano al Portale PIAO della Funzione pubblica", Data: due,
			Fonte: "DL 80/2021 art. 6 c.4"},
	}
	for _, c := range checkpoints {
		out = append(out, Scadenza{Chiave: key("monitoraggio", c.ISO()), Titolo: "Monitoraggio degli obiettivi al " + c.String(),
			Data: c.AddDays(GiorniMonitoraggio), Fonte: "D.Lgs 150/2009 art. 6",
			Nota: fmt.Sprintf("valori degli indicatori al %s, raccolti entro %d giorni (termine interno)", c, GiorniMonitoraggio)})
	}
	out = append(out,
		Scadenza{Chiave: key("relazione"), Titolo: fmt.Sprintf("Relazione sulla performance %d adottata dalla Giunta", y), Data: relazione,
			Fonte: "D.Lgs 150/2009 art. 10 c.1 lett. b"},
		Scadenza{Chiave: key("validazione"), Titolo: "Validazione della Relazione da parte del Nucleo di Valutazione", Data: relazione,
			Fonte: "D.Lgs 150/2009 art. 14 c.4 lett. c", Nota: "condizione per pagare i premi (art. 14 c.6)"},
		Scadenza{Chiave: key("pubblicazione-relazione"), Titolo: "Pubblicazione della Relazione e della validazione in Amministrazione trasparente", Data: relazione,
			Fonte: "D.Lgs 33/2013 art. 10 c.8 lett. b"},
	)
	done := map[string]Adempimento{}
	for _, a := range p.Scadenzario.Adempimenti {
		done[a.Chiave] = a
	}
	if _, ok := done[key("piano")]; !ok {
		if d, n := adozione(p, vv); d != nil {
			done[key("piano")] = Adempimento{Chiave: key("piano"), Data: *d, Note: n}
		}
	}
	for i := range out {
		s := &out[i]
		if a, ok := done[s.Chiave]; ok {
			d := a.Data
			s.Fatta, s.NoteFatta = &d, a.Note
		}
		s.Stato, s.Ritardo = statoScadenza(*s, oggi)
	}
	slices.SortStableFunc(out, func(a, b Scadenza) int { return cmp.Compare(a.Data.ISO(), b.Data.ISO()) })
	return out
}

// adozione is when the plan was adopted: the first version's resolution,
// or else the approval act of an adopted plan.
func adozione(p *Plan, vv []Versione) (*Date, string) {
	for _, v := range vv {
		if v.Tipo == VersioneAdozione && v.Atto.Data != nil {
			return v.Atto.Data, v.Atto.Testo()
		}
	}
	a := p.Piano.Approvazione
	if (p.Piano.Stato == StatoAdottato || p.Piano.Stato == StatoVariato) && a.Data != nil {
		return a.Data, a.Testo()
	}
	return nil, ""
}

func statoScadenza(s Scadenza, oggi Date) (StatoScadenza, int) {
	if s.Fatta != nil {
		return ScadenzaFatta, max(0, giorniTra(s.Data, *s.Fatta))
	}
	switch left := giorniTra(oggi, s.Data); {
	case left < 0:
		return ScadenzaInRitardo, -left
	case left <= GiorniPreavviso:
		return ScadenzaVicina, 0
	}
	return ScadenzaDaFare, 0
}

// TestoStato says a deadline's status in words: "in ritardo di 12 giorni".
func (s Scadenza) TestoStato() string {
	switch s.Stato {
	case ScadenzaFatta:
		t := "fatto il " + s.Fatta.String()
		if s.Ritardo > 0 {
			t += fmt.Sprintf(" (%s di ritardo)", giorni(s.Ritardo))
		}
		return t
	case ScadenzaInRitardo:
		return "in ritardo di " + giorni(s.Ritardo)
	case ScadenzaVicina:
		return "in scadenza"
	}
	return "da fare"
}

func giorni(n int) string {
	if n == 1 {
		return "1 giorno"
	}
	return fmt.Sprintf("%d giorni", n)
}

// SezioneScadenze is the key of the deadlines' findings.
const SezioneScadenze = "scadenze"

// CheckScadenze turns late deadlines into errors and close ones into
// warnings, like the consistency check's findings.
func CheckScadenze(ss []Scadenza, oggi Date) []Finding {
	var out []Finding
	for _, s := range ss {
		f := Finding{Sezione: SezioneScadenze, Campo: s.Chiave, Riga: s.Titolo}
		switch s.Stato {
		case ScadenzaInRitardo:
			f.Gravita = Errore
			f.Valori = fmt.Sprintf("scadenza %s, oggi %s (%s di ritardo)", s.Data, oggi, giorni(s.Ritardo))
			f.Messaggio = "Il termine è passato e l'adempimento non risulta fatto (" + s.Fonte + ")."
		case ScadenzaVicina:
			f.Gravita = Avviso
			f.Valori = fmt.Sprintf("scadenza %s, tra %s", s.Data, giorni(giorniTra(oggi, s.Data)))
			f.Messaggio = "Il termine è vicino (" + s.Fonte + ")."
		default:
			continue
		}
		out = append(out, f)
	}
	return out
}

func normalizeScadenzario(s *Scadenzario) {
	if len(s.Adempimenti) == 0 {
		s.Adempimenti = nil
		return
	}
	slices.SortStableFunc(s.Adempimenti, func(a, b Adempimento) int { return cmp.Compare(a.Chiave, b.Chiave) })
}
