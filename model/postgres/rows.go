package postgres

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model"
)

// Writes change only what changed. A record (an objective with all it
// holds, a year of population…) is described as the rows it should have,
// table by table; put reads the rows it has, and deletes, updates (only
// the columns that differ) and inserts what is needed. So a Responsabile
// di Area who changes a reading writes that one row, which their role
// allows, and nothing else, which it would not; and two people changing
// different rows of the server do not touch each other's.

// table is a table of the plan: the columns naming a row within a record
// (key) and the others (cols). piano_id is implied.
type table struct {
	name string
	key  []string
	cols []string
}

func (t *table) columns() []string { return append(append([]string{}, t.key...), t.cols...) }

// rows are the rows a record should have in one table: those the where
// clause selects (its arguments numbered from $2, $1 being the plan).
type rows struct {
	t     *table
	where string
	args  []any
	want  [][]any // key values, then the other columns, in order
}

// put makes each table of the record hold exactly its wanted rows. The
// tables come parents first: deletions run children first, so that no
// cascade removes a row put would then look for.
func (w *writer) put(what string, rs ...rows) error {
	type diff struct {
		del, ins [][]any
		upd      []update
	}
	diffs := make([]diff, len(rs))
	for i, r := range rs {
		have, err := w.current(r)
		if err != nil {
			return err
		}
		wanted := map[string]bool{}
		for _, row := range r.want {
			row = normRow(row)
			k := rowKey(row[:len(r.t.key)])
			wanted[k] = true
			old, ok := have[k]
			if !ok {
				diffs[i].ins = append(diffs[i].ins, row)
				continue
			}
			var cols []int
			for c := len(r.t.key); c < len(row); c++ {
				if !sameValue(old[c], row[c]) {
					cols = append(cols, c)
				}
			}
			if len(cols) > 0 {
				diffs[i].upd = append(diffs[i].upd, update{row, cols})
			}
		}
		for k, old := range have {
			if !wanted[k] {
				diffs[i].del = append(diffs[i].del, old[:len(r.t.key)])
			}
		}
	}
	for i := len(rs) - 1; i >= 0; i-- {
		for _, key := range diffs[i].del {
			if err := w.deleteRow(what, rs[i].t, key); err != nil {
				return err
			}
		}
	}
	for i, r := range rs {
		for _, u := range diffs[i].upd {
			if err := w.updateRow(what, r.t, u); err != nil {
				return err
			}
		}
		for _, row := range diffs[i].ins {
			if err := w.insertRow(r.t, row); err != nil {
				return err
			}
		}
	}
	return nil
}

type update struct {
	row  []any
	cols []int // indexes into row of the columns that changed
}

// current reads the rows the record has now in one table, by key.
func (w *writer) current(r rows) (map[string][]any, error) {
	where := ""
	if r.where != "" {
		where = " AND (" + r.where + ")"
	}
	q := fmt.Sprintf("SELECT %s FROM %s WHERE piano_id = $1%s", strings.Join(r.t.columns(), ", "), r.t.name, where)
	res, err := w.tx.Query(w.ctx, q, append([]any{w.s.id}, r.args...)...)
	if err != nil {
		return nil, err
	}
	defer res.Close()
	have := map[string][]any{}
	for res.Next() {
		vals, err := res.Values()
		if err != nil {
			return nil, err
		}
		vals = normRow(vals)
		have[rowKey(vals[:len(r.t.key)])] = vals
	}
	return have, res.Err()
}

func (w *writer) deleteRow(what string, t *table, key []any) error {
	cond, args := keyCond(t, key, 2)
	tag, err := w.tx.Exec(w.ctx, "DELETE FROM "+t.name+" WHERE piano_id = $1"+cond, append([]any{w.s.id}, args...)...)
	return w.affected(what, tag, err)
}

func (w *writer) updateRow(what string, t *table, u update) error {
	sets := make([]string, len(u.cols))
	args := []any{w.s.id}
	for i, c := range u.cols {
		args = append(args, u.row[c])
		sets[i] = fmt.Sprintf("%s = $%d", t.columns()[c], len(args))
	}
	cond, kargs := keyCond(t, u.row[:len(t.key)], len(args)+1)
	tag, err := w.tx.Exec(w.ctx, "UPDATE "+t.name+" SET "+strings.Join(sets, ", ")+" WHERE piano_id = $1"+cond,
		append(args, kargs...)...)
	return w.affected(what, tag, err)
}

func (w *writer) insertRow(t *table, row []any) error {
	q, args := insertSQL(t, w.s.id, row)
	_, err := w.tx.Exec(w.ctx, q, args...)
	return err
}

// insertSQL is the statement inserting row: the keys, and the other
// columns but those NULL, empty text or false, which the schema gives as
// defaults. A role allowed to insert a few columns (a Responsabile's
// readings) so inserts rows that leave the others alone. Numbers are
// always written: 0 and NULL differ in nullable columns.
func insertSQL(t *table, plan int64, row []any) (string, []any) {
	cols, marks, args := []string{"piano_id"}, []string{"$1"}, []any{plan}
	for i, c := range t.columns() {
		if i >= len(t.key) && isZero(row[i]) {
			continue
		}
		args = append(args, row[i])
		cols, marks = append(cols, c), append(marks, fmt.Sprintf("$%d", len(args)))
	}
	return fmt.Sprintf("INSERT INTO %s (%s) VALUES (%s)", t.name, strings.Join(cols, ", "), strings.Join(marks, ", ")), args
}

func isZero(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case bool:
		return !x
	}
	return false
}

// affected turns an update or deletion that touched no row into a refusal:
// the row was read a moment ago, so only the role's policy hides it from
// the change.
func (w *writer) affected(what string, tag interface{ RowsAffected() int64 }, err error) error {
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return w.s.notAllowed(what)
	}
	return nil
}

func keyCond(t *table, key []any, from int) (string, []any) {
	var b strings.Builder
	for i, k := range t.key {
		fmt.Fprintf(&b, " AND %s = $%d", k, from+i)
	}
	return b.String(), key
}

func rowKey(key []any) string {
	var b strings.Builder
	for _, v := range key {
		fmt.Fprintf(&b, "%v\x00", v)
	}
	return b.String()
}

// normRow brings values to the types the server gives back, so that what
// is wanted and what is there compare: whole numbers as int64, dates as
// time.Time at midnight UTC, NULL as nil.
func normRow(row []any) []any {
	out := make([]any, len(row))
	for i, v := range row {
		out[i] = normValue(v)
	}
	return out
}

func normValue(v any) any {
	switch x := v.(type) {
	case int:
		return int64(x)
	case int32:
		return int64(x)
	case *int:
		if x == nil {
			return nil
		}
		return int64(*x)
	case *float64:
		if x == nil {
			return nil
		}
		return *x
	case model.Date:
		if x.IsZero() {
			return nil
		}
		return time.Date(x.Year, x.Month, x.Day, 0, 0, 0, 0, time.UTC)
	case *model.Date:
		if x == nil {
			return nil
		}
		return normValue(*x)
	case time.Time:
		return time.Date(x.Year(), x.Month(), x.Day(), 0, 0, 0, 0, time.UTC)
	case []byte:
		if len(x) == 0 {
			return nil
		}
		return x
	}
	return v
}

func sameValue(a, b any) bool {
	switch x := a.(type) {
	case []byte:
		y, ok := b.([]byte)
		return ok && bytes.Equal(x, y)
	case time.Time:
		y, ok := b.(time.Time)
		return ok && x.Equal(y)
	}
	return a == b
}

// nullID is a reference: 0 is none.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// newIDs hands out n new IDs from the sequence.
func (w *writer) newIDs(n int) ([]int64, error) {
	if n == 0 {
		return nil, nil
	}
	res, err := w.tx.Query(w.ctx, "SELECT nextval('ids') FROM generate_series(1, $1)", n)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(res, pgx.RowTo[int64])
}

// giveIDs gives every *dst that is 0 a new ID, in one request, and
// remembers the IDs the caller brought (an undo, a copy) so the sequence
// never hands them out.
func (w *writer) giveIDs(dst []*int64) error {
	n := 0
	for _, d := range dst {
		if *d == 0 {
			n++
		} else {
			w.maxID = max(w.maxID, *d)
		}
	}
	fresh, err := w.newIDs(n)
	if err != nil {
		return err
	}
	for _, d := range dst {
		if *d == 0 {
			w.ids.set(d, fresh[0])
			fresh = fresh[1:]
		}
	}
	return nil
}
