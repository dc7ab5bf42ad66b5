package report

import (
	"strings"

	"pianoperformance/model"
)

// gruppo is the objectives of one Area, in the plan's order; area is nil for
// objectives not tied to an Area.
type gruppo struct {
	area *model.Unita
	obs  []model.Obiettivo
}

// perArea groups the selected objectives by Area in the order of the
// organisation chart; objectives with no Area come last.
func perArea(p *model.Plan, obs []model.Obiettivo) []gruppo {
	idx := map[int64]int{}
	var out []gruppo
	for _, a := range p.Aree() {
		a := a
		idx[a.ID] = len(out)
		out = append(out, gruppo{area: &a})
	}
	orphan := gruppo{}
	for _, o := range obs {
		a := areaOf(p, o)
		if a == nil {
			orphan.obs = append(orphan.obs, o)
			continue
		}
		i, ok := idx[a.ID]
		if !ok {
			orphan.obs = append(orphan.obs, o)
			continue
		}
		out[i].obs = append(out[i].obs, o)
	}
	var kept []gruppo
	for _, g := range out {
		if len(g.obs) > 0 {
			kept = append(kept, g)
		}
	}
	if len(orphan.obs) > 0 {
		kept = append(kept, orphan)
	}
	return kept
}

func nomeGruppo(p *model.Plan, g gruppo) string {
	if g.area == nil {
		return nomeSenzaArea(p)
	}
	return g.area.Heading()
}

// nomeSenzaArea is the name of the objectives of no Area: the one the plan
// gives them, else the Segretario's when they are all his, else
// "Obiettivi trasversali".
func nomeSenzaArea(p *model.Plan) string {
	if n := strings.TrimSpace(p.Piano.GruppoSenzaArea); n != "" {
		return n
	}
	if senzaAreaDelSegretario(p) {
		return "Obiettivi del Segretario comunale"
	}
	return "Obiettivi trasversali"
}

// senzaAreaDelSegretario reports whether the objectives of no Area are all
// the Segretario's: then they are one person's, and their percentage
// weights must add up to 100 like an Area's.
func senzaAreaDelSegretario(p *model.Plan) bool {
	n := 0
	for _, o := range p.Obiettivi {
		if areaOf(p, o) == nil {
			if !o.Segretario {
				return false
			}
			n++
		}
	}
	return n > 0
}
