package report

import (
	"strings"
	"testing"
)

func hyphenated(w string) string {
	rs := []rune(w)
	var b strings.Builder
	last := 0
	for _, p := range breakPoints(rs) {
		b.WriteString(string(rs[last:p.at]))
		if p.hyphen {
			b.WriteString("-")
		} else {
			b.WriteString("|")
		}
		last = p.at
	}
	b.WriteString(string(rs[last:]))
	return b.String()
}

func TestItalianBreakPoints(t *testing.T) {
	for in, want := range map[string]string{
		"MONITORAGGIO":        "MO-NI-TO-RAG-GIO",
		"dematerializzazione": "de-ma-te-ria-liz-za-zio-ne",
		"istruzione":          "istru-zio-ne",
		"capra":               "ca-pra",
		"posta":               "po-sta",
		"bagno":               "ba-gno",
		"LL.PP.":              "LL.|PP.",
		"www.comune.it/a-b":   "www.|co-mu-ne.|it/|a-b",
		"01010601":            "01010601",
	} {
		if got := hyphenated(in); got != want {
			t.Errorf("%s: %s, want %s", in, got, want)
		}
	}
}
