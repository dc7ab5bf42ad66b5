package chart

import (
	"image/color"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"pianoperformance/model"
)

// ResidentiFigure is the population trend in three aligned panels:
// residents, households, and births against deaths. Separate panels keep
// each series on its own scale, so a change of 50 residents is as visible as
// one of 5 births.
func ResidentiFigure(p *model.Plan) (*Figure, error) {
	if len(p.Popolazione) == 0 {
		return nil, ErrNoData
	}
	rows := append([]model.PopolazioneAnno(nil), p.Popolazione...)
	sortByYear(rows)
	pick := func(f func(model.PopolazioneAnno) int) plotter.XYs {
		xy := make(plotter.XYs, len(rows))
		for i, r := range rows {
			xy[i].X, xy[i].Y = float64(r.Anno), float64(f(r))
		}
		return xy
	}
	res := newPlot("Residenti al 31 dicembre")
	fam := newPlot("Famiglie")
	mov := newPlot("Nati e morti nell'anno")
	if err := addLine(res, "", pick(func(r model.PopolazioneAnno) int { return r.Residenti }), colBlu, true); err != nil {
		return nil, err
	}
	if err := addLine(fam, "", pick(func(r model.PopolazioneAnno) int { return r.Famiglie }), colAzzurro, true); err != nil {
		return nil, err
	}
	if err := addLine(mov, "Nati", pick(func(r model.PopolazioneAnno) int { return r.Nati }), colBlu, false); err != nil {
		return nil, err
	}
	if err := addLine(mov, "Morti", pick(func(r model.PopolazioneAnno) int { return r.Morti }), colArancio, false); err != nil {
		return nil, err
	}
	mov.Y.Min = 0
	mov.Legend.Left = true
	mov.Legend.Top = false
	mov.Legend.YOffs = vg.Millimeter
	mov.Legend.XOffs = vg.Millimeter * 2
	lo, hi := float64(rows[0].Anno), float64(rows[len(rows)-1].Anno)
	for _, pl := range []*plot.Plot{res, fam, mov} {
		pl.X.Min, pl.X.Max = lo-0.3, hi+0.3
		pl.X.Tick.Marker = plot.TickerFunc(yearTicks)
		pl.Y.Tick.Marker = numTicks(0)
	}
	res.Y.Min, res.Y.Max = padRange(res.Y.Min, res.Y.Max, 0.15)
	fam.Y.Min, fam.Y.Max = padRange(fam.Y.Min, fam.Y.Max, 0.15)
	mov.Y.Max *= 1.15
	return column(res, fam, mov), nil
}

// addLine adds a line with point marks and, when labels is set, the value
// above each point.
func addLine(pl *plot.Plot, name string, xy plotter.XYs, c color.Color, labels bool) error {
	l, s, err := plotter.NewLinePoints(xy)
	if err != nil {
		return err
	}
	l.Color, l.Width = c, vg.Points(1.6)
	s.Color, s.Shape, s.Radius = c, draw.CircleGlyph{}, vg.Points(2.2)
	pl.Add(l, s)
	if name != "" {
		pl.Legend.Add(name, l, s)
	}
	if labels {
		ls := make([]string, len(xy))
		for i, v := range xy {
			ls[i] = model.FormatNumber(v.Y, 0)
		}
		lab, err := plotter.NewLabels(plotter.XYLabels{XYs: xy, Labels: ls})
		if err != nil {
			return err
		}
		for i := range lab.TextStyle {
			lab.TextStyle[i].Font.Size = vg.Points(7)
			lab.TextStyle[i].Font.Variant = "Sans"
			lab.TextStyle[i].Handler = measuredText
			lab.TextStyle[i].Color = colTesto
			lab.TextStyle[i].XAlign = -0.5
			lab.TextStyle[i].YAlign = 0.4
		}
		pl.Add(lab)
	}
	return nil
}

// FasceEtaFigure is residents by age band as grouped bars, one bar per year.
func FasceEtaFigure(p *model.Plan) (*Figure, error) {
	anni := p.AnniFasce()
	if len(anni) == 0 || len(p.Fasce) == 0 {
		return nil, ErrNoData
	}
	if len(anni) > 4 {
		anni = anni[len(anni)-4:] // the latest years stay readable
	}
	pl := newPlot("Popolazione per fasce di età")
	names := make([]string, len(p.Fasce))
	for i, f := range p.Fasce {
		names[i] = wrap(f.Nome, 20)
	}
	w := vg.Points(math.Min(26, 80/float64(len(anni))))
	for i, a := range anni {
		vals := make(plotter.Values, len(p.Fasce))
		for j, f := range p.Fasce {
			n, _ := p.FasciaResidenti(f.ID, a)
			vals[j] = float64(n)
		}
		b, err := plotter.NewBarChart(vals, w)
		if err != nil {
			return nil, err
		}
		b.Color = serie[i%len(serie)]
		b.LineStyle.Width = 0
		b.Offset = w * vg.Length(float64(i)-float64(len(anni)-1)/2)
		pl.Add(b)
		pl.Legend.Add(strconv.Itoa(a), b)
		if err := barLabels(pl, vals, b.Offset, 0); err != nil {
			return nil, err
		}
	}
	pl.NominalX(names...)
	pl.X.Tick.Label.Font.Size = vg.Points(7.5)
	pl.Y.Min = 0
	pl.Y.Max *= 1.25
	pl.Y.Tick.Marker = numTicks(0)
	pl.Y.Label.Text = "residenti"
	return single(pl), nil
}

// barLabels writes each bar's value above it.
func barLabels(pl *plot.Plot, vals plotter.Values, offset vg.Length, decimals int) error {
	xy := make(plotter.XYs, len(vals))
	ls := make([]string, len(vals))
	for i, v := range vals {
		xy[i].X, xy[i].Y = float64(i), v
		ls[i] = model.FormatNumber(v, decimals)
	}
	lab, err := plotter.NewLabels(plotter.XYLabels{XYs: xy, Labels: ls})
	if err != nil {
		return err
	}
	for i := range lab.TextStyle {
		lab.TextStyle[i].Font.Size = vg.Points(6.5)
		lab.TextStyle[i].Font.Variant = "Sans"
		lab.TextStyle[i].Handler = measuredText
		lab.TextStyle[i].Color = colTesto
		lab.TextStyle[i].XAlign = -0.5
	}
	lab.Offset = vg.Point{X: offset, Y: vg.Points(1.5)}
	pl.Add(lab)
	return nil
}

// wrap breaks a label on spaces into lines of about n characters.
func wrap(s string, n int) string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(s) {
		if cur != "" && len([]rune(cur))+1+len([]rune(w)) > n {
			lines = append(lines, cur)
			cur = w
			continue
		}
		if cur != "" {
			cur += " "
		}
		cur += w
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return strings.Join(lines, "\n")
}

func sortByYear(rows []model.PopolazioneAnno) {
	for i := 1; i < len(rows); i++ {
		for j := i; j > 0 && rows[j].Anno < rows[j-1].Anno; j-- {
			rows[j], rows[j-1] = rows[j-1], rows[j]
		}
	}
}
