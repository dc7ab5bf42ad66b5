package obiettivi

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2/lang"

	"pianoperformance/model"
)

// Table columns. colSel is the tick that marks objectives for printing.
const (
	colSel = iota
	colCodice
	colArea
	colUnita
	colTitolo
	colIndicatore
	colAnni
	colPeso
	numCols
)

// filter is what the clerk chose above the table; zero values mean "all".
type filter struct {
	areaID int64
	unitID int64
	anno   int
	query  string
}

// list is the table's in-memory model: the folded text of every objective
// and the positions (in Plan.Obiettivi) of the rows shown, in order. The
// table's callbacks read only this, never the store.
type list struct {
	plan    *model.Plan
	index   []string
	rows    []int
	sortCol int // -1: plan order
	desc    bool
}

func newList() *list { return &list{sortCol: -1} }

// reindex rebuilds the search text after the plan changed.
func (l *list) reindex(p *model.Plan) {
	l.plan = p
	if cap(l.index) < len(p.Obiettivi) {
		l.index = make([]string, len(p.Obiettivi))
	}
	l.index = l.index[:len(p.Obiettivi)]
	for i := range p.Obiettivi {
		l.index[i] = searchText(p, &p.Obiettivi[i])
	}
}

// apply recomputes the rows for f and sorts them.
func (l *list) apply(f filter) {
	p := l.plan
	words := strings.Fields(fold(f.query))
	var under map[int64]bool
	if f.unitID != 0 {
		under = descendants(p, f.unitID)
	}
	l.rows = l.rows[:0]
	for i := range p.Obiettivi {
		o := &p.Obiettivi[i]
		if f.areaID != 0 && o.AreaID != f.areaID {
			continue
		}
		if under != nil && !o.TutteLeUnita && !anyIn(o.UnitaIDs, under) {
			continue
		}
		if f.anno != 0 && !hasYear(o.Anni, f.anno) {
			continue
		}
		if len(words) > 0 && !matches(l.index[i], words) {
			continue
		}
		l.rows = append(l.rows, i)
	}
	l.sort()
}

func (l *list) sort() {
	if l.sortCol < 0 {
		return
	}
	p, col := l.plan, l.sortCol
	key := func(i int) string { return fold(cellText(p, &p.Obiettivi[i], col)) }
	keys := make(map[int]string, len(l.rows))
	for _, r := range l.rows {
		keys[r] = key(r)
	}
	sort.SliceStable(l.rows, func(a, b int) bool {
		ka, kb := keys[l.rows[a]], keys[l.rows[b]]
		if col == colCodice {
			return naturalLess(ka, kb) != l.desc && ka != kb
		}
		if l.desc {
			return ka > kb
		}
		return ka < kb
	})
}

// naturalLess orders codes the way people number them: EF.2 before EF.10.
func naturalLess(a, b string) bool {
	for a != "" && b != "" {
		da, db := digitsPrefix(a), digitsPrefix(b)
		if da != "" && db != "" {
			if len(da) != len(db) {
				return len(da) < len(db)
			}
			if da != db {
				return da < db
			}
			a, b = a[len(da):], b[len(db):]
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

func digitsPrefix(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i]
}

func descendants(p *model.Plan, id int64) map[int64]bool {
	out := map[int64]bool{id: true}
	for changed := true; changed; {
		changed = false
		for _, u := range p.Unita {
			if out[u.ParentID] && !out[u.ID] {
				out[u.ID] = true
				changed = true
			}
		}
	}
	return out
}

func anyIn(ids []int64, set map[int64]bool) bool {
	for _, id := range ids {
		if set[id] {
			return true
		}
	}
	return false
}

func hasYear(anni []int, y int) bool {
	for _, a := range anni {
		if a == y {
			return true
		}
	}
	return false
}

// cellText is what the table shows in a column for an objective.
func cellText(p *model.Plan, o *model.Obiettivo, col int) string {
	switch col {
	case colCodice:
		return o.Codice
	case colArea:
		if a := p.UnitaByID(o.AreaID); a != nil {
			// The header already says Area: "Tecnica", not "Area Tecnica".
			if n, ok := strings.CutPrefix(a.Nome, "Area "); ok && n != "" {
				return n
			}
			return a.Nome
		}
		return ""
	case colUnita:
		return strings.Join(p.NomiUnita(*o), ", ")
	case colTitolo:
		return oneLine(o.Titolo)
	case colIndicatore:
		if len(o.Indicatori) == 0 {
			return ""
		}
		ind := o.Indicatori[0]
		t := targetFor(ind, p.Piano.Anno)
		if t == "" {
			return oneLine(ind.Nome)
		}
		return oneLine(ind.Nome + ": " + t)
	case colAnni:
		return anniText(o.Anni)
	case colPeso:
		return pesoText(o.Peso)
	}
	return ""
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// targetFor is the target for the plan's year, or the first one given.
func targetFor(ind model.Indicatore, anno int) string {
	for _, t := range ind.Target {
		if t.Anno == anno && t.Valore != "" {
			return t.Valore
		}
	}
	for _, t := range ind.Target {
		if t.Valore != "" {
			return t.Valore
		}
	}
	return ""
}

// anniText writes "2023–2025" for a run of years, else "2023, 2025".
func anniText(anni []int) string {
	if len(anni) == 0 {
		return ""
	}
	a := append([]int(nil), anni...)
	sort.Ints(a)
	run := true
	for i := 1; i < len(a); i++ {
		if a[i] != a[i-1]+1 {
			run = false
		}
	}
	if run && len(a) > 1 {
		return fmt.Sprintf("%d–%d", a[0], a[len(a)-1])
	}
	s := make([]string, len(a))
	for i, y := range a {
		s[i] = fmt.Sprint(y)
	}
	return strings.Join(s, ", ")
}

func pesoText(p model.Peso) string {
	switch p.Tipo {
	case model.PesoPercentuale:
		return model.FormatNumber(p.Valore, decimals(p.Valore)) + " %"
	case model.PesoPunti:
		return model.FormatNumber(p.Valore, decimals(p.Valore)) + " " + lang.L("obiettivi.peso.punti.breve")
	case model.PesoMoltiplicatore:
		return "× " + model.FormatNumber(p.Valore, 2)
	case model.PesoPrerequisito:
		return lang.L("obiettivi.peso.prerequisito")
	}
	return ""
}

// decimals shows whole weights without ",00".
func decimals(f float64) int {
	if f == float64(int64(f)) {
		return 0
	}
	return 2
}
