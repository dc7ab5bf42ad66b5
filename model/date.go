package model

import (
	"encoding/json"
	"fmt"
	"time"
)

// Date is a calendar date with no time of day or zone. It is stored and
// exchanged as "2006-01-02" and shown the Italian way, "31/12/2023".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate builds a Date, refusing impossible ones such as 31/02.
func NewDate(y int, m time.Month, d int) (Date, error) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || t.Month() != m || t.Day() != d || y < AnnoMin || y > AnnoMax {
		return Date{}, fmt.Errorf("la data %02d/%02d/%04d non esiste", d, int(m), y)
	}
	return Date{y, m, d}, nil
}

// MustDate is NewDate for literals known to be valid.
func MustDate(y int, m time.Month, d int) Date {
	dt, err := NewDate(y, m, d)
	if err != nil {
		panic(err)
	}
	return dt
}

// DatePtr returns a pointer to a valid literal date.
func DatePtr(y int, m time.Month, d int) *Date {
	dt := MustDate(y, m, d)
	return &dt
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.Year == 0 }

// ISO formats as 2006-01-02, the storage form.
func (d Date) ISO() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// String formats the Italian way: 31/12/2023.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%02d/%02d/%04d", d.Day, int(d.Month), d.Year)
}

// Time is the date at midnight UTC.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// Before reports whether d comes strictly before e.
func (d Date) Before(e Date) bool { return d.Time().Before(e.Time()) }

// ParseISODate reads the storage form.
func ParseISODate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, fmt.Errorf("data %q non valida: atteso AAAA-MM-GG", s)
	}
	return Date{t.Year(), t.Month(), t.Day()}, nil
}

func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte(`""`), nil
	}
	return json.Marshal(d.ISO())
}

func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("data non valida: attesa una stringa AAAA-MM-GG")
	}
	if s == "" {
		*d = Date{}
		return nil
	}
	v, err := ParseISODate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
