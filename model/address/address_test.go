package address

import (
	"strings"
	"testing"
)

func TestParseAndPrint(t *testing.T) {
	for _, tc := range []struct{ in, out, where string }{
		{"postgres://mrossi@db.comune.local:5432/piani?plan=albizzate-2024", "postgres://mrossi@db.comune.local:5432/piani?plan=albizzate-2024", "sul server db.comune.local, database piani"},
		{"postgresql://mrossi@db/piani?sslmode=require&plan=a.b-1", "postgres://mrossi@db/piani?plan=a.b-1&sslmode=require", "sul server db, database piani"},
		{"postgres://x@/piani?host=/run/postgresql&plan=p", "postgres://x@/piani?host=%2Frun%2Fpostgresql&plan=p", "sul server locale, database piani"},
	} {
		a, err := Parse(tc.in, true)
		if err != nil {
			t.Fatalf("%s: %v", tc.in, err)
		}
		if got := a.String(); got != tc.out {
			t.Errorf("%s printed %s, want %s", tc.in, got, tc.out)
		}
		if b, err := Parse(a.String(), true); err != nil || b.String() != a.String() {
			t.Errorf("%s does not read back: %v", a, err)
		}
		if got := a.Where(); got != tc.where {
			t.Errorf("%s: %q", tc.in, got)
		}
		if strings.Contains(a.Server(), "plan=") {
			t.Errorf("server part %s names the plan", a.Server())
		}
	}
}

func TestParseRefuses(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://mrossi:segreta@db/piani?plan=a": "password",
		"postgres://mrossi@db/piani":                "non indica il piano",
		"postgres://mrossi@db/?plan=a":              "database",
		"postgres://mrossi@db:99999/piani?plan=a":   "porta",
		"postgres://mrossi@db/piani?plan=Albizzate": "non valido",
		"/home/piano.db":                            "non valido",
	} {
		if _, err := Parse(in, true); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", in, err, want)
		}
	}
}
