package synth

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/png"
)

// PNGHeader is a one-pixel PNG whose header claims w × h pixels: what a
// check that reads only the header sees as an image that size, without the
// memory a real one would take (20,000 × 20,000 pixels are 1.6 GB).
func PNGHeader(w, h int) []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewGray(image.Rect(0, 0, 1, 1))); err != nil {
		panic(err) // encoding one pixel into memory cannot fail
	}
	out := b.Bytes()
	// Signature (8), IHDR length (4), "IHDR" (4), width, height… CRC at 29.
	binary.BigEndian.PutUint32(out[16:], uint32(w))
	binary.BigEndian.PutUint32(out[20:], uint32(h))
	binary.BigEndian.PutUint32(out[29:], crc32.ChecksumIEEE(out[12:29]))
	return out
}
