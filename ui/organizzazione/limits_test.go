package organizzazione

import (
	"reflect"
	"strings"
	"testing"

	"pianoperformance/ui/field"
	"pianoperformance/ui/field/fieldtest"
)

// A count the field accepts but the store's own bound refuses (staff over
// 100,000): the store's Italian message appears under the cell and the file
// is unchanged.
func TestStaffOverTheStoreLimitIsRefused(t *testing.T) {
	s, scr, w := open(t)
	before := fieldtest.Reload(t, s)
	// The unit's own staff, through the form.
	fieldtest.Retype(w.Canvas(), scr.dipendenti, scr.dipendenti.SetText, "150.000")
	if want := "150.000 è oltre il massimo ammesso (100.000)"; !strings.Contains(scr.dipendenti.Message(), want) {
		t.Fatalf("messaggio %q, atteso %q", scr.dipendenti.Message(), want)
	}
	if !reflect.DeepEqual(fieldtest.Reload(t, s), before) {
		t.Fatal("il piano salvato è cambiato")
	}
	scr.tabs.Select(scr.perT)
	last := len(s.Plan.Personale) - 1
	c := scr.pers.anni.Cell(last, 1).(*field.Field[int])
	fieldtest.Retype(w.Canvas(), c, c.SetText, "250.000")
	if want := "250.000 è oltre il massimo ammesso (100.000)"; !strings.Contains(c.Message(), want) {
		t.Fatalf("messaggio %q, atteso %q", c.Message(), want)
	}
	if !reflect.DeepEqual(fieldtest.Reload(t, s), before) {
		t.Fatal("il piano salvato è cambiato")
	}
}
