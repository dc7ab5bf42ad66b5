package model

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// SMVP is the comune's Sistema di misurazione e valutazione della
// performance (D.Lgs 150/2009 art. 7) as far as the program applies it: how
// late dates count, the cap on a degree of achievement, the bands that turn
// a result into the share of incentive paid, and what a missed
// prerequisite objective does. The rules differ between comuni, so they are
// settings stored with the plan, never code. The zero value is usable: cap
// 100 %, any delay → 0 %, no bands, a missed prerequisite zeroes its Area.
type SMVP struct {
	// Massimo caps every degree of achievement, in %; 0 means 100. A
	// comune that rewards over-achievement sets e.g. 120.
	Massimo      float64            `json:"massimo,omitempty"`
	Ritardo      RegolaRitardo      `json:"ritardo"`
	Fasce        []FasciaSMVP       `json:"fasce"`
	Prerequisito RegolaPrerequisito `json:"prerequisito"`
}

// TipoRitardo is how a date target met late counts.
type TipoRitardo string

const (
	RitardoAzzera  TipoRitardo = ""         // any delay beyond the tolerance: 0 %
	RitardoPerMese TipoRitardo = "per_mese" // minus PerMese points for each month or part of a month
)

// RegolaRitardo is the rule for date targets met late.
type RegolaRitardo struct {
	Tipo       TipoRitardo `json:"tipo,omitempty"`
	PerMese    float64     `json:"per_mese,omitempty"`          // points lost per month of delay
	Tolleranza int         `json:"tolleranza_giorni,omitempty"` // days of grace
}

// FasciaSMVP is a band: from Da % of achievement (inclusive) up to the next
// band, the share of incentive paid is Quota %, or the result itself when
// Proporzionale.
type FasciaSMVP struct {
	Da            float64 `json:"da"`
	Quota         float64 `json:"quota,omitempty"`
	Proporzionale bool    `json:"proporzionale,omitempty"`
}

// EffettoPrerequisito is what a missed prerequisite objective does.
type EffettoPrerequisito string

const (
	PrerequisitoArea    EffettoPrerequisito = ""        // the Area's result becomes 0
	PrerequisitoEnte    EffettoPrerequisito = "ente"    // the Area's and the ente's result become 0
	PrerequisitoNessuno EffettoPrerequisito = "nessuno" // reported, no effect on the figures
)

// RegolaPrerequisito says when a prerequisite is missed and what follows.
type RegolaPrerequisito struct {
	Effetto EffettoPrerequisito `json:"effetto,omitempty"`
	Soglia  float64             `json:"soglia,omitempty"` // missed below this %; 0 means 100
}

// SMVPPredefinito is the system most small comuni adopt, offered to new
// plans: cap 100 %, any delay → 0 %, below 50 % nothing, 50–89 % in
// proportion, from 90 % everything; a missed prerequisite zeroes its Area.
func SMVPPredefinito() SMVP {
	return SMVP{Massimo: 100, Fasce: []FasciaSMVP{{Da: 0, Quota: 0}, {Da: 50, Proporzionale: true}, {Da: 90, Quota: 100}}}
}

// Tetto is the cap in force.
func (s SMVP) Tetto() float64 {
	if s.Massimo <= 0 {
		return 100
	}
	return s.Massimo
}

// SogliaPrerequisito is the % below which a prerequisite is missed.
func (s SMVP) SogliaPrerequisito() float64 {
	if s.Prerequisito.Soglia <= 0 {
		return 100
	}
	return s.Prerequisito.Soglia
}

// Quota is the share of incentive (%) a result earns by the bands; ok is
// false when the plan sets no bands.
func (s SMVP) Quota(perc float64) (quota float64, ok bool) {
	if len(s.Fasce) == 0 {
		return 0, false
	}
	i := sort.Search(len(s.Fasce), func(i int) bool { return s.Fasce[i].Da > perc+1e-9 }) - 1
	if i < 0 {
		return 0, true // below the first band: nothing
	}
	f := s.Fasce[i]
	if f.Proporzionale {
		return math.Min(math.Max(perc, 0), 100), true
	}
	return f.Quota, true
}

// DescriviFasce writes the bands as a sentence: "sotto il 50%: 0%; dal 50%
// al 90%: in proporzione; dal 90%: 100%".
func (s SMVP) DescriviFasce() string {
	var parts []string
	if len(s.Fasce) > 0 && s.Fasce[0].Da > 0 {
		parts = append(parts, "sotto il "+pct(s.Fasce[0].Da)+": nessuna quota")
	}
	for i, f := range s.Fasce {
		var r string
		switch {
		case i+1 < len(s.Fasce) && f.Da == 0:
			r = "sotto il " + pct(s.Fasce[i+1].Da)
		case i+1 < len(s.Fasce):
			r = articolo("dal", f.Da) + " " + articolo("al", s.Fasce[i+1].Da) + " escluso"
		default:
			r = articolo("dal", f.Da)
		}
		q := pct(f.Quota) + " dell'incentivo"
		if f.Proporzionale {
			q = "in proporzione al risultato"
		}
		parts = append(parts, r+": "+q)
	}
	return strings.Join(parts, "; ")
}

// DescriviRitardo writes the late rule in words.
func (s SMVP) DescriviRitardo() string {
	r := s.Ritardo
	var out string
	switch r.Tipo {
	case RitardoPerMese:
		out = fmt.Sprintf("per ogni mese o frazione di ritardo si tolgono %s punti", FormatNumber(r.PerMese, decimals(r.PerMese)))
	default:
		out = "una scadenza non rispettata vale 0%"
	}
	if r.Tolleranza > 0 {
		out += fmt.Sprintf(", dopo una tolleranza di %d giorni", r.Tolleranza)
	}
	return out
}

// DescriviPrerequisito writes the prerequisite rule in words.
func (s SMVP) DescriviPrerequisito() string {
	soglia := pct(s.SogliaPrerequisito())
	switch s.Prerequisito.Effetto {
	case PrerequisitoEnte:
		return "un obiettivo prerequisito raggiunto sotto il " + soglia + " azzera il risultato dell'Area e dell'ente"
	case PrerequisitoNessuno:
		return "un obiettivo prerequisito mancato è segnalato ma non cambia i risultati"
	}
	return "un obiettivo prerequisito raggiunto sotto il " + soglia + " azzera il risultato della sua Area"
}

// articolo joins "al"/"dal" to a percentage the Italian way: "al 50%",
// "all'80%", "dall'11%".
func articolo(prep string, v float64) string {
	n := FormatNumber(v, decimals(v))
	whole, _, _ := strings.Cut(n, ",")
	if strings.HasPrefix(whole, "8") || whole == "1" || whole == "11" || strings.HasPrefix(whole, "11.") {
		return prep + "l'" + pct(v)
	}
	return prep + " " + pct(v)
}

// perc writes a percentage without useless decimals: 50%, 87,5%.
func pct(v float64) string { return FormatNumber(v, decimals(v)) + "%" }

// FormatPerc writes a degree of achievement: 87,5%, 100%.
func FormatPerc(v float64) string { return pct(math.Round(v*100) / 100) }

func decimals(v float64) int {
	switch {
	case v == math.Trunc(v):
		return 0
	case v*10 == math.Trunc(v*10):
		return 1
	}
	return 2
}

// Valida checks the settings before they are saved.
func (s SMVP) Valida() error {
	v := &validator{}
	s.validate(v)
	return v.err()
}

func (s SMVP) validate(v *validator) {
	where := "sistema di valutazione"
	v.finite(where, "il massimo riconosciuto", s.Massimo)
	v.finite(where, "i punti tolti per mese di ritardo", s.Ritardo.PerMese)
	v.finite(where, "la soglia del prerequisito", s.Prerequisito.Soglia)
	v.list(where, "fasce", len(s.Fasce))
	for i, f := range s.Fasce {
		v.finite(fmt.Sprintf("%s, fascia %d", where, i+1), "l'inizio", f.Da)
		v.finite(fmt.Sprintf("%s, fascia %d", where, i+1), "la quota", f.Quota)
	}
	if s.Massimo != 0 && (s.Massimo < 100 || s.Massimo > 200) {
		v.add(fmt.Sprintf("%s: il massimo riconosciuto (%s) deve stare tra 100%% e 200%%", where, pct(s.Massimo)))
	}
	switch s.Ritardo.Tipo {
	case RitardoAzzera, RitardoPerMese:
	default:
		v.add(fmt.Sprintf("%s: regola del ritardo %q sconosciuta (vuota per azzerare, per_mese)", where, s.Ritardo.Tipo))
	}
	if s.Ritardo.PerMese < 0 || s.Ritardo.PerMese > 100 {
		v.add(fmt.Sprintf("%s: i punti tolti per mese di ritardo (%s) devono stare tra 0 e 100", where, FormatNumber(s.Ritardo.PerMese, 2)))
	}
	if s.Ritardo.Tipo == RitardoPerMese && s.Ritardo.PerMese == 0 {
		v.add(where + ": la regola «per mese» richiede i punti da togliere per ogni mese di ritardo")
	}
	if s.Ritardo.Tolleranza < 0 || s.Ritardo.Tolleranza > 366 {
		v.add(fmt.Sprintf("%s: la tolleranza sul ritardo (%d giorni) deve stare tra 0 e 366 giorni", where, s.Ritardo.Tolleranza))
	}
	for i, f := range s.Fasce {
		fw := fmt.Sprintf("%s, fascia %d", where, i+1)
		if f.Da < 0 || f.Da > s.Tetto() {
			v.add(fmt.Sprintf("%s: l'inizio (%s) deve stare tra 0%% e %s", fw, pct(f.Da), pct(s.Tetto())))
		}
		if i > 0 && f.Da <= s.Fasce[i-1].Da {
			v.add(fmt.Sprintf("%s: le fasce vanno in ordine crescente (%s dopo %s)", fw, pct(f.Da), pct(s.Fasce[i-1].Da)))
		}
		if f.Quota < 0 || f.Quota > 100 {
			v.add(fmt.Sprintf("%s: la quota di incentivo (%s) deve stare tra 0%% e 100%%", fw, pct(f.Quota)))
		}
		if f.Proporzionale && f.Quota != 0 {
			v.add(fw + ": una fascia proporzionale non ha una quota fissa")
		}
	}
	switch s.Prerequisito.Effetto {
	case PrerequisitoArea, PrerequisitoEnte, PrerequisitoNessuno:
	default:
		v.add(fmt.Sprintf("%s: effetto del prerequisito %q sconosciuto (vuoto per l'Area, ente, nessuno)", where, s.Prerequisito.Effetto))
	}
	if s.Prerequisito.Soglia < 0 || s.Prerequisito.Soglia > 100 {
		v.add(fmt.Sprintf("%s: la soglia del prerequisito (%s) deve stare tra 0%% e 100%%", where, pct(s.Prerequisito.Soglia)))
	}
}
