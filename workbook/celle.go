package workbook

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"pianoperformance/model"
)

// Cells as a person means them. Excel and LibreOffice store what was typed
// in several ways: a date as a day number with a date format, or as text
// "30/06/2024"; "1.234,5" as a number or as text; "85%" as 0,85 with a
// percentage format; a trailing space; TRUE for "sì". Each is read back as
// what was shown on the screen, with the program's Italian parsers.

// formatoNumero tells, from a number format, whether a number is shown as
// a date or as a percentage.
func formatoNumero(id int, custom *string) (data, percento bool) {
	switch {
	case id == 9 || id == 10:
		return false, true
	case id >= 14 && id <= 17, id == 22, id >= 27 && id <= 36, id >= 50 && id <= 58:
		return true, false
	}
	if custom == nil {
		return false, false
	}
	// Quoted text and [..] sections (colours, locales) say nothing of
	// the kind of number.
	var b strings.Builder
	quoted, bracket := false, false
	for _, r := range strings.ToLower(*custom) {
		switch {
		case r == '"':
			quoted = !quoted
		case quoted:
		case r == '[':
			bracket = true
		case r == ']':
			bracket = false
		case !bracket:
			b.WriteRune(r)
		}
	}
	f := strings.NewReplacer("general", "", "standard", "").Replace(b.String())
	if strings.Contains(f, "%") {
		return false, true
	}
	return strings.ContainsAny(f, "dy") || (strings.Contains(f, "m") && !strings.ContainsAny(f, "hs0#")), false
}

// numero is the cell's number, rounded to the digits a spreadsheet shows,
// so 0,85 × 100 is 85 and not 85,00000000000001.
func (c cellaLetta) numero() (float64, bool) {
	if c.tipo != excelize.CellTypeUnset && c.tipo != excelize.CellTypeNumber {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(c.raw), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	if c.percento {
		f *= 100
	}
	r, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'g', 12, 64), 64)
	return r, true
}

// italiano writes a number the way the Italian parsers read it back, with
// no thousands separator and every decimal.
func italiano(f float64) string {
	return strings.Replace(strconv.FormatFloat(f, 'f', -1, 64), ".", ",", 1)
}

// errore is the message for a cell holding a spreadsheet error (#VALORE!).
func (c cellaLetta) errore() error {
	if c.tipo == excelize.CellTypeError {
		return fmt.Errorf("la cella contiene un errore del foglio di calcolo (%s)", strings.TrimSpace(c.raw))
	}
	return nil
}

// testo is the cell as a person reads it.
func (c cellaLetta) testo(date1904 bool) string {
	if c.tipo == excelize.CellTypeBool {
		if strings.TrimSpace(c.raw) == "1" {
			return "sì"
		}
		return "no"
	}
	if n, ok := c.numero(); ok {
		if c.data {
			if d, err := c.giorno(date1904); err == nil {
				return d.String()
			}
		}
		s := model.FormatNumber(n, decimali(n))
		if c.percento {
			s += "%"
		}
		return s
	}
	return testoCanonico(c.raw)
}

// decimali is how many decimals a number needs, up to six.
func decimali(f float64) int {
	for d := 0; d < 6; d++ {
		p := math.Pow10(d)
		if math.Abs(math.Round(f*p)-f*p) < 1e-9 {
			return d
		}
	}
	return 6
}

// giorno reads a date: a day number with a date format, a date cell, or
// text such as "30/06/2024", "30.06.24", "2024-06-30".
func (c cellaLetta) giorno(date1904 bool) (model.Date, error) {
	if err := c.errore(); err != nil {
		return model.Date{}, err
	}
	raw := strings.TrimSpace(c.raw)
	switch {
	case c.tipo == excelize.CellTypeDate && len(raw) >= 10:
		return model.ParseISODate(raw[:10])
	case c.data:
		f, err := strconv.ParseFloat(raw, 64)
		if err == nil && f >= 1 && f < 3e6 {
			t, err := excelize.ExcelDateToTime(math.Floor(f), date1904)
			if err == nil {
				return model.NewDate(t.Year(), t.Month(), t.Day())
			}
		}
	case c.tipo == excelize.CellTypeUnset || c.tipo == excelize.CellTypeNumber:
		if _, err := strconv.ParseFloat(raw, 64); err == nil {
			return model.Date{}, fmt.Errorf("«%s» non è una data: scrivere il giorno nel formato GG/MM/AAAA", c.testo(date1904))
		}
	}
	t := testoCanonico(raw)
	if f := strings.Fields(t); len(f) == 2 && strings.Contains(f[1], ":") {
		t = f[0] // "30/06/2024 00:00:00"
	}
	d, err := model.ParseDate(t)
	if err != nil {
		return model.Date{}, fmt.Errorf("«%s» non è una data: scrivere il giorno nel formato GG/MM/AAAA", t)
	}
	return d, nil
}

// valore reads the value of a reading for an indicator's type and writes
// it in the program's form; the error says what is expected.
func (c cellaLetta) valore(tipo model.TipoIndicatore, date1904 bool) (string, error) {
	if err := c.errore(); err != nil {
		return testoCanonico(c.raw), err
	}
	switch tipo {
	case model.IndNumero, model.IndPercentuale:
		if c.data {
			return c.testo(date1904), fmt.Errorf("«%s» è una data, non un numero", c.testo(date1904))
		}
		if n, ok := c.numero(); ok {
			v, err := model.NormalizzaValore(tipo, italiano(n))
			if err != nil {
				return c.testo(date1904), err
			}
			return v, nil
		}
	case model.IndTempo:
		d, err := c.giorno(date1904)
		if err != nil {
			return c.testo(date1904), fmt.Errorf("«%s» non è una data: scrivere il giorno in cui è stato completato, GG/MM/AAAA", c.testo(date1904))
		}
		return d.String(), nil
	}
	s := c.testo(date1904)
	v, err := model.NormalizzaValore(tipo, s)
	if err != nil {
		return s, err
	}
	return v, nil
}
