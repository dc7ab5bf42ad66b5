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

// The kinds refuse, with the model's message, what no plan can hold: a
// count over ten million, a year outside 1900–2100, a text longer than the
// model's limits. The store checks each record again, with its own bounds.

// NewInt is a whole number shown with thousands dots: 5.141.
func NewInt(onCommit func(int) error) *Field[int] {
	return New(parseInt, model.FormatInt, onCommit)
}

func parseInt(s string) (int, error) {
	n, err := model.ParseInt(s)
	if err == nil {
		err = model.CheckNumber(float64(n))
	}
	return n, err
}

// NewNonNegInt is a count: a whole number that cannot be negative.
func NewNonNegInt(onCommit func(int) error) *Field[int] {
	return New(parseNonNeg, model.FormatInt, onCommit)
}

func parseNonNeg(s string) (int, error) {
	n, err := model.ParseInt(s)
	if err == nil {
		err = model.CheckCount(n)
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
	return New(parseNumber, func(v float64) string {
		return model.FormatNumber(v, decimals)
	}, onCommit)
}

func parseNumber(s string) (float64, error) {
	f, err := model.ParseNumber(s)
	if err == nil {
		err = model.CheckNumber(f)
	}
	return f, err
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
	return New(parseLine, func(s string) string { return s }, onCommit)
}

func parseLine(s string) (string, error) {
	t := strings.TrimSpace(s)
	return t, model.CheckText(t, false)
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
		return t, model.CheckText(t, false)
	}
	return f
}

// NewMultiLine is a long wrapping text (chapters, descriptions). Enter
// starts a new line; the text is saved when the user leaves the field.
func NewMultiLine(rows int, onCommit func(string) error) *Field[string] {
	f := New(func(s string) (string, error) {
		t := strings.TrimRight(s, " \n\t")
		return t, model.CheckText(t, true)
	}, func(s string) string { return s }, onCommit)
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
				if err := model.CheckText(t, false); err != nil {
					return nil, err
				}
				out = append(out, t)
			}
		}
		return out, nil
	}, func(v []string) string { return strings.Join(v, ", ") }, onCommit)
}

// NewYear is a year, written without the thousands dot: 2023.
func NewYear(onCommit func(int) error) *Field[int] {
	return New(ParseYear, itoa, onCommit)
}

// NewOptNumber is a decimal number the plan may leave blank (nil), shown
// without useless decimals (85,5; 100) and refused when check says so.
func NewOptNumber(check func(float64) error, onCommit func(*float64) error) *Field[*float64] {
	f := New(func(s string) (*float64, error) {
		if strings.TrimSpace(s) == "" {
			return nil, nil
		}
		v, err := parseNumber(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%")))
		if err == nil && check != nil {
			err = check(v)
		}
		return &v, err
	}, func(v *float64) string {
		if v == nil {
			return ""
		}
		return TrimZeros(model.FormatNumber(*v, 2))
	}, onCommit)
	f.SetPlaceHolder("—")
	return f
}

// TrimZeros drops the decimals that say nothing: 85,50 → 85,5; 100,00 → 100.
func TrimZeros(s string) string {
	if !strings.Contains(s, ",") {
		return s
	}
	return strings.TrimSuffix(strings.TrimRight(s, "0"), ",")
}

// NewOptYear is a year the plan may leave blank (0): 2023.
func NewOptYear(onCommit func(int) error) *Field[int] {
	f := New(func(s string) (int, error) {
		if strings.TrimSpace(s) == "" {
			return 0, nil
		}
		return ParseYear(s)
	}, itoa, onCommit)
	f.SetPlaceHolder("AAAA")
	return f
}
