package export

import "testing"

func TestNeutralize(t *testing.T) {
	cases := map[string]string{
		`=HYPERLINK("http://x")`: `'=HYPERLINK("http://x")`,
		"+1+1":                   "'+1+1",
		"@SUM(A1)":               "'@SUM(A1)",
		"-2+3":                   "'-2+3",
		"\tcmd":                  "'\tcmd",
		"\rcmd":                  "'\rcmd",
		"- punto elenco":         "'- punto elenco",
		"-8":                     "-8",
		"+3,5":                   "+3,5",
		"-1.5":                   "-1.5",
		"-":                      "'-",
		"-3,":                    "'-3,",
		"entro il 31/12/2023":    "entro il 31/12/2023",
		"100% = obiettivo":       "100% = obiettivo",
		"":                       "",
	}
	for in, want := range cases {
		if got := Neutralize(in); got != want {
			t.Errorf("Neutralize(%q) = %q, atteso %q", in, got, want)
		}
	}
}
