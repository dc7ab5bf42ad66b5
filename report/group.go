package report

import (
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
		return p.NomeSenzaArea()
	}
	return g.area.Heading()
}
