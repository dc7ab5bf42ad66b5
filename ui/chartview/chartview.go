// Package chartview shows a chart drawn at the size it has on screen, in
// pixels: sharp, and with no picture scaled in software by the UI
// goroutine, which took about 19 ms for a chart drawn at a fixed size
// (docs/benchmark-finestra.md). The drawing runs off the UI goroutine
// (package background); while a new one is on its way, the last one stays,
// stretched by the graphics card.
package chartview

import (
	"image"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/chart"
	"pianoperformance/ui/background"
)

// Draw draws a chart for a place of w×h pixels, at scale pixels per unit of
// the window (the screen's zoom). It runs off the UI goroutine; it may draw
// a smaller or larger picture, which the view fits in its place.
type Draw func(w, h int, scale float32) (image.Image, error)

// screenDPI sizes a chart's type for the screen: its 8-point labels come
// about as large as the window's own text.
const screenDPI = 110

// View is a chart in the window.
type View struct {
	widget.BaseWidget
	img  *canvas.Image
	note *widget.Label
	min  fyne.Size

	draw  Draw
	gen   int  // numbers the charts Set: only the latest is shown
	busy  bool // a drawing is under way; its end looks again
	shown struct {
		gen int
		px  image.Point
	}
}

// New is an empty view at least min large: the least size at which the
// labels of the charts it shows do not run into each other.
func New(min fyne.Size) *View {
	v := &View{img: canvas.NewImageFromImage(nil), note: widget.NewLabel(""), min: min}
	v.img.FillMode = canvas.ImageFillContain
	// The graphics card stretches a picture drawn for another size until
	// the one for this size comes: no software scaling.
	v.img.ScaleMode = canvas.ImageScaleFastest
	v.img.SetMinSize(min)
	v.note.Wrapping = fyne.TextWrapWord
	v.ExtendBaseWidget(v)
	return v
}

func (v *View) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(v.img, container.NewCenter(v.note)))
}

// Set shows the chart d draws, as soon as the view has a size.
func (v *View) Set(d Draw) {
	v.gen++
	v.draw = d
	v.update()
}

// SetFigure shows the figure build makes (off the UI goroutine), drawn for
// the screen at the view's size, or at its least size, reduced, where the
// place is smaller.
func (v *View) SetFigure(build func() (*chart.Figure, error)) {
	min := v.min
	v.Set(func(w, h int, scale float32) (image.Image, error) {
		f, err := build()
		if err != nil {
			return nil, err
		}
		w, h = max(w, int(min.Width*scale)), max(h, int(min.Height*scale))
		return f.Image(w, h, float64(screenDPI*scale))
	})
}

// Clear shows no chart, and note instead.
func (v *View) Clear(note string) {
	v.gen++
	v.draw = nil
	v.note.SetText(note)
	v.img.Image = nil
	v.img.Refresh()
}

// Image is the picture shown; Note the text shown instead of it.
func (v *View) Image() image.Image { return v.img.Image }
func (v *View) Note() string       { return v.note.Text }

func (v *View) Resize(s fyne.Size) {
	v.BaseWidget.Resize(s)
	v.update()
}

// Refresh also follows a change of the screen's zoom.
func (v *View) Refresh() {
	v.BaseWidget.Refresh()
	v.update()
}

// pixels is the view's size on screen, and its scale.
func (v *View) pixels() (image.Point, float32) {
	scale := float32(1)
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil {
		scale = c.Scale()
	}
	s := v.Size()
	return image.Pt(int(math.Round(float64(s.Width*scale))), int(math.Round(float64(s.Height*scale)))), scale
}

// update starts a drawing when the picture shown is not that of the latest
// chart at the view's size in pixels, unless one is under way: at its end
// it looks again, so a window dragged larger draws once more, not once per
// step.
func (v *View) update() {
	if v.draw == nil || v.busy {
		return
	}
	px, scale := v.pixels()
	if px.X <= 0 || px.Y <= 0 || v.shown.gen == v.gen && v.shown.px == px {
		return
	}
	v.busy = true
	d, gen := v.draw, v.gen
	var img image.Image
	var err error
	background.Go(func() { img, err = d(px.X, px.Y, scale) }, func() {
		v.busy = false
		if gen == v.gen {
			v.shown.gen, v.shown.px = gen, px
			note := ""
			if err != nil {
				note, img = err.Error(), nil
			}
			v.note.SetText(note)
			v.img.Image = img
			v.img.Refresh()
		}
		v.update()
	})
}
