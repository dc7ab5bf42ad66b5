package chart

import (
	"sync"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
)

// measured is gonum's plain text handler keeping the size of every text it
// measured: laying out a plot measures each label several times (axes,
// padding, alignment), and each measurement walks the font's tables and
// allocates a glyph buffer. It was a third of the time of drawing the
// document's charts. Shared by all charts, from any goroutine.
type measured struct {
	text.Plain
	mu    sync.Mutex
	boxes map[boxKey]textBox
}

type boxKey struct {
	txt string
	fnt font.Font
}

type textBox struct{ width, height, depth vg.Length }

// maxBoxes bounds the cache: labels are few, but a window open all day
// draws the charts of many plans.
const maxBoxes = 4096

var measuredText = newMeasured()

func newMeasured() *measured {
	plain, ok := plot.DefaultTextHandler.(text.Plain)
	if !ok {
		plain = text.Plain{Fonts: font.DefaultCache}
	}
	return &measured{Plain: plain, boxes: map[boxKey]textBox{}}
}

func (m *measured) Box(txt string, fnt font.Font) (width, height, depth vg.Length) {
	k := boxKey{txt, fnt}
	m.mu.Lock()
	b, ok := m.boxes[k]
	m.mu.Unlock()
	if ok {
		return b.width, b.height, b.depth
	}
	b.width, b.height, b.depth = m.Plain.Box(txt, fnt)
	m.mu.Lock()
	if len(m.boxes) >= maxBoxes {
		clear(m.boxes)
	}
	m.boxes[k] = b
	m.mu.Unlock()
	return b.width, b.height, b.depth
}
