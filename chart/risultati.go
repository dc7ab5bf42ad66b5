package chart

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"pianoperformance/model"
)

// Barra is one bar of a results chart: a name (an Area, an objective's
// code), the degree of achievement computed and, when the Nucleo gave one,
// the validated degree. A nil degree draws no bar.
type Barra struct {
	Nome      string
	Calcolato *float64
	Validato  *float64
}

// RisultatiFigure draws degrees of achievement as horizontal bars, the
// computed one in blue and the Nucleo's beside it in orange, with the value
// at the end of each bar and a dashed line at 100 %. The first bar is at
// the top, in reading order.
func RisultatiFigure(title string, bars []Barra) (*Figure, error) {
	n := len(bars)
	if n == 0 {
		return nil, ErrNoData
	}
	calc, valid := make(plotter.Values, n), make(plotter.Values, n)
	names := make([]string, n)
	hasValid, top := false, 100.0
	for i, b := range bars {
		j := n - 1 - i // gonum puts the first category at the bottom
		names[j] = wrap(b.Nome, 28)
		if b.Calcolato != nil {
			calc[j] = *b.Calcolato
			top = max(top, *b.Calcolato)
		}
		if b.Validato != nil {
			valid[j], hasValid = *b.Validato, true
			top = max(top, *b.Validato)
		}
	}
	pl := newPlot(title)
	w := vg.Points(10)
	if !hasValid {
		w = vg.Points(14)
	}
	bc, err := plotter.NewBarChart(calc, w)
	if err != nil {
		return nil, err
	}
	bc.Horizontal, bc.Color, bc.LineStyle.Width = true, colBlu, 0
	pl.Add(bc)
	if hasValid {
		bv, err := plotter.NewBarChart(valid, w)
		if err != nil {
			return nil, err
		}
		bv.Horizontal, bv.Color, bv.LineStyle.Width = true, colArancio, 0
		bc.Offset, bv.Offset = w/2, -w/2
		pl.Add(bv)
		// A legend would cross the bars: the title says the colours, in
		// lines short enough for the chart's least width in the window.
		pl.Title.Text += "\nin blu il raggiungimento calcolato,\nin arancio quello validato dal Nucleo"
		if err := hBarLabels(pl, valid, bars, true, -w/2); err != nil {
			return nil, err
		}
	}
	if err := hBarLabels(pl, calc, bars, false, bc.Offset); err != nil {
		return nil, err
	}
	full, err := plotter.NewLine(plotter.XYs{{X: 100, Y: -0.6}, {X: 100, Y: float64(n) - 0.4}})
	if err != nil {
		return nil, err
	}
	full.Color, full.Width, full.Dashes = colGrigio, vg.Points(0.8), []vg.Length{vg.Points(3), vg.Points(2)}
	pl.Add(full)
	pl.NominalY(names...)
	pl.X.Min, pl.X.Max = 0, top*1.15
	pl.X.Tick.Marker = numTicks(0)
	pl.X.Label.Text = "% di raggiungimento"
	return single(pl), nil
}

// hBarLabels writes each bar's value at its end; bars without a degree get
// a dash.
func hBarLabels(pl *plot.Plot, vals plotter.Values, bars []Barra, validato bool, offset vg.Length) error {
	n := len(vals)
	xy := make(plotter.XYs, 0, n)
	ls := make([]string, 0, n)
	for i, b := range bars {
		v := b.Calcolato
		if validato {
			v = b.Validato
		}
		j := n - 1 - i
		switch {
		case v != nil:
			xy = append(xy, plotter.XY{X: *v, Y: float64(j)})
			ls = append(ls, model.FormatPerc(*v))
		case !validato:
			xy = append(xy, plotter.XY{X: 0, Y: float64(j)})
			ls = append(ls, "non valutabile")
		}
	}
	if len(xy) == 0 {
		return nil
	}
	lab, err := plotter.NewLabels(plotter.XYLabels{XYs: xy, Labels: ls})
	if err != nil {
		return err
	}
	for i := range lab.TextStyle {
		lab.TextStyle[i].Font.Size = vg.Points(7)
		lab.TextStyle[i].Font.Variant = "Sans"
		lab.TextStyle[i].Handler = measuredText
		lab.TextStyle[i].Color = color.Color(colTesto)
		lab.TextStyle[i].YAlign = -0.5
	}
	lab.Offset = vg.Point{X: vg.Points(2), Y: offset}
	pl.Add(lab)
	return nil
}
