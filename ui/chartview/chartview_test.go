package chartview

import (
	"errors"
	"image"
	"image/color"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pianoperformance/ui/field/fieldtest"
)

// recorder is a Draw that keeps the sizes it was asked for and draws a
// plain picture of that size in the colour it is given.
type recorder struct {
	mu    sync.Mutex
	sizes []image.Point
	fill  color.Color
	err   error
	gate  chan struct{} // when set, each drawing waits for a value
}

func (r *recorder) draw(w, h int, scale float32) (image.Image, error) {
	if r.gate != nil {
		<-r.gate
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.sizes = append(r.sizes, image.Pt(w, h))
	if r.err != nil {
		return nil, r.err
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	img.Set(0, 0, r.fill)
	return img, nil
}

func (r *recorder) drawn() []image.Point {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]image.Point(nil), r.sizes...)
}

func show(t *testing.T, size fyne.Size) (*View, fyne.Window, *fieldtest.Settler) {
	t.Helper()
	test.NewTempApp(t)
	bg := fieldtest.Background(t)
	v := New(fyne.NewSize(100, 80))
	w := test.NewWindow(v)
	t.Cleanup(w.Close)
	w.SetPadded(false)
	w.Resize(size)
	return v, w, bg
}

// The chart is drawn at the view's size in pixels, once for a size, and
// again when the window makes the view larger.
func TestDrawnAtTheSizeShown(t *testing.T) {
	v, w, bg := show(t, fyne.NewSize(600, 300))
	r := &recorder{fill: color.Black}
	v.Set(r.draw)
	bg.Settle()
	v.Refresh() // nothing changed: no new drawing
	bg.Settle()
	if got := r.drawn(); len(got) != 1 || got[0] != image.Pt(600, 300) {
		t.Fatalf("drawings %v, want one of 600×300", got)
	}
	if b := v.Image().Bounds(); b.Dx() != 600 || b.Dy() != 300 {
		t.Fatalf("picture shown %v", b)
	}
	w.Resize(fyne.NewSize(700, 350))
	bg.Settle()
	if got := r.drawn(); len(got) != 2 || got[1] != image.Pt(700, 350) {
		t.Fatalf("after the resize, drawings %v", got)
	}
	if b := v.Image().Bounds(); b.Dx() != 700 {
		t.Fatalf("picture shown after the resize %v", b)
	}
}

// A chart set while another is being drawn waits for it, and is the one
// shown: never the older one, never two drawings at a time.
func TestTheLatestChartIsShown(t *testing.T) {
	v, _, bg := show(t, fyne.NewSize(400, 200))
	first := &recorder{fill: color.White, gate: make(chan struct{}, 1)}
	second := &recorder{fill: color.Black}
	v.Set(first.draw)
	v.Set(second.draw) // the first is still drawing
	first.gate <- struct{}{}
	bg.Settle()
	if len(first.drawn()) != 1 || len(second.drawn()) != 1 {
		t.Fatalf("drawings: first %v, second %v", first.drawn(), second.drawn())
	}
	if got := v.Image().At(0, 0); got != color.RGBAModel.Convert(color.Black) {
		t.Fatalf("the view shows the older chart (pixel %v)", got)
	}
}

// A chart that cannot be drawn says why in place of the picture; Clear
// shows its note and no picture.
func TestFailureAndClearShowANote(t *testing.T) {
	v, _, bg := show(t, fyne.NewSize(400, 200))
	v.Set((&recorder{err: errors.New("dati insufficienti per il grafico")}).draw)
	bg.Settle()
	if v.Image() != nil || v.Note() != "dati insufficienti per il grafico" {
		t.Fatalf("picture %v, note %q", v.Image() != nil, v.Note())
	}
	v.Set((&recorder{fill: color.Black}).draw)
	bg.Settle()
	if v.Image() == nil || v.Note() != "" {
		t.Fatalf("after a good chart: picture %v, note %q", v.Image() != nil, v.Note())
	}
	v.Clear("Nessuna verifica")
	bg.Settle()
	if v.Image() != nil || v.Note() != "Nessuna verifica" {
		t.Fatalf("after Clear: picture %v, note %q", v.Image() != nil, v.Note())
	}
}
