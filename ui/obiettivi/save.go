package obiettivi

import (
	"context"
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

// replace puts o in the plan in place of the objective with its ID.
func replace(p *model.Plan, o model.Obiettivo) {
	for i := range p.Obiettivi {
		if p.Obiettivi[i].ID == o.ID {
			p.Obiettivi[i] = o
			return
		}
	}
	p.Obiettivi = append(p.Obiettivi, o)
}

// remove takes an objective out of the plan and says where it was.
func remove(p *model.Plan, id int64) int {
	for i := range p.Obiettivi {
		if p.Obiettivi[i].ID == id {
			p.Obiettivi = append(p.Obiettivi[:i], p.Obiettivi[i+1:]...)
			return i
		}
	}
	return -1
}

// insertAt puts o back at position i (after undoing a deletion).
func insertAt(p *model.Plan, i int, o model.Obiettivo) {
	if i < 0 || i > len(p.Obiettivi) {
		i = len(p.Obiettivi)
	}
	p.Obiettivi = append(p.Obiettivi, model.Obiettivo{})
	copy(p.Obiettivi[i+1:], p.Obiettivi[i:])
	p.Obiettivi[i] = o
}

// update saves the objective with its ID changed by change, with an undo
// step that re-saves the copy taken before. Nothing happens if change
// changed nothing.
func (sc *Screen) update(id int64, change func(o *model.Obiettivo)) error {
	cur := sc.s.Plan.ObiettivoByID(id)
	if cur == nil {
		return nil
	}
	prev := clone(*cur)
	next := clone(*cur)
	change(&next)
	if reflect.DeepEqual(prev, next) {
		return nil
	}
	st, p := sc.s.Store, sc.s.Plan
	return sc.s.Do(label(&next),
		func(ctx context.Context) error {
			n := clone(next)
			if err := st.SaveObiettivo(ctx, &n); err != nil {
				return err
			}
			replace(p, n)
			return nil
		},
		func(ctx context.Context) error {
			o := clone(prev)
			if err := st.SaveObiettivo(ctx, &o); err != nil {
				return err
			}
			replace(p, o)
			return nil
		})
}

// insert saves a new objective and returns its ID; undo deletes it.
func (sc *Screen) insert(o model.Obiettivo, what string) (int64, error) {
	st, p := sc.s.Store, sc.s.Plan
	var id int64
	err := sc.s.Do(what+": "+label(&o),
		func(ctx context.Context) error {
			n := clone(o)
			if err := st.SaveObiettivo(ctx, &n); err != nil {
				return err
			}
			id = n.ID
			p.Obiettivi = append(p.Obiettivi, n)
			return nil
		},
		func(ctx context.Context) error {
			if err := st.DeleteObiettivo(ctx, id); err != nil {
				return err
			}
			remove(p, id)
			return nil
		})
	return id, err
}

// delete removes an objective; undo saves it again with all its IDs and
// puts it back where it was.
func (sc *Screen) delete(id int64) error {
	cur := sc.s.Plan.ObiettivoByID(id)
	if cur == nil {
		return nil
	}
	prev := clone(*cur)
	st, p := sc.s.Store, sc.s.Plan
	pos := -1
	return sc.s.Do(lang.L("obiettivi.eliminato")+": "+label(&prev),
		func(ctx context.Context) error {
			if err := st.DeleteObiettivo(ctx, id); err != nil {
				return err
			}
			pos = remove(p, id)
			return nil
		},
		func(ctx context.Context) error {
			o := clone(prev)
			if err := st.SaveObiettivo(ctx, &o); err != nil {
				return err
			}
			insertAt(p, pos, o)
			return nil
		})
}
