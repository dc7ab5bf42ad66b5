package model_test

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"pianoperformance/model"
	"pianoperformance/model/synth"
)

func realPNG(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.NRGBA{uint8(x), uint8(y), 200, 255})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestStemmaAbsurdSizeRefusedBeforeDecoding(t *testing.T) {
	_, err := model.PrepareStemma(synth.PNGHeader(20_000, 20_000))
	if err == nil || !strings.Contains(err.Error(), "20.000 × 20.000 pixel") {
		t.Fatalf("immagine di 20.000 × 20.000 pixel: %v", err)
	}
	if _, err := model.PrepareStemma([]byte("non è un'immagine")); err == nil || !strings.Contains(err.Error(), "PNG o JPEG") {
		t.Fatalf("file non immagine: %v", err)
	}
	if _, err := model.PrepareStemma(make([]byte, model.MaxStemmaFile+1)); err == nil || !strings.Contains(err.Error(), "troppo grande") {
		t.Fatalf("file di 20 MB: %v", err)
	}
	// The store refuses what PrepareStemma would never produce.
	e := model.Ente{Nome: "X", Stemma: synth.PNGHeader(5000, 300)}
	if err := model.CheckEnte(e); err == nil || !strings.Contains(err.Error(), "5.000 × 300 pixel") {
		t.Fatalf("stemma di 5.000 pixel nel salvataggio: %v", err)
	}
}

func TestStemmaLargeIsScaledSmallIsKept(t *testing.T) {
	big := realPNG(t, 1500, 900)
	got, err := model.PrepareStemma(big)
	if err != nil {
		t.Fatal(err)
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(got))
	if err != nil || format != "png" || cfg.Width != model.StemmaLato || cfg.Height != 360 {
		t.Fatalf("ridotto a %d × %d (%s, %v), atteso 600 × 360 PNG", cfg.Width, cfg.Height, format, err)
	}
	if err := model.CheckEnte(model.Ente{Nome: "X", Stemma: got}); err != nil {
		t.Fatal(err)
	}
	small := realPNG(t, 120, 150)
	if got, err := model.PrepareStemma(small); err != nil || !bytes.Equal(got, small) {
		t.Fatalf("un'immagine piccola va tenuta com'è: %v", err)
	}
}
