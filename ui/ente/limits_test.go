package ente

import (
	"reflect"
	"strings"
	"testing"

	"pianoperformance/model/synth"
	"pianoperformance/ui/field/fieldtest"
)

// A name longer than any real one, a year of another era and a coat of
// arms of 20,000 × 20,000 pixels: each refused in Italian, nothing stored.
func TestEnteRefusesOutOfBoundsInput(t *testing.T) {
	s, scr, w := open(t)
	before := fieldtest.Reload(t, s)
	fieldtest.Retype(w.Canvas(), scr.nome, scr.nome.SetText, strings.Repeat("A", 1001))
	if want := "testo troppo lungo: 1.001 caratteri, al massimo 1.000"; !strings.Contains(scr.nome.Message(), want) {
		t.Fatalf("messaggio %q, atteso %q", scr.nome.Message(), want)
	}
	fieldtest.Retype(w.Canvas(), scr.anno, scr.anno.SetText, "999999999")
	if want := "l'anno deve essere compreso tra 1900 e 2100"; !strings.Contains(scr.anno.Message(), want) {
		t.Fatalf("messaggio %q, atteso %q", scr.anno.Message(), want)
	}
	err := scr.stemma.set(synth.PNGHeader(20_000, 20_000))
	if err == nil || !strings.Contains(err.Error(), "20.000 × 20.000 pixel") {
		t.Fatalf("stemma di 20.000 × 20.000 pixel: %v", err)
	}
	if !reflect.DeepEqual(fieldtest.Reload(t, s), before) {
		t.Fatal("il piano salvato è cambiato")
	}
}
