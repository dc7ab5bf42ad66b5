package assets

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"pianoperformance/model"
)

// refObiettivo is one objective table of the reference: its heading row and
// its labelled rows, plus the free note printed after it, if any.
type refObiettivo struct {
	heading []string
	field   map[string]string
	note    string
}

func refObiettivi(s section) []refObiettivo {
	var out []refObiettivo
	inTables := false
	for _, l := range s.lines {
		c := cells(l)
		switch {
		case strings.Contains(l, "\t") && strings.HasPrefix(c[0], "AREA"):
			var h []string
			for _, x := range c {
				if x != "" {
					h = append(h, x)
				}
			}
			if len(h) == 2 && h[0] == "AREA" { // "AREA | ECONOMICO-FINANZIARIA" is one heading
				h = []string{h[0] + " " + h[1]}
			}
			out = append(out, refObiettivo{heading: h, field: map[string]string{}})
			inTables = true
		case strings.Contains(l, "\t") && len(out) > 0:
			out[len(out)-1].field[c[0]] = c[1]
		case inTables && norm(l) != "":
			out[len(out)-1].note = strings.TrimSpace(out[len(out)-1].note + " " + norm(l))
		}
	}
	return out
}

var (
	codiceRE = regexp.MustCompile(`^(EF|PT|TE|AM|SA)\.[1-9][0-9]*$`)
	yearRE   = regexp.MustCompile(`\b20\d\d\b`)
)

// tipoFor is the indicator kind the document's wording implies.
func tipoFor(nome string) model.TipoIndicatore {
	switch {
	case strings.EqualFold(nome, "tempistica"):
		return model.IndTempo
	case strings.HasPrefix(nome, "%") || strings.HasSuffix(nome, "%"):
		return model.IndPercentuale
	case strings.HasPrefix(nome, "Numero"):
		return model.IndNumero
	}
	return ""
}

func TestExampleHoldsEveryObjective(t *testing.T) {
	ref := refObiettivi(findSection(t, reference(t), "GLI INDIRIZZI E GLI OBIETTIVI STRATEGICI"))
	p := example(t)
	if len(ref) != 25 || len(p.Obiettivi) != 25 {
		t.Fatalf("obiettivi: %d nel documento, %d nell'esempio; attesi 25", len(ref), len(p.Obiettivi))
	}
	units := map[int64]model.Unita{}
	for _, u := range p.Unita {
		units[u.ID] = u
	}
	codes := map[string]bool{}
	for i, r := range ref {
		o := p.Obiettivi[i]
		where := fmt.Sprintf("obiettivo %d (%s)", i+1, o.Codice)
		titolo := r.field["OBIETTIVO ESECUTIVO"] + r.field["OBIETTIVO"]
		if o.Titolo != titolo || o.Descrizione != r.field["DESCRIZIONE OBIETTIVO"] {
			t.Errorf("%s:\n got %q / %q\nwant %q / %q", where, o.Titolo, o.Descrizione, titolo, r.field["DESCRIZIONE OBIETTIVO"])
		}
		if o.Livello != model.LivelloEsecutivo || !codiceRE.MatchString(o.Codice) || codes[o.Codice] {
			t.Errorf("%s: livello %q, codice non valido o ripetuto", where, o.Livello)
		}
		codes[o.Codice] = true
		if o.Note != r.note {
			t.Errorf("%s: nota %q, documento %q", where, o.Note, r.note)
		}
		if len(o.Indicatori) != 1 || len(o.Indicatori[0].Target) != 1 {
			t.Errorf("%s: atteso un indicatore con un target", where)
			continue
		}
		ind, tg := o.Indicatori[0], o.Indicatori[0].Target[0]
		if ind.Nome != r.field["INDICATORE"] || ind.Tipo != tipoFor(ind.Nome) || tg.Valore != r.field["TARGET"] {
			t.Errorf("%s: indicatore %q (%s) target %q; documento %q / %q", where, ind.Nome, ind.Tipo, tg.Valore, r.field["INDICATORE"], r.field["TARGET"])
		}
		var anni []int
		for _, y := range yearRE.FindAllString(r.field["ANNI INTERESSATI"], -1) {
			anni = append(anni, integer(t, y))
		}
		// In this plan every target refers to the last year concerned.
		if !slices.Equal(o.Anni, anni) || tg.Anno != anni[len(anni)-1] {
			t.Errorf("%s: anni %v, target al %d; documento %q", where, o.Anni, tg.Anno, r.field["ANNI INTERESSATI"])
		}

		// The Area and unit print the document's headings.
		area := units[o.AreaID]
		if area.Tipo != model.TipoArea || len(o.UnitaIDs) > 1 {
			t.Fatalf("%s: area %d, unità %v", where, o.AreaID, o.UnitaIDs)
		}
		var unit model.Unita
		if len(o.UnitaIDs) == 1 {
			unit = units[o.UnitaIDs[0]]
			if unit.ParentID != area.ID {
				t.Errorf("%s: l'unità %q non appartiene all'Area %q", where, unit.Nome, area.Nome)
			}
		}
		switch h := r.heading; {
		case len(h) == 2: // AREA TECNICA | SETTORE …
			if area.Heading() != h[0] || unit.Heading() != h[1] || unit.Tipo != model.TipoSettore {
				t.Errorf("%s: intestazione %q / %q, documento %q", where, area.Heading(), unit.Heading(), h)
			}
		case r.field["STRUTTURA RESPONSABILE"] != "":
			if area.Heading() != h[0] || unit.Heading() != r.field["STRUTTURA RESPONSABILE"] || unit.Tipo != model.TipoUfficio {
				t.Errorf("%s: intestazione %q, struttura %q; documento %q, %q", where, area.Heading(), unit.Heading(), h, r.field["STRUTTURA RESPONSABILE"])
			}
		case unit.ID != 0: // AREA AMMINISTRATIVA – SERVIZIO
			if unit.Heading() != h[0] || unit.Tipo != model.TipoServizio {
				t.Errorf("%s: intestazione del servizio %q, documento %q", where, unit.Heading(), h)
			}
		default:
			if area.Heading() != h[0] {
				t.Errorf("%s: intestazione dell'Area %q, documento %q", where, area.Heading(), h)
			}
		}
	}
}
