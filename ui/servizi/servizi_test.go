package servizi

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pianoperformance/model"
	"pianoperformance/ui/field/fieldtest"
	"pianoperformance/ui/session"
)

func TestServizi(t *testing.T) {
	s, sc, w := fieldtest.Open(t, New, fyne.NewSize(1100, 700))
	scr := sc.(*Screen)
	test.AssertRendersToMarkup(t, "servizi.xml", w.Canvas())
	n := len(s.Plan.Servizi)
	first := s.Plan.Servizi[0]

	fieldtest.Retype(w.Canvas(), scr.firmato, scr.firmato.SetText, "31/02/2023")
	if !strings.Contains(scr.firmato.Message(), "non esiste") || dstr(fieldtest.Reload(t, s).Servizi[0].DataSottoscrizione) != dstr(first.DataSottoscrizione) {
		t.Fatalf("invalid date: %q", scr.firmato.Message())
	}
	scr.firmato.Revert()
	fieldtest.Retype(w.Canvas(), scr.firmato, scr.firmato.SetText, "1/3/2019")
	if d := fieldtest.Reload(t, s).Servizi[0].DataSottoscrizione; d == nil || *d != model.MustDate(2019, 3, 1) {
		t.Fatalf("date stored %v", d)
	}
	fieldtest.Retype(w.Canvas(), scr.partner, scr.partner.SetText, "Cassano Magnago, Cairate")
	if p := fieldtest.Reload(t, s).Servizi[0].Partner; len(p) != 2 || p[1] != "Cairate" {
		t.Fatalf("partner %q", p)
	}
	_ = s.Undo()
	if p := fieldtest.Reload(t, s).Servizi[0].Partner; strings.Join(p, ",") != strings.Join(first.Partner, ",") {
		t.Fatalf("undo partner %q", p)
	}
	scr.add()
	if len(fieldtest.Reload(t, s).Servizi) != n+1 || w.Canvas().Focused() != scr.titolo {
		t.Fatal("add")
	}
	test.Tap(scr.del)
	fieldtest.TapDialogButton(t, w, "Elimina")
	if len(fieldtest.Reload(t, s).Servizi) != n {
		t.Fatal("delete")
	}
	scr.Show(session.Target{Sezione: "servizi", ID: first.ID, Campo: "partner"})
	if w.Canvas().Focused() != scr.partner || scr.sel != 0 {
		t.Fatalf("Show focused %v", w.Canvas().Focused())
	}
}

func dstr(d *model.Date) string {
	if d == nil {
		return ""
	}
	return d.String()
}
