package report

import (
	"bytes"
	"image/color"
	"strings"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The charts are vectors with real text: their titles, axis labels and
// values are in the PDF's text, and the document holds no images but the
// coat of arms.
func TestChartsAreVectorsWithRealText(t *testing.T) {
	p := examplePlan(t)
	p.Ente.Stemma = nil
	pdf := render(t, p, Documento, Selection{})
	if n := bytes.Count(pdf, []byte("/Subtype /Image")); n != 0 {
		t.Errorf("%d images in a document without coat of arms, want 0: the charts should be vectors", n)
	}
	text := strings.Join(pdfToText(t, pdf, "-layout"), "\n")
	for _, s := range []string{
		"Residenti al 31 dicembre", "Famiglie", "Nati e morti nell'anno", "5.349", "5.350", "2014", "Morti",
		"Popolazione per fasce di età", "Scuola dell'obbligo", "2.600",
		"Dipendenti ogni 1.000 abitanti", "Media dipendenti comuni per 1.000 abitanti in Lombardia (2017): 5,97", "3,05", "8,0",
		"Dipendenti per sesso", "Uomini", "Donne",
	} {
		if !strings.Contains(text, s) {
			t.Errorf("chart text %q missing from pdftotext", s)
		}
	}
	// The vertical axis label is rotated text, still extracted as text.
	if !strings.Contains(squash(text), "residenti") || !strings.Contains(squash(strings.Join(pdfToText(t, pdf, "-raw"), "")), "dipendenti") {
		t.Error("rotated axis labels missing")
	}
}

// Drawing a chart leaves the document's font, colours, line width and
// position as they were, so the text after it prints unchanged.
func TestDrawFigureRestoresTheDocumentState(t *testing.T) {
	d := newDoc(fixturePlan(), false, "t", "t", Options{Printed: printed})
	d.newPage()
	d.font("I", 9)
	d.color(colMuted)
	d.fill(colZebra)
	d.draw(colBorder)
	d.pdf.SetLineWidth(0.3)
	d.pdf.SetXY(20, 50)
	drawFigure(d, "t", 20, 50, 100, 60, func(dc draw.Canvas) {
		red := color.RGBA{200, 0, 0, 255}
		dc.StrokeLine2(draw.LineStyle{Color: red, Width: vg.Points(2), Dashes: []vg.Length{2, 2}}, dc.Min.X, dc.Min.Y, dc.Max.X, dc.Max.Y)
		dc.FillText(draw.TextStyle{Color: red, Font: font.Font{Typeface: "Liberation", Variant: "Sans", Size: 9}, Rotation: 1.57, Handler: plot.DefaultTextHandler}, dc.Center(), "verticale")
		dc.SetColor(color.NRGBA{0, 0, 200, 128})
		var pth vg.Path
		pth.Move(vg.Point{X: 30, Y: 20})
		pth.Arc(vg.Point{X: 20, Y: 20}, 10, 0, 6.3)
		pth.Close()
		dc.Fill(pth)
	})
	pdf := d.pdf
	if fam, st := pdf.GetFontFamily(), pdf.GetFontStyle(); fam != strings.ToLower(fontFamily) && fam != fontFamily || st != "I" {
		t.Errorf("font %s %s, want %s I", fam, st, fontFamily)
	}
	if sz, _ := pdf.GetFontSize(); sz != 9 {
		t.Errorf("font size %v, want 9", sz)
	}
	if r, g, b := pdf.GetTextColor(); (rgb{r, g, b}) != colMuted {
		t.Errorf("text colour %v %v %v", r, g, b)
	}
	if r, g, b := pdf.GetFillColor(); (rgb{r, g, b}) != colZebra {
		t.Errorf("fill colour %v %v %v", r, g, b)
	}
	if r, g, b := pdf.GetDrawColor(); (rgb{r, g, b}) != colBorder {
		t.Errorf("draw colour %v %v %v", r, g, b)
	}
	if lw := pdf.GetLineWidth(); lw != 0.3 {
		t.Errorf("line width %v, want 0.3", lw)
	}
	if x, y := pdf.GetXY(); x != 20 || y != 50 {
		t.Errorf("position %v,%v, want 20,50", x, y)
	}
	if a, _ := pdf.GetAlpha(); a != 1 {
		t.Errorf("alpha %v, want 1", a)
	}
	if err := pdf.Error(); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := d.output(&out); err != nil {
		t.Fatal(err)
	}
}
