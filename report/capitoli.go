package report

import (
	"slices"

	"pianoperformance/model"
)

// sezioni are the parts of the plan's data in the order of the document,
// with the title a part gets when no chapter introduces it.
var sezioni = []struct{ key, title string }{
	{model.SezioneTerritorio, "Il contesto territoriale"},
	{model.SezionePopolazione, "Il contesto socio demografico"},
	{model.SezioneOrganizzazione, "Il contesto interno"},
	{model.SezioneServizi, "Servizi e funzioni gestiti in forma associata"},
	{model.SezioneObiettivi, "Gli obiettivi"},
}

// ordinaCapitoli puts the chapters where their anchors place them. A
// chapter anchored to a part of the data prints at that part's place in
// the document, whatever its number; the chapters without an anchor that
// follow it (by number) go with it, and those before any anchor open the
// document. A part with data (has) but no chapter gets one of its own at its
// place, so nothing of the plan is left out or pushed after the annexes.
func ordinaCapitoli(caps []model.Capitolo, has func(key string) bool) []model.Capitolo {
	sorted := slices.Clone(caps)
	slices.SortStableFunc(sorted, func(a, b model.Capitolo) int { return a.Ordine - b.Ordine })
	rank := map[string]int{}
	for i, s := range sezioni {
		rank[s.key] = i + 1
	}
	groups := make([][]model.Capitolo, len(sezioni)+1)
	seen := map[string]bool{}
	cur := 0
	for _, c := range sorted {
		if r, ok := rank[c.Sezione]; ok {
			cur = r
			seen[c.Sezione] = true
		}
		groups[cur] = append(groups[cur], c)
	}
	var out []model.Capitolo
	for i, g := range groups {
		if i > 0 && !seen[sezioni[i-1].key] && has(sezioni[i-1].key) {
			out = append(out, model.Capitolo{Titolo: sezioni[i-1].title, Sezione: sezioni[i-1].key})
		}
		out = append(out, g...)
	}
	return out
}
