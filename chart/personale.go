package chart

import (
	"image/color"
	"strconv"

	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"pianoperformance/model"
)

// personaleAnni lists the staff years in ascending order.
func personaleAnni(p *model.Plan) []model.PersonaleAnno {
	rows := append([]model.PersonaleAnno(nil), p.Personale...)
	for i := 1; i < len(rows); i++ {
		for j := i; j > 0 && rows[j].Anno < rows[j-1].Anno; j-- {
			rows[j], rows[j-1] = rows[j-1], rows[j]
		}
	}
	return rows
}

// PersonalePerMilleFigure is staff per 1,000 inhabitants per year (bars,
// derived from the population table) against the benchmark averages
// (dashed lines).
func PersonalePerMilleFigure(p *model.Plan) (*Figure, error) {
	rows := personaleAnni(p)
	var vals plotter.Values
	var names []string
	for _, r := range rows {
		v, ok := p.PerMille(r.Anno)
		if !ok {
			continue
		}
		vals = append(vals, v)
		names = append(names, strconv.Itoa(r.Anno))
	}
	if len(vals) == 0 {
		return nil, ErrNoData
	}
	pl := newPlot("Dipendenti ogni 1.000 abitanti")
	b, err := plotter.NewBarChart(vals, vg.Points(28))
	if err != nil {
		return nil, err
	}
	b.Color, b.LineStyle.Width = colBlu, 0
	pl.Add(b)
	pl.Legend.Add("Comune", b)
	if err := barLabels(pl, vals, 0, 2); err != nil {
		return nil, err
	}
	top := 0.0
	for _, v := range vals {
		top = max(top, v)
	}
	dashes := [][]vg.Length{{vg.Points(5), vg.Points(3)}, {vg.Points(2), vg.Points(2)}, {vg.Points(8), vg.Points(2), vg.Points(2), vg.Points(2)}}
	for i, bm := range p.Benchmark {
		xy := plotter.XYs{{X: -0.5, Y: bm.Valore}, {X: float64(len(vals)) - 0.5, Y: bm.Valore}}
		l, err := plotter.NewLine(xy)
		if err != nil {
			return nil, err
		}
		l.Color = []color.Color{colArancio, colGrigio, colAzzurro}[i%3]
		l.Width = vg.Points(1.4)
		l.Dashes = dashes[i%len(dashes)]
		pl.Add(l)
		name := bm.Descrizione
		if bm.Anno > 0 {
			name += " (" + strconv.Itoa(bm.Anno) + ")"
		}
		pl.Legend.Add(name+": "+model.FormatNumber(bm.Valore, 2), l)
		top = max(top, bm.Valore)
	}
	pl.NominalX(names...)
	pl.Y.Min, pl.Y.Max = 0, top*1.45
	pl.Y.Tick.Marker = numTicks(1)
	return single(pl), nil
}

// PersonaleSessoFigure is staff per year as stacked bars, men below and
// women above, with the counts written inside the bars.
func PersonaleSessoFigure(p *model.Plan) (*Figure, error) {
	rows := personaleAnni(p)
	if len(rows) == 0 {
		return nil, ErrNoData
	}
	var u, d plotter.Values
	var names []string
	top := 0.0
	for _, r := range rows {
		u = append(u, float64(r.Uomini))
		d = append(d, float64(r.Donne))
		names = append(names, strconv.Itoa(r.Anno))
		top = max(top, float64(r.Uomini+r.Donne))
	}
	pl := newPlot("Dipendenti per sesso")
	w := vg.Points(28)
	bu, err := plotter.NewBarChart(u, w)
	if err != nil {
		return nil, err
	}
	bd, err := plotter.NewBarChart(d, w)
	if err != nil {
		return nil, err
	}
	bu.Color, bu.LineStyle.Width = colBlu, 0
	bd.Color, bd.LineStyle.Width = colAzzurro, 0
	bd.StackOn(bu)
	pl.Add(bu, bd)
	pl.Legend.Add("Uomini", bu)
	pl.Legend.Add("Donne", bd)
	// Counts in the middle of each segment.
	var xy plotter.XYs
	var ls []string
	for i := range rows {
		xy = append(xy, plotter.XY{X: float64(i), Y: u[i] / 2}, plotter.XY{X: float64(i), Y: u[i] + d[i]/2})
		ls = append(ls, model.FormatNumber(u[i], 0), model.FormatNumber(d[i], 0))
	}
	lab, err := plotter.NewLabels(plotter.XYLabels{XYs: xy, Labels: ls})
	if err != nil {
		return nil, err
	}
	for i := range lab.TextStyle {
		lab.TextStyle[i].Font.Size = vg.Points(7.5)
		lab.TextStyle[i].Font.Variant = "Sans"
		lab.TextStyle[i].Handler = measuredText
		lab.TextStyle[i].XAlign, lab.TextStyle[i].YAlign = -0.5, -0.5
		if i%2 == 0 {
			lab.TextStyle[i].Color = colBianco
		} else {
			lab.TextStyle[i].Color = colTesto
		}
	}
	pl.Add(lab)
	pl.NominalX(names...)
	pl.Y.Min, pl.Y.Max = 0, top*1.3
	pl.Y.Tick.Marker = numTicks(0)
	pl.Y.Label.Text = "dipendenti"
	return single(pl), nil
}
