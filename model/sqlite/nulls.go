package sqlite

import (
	"database/sql"
	"fmt"

	"pianoperformance/model"
)

// Optional model fields (pointers, ID 0, zero dates) are NULL in the file.

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func nullInt(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

func nullFloat(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func nullDate(d *model.Date) any {
	if d == nil || d.IsZero() {
		return nil
	}
	return d.ISO()
}

func nullDateV(d model.Date) any { return nullDate(&d) }

func nullBlob(b []byte) any {
	if len(b) == 0 {
		return nil
	}
	return b
}

func intPtr(n sql.NullInt64) *int {
	if !n.Valid {
		return nil
	}
	v := int(n.Int64)
	return &v
}

func floatPtr(n sql.NullFloat64) *float64 {
	if !n.Valid {
		return nil
	}
	v := n.Float64
	return &v
}

func datePtr(n sql.NullString) (*model.Date, error) {
	if !n.Valid || n.String == "" {
		return nil, nil
	}
	d, err := model.ParseISODate(n.String)
	if err != nil {
		return nil, fmt.Errorf("data memorizzata non valida: %w", err)
	}
	return &d, nil
}

func dateVal(n sql.NullString) (model.Date, error) {
	d, err := datePtr(n)
	if d == nil || err != nil {
		return model.Date{}, err
	}
	return *d, nil
}

// idFrom is 0 for a NULL reference.
func idFrom(n sql.NullInt64) int64 {
	if !n.Valid {
		return 0
	}
	return n.Int64
}

// idLog records the IDs a transaction wrote into the caller's structs,
// with the values they replaced, so that a transaction that does not
// commit leaves the structs as they were.
type idLog []idSetter

type idSetter struct {
	dst *int64
	old int64
}

// set writes id into dst at once, remembering the old value.
func (l *idLog) set(dst *int64, id int64) {
	*l = append(*l, idSetter{dst, *dst})
	*dst = id
}

// undo puts every recorded ID back, newest first.
func (l idLog) undo() {
	for i := len(l) - 1; i >= 0; i-- {
		*l[i].dst = l[i].old
	}
}
