package field

import (
	"fmt"

	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
)

// The filter lists of the screens that show objectives: every Area, every
// unit, with the IDs the labels stand for.

// SetOptions changes a Select's options and choice without firing
// OnChanged.
func SetOptions(s *widget.Select, opts []string, sel string) {
	f := s.OnChanged
	s.OnChanged = nil
	s.Options = opts
	s.SetSelected(sel)
	s.OnChanged = f
}

// LabelFor is the label of id in m, def when id is 0 or not there.
func LabelFor(m map[string]int64, id int64, def string) string {
	for k, v := range m {
		if v == id && id != 0 {
			return k
		}
	}
	return def
}

// AreeOptions lists all (ID 0) and the plan's Areas.
func AreeOptions(p *model.Plan, all string) ([]string, map[string]int64) {
	ids := map[string]int64{all: 0}
	out := []string{all}
	for _, a := range p.Aree() {
		out = append(out, a.Nome)
		ids[a.Nome] = a.ID
	}
	return out, ids
}

// UnitaOptions lists all (ID 0) and the units below the Areas; a name two
// Areas share says its Area.
func UnitaOptions(p *model.Plan, all string) ([]string, map[string]int64) {
	ids := map[string]int64{all: 0}
	out := []string{all}
	for _, u := range p.Unita {
		if u.ParentID == 0 {
			continue
		}
		name := u.Nome
		if _, dup := ids[name]; dup {
			if a := p.AreaDi(u.ID); a != nil {
				name = fmt.Sprintf("%s (%s)", u.Nome, a.Nome)
			}
		}
		out = append(out, name)
		ids[name] = u.ID
	}
	return out, ids
}
