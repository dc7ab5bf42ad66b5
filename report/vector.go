package report

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"strconv"

	"codeberg.org/go-pdf/fpdf"
	stdfont "golang.org/x/image/font"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// vecCanvas is a vg.Canvas drawing straight into the document's page as
// PDF vectors: charts stay sharp at any zoom, their text is real text in the
// document's embedded Liberation Sans (the font gonum/plot measures with),
// and nothing is rasterised or compressed as an image.
//
// gonum's own vgpdf backend owns its document; this one draws on ours. It
// keeps the current transformation itself and sends fpdf page coordinates,
// so only rotated text needs a PDF transformation.
type vecCanvas struct {
	d     *doc
	pdf   *pdfw
	w, h  vg.Length
	name  string // prefix of the names of registered images
	imgs  int
	stack []vecState
}

type vecState struct {
	m      affine // vg coordinates (points, y up) to page millimetres (y down)
	width  vg.Length
	dashes []vg.Length
	offs   vg.Length
	alpha  float64
}

// affine maps (x, y) to (a*x + c*y + e, b*x + d*y + f).
type affine struct{ a, b, c, d, e, f float64 }

func (m affine) apply(p vg.Point) (float64, float64) {
	x, y := float64(p.X), float64(p.Y)
	return m.a*x + m.c*y + m.e, m.b*x + m.d*y + m.f
}

// then is m after n: points go through n first.
func (m affine) then(n affine) affine {
	return affine{
		a: m.a*n.a + m.c*n.b, b: m.b*n.a + m.d*n.b,
		c: m.a*n.c + m.c*n.d, d: m.b*n.c + m.d*n.d,
		e: m.a*n.e + m.c*n.f + m.e, f: m.b*n.e + m.d*n.f + m.f,
	}
}

// scale is the factor lengths are multiplied by.
func (m affine) scale() float64 { return math.Sqrt(math.Abs(m.a*m.d - m.b*m.c)) }

const mmPerPoint = 25.4 / 72

// drawFigure draws fn on a w×h millimetre box whose top left corner is at
// (x, y) on the current page, and leaves the document's font, colours, line
// style and position as they were.
func drawFigure(d *doc, name string, x, y, w, h float64, fn func(draw.Canvas)) {
	pdf := d.pdf
	family, style := pdf.GetFontFamily(), pdf.GetFontStyle()
	size, _ := pdf.GetFontSize()
	dr, dg, db := pdf.GetDrawColor()
	fr, fg, fb := pdf.GetFillColor()
	tr, tg, tb := pdf.GetTextColor()
	lw := pdf.GetLineWidth()
	cx, cy := pdf.GetXY()
	capStyle, joinStyle := pdf.GetLineCapStyle(), pdf.GetLineJoinStyle()

	pdf.SetLineCapStyle("butt")
	pdf.SetLineJoinStyle("miter")
	c := &vecCanvas{
		d:    d,
		pdf:  pdf,
		w:    vg.Length(w / mmPerPoint),
		h:    vg.Length(h / mmPerPoint),
		name: name,
		stack: []vecState{{
			m:     affine{a: mmPerPoint, d: -mmPerPoint, e: x, f: y + h},
			alpha: 1,
		}},
	}
	vg.Initialize(c)
	fn(draw.New(c))

	pdf.SetDashPattern(nil, 0)
	if c.state().alpha != 1 {
		pdf.SetAlpha(1, "Normal")
	}
	pdf.SetLineCapStyle(capStyle)
	pdf.SetLineJoinStyle(joinStyle)
	pdf.SetLineWidth(lw)
	pdf.SetDrawColor(dr, dg, db)
	pdf.SetFillColor(fr, fg, fb)
	pdf.SetTextColor(tr, tg, tb)
	if family != "" {
		pdf.SetFont(family, style, size)
	}
	pdf.SetXY(cx, cy)
}

func (c *vecCanvas) state() *vecState { return &c.stack[len(c.stack)-1] }

func (c *vecCanvas) Size() (vg.Length, vg.Length) { return c.w, c.h }

func (c *vecCanvas) SetLineWidth(w vg.Length) {
	s := c.state()
	s.width = w
	if w > 0 {
		c.pdf.SetLineWidth(float64(w) * s.m.scale())
	}
}

func (c *vecCanvas) SetLineDash(dashes []vg.Length, offs vg.Length) {
	s := c.state()
	s.dashes, s.offs = dashes, offs
	c.applyDash()
}

func (c *vecCanvas) applyDash() {
	s := c.state()
	k := s.m.scale()
	ds := make([]float64, len(s.dashes))
	for i, d := range s.dashes {
		ds[i] = float64(d) * k
	}
	c.pdf.SetDashPattern(ds, float64(s.offs)*k)
}

func (c *vecCanvas) SetColor(clr color.Color) {
	if clr == nil {
		clr = color.Black
	}
	r, g, b, a := clr.RGBA()
	if a > 0 && a < 0xffff { // fpdf wants the colour without alpha
		r, g, b = r*0xffff/a, g*0xffff/a, b*0xffff/a
	}
	ri, gi, bi := int(r>>8), int(g>>8), int(b>>8)
	c.pdf.SetDrawColor(ri, gi, bi)
	c.pdf.SetFillColor(ri, gi, bi)
	c.pdf.SetTextColor(ri, gi, bi)
	s := c.state()
	if alpha := float64(a) / 0xffff; alpha != s.alpha {
		c.pdf.SetAlpha(alpha, "Normal")
		s.alpha = alpha
	}
}

func (c *vecCanvas) Rotate(rad float64) {
	sin, cos := math.Sincos(rad)
	c.transform(affine{a: cos, b: sin, c: -sin, d: cos})
}

func (c *vecCanvas) Translate(pt vg.Point) {
	c.transform(affine{a: 1, d: 1, e: float64(pt.X), f: float64(pt.Y)})
}

func (c *vecCanvas) Scale(x, y float64) {
	c.transform(affine{a: x, d: y})
}

func (c *vecCanvas) transform(n affine) {
	s := c.state()
	s.m = s.m.then(n)
}

func (c *vecCanvas) Push() {
	c.stack = append(c.stack, *c.state())
}

// Pop restores the saved state, and the PDF's where it differs.
func (c *vecCanvas) Pop() {
	if len(c.stack) < 2 {
		return
	}
	cur := *c.state()
	c.stack = c.stack[:len(c.stack)-1]
	s := c.state()
	if s.width != cur.width || s.m.scale() != cur.m.scale() {
		c.SetLineWidth(s.width)
	}
	if len(s.dashes) != len(cur.dashes) || s.offs != cur.offs || s.m.scale() != cur.m.scale() || !equalDashes(s.dashes, cur.dashes) {
		c.applyDash()
	}
	if s.alpha != cur.alpha {
		c.pdf.SetAlpha(s.alpha, "Normal")
	}
}

func equalDashes(a, b []vg.Length) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (c *vecCanvas) Stroke(p vg.Path) {
	if c.state().width <= 0 {
		return
	}
	if c.path(p) {
		c.pdf.DrawPath("D")
	}
}

func (c *vecCanvas) Fill(p vg.Path) {
	if c.path(p) {
		c.pdf.DrawPath("f")
	}
}

// path sends p to the PDF in page coordinates; it reports whether there is
// anything to paint.
func (c *vecCanvas) path(p vg.Path) bool {
	m := c.state().m
	var start, cur vg.Point
	open := false
	moveTo := func(pt vg.Point) {
		c.pdf.MoveTo(m.apply(pt))
		start, cur, open = pt, pt, true
	}
	lineTo := func(pt vg.Point) {
		if !open {
			moveTo(pt)
			return
		}
		c.pdf.LineTo(m.apply(pt))
		cur = pt
	}
	for _, comp := range p {
		switch comp.Type {
		case vg.MoveComp:
			moveTo(comp.Pos)
		case vg.LineComp:
			lineTo(comp.Pos)
		case vg.ArcComp:
			// Cubic Béziers of at most a quarter turn each.
			r := float64(comp.Radius)
			at := func(t float64) vg.Point {
				s, co := math.Sincos(t)
				return vg.Point{X: comp.Pos.X + vg.Length(r*co), Y: comp.Pos.Y + vg.Length(r*s)}
			}
			if p0 := at(comp.Start); !open {
				moveTo(p0)
			} else if p0 != cur {
				lineTo(p0)
			}
			n := int(math.Ceil(math.Abs(comp.Angle) / (math.Pi / 2)))
			step := comp.Angle / float64(max(n, 1))
			k := 4.0 / 3 * math.Tan(step/4) * r
			for i := range n {
				t0, t1 := comp.Start+float64(i)*step, comp.Start+float64(i+1)*step
				s0, c0 := math.Sincos(t0)
				s1, c1 := math.Sincos(t1)
				p0, p3 := at(t0), at(t1)
				p1 := vg.Point{X: p0.X - vg.Length(k*s0), Y: p0.Y + vg.Length(k*c0)}
				p2 := vg.Point{X: p3.X + vg.Length(k*s1), Y: p3.Y - vg.Length(k*c1)}
				c.curve(m, p1, p2, p3)
				cur = p3
			}
		case vg.CurveComp:
			if !open {
				moveTo(cur)
			}
			switch len(comp.Control) {
			case 1: // quadratic, raised to cubic
				q := comp.Control[0]
				p1 := vg.Point{X: cur.X + (q.X-cur.X)*2/3, Y: cur.Y + (q.Y-cur.Y)*2/3}
				p2 := vg.Point{X: comp.Pos.X + (q.X-comp.Pos.X)*2/3, Y: comp.Pos.Y + (q.Y-comp.Pos.Y)*2/3}
				c.curve(m, p1, p2, comp.Pos)
			case 2:
				c.curve(m, comp.Control[0], comp.Control[1], comp.Pos)
			default:
				lineTo(comp.Pos)
			}
			cur = comp.Pos
		case vg.CloseComp:
			if open {
				c.pdf.ClosePath()
				cur = start
			}
		}
	}
	return open
}

func (c *vecCanvas) curve(m affine, p1, p2, p3 vg.Point) {
	x1, y1 := m.apply(p1)
	x2, y2 := m.apply(p2)
	x3, y3 := m.apply(p3)
	c.pdf.CurveBezierCubicTo(x1, y1, x2, y2, x3, y3)
}

// FillString writes text with its baseline's left end at pt, in the
// document's Liberation Sans: the charts' fonts are all Liberation Sans,
// so the widths gonum/plot measured are the ones printed.
func (c *vecCanvas) FillString(f font.Face, pt vg.Point, text string) {
	if f.Font.Size == 0 || text == "" {
		return
	}
	m := c.state().m
	style := ""
	if f.Font.Weight >= stdfont.WeightBold {
		style += "B"
	}
	if f.Font.Style == stdfont.StyleItalic {
		style += "I"
	}
	k := m.scale() / mmPerPoint // 1 unless the chart scales its canvas
	c.d.font(style, float64(f.Font.Size)*k)
	x, y := m.apply(pt)
	// The page's y axis points down: a counter-clockwise turn of the
	// text's direction has a negative b.
	angle := math.Atan2(-m.b, m.a) * 180 / math.Pi
	if math.Abs(angle) < 1e-9 {
		c.pdf.Text(x, y, text)
		return
	}
	c.pdf.TransformBegin()
	c.pdf.TransformRotate(angle, x, y)
	c.pdf.Text(x, y, text)
	c.pdf.TransformEnd()
}

// DrawImage places img, as a PNG, in the rectangle. The context charts
// draw no images; this keeps the canvas complete.
func (c *vecCanvas) DrawImage(rect vg.Rectangle, img image.Image) {
	var b bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&b, img); err != nil {
		c.pdf.SetError(err)
		return
	}
	c.imgs++
	name := c.name + "-img" + strconv.Itoa(c.imgs)
	c.pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "PNG"}, &b)
	m := c.state().m
	x0, y0 := m.apply(rect.Min)
	x1, y1 := m.apply(rect.Max)
	c.pdf.ImageOptions(name, math.Min(x0, x1), math.Min(y0, y1), math.Abs(x1-x0), math.Abs(y1-y0), false, fpdf.ImageOptions{}, 0, "")
}
