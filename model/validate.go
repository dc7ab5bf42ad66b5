package model

import (
	"fmt"
	"strings"
)

// ValidationError lists every problem that makes a plan unusable, each with
// where it is, in Italian.
type ValidationError struct {
	Problemi []string
	// Dettagli holds, for each problem, what is wrong without where ("1.001
	// caratteri, al massimo 1.000"), or "" when the problem has no such
	// short form: the window shows it under the field it belongs to.
	Dettagli []string
}

// Dettaglio is the short form of a single problem, or "".
func (e *ValidationError) Dettaglio() string {
	if len(e.Problemi) == 1 && len(e.Dettagli) == 1 {
		return e.Dettagli[0]
	}
	return ""
}

func (e *ValidationError) Error() string {
	if len(e.Problemi) == 1 {
		return "Dati non validi: " + e.Problemi[0]
	}
	return fmt.Sprintf("Dati non validi (%d problemi):\n- %s", len(e.Problemi), strings.Join(e.Problemi, "\n- "))
}

// Validate checks what must hold for a plan to be stored and shown: known
// kinds, references that resolve, no duplicate years or IDs, every figure
// and text within the limits of limits.go. Figures that merely disagree are
// the consistency check's business.
func (p *Plan) Validate() error {
	v := &validator{}
	pi := p.Piano
	if strings.TrimSpace(p.Ente.Nome) == "" {
		v.add("ente: manca il nome del comune")
	}
	v.ente(p.Ente)
	v.piano(pi)
	if pi.AnnoInizio > pi.AnnoFine {
		v.add(fmt.Sprintf("piano: il triennio inizia (%d) dopo la fine (%d)", pi.AnnoInizio, pi.AnnoFine))
	}
	switch pi.Stato {
	case "", StatoBozza, StatoAdottato, StatoVariato:
	default:
		v.add(fmt.Sprintf("piano: stato %q sconosciuto (bozza, adottato, variato)", pi.Stato))
	}
	v.list("piano", "capitoli", len(p.Capitoli))
	for _, c := range p.Capitoli {
		v.capitolo(c)
	}
	p.validateContext(v)
	units := p.validateUnits(v)
	p.validateObiettivi(v, units)
	p.validateCiclo(v)
	p.validateScadenzeQualita(v)
	v.scadenzario(p.Scadenzario)
	v.list("qualità", "conferme", len(p.ConfermeQualita))
	for _, c := range p.ConfermeQualita {
		v.conferma(c)
	}
	return v.err()
}

type validator struct{ problems, details []string }

func (v *validator) add(s string) { v.at(s, "") }

// at records a problem with its short form.
func (v *validator) at(problem, detail string) {
	v.problems = append(v.problems, problem)
	v.details = append(v.details, detail)
}

// limit records that what, in where, is wrong as detail says.
func (v *validator) limit(where, what, detail string) {
	v.at(where+", "+what+": "+detail, detail)
}

func (v *validator) err() error {
	if len(v.problems) == 0 {
		return nil
	}
	return &ValidationError{v.problems, v.details}
}

func (p *Plan) validateContext(v *validator) {
	v.territorio(p.Territorio)
	years := map[int]bool{}
	for _, r := range p.Popolazione {
		if years[r.Anno] {
			v.add(fmt.Sprintf("popolazione %d: anno ripetuto", r.Anno))
		}
		years[r.Anno] = true
		v.popolazioneAnno(r)
	}
	fasce := map[int64]bool{}
	for _, f := range p.Fasce {
		if fasce[f.ID] {
			v.add(fmt.Sprintf("fasce d'età: identificativo %d ripetuto", f.ID))
		}
		fasce[f.ID] = true
		v.fascia(f)
	}
	seen := map[[2]int64]bool{}
	for _, r := range p.PopolazioneFasce {
		if !fasce[r.FasciaID] {
			v.add(fmt.Sprintf("popolazione per fasce %d: fascia %d inesistente", r.Anno, r.FasciaID))
		}
		k := [2]int64{r.FasciaID, int64(r.Anno)}
		if seen[k] {
			v.add(fmt.Sprintf("popolazione per fasce %d: fascia %d ripetuta", r.Anno, r.FasciaID))
		}
		seen[k] = true
		v.popolazioneFascia(r)
	}
	years = map[int]bool{}
	for _, s := range p.Personale {
		if years[s.Anno] {
			v.add(fmt.Sprintf("personale %d: anno ripetuto", s.Anno))
		}
		years[s.Anno] = true
		v.personaleAnno(s)
	}
	for _, b := range p.Benchmark {
		v.benchmark(b)
	}
	for _, s := range p.Servizi {
		v.servizio(s)
	}
}

func (p *Plan) validateUnits(v *validator) map[int64]Unita {
	units := map[int64]Unita{}
	for _, u := range p.Unita {
		if u.ID == 0 || units[u.ID].ID != 0 {
			v.add(fmt.Sprintf("unità «%s»: identificativo %d mancante o ripetuto", clip(u.Nome), u.ID))
		}
		units[u.ID] = u
		v.unita(u)
		if strings.TrimSpace(u.Nome) == "" {
			v.add(fmt.Sprintf("unità %d: manca il nome", u.ID))
		}
	}
	for _, u := range p.Unita {
		if u.ParentID != 0 && units[u.ParentID].ID == 0 {
			v.add(fmt.Sprintf("unità «%s»: l'unità superiore %d non esiste", clip(u.Nome), u.ParentID))
		}
		// A cycle would make the tree endless.
		seen := map[int64]bool{u.ID: true}
		for q := units[u.ParentID]; q.ID != 0; q = units[q.ParentID] {
			if seen[q.ID] {
				v.add(fmt.Sprintf("unità «%s»: l'albero dell'organizzazione ha un ciclo", clip(u.Nome)))
				break
			}
			seen[q.ID] = true
		}
	}
	return units
}

func (p *Plan) validateObiettivi(v *validator, units map[int64]Unita) {
	ids := map[int64]bool{}
	for _, o := range p.Obiettivi {
		if o.ID != 0 && ids[o.ID] {
			v.add(fmt.Sprintf("obiettivo %d: identificativo ripetuto", o.ID))
		}
		ids[o.ID] = true
	}
	for i, o := range p.Obiettivi {
		where := obiettivoWhere(i+1, o)
		v.obiettivo(where, o)
		if o.AreaID != 0 && units[o.AreaID].ID == 0 {
			v.add(fmt.Sprintf("%s: l'Area %d non esiste", where, o.AreaID))
		}
		for _, id := range o.UnitaIDs {
			if units[id].ID == 0 {
				v.add(fmt.Sprintf("%s: l'unità responsabile %d non esiste", where, id))
			}
		}
		if o.ParentID != 0 && (!ids[o.ParentID] || o.ParentID == o.ID) {
			v.add(fmt.Sprintf("%s: l'obiettivo superiore %d non esiste", where, o.ParentID))
		}
	}
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}
