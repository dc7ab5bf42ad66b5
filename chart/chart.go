// Package chart builds the plan's context charts with gonum/plot. Each chart
// is a Figure, defined once: the printed document draws it as vectors on
// its pages, the window shows it as a picture drawn at its size on screen. Labels are
// Italian and numbers are written the Italian way; the output is
// deterministic for the same plan and size.
package chart

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"strconv"

	stdfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"pianoperformance/model"
)

// Sober palette: a dark blue, a muted orange, greys; readable in black and
// white print too, thanks to different lightness.
var (
	colBlu     = color.RGBA{31, 64, 104, 255}
	colAzzurro = color.RGBA{122, 160, 204, 255}
	colArancio = color.RGBA{214, 124, 44, 255}
	colGrigio  = color.RGBA{120, 124, 130, 255}
	colGriglia = color.RGBA{224, 227, 231, 255}
	colTesto   = color.RGBA{33, 37, 41, 255}
	colBianco  = color.RGBA{255, 255, 255, 255}
	serie      = []color.Color{colBlu, colArancio, colAzzurro, colGrigio}
)

// printWidth is the width the charts are designed for (170 mm, the text
// width of an A4 page): the resolution follows the requested pixels, so
// type keeps its size relative to the picture.
const printWidth = 170 * vg.Millimeter

// ErrNoData says the plan has no figures for the chart.
var ErrNoData = errors.New("dati insufficienti per il grafico")

func newPlot(title string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font.Size = vg.Points(10)
	p.Title.TextStyle.Font.Weight = stdfont.WeightBold
	p.Title.TextStyle.Color = colTesto
	p.Title.Padding = vg.Points(4)
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font.Size = vg.Points(8.5)
		a.Label.TextStyle.Color = colTesto
		a.Tick.Label.Font.Size = vg.Points(8)
		a.Tick.Label.Color = colTesto
		a.Color = colGrigio
		a.Tick.Color = colGrigio
	}
	p.Legend.TextStyle.Font.Size = vg.Points(8)
	p.Legend.TextStyle.Color = colTesto
	p.Legend.Top = true
	p.Legend.ThumbnailWidth = vg.Points(14)
	// Sans serif like the printed document (gonum's default is a serif).
	for _, ts := range []*text.Style{&p.Title.TextStyle, &p.X.Label.TextStyle, &p.Y.Label.TextStyle,
		&p.X.Tick.Label, &p.Y.Tick.Label, &p.Legend.TextStyle} {
		ts.Font.Variant = "Sans"
		ts.Handler = measuredText
	}
	g := plotter.NewGrid()
	g.Vertical.Color = nil
	g.Horizontal.Color = colGriglia
	p.Add(g)
	return p
}

// numTicks labels the default ticks with Italian numbers.
func numTicks(decimals int) plot.Ticker {
	return plot.TickerFunc(func(min, max float64) []plot.Tick {
		ts := plot.DefaultTicks{}.Ticks(min, max)
		for i := range ts {
			if ts[i].Label != "" {
				ts[i].Label = model.FormatNumber(ts[i].Value, decimals)
			}
		}
		return ts
	})
}

// yearTicks puts one labelled tick on every year (no thousands dot).
func yearTicks(min, max float64) []plot.Tick {
	var ts []plot.Tick
	step := 1
	if max-min > 14 {
		step = int(math.Ceil((max - min) / 12))
	}
	for y := int(math.Ceil(min)); float64(y) <= max; y += step {
		ts = append(ts, plot.Tick{Value: float64(y), Label: strconv.Itoa(y)})
	}
	return ts
}

// render draws fn onto a white wPx×hPx picture at dpi dots per inch; at
// dpi 0, the resolution follows the width (see printWidth).
func render(wPx, hPx int, dpi float64, fn func(dc draw.Canvas)) (image.Image, error) {
	if wPx < 100 || hPx < 80 || wPx > 8000 || hPx > 8000 {
		return nil, fmt.Errorf("dimensioni del grafico non valide: %d×%d pixel", wPx, hPx)
	}
	if dpi <= 0 {
		dpi = float64(wPx) / float64(printWidth/vg.Inch)
	}
	img := image.NewRGBA(image.Rect(0, 0, wPx, hPx))
	c := vgimg.NewWith(vgimg.UseImage(img), vgimg.UseDPI(int(math.Round(dpi))))
	fn(draw.New(c))
	// The canvas draws on its own copy of img.
	return c.Image(), nil
}

// encode draws fn onto a white wPx×hPx image, type sized as in print, and
// returns it as PNG.
func encode(wPx, hPx int, fn func(dc draw.Canvas)) ([]byte, error) {
	img, err := render(wPx, hPx, 0, fn)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&b, img); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Figure is a chart ready to be drawn on any vg canvas: one plot, or a
// column of plots aligned on their axes.
type Figure struct {
	plots []*plot.Plot
}

func single(p *plot.Plot) *Figure { return &Figure{plots: []*plot.Plot{p}} }

// column stacks plots vertically, aligned on their axes.
func column(ps ...*plot.Plot) *Figure { return &Figure{plots: ps} }

// Draw draws the figure filling dc. The charts are designed for a canvas
// 170 mm wide (the text width of an A4 page).
func (f *Figure) Draw(dc draw.Canvas) {
	if len(f.plots) == 1 {
		f.plots[0].Draw(dc)
		return
	}
	rows := make([][]*plot.Plot, len(f.plots))
	for i, p := range f.plots {
		rows[i] = []*plot.Plot{p}
	}
	t := draw.Tiles{Rows: len(f.plots), Cols: 1, PadY: vg.Millimeter * 2, PadTop: vg.Millimeter, PadBottom: vg.Millimeter,
		PadLeft: vg.Millimeter, PadRight: vg.Millimeter * 2}
	cs := plot.Align(rows, t, dc)
	for i, p := range f.plots {
		p.Draw(cs[i][0])
	}
}

// PNG draws the figure on a white wPx×hPx picture.
func (f *Figure) PNG(wPx, hPx int) ([]byte, error) { return encode(wPx, hPx, f.Draw) }

// Image draws the figure on a white wPx×hPx picture at dpi dots per inch,
// for a screen: type has the same size on any picture. At dpi 0 it keeps
// its size relative to the picture, as in print.
func (f *Figure) Image(wPx, hPx int, dpi float64) (image.Image, error) {
	return render(wPx, hPx, dpi, f.Draw)
}

// padRange widens [lo, hi] by a share of its span, for lines that should
// not touch the frame.
func padRange(lo, hi, share float64) (float64, float64) {
	span := hi - lo
	if span == 0 {
		span = math.Max(math.Abs(hi), 1)
	}
	return lo - span*share, hi + span*share
}
