package territorio

import (
	"reflect"
	"strings"
	"testing"

	"pianoperformance/ui/field/fieldtest"
)

// A surface of a million km² and an altitude of 9 km: refused in Italian,
// nothing stored.
func TestTerritorioRefusesImplausibleFigures(t *testing.T) {
	s, scr, w := open(t)
	before := fieldtest.Reload(t, s)
	fieldtest.Retype(w.Canvas(), scr.totale, scr.totale.SetText, "1.000.000")
	if want := "1.000.000,00 è fuori dai limiti (da 0 a 20.000)"; !strings.Contains(scr.totale.Message(), want) {
		t.Fatalf("messaggio %q, atteso %q", scr.totale.Message(), want)
	}
	fieldtest.Retype(w.Canvas(), scr.altitudine, scr.altitudine.SetText, "9.000")
	if want := "9.000 è fuori dai limiti"; !strings.Contains(scr.altitudine.Message(), want) {
		t.Fatalf("messaggio %q, atteso %q", scr.altitudine.Message(), want)
	}
	fieldtest.Retype(w.Canvas(), scr.urbana, scr.urbana.SetText, "99.999.999.999")
	if want := "il numero deve essere compreso tra"; !strings.Contains(scr.urbana.Message(), want) {
		t.Fatalf("messaggio %q, atteso %q", scr.urbana.Message(), want)
	}
	if !reflect.DeepEqual(fieldtest.Reload(t, s), before) {
		t.Fatal("il piano salvato è cambiato")
	}
}
