package export

import "strings"

// Neutralize defuses text that a spreadsheet would run as a formula when the
// file is opened (CSV/formula injection, OWASP): text starting with = + - @,
// a tab or a carriage return gets a leading apostrophe, which Excel and
// LibreOffice treat as "this is text". Text that is just a number ("-8",
// "+3,5") cannot carry a formula and is left alone, so genuine negative
// numbers keep reading as numbers. Both the CSV and the XLSX writer call it.
func Neutralize(s string) string {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) || plainNumber(s) {
		return s
	}
	return "'" + s
}

// plainNumber reports whether s is a signed decimal number and nothing else:
// an optional sign, digits, and at most one decimal comma or point.
func plainNumber(s string) bool {
	if s[0] == '+' || s[0] == '-' {
		s = s[1:]
	}
	digits, sep := 0, false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case (r == ',' || r == '.') && !sep && digits > 0:
			sep = true
		default:
			return false
		}
	}
	return digits > 0 && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}
