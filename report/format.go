package report

import (
	"sort"
	"strconv"
	"strings"

	"pianoperformance/model"
)

// num writes a figure the Italian way with no useless decimals: 30, 1,2.
func num(v float64) string { return model.TestoNumero(v) }

// pesoText is the weight as the sheets print it.
func pesoText(p model.Peso) string { return model.TestoPeso(p) }

// pesoBreve is the weight in a table's narrow column.
func pesoBreve(p model.Peso) string {
	if p.Tipo == model.PesoPrerequisito {
		return "prerequisito"
	}
	return pesoText(p)
}

func anniText(anni []int) string { return model.TestoAnni(anni) }

// targetAnni lists the plan's years plus any target year outside them, so
// that no target is left out of a table.
func targetAnni(p *model.Plan, obs ...model.Obiettivo) []int {
	seen := map[int]bool{}
	var out []int
	add := func(y int) {
		if y > 0 && !seen[y] {
			seen[y] = true
			out = append(out, y)
		}
	}
	if p.Piano.AnnoInizio > 0 && p.Piano.AnnoFine >= p.Piano.AnnoInizio && p.Piano.AnnoFine-p.Piano.AnnoInizio < 10 {
		for y := p.Piano.AnnoInizio; y <= p.Piano.AnnoFine; y++ {
			add(y)
		}
	}
	for _, o := range obs {
		for _, ind := range o.Indicatori {
			for _, t := range ind.Target {
				add(t.Anno)
			}
		}
	}
	sort.Ints(out)
	return out
}

// targetDi is the target of a year, or the one for the whole span.
func targetDi(ind model.Indicatore, anno int) string {
	span := ""
	for _, t := range ind.Target {
		if t.Anno == anno {
			return t.Valore
		}
		if t.Anno == 0 {
			span = t.Valore
		}
	}
	return span
}

// targetText is every target of an indicator on one line per year.
func targetText(ind model.Indicatore) string {
	var parts []string
	for _, t := range ind.Target {
		if strings.TrimSpace(t.Valore) == "" {
			continue
		}
		switch {
		case len(ind.Target) == 1:
			parts = append(parts, t.Valore)
		case t.Anno == 0:
			parts = append(parts, "Triennio: "+t.Valore)
		default:
			parts = append(parts, strconv.Itoa(t.Anno)+": "+t.Valore)
		}
	}
	return strings.Join(parts, "\n")
}

// areaOf is the objective's Area, nil when it has none.
func areaOf(p *model.Plan, o model.Obiettivo) *model.Unita {
	if o.AreaID != 0 {
		if u := p.AreaDi(o.AreaID); u != nil {
			return u
		}
	}
	for _, id := range o.UnitaIDs {
		if u := p.AreaDi(id); u != nil {
			return u
		}
	}
	return nil
}

func annoPiano(p *model.Plan) string {
	if p.Piano.Anno > 0 {
		return strconv.Itoa(p.Piano.Anno)
	}
	if p.Piano.AnnoInizio > 0 {
		return strconv.Itoa(p.Piano.AnnoInizio)
	}
	return ""
}

// attoText is "deliberazione della Giunta comunale n. 12 del 30/01/2023"
// with blanks to fill in by hand where the act is not yet known.
func attoText(a model.Atto) string {
	organo := strings.TrimSpace(a.Organo)
	if organo == "" {
		organo = "Giunta comunale"
	}
	n := strings.TrimSpace(a.Numero)
	if n == "" {
		n = "________"
	}
	data := "______________"
	if a.Data != nil && !a.Data.IsZero() {
		data = a.Data.String()
	}
	return "deliberazione della " + organo + " n. " + n + " del " + data
}

// headingFor is the heading printed above an objective, as the reference
// plan does: the unit's own heading when it names its Area ("AREA
// AMMINISTRATIVA - BIBLIOTECA"), the Area and the Settore for a Settore,
// otherwise the Area's heading.
func headingFor(p *model.Plan, o model.Obiettivo) string {
	area := areaOf(p, o)
	if area == nil {
		return p.NomeSenzaArea()
	}
	h := area.Heading()
	if len(o.UnitaIDs) != 1 || o.TutteLeUnita {
		return h
	}
	u := p.UnitaByID(o.UnitaIDs[0])
	if u == nil || u.ID == area.ID {
		return h
	}
	if strings.HasPrefix(strings.ToUpper(u.Heading()), "AREA") {
		return u.Heading()
	}
	if u.Tipo == model.TipoSettore {
		return h + " — " + u.Heading()
	}
	return h
}

// nomeIndicatore is an indicator's name with its verification criterion and
// note, when the plan gives them.
func nomeIndicatore(ind model.Indicatore) string {
	s := ind.Nome
	if c := strings.TrimSpace(ind.Criterio); c != "" {
		s += "\nCriterio di verifica: " + c
	}
	if n := strings.TrimSpace(ind.Note); n != "" {
		s += "\nNota: " + n
	}
	return s
}

// baselineText is the baseline with the year it was measured in.
func baselineText(ind model.Indicatore) string {
	if ind.AnnoBaseline != 0 && strings.TrimSpace(ind.Baseline) != "" {
		return ind.Baseline + " (" + strconv.Itoa(ind.AnnoBaseline) + ")"
	}
	return ind.Baseline
}
