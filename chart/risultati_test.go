package chart

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

func pf(f float64) *float64 { return &f }

// The results chart draws the Areas' degrees, validated ones beside, the
// same bytes twice; with nothing to draw it says so.
func TestRisultatiFigure(t *testing.T) {
	bars := []Barra{
		{Nome: "Area Amministrativa", Calcolato: pf(98.1)},
		{Nome: "Area Economico-Finanziaria", Calcolato: pf(66.7), Validato: pf(83.3)},
		{Nome: "Area Tecnica con un nome lungo che va a capo", Calcolato: pf(71.4), Validato: pf(82.9)},
		{Nome: "Obiettivi trasversali"},
	}
	f, err := RisultatiFigure("Risultati per Area", bars)
	if err != nil {
		t.Fatal(err)
	}
	a, err := f.PNG(1200, 700)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := f.PNG(1200, 700)
	if !bytes.Equal(a, b) {
		t.Error("il grafico dei risultati non è deterministico")
	}
	img, err := png.Decode(bytes.NewReader(a))
	if err != nil || img.Bounds().Dx() != 1200 {
		t.Fatalf("PNG non valido: %v", err)
	}
	if *out != "" {
		os.WriteFile(filepath.Join(*out, "risultati.png"), a, 0o644)
	}
	if _, err := RisultatiFigure("vuoto", nil); err != ErrNoData {
		t.Errorf("senza barre: %v", err)
	}
}
