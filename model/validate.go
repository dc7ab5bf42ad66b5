package model

import (
	"fmt"
	"strings"
)

// ValidationError lists every problem that makes a plan unusable, each with
// where it is, in Italian.
type ValidationError struct {
	Problemi []string
}

func (e *ValidationError) Error() string {
	if len(e.Problemi) == 1 {
		return "Dati non validi: " + e.Problemi[0]
	}
	return fmt.Sprintf("Dati non validi (%d problemi):\n- %s", len(e.Problemi), strings.Join(e.Problemi, "\n- "))
}

// Validate checks what must hold for a plan to be stored and shown: known
// kinds, references that resolve, no duplicate years or IDs, no negative
// counts. Figures that merely disagree are the consistency check's business.
func (p *Plan) Validate() error {
	v := &validator{}
	pi := p.Piano
	if strings.TrimSpace(p.Ente.Nome) == "" {
		v.add("ente: manca il nome del comune")
	}
	if pi.Anno < 1990 || pi.Anno > 2200 {
		v.add(fmt.Sprintf("piano: anno %d non valido", pi.Anno))
	}
	if pi.AnnoInizio > pi.AnnoFine {
		v.add(fmt.Sprintf("piano: il triennio inizia (%d) dopo la fine (%d)", pi.AnnoInizio, pi.AnnoFine))
	}
	switch pi.Stato {
	case "", StatoBozza, StatoAdottato, StatoVariato:
	default:
		v.add(fmt.Sprintf("piano: stato %q sconosciuto (bozza, adottato, variato)", pi.Stato))
	}
	p.validateContext(v)
	units := p.validateUnits(v)
	p.validateObiettivi(v, units)
	p.validateCiclo(v)
	return v.err()
}

type validator struct{ problems []string }

func (v *validator) add(s string) { v.problems = append(v.problems, s) }

func (v *validator) nonNeg(where string, pairs ...any) {
	for i := 0; i+1 < len(pairs); i += 2 {
		if n, ok := pairs[i+1].(int); ok && n < 0 {
			v.add(fmt.Sprintf("%s: %s non può essere negativo (%d)", where, pairs[i], n))
		}
		if f, ok := pairs[i+1].(float64); ok && f < 0 {
			v.add(fmt.Sprintf("%s: %s non può essere negativo (%s)", where, pairs[i], FormatNumber(f, 2)))
		}
	}
}

func (p *Plan) validateContext(v *validator) {
	t := p.Territorio
	v.nonNeg("territorio", "la superficie totale", t.SuperficieTotale, "la superficie urbana", t.SuperficieUrbana)
	for i, s := range t.Strade {
		v.nonNeg(fmt.Sprintf("territorio, strade riga %d (%s)", i+1, s.Tipo), "la lunghezza", s.Km)
	}
	years := map[int]bool{}
	for _, r := range p.Popolazione {
		where := fmt.Sprintf("popolazione %d", r.Anno)
		if years[r.Anno] {
			v.add(where + ": anno ripetuto")
		}
		years[r.Anno] = true
		v.nonNeg(where, "residenti", r.Residenti, "maschi", r.Maschi, "femmine", r.Femmine, "famiglie", r.Famiglie,
			"immigrati", r.Immigrati, "emigrati", r.Emigrati, "nati", r.Nati, "morti", r.Morti)
	}
	fasce := map[int64]bool{}
	for _, f := range p.Fasce {
		if fasce[f.ID] {
			v.add(fmt.Sprintf("fasce d'età: identificativo %d ripetuto", f.ID))
		}
		fasce[f.ID] = true
		if f.EtaMin != nil && f.EtaMax != nil && *f.EtaMin > *f.EtaMax {
			v.add(fmt.Sprintf("fascia «%s»: l'età minima supera la massima", f.Nome))
		}
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
		v.nonNeg(fmt.Sprintf("popolazione per fasce %d", r.Anno), "residenti", r.Residenti)
	}
	years = map[int]bool{}
	for _, s := range p.Personale {
		where := fmt.Sprintf("personale %d", s.Anno)
		if years[s.Anno] {
			v.add(where + ": anno ripetuto")
		}
		years[s.Anno] = true
		v.nonNeg(where, "dipendenti", s.Dipendenti, "uomini", s.Uomini, "donne", s.Donne)
	}
}

func (p *Plan) validateUnits(v *validator) map[int64]Unita {
	units := map[int64]Unita{}
	for _, u := range p.Unita {
		if u.ID == 0 || units[u.ID].ID != 0 {
			v.add(fmt.Sprintf("unità «%s»: identificativo %d mancante o ripetuto", u.Nome, u.ID))
		}
		units[u.ID] = u
		switch u.Tipo {
		case TipoArea, TipoSettore, TipoServizio, TipoUfficio:
		default:
			v.add(fmt.Sprintf("unità «%s»: tipo %q sconosciuto (area, settore, servizio, ufficio)", u.Nome, u.Tipo))
		}
		if strings.TrimSpace(u.Nome) == "" {
			v.add(fmt.Sprintf("unità %d: manca il nome", u.ID))
		}
	}
	for _, u := range p.Unita {
		if u.ParentID != 0 && units[u.ParentID].ID == 0 {
			v.add(fmt.Sprintf("unità «%s»: l'unità superiore %d non esiste", u.Nome, u.ParentID))
		}
		if u.Dipendenti != nil && *u.Dipendenti < 0 {
			v.add(fmt.Sprintf("unità «%s»: i dipendenti non possono essere negativi", u.Nome))
		}
		// A cycle would make the tree endless.
		seen := map[int64]bool{u.ID: true}
		for q := units[u.ParentID]; q.ID != 0; q = units[q.ParentID] {
			if seen[q.ID] {
				v.add(fmt.Sprintf("unità «%s»: l'albero dell'organizzazione ha un ciclo", u.Nome))
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
		where := fmt.Sprintf("obiettivo n. %d (%s)", i+1, firstNonEmpty(o.Codice, o.Intestazione()))
		switch o.Livello {
		case LivelloNonIndicato, LivelloStrategico, LivelloOperativo, LivelloEsecutivo, LivelloAzione:
		default:
			v.add(fmt.Sprintf("%s: livello %q sconosciuto", where, o.Livello))
		}
		switch o.Natura {
		case NaturaNonIndicata, NaturaMantenimento, NaturaSviluppo:
		default:
			v.add(fmt.Sprintf("%s: natura %q sconosciuta", where, o.Natura))
		}
		switch o.Peso.Tipo {
		case PesoNessuno, PesoPercentuale, PesoPunti, PesoMoltiplicatore, PesoPrerequisito:
		default:
			v.add(fmt.Sprintf("%s: tipo di peso %q sconosciuto", where, o.Peso.Tipo))
		}
		if o.Peso.Valore < 0 {
			v.add(where + ": il peso non può essere negativo")
		}
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
		if o.Programma != "" && (len(o.Programma) != 4 || NomeMissione(o.Programma[:2]) == "") {
			v.add(fmt.Sprintf("%s: programma %q non valido: atteso un codice di 4 cifre MMPP con una missione esistente", where, o.Programma))
		}
		for _, ind := range o.Indicatori {
			switch ind.Tipo {
			case IndTempo, IndPercentuale, IndNumero, IndSiNo, IndTesto:
			default:
				v.add(fmt.Sprintf("%s, indicatore «%s»: tipo %q sconosciuto", where, ind.Nome, ind.Tipo))
			}
		}
		for _, m := range faseMesi(o) {
			if m < 1 || m > 12 {
				v.add(fmt.Sprintf("%s: mese %d non valido nelle fasi", where, m))
			}
		}
	}
}

func faseMesi(o Obiettivo) []int {
	var out []int
	for _, f := range o.Fasi {
		out = append(out, f.Mesi...)
	}
	return out
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}
