package popolazione

import (
	"reflect"
	"strings"
	"testing"

	"pianoperformance/ui/field/fieldtest"
)

// Out-of-bounds figures typed in the grid: the Italian message under the
// cell, and nothing stored.
func TestGridRefusesOutOfBoundsFigures(t *testing.T) {
	s, scr, w := open(t)
	before := fieldtest.Reload(t, s)
	last := len(s.Plan.Popolazione) - 1
	for _, tc := range []struct {
		col        int
		text, want string
	}{
		{1, "20.000.000", "il numero non può superare 10.000.000"},
		{1, "9.223.372.036.854.775.807", "non è un numero intero"},
		{0, "2150", "l'anno deve essere compreso tra 1900 e 2100"},
		{0, "999999999", "l'anno deve essere compreso tra 1900 e 2100"},
	} {
		c := cell(scr, last, tc.col)
		fieldtest.Retype(w.Canvas(), c, c.SetText, tc.text)
		if !strings.Contains(c.Message(), tc.want) {
			t.Errorf("%q: messaggio %q, atteso %q", tc.text, c.Message(), tc.want)
		}
		if !reflect.DeepEqual(fieldtest.Reload(t, s), before) {
			t.Fatalf("%q: il piano salvato è cambiato", tc.text)
		}
		c.Revert()
	}
}
