package ente

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/png"
	"reflect"
	"strings"
	"testing"

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
	err := scr.stemma.set(pngHeader(t, 20_000, 20_000))
	if err == nil || !strings.Contains(err.Error(), "20.000 × 20.000 pixel") {
		t.Fatalf("stemma di 20.000 × 20.000 pixel: %v", err)
	}
	if !reflect.DeepEqual(fieldtest.Reload(t, s), before) {
		t.Fatal("il piano salvato è cambiato")
	}
}

// pngHeader is a 1-pixel PNG whose header claims w × h pixels.
func pngHeader(t *testing.T, w, h int) []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 1, 1))); err != nil {
		t.Fatal(err)
	}
	out := b.Bytes()
	binary.BigEndian.PutUint32(out[16:], uint32(w))
	binary.BigEndian.PutUint32(out[20:], uint32(h))
	binary.BigEndian.PutUint32(out[29:], crc32.ChecksumIEEE(out[12:29]))
	return out
}
