package model

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // the coat of arms may be a JPEG
	"image/png"

	"golang.org/x/image/draw"
)

// Limits of the coat of arms. It is printed about 2 cm wide on every sheet,
// so StemmaLato pixels on the long side are more than print needs; larger
// images are scaled down when chosen or imported. The header's size is read
// before anything is decoded, so an image too large to decode in reasonable
// memory is refused without trying.
const (
	MaxStemmaFile   = 20 << 20   // bytes of a chosen or imported image
	MaxStemmaPixel  = 40_000_000 // pixels of a chosen image (a 40-megapixel photo)
	MaxStemmaLatoIn = 10_000     // pixels on either side of a chosen image
	StemmaLato      = 600        // long side of the stored image, after scaling
	MaxStemmaBytes  = 2 << 20    // bytes of the stored image
	MaxStemmaLato   = 2_000      // long side of a stored image (files of earlier versions)
)

var errStemmaFormato = errors.New("il file non è un'immagine PNG o JPEG")

// PrepareStemma checks an image chosen as coat of arms and returns what to
// store: the image itself when it is already small, otherwise a PNG scaled
// to StemmaLato pixels on the long side.
func PrepareStemma(b []byte) ([]byte, error) {
	if len(b) > MaxStemmaFile {
		return nil, fmt.Errorf("l'immagine è troppo grande (%s MB, al massimo %d MB)", FormatNumber(float64(len(b))/(1<<20), 1), MaxStemmaFile>>20)
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil || (format != "png" && format != "jpeg") {
		return nil, errStemmaFormato
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width > MaxStemmaLatoIn || cfg.Height > MaxStemmaLatoIn ||
		cfg.Width*cfg.Height > MaxStemmaPixel {
		return nil, fmt.Errorf("l'immagine è troppo grande: %s × %s pixel (al massimo %s pixel per lato e %s milioni di pixel in tutto)",
			FormatInt(cfg.Width), FormatInt(cfg.Height), FormatInt(MaxStemmaLatoIn), FormatInt(MaxStemmaPixel/1_000_000))
	}
	if max(cfg.Width, cfg.Height) <= StemmaLato && len(b) <= MaxStemmaBytes {
		return b, nil
	}
	src, _, err := image.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, errStemmaFormato
	}
	w, h := cfg.Width, cfg.Height
	if w >= h {
		w, h = StemmaLato, max(1, h*StemmaLato/w)
	} else {
		w, h = max(1, w*StemmaLato/h), StemmaLato
	}
	dst := image.NewNRGBA(image.Rect(0, 0, w, h))
	draw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Src, nil)
	var out bytes.Buffer
	if err := png.Encode(&out, dst); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// checkStoredStemma is what the store accepts: a PNG or JPEG small enough
// to print quickly.
func checkStoredStemma(b []byte) error {
	if len(b) > MaxStemmaBytes {
		return fmt.Errorf("l'immagine occupa troppo spazio (al massimo %d MB)", MaxStemmaBytes>>20)
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil || (format != "png" && format != "jpeg") {
		return errStemmaFormato
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width > MaxStemmaLato || cfg.Height > MaxStemmaLato {
		return fmt.Errorf("l'immagine è troppo grande: %s × %s pixel (al massimo %s per lato)",
			FormatInt(cfg.Width), FormatInt(cfg.Height), FormatInt(MaxStemmaLato))
	}
	return nil
}
