package obiettivi

import (
	"fyne.io/fyne/v2/lang"

	"pianoperformance/model"
)

// Levels as the editor offers them: "non indicato" first, for the many
// plans of small comuni that state no hierarchy.
var livelloValues = append([]model.Livello{model.LivelloNonIndicato}, model.Livelli...)

func livelli() []string {
	out := []string{lang.L("obiettivi.livello.nessuno")}
	for _, l := range livelloValues[1:] {
		out = append(out, l.Label())
	}
	return out
}

// livelloRank orders levels from strategico (0) down to azione (3); an
// unset level counts as esecutivo, the reference plan's only level.
func livelloRank(l model.Livello) int {
	for i, v := range model.Livelli {
		if v == l {
			return i
		}
	}
	return 2
}

// senzaTitolo is what the title field shows when empty: the heading the
// printouts use for an objective known by code and description only.
func senzaTitolo(o *model.Obiettivo) string {
	if o.Titolo != "" {
		return ""
	}
	return lang.L("obiettivi.titolo.stampato", map[string]any{"Intestazione": o.Intestazione()})
}
