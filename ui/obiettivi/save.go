package obiettivi

import (
	"reflect"

	"fyne.io/fyne/v2/lang"

	"pianoperformance/model"
)

// label names an objective on the status line and in the undo history.
func label(o *model.Obiettivo) string {
	name := o.Codice
	if name == "" {
		name = oneLine(o.Titolo)
		if len([]rune(name)) > 40 {
			name = string([]rune(name)[:40]) + "…"
		}
	}
	return lang.L("obiettivi.etichetta", map[string]any{"Nome": name})
}

// update saves the objective with its ID changed by change; undo puts back
// the objective as the store held it. Nothing happens if change changed
// nothing.
func (sc *Screen) update(id int64, change func(o *model.Obiettivo)) error {
	cur := sc.s.Plan.ObiettivoByID(id)
	if cur == nil {
		return nil
	}
	next := cur.Clone()
	change(&next)
	if reflect.DeepEqual(*cur, next) {
		return nil
	}
	_, err := sc.s.SaveObiettivo(label(&next), next)
	return err
}

// insert saves a new objective and returns its ID; undo deletes it.
func (sc *Screen) insert(o model.Obiettivo, what string) (int64, error) {
	return sc.s.SaveObiettivo(what+": "+label(&o), o)
}

// delete removes an objective with its sub-objectives; undo saves them all
// again with their IDs.
func (sc *Screen) delete(id int64) error {
	cur := sc.s.Plan.ObiettivoByID(id)
	if cur == nil {
		return nil
	}
	return sc.s.DeleteObiettivo(lang.L("obiettivi.eliminato")+": "+label(cur), id)
}
