package field

import (
	"errors"
	"fyne.io/fyne/v2"
	"strings"

	"pianoperformance/model"
)

// The typed constructors. All parsing and formatting goes through the
// model's Italian functions, so the window, the printouts and the exports
// read and write numbers and dates the same way.

// NewInt is a whole number shown with thousands dots: 5.141.
func NewInt(onCommit func(int) error) *Field[int] {
	return New(model.ParseInt, model.FormatInt, onCommit)
}

// NewNonNegInt is a count: a whole number that cannot be negative.
func NewNonNegInt(onCommit func(int) error) *Field[int] {
	return New(parseNonNeg, model.FormatInt, onCommit)
}

func parseNonNeg(s string) (int, error) {
	n, err := model.ParseInt(s)
	if err == nil && n < 0 {
		err = errors.New("il numero non può essere negativo")
	}
	return n, err
}

// NewOptInt is a count the plan may leave blank (nil).
func NewOptInt(onCommit func(*int) error) *Field[*int] {
	f := New(func(s string) (*int, error) {
		if strings.TrimSpace(s) == "" {
			return nil, nil
		}
		n, err := parseNonNeg(s)
		return &n, err
	}, func(p *int) string {
		if p == nil {
			return ""
		}
		return model.FormatInt(*p)
	}, onCommit)
	f.SetPlaceHolder("—")
	return f
}

// NewNumber is a decimal number shown with the given decimals: 1.363,18.
func NewNumber(decimals int, onCommit func(float64) error) *Field[float64] {
	return New(model.ParseNumber, func(v float64) string {
		return model.FormatNumber(v, decimals)
	}, onCommit)
}

// NewDate is a required date: 31/12/2023.
func NewDate(onCommit func(model.Date) error) *Field[model.Date] {
	f := New(model.ParseDate, model.Date.String, onCommit)
	f.SetPlaceHolder("GG/MM/AAAA")
	return f
}

// NewOptDate is a date that may be left blank (nil).
func NewOptDate(onCommit func(*model.Date) error) *Field[*model.Date] {
	f := New(func(s string) (*model.Date, error) {
		if strings.TrimSpace(s) == "" {
			return nil, nil
		}
		d, err := model.ParseDate(s)
		return &d, err
	}, func(d *model.Date) string {
		if d == nil {
			return ""
		}
		return d.String()
	}, onCommit)
	f.SetPlaceHolder("GG/MM/AAAA")
	return f
}

// NewText is free text on one line, saved when the user leaves it.
func NewText(onCommit func(string) error) *Field[string] {
	return New(func(s string) (string, error) { return strings.TrimSpace(s), nil },
		func(s string) string { return s }, onCommit)
}

// NewRequiredText is text that cannot be left empty; msg says what is
// missing ("inserire il nome dell'unità").
func NewRequiredText(msg string, onCommit func(string) error) *Field[string] {
	f := NewText(onCommit)
	f.parse = func(s string) (string, error) {
		t := strings.TrimSpace(s)
		if t == "" {
			return "", errors.New(msg)
		}
		return t, nil
	}
	return f
}

// NewMultiLine is a long wrapping text (chapters, descriptions). Enter
// starts a new line; the text is saved when the user leaves the field.
func NewMultiLine(rows int, onCommit func(string) error) *Field[string] {
	f := New(func(s string) (string, error) { return strings.TrimRight(s, " \n\t"), nil },
		func(s string) string { return s }, onCommit)
	f.MultiLine = true
	f.Wrapping = fyne.TextWrapWord
	f.SetMinRowsVisible(rows)
	return f
}

// List is a comma-separated list of names ("Cassano Magnago, Cairate").
func NewList(onCommit func([]string) error) *Field[[]string] {
	return New(func(s string) ([]string, error) {
		var out []string
		for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '\n' }) {
			if t := strings.TrimSpace(p); t != "" {
				out = append(out, t)
			}
		}
		return out, nil
	}, func(v []string) string { return strings.Join(v, ", ") }, onCommit)
}

var errYear = errors.New("l'anno deve essere compreso tra 1900 e 2200")

// NewYear is a year, written without the thousands dot: 2023.
func NewYear(onCommit func(int) error) *Field[int] {
	return New(ParseYear, itoa, onCommit)
}
