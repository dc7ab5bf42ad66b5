package chart

import (
	"bytes"
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"pianoperformance/model"
)

var out = flag.String("out", "", "also write the charts into this folder, to look at them")

func testPlan() *model.Plan {
	p := &model.Plan{Territorio: model.Territorio{SuperficieTotale: 3.8}}
	for i, r := range [][5]int{{2018, 5251, 2215, 43, 55}, {2019, 5243, 2220, 45, 62}, {2020, 5228, 2212, 33, 66}, {2021, 5228, 2245, 46, 57}, {2022, 5141, 2216, 34, 51}} {
		p.Popolazione = append(p.Popolazione, model.PopolazioneAnno{Anno: r[0], Residenti: r[1], Famiglie: r[2], Nati: r[3], Morti: r[4]})
		p.Personale = append(p.Personale, model.PersonaleAnno{Anno: r[0], Dipendenti: 16 - i/3, Uomini: 6 - i/2, Donne: 10 + i/2 - i/3})
	}
	for i, f := range []string{"Prescolare (0-6 anni)", "Scuola dell'obbligo (7-14 anni)", "Forza lavoro prima occupazione (15-29 anni)", "Adulta (30-65 anni)", "Senile (oltre 65 anni)"} {
		p.Fasce = append(p.Fasce, model.FasciaEta{ID: int64(i + 1), Ordine: i + 1, Nome: f})
		p.PopolazioneFasce = append(p.PopolazioneFasce, model.PopolazioneFascia{FasciaID: int64(i + 1), Anno: 2021, Residenti: 300 + 400*i},
			model.PopolazioneFascia{FasciaID: int64(i + 1), Anno: 2022, Residenti: 310 + 390*i})
	}
	p.Benchmark = []model.Benchmark{{ID: 1, Descrizione: "Media Lombardia", Anno: 2017, Valore: 5.97}, {ID: 2, Descrizione: "Media nazionale", Anno: 2017, Valore: 6.27}}
	return p
}

// pngOf is the PNG of a figure a constructor built, or its error.
func pngOf(f *Figure, err error, wPx, hPx int) ([]byte, error) {
	if err != nil {
		return nil, err
	}
	return f.PNG(wPx, hPx)
}

// charts draws each figure as a PNG.
var charts = map[string]func(*model.Plan, int, int) ([]byte, error){
	"residenti": func(p *model.Plan, w, h int) ([]byte, error) {
		f, err := ResidentiFigure(p)
		return pngOf(f, err, w, h)
	},
	"fasce": func(p *model.Plan, w, h int) ([]byte, error) { f, err := FasceEtaFigure(p); return pngOf(f, err, w, h) },
	"permille": func(p *model.Plan, w, h int) ([]byte, error) {
		f, err := PersonalePerMilleFigure(p)
		return pngOf(f, err, w, h)
	},
	"sesso": func(p *model.Plan, w, h int) ([]byte, error) {
		f, err := PersonaleSessoFigure(p)
		return pngOf(f, err, w, h)
	},
}

// Every chart decodes as a PNG of the requested size, is not blank, and is
// the same bytes when drawn twice.
func TestChartsArePNGOfTheRequestedSize(t *testing.T) {
	p := testPlan()
	for name, fn := range charts {
		for _, sz := range [][2]int{{1000, 560}, {640, 400}} {
			b, err := fn(p, sz[0], sz[1])
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("%s: not a PNG: %v", name, err)
			}
			if got := img.Bounds().Size(); got != (image.Point{sz[0], sz[1]}) {
				t.Errorf("%s: size %v, want %v", name, got, sz)
			}
			if ink, paper := inked(img); ink < 0.01 || paper < 0.5 {
				t.Errorf("%s: %.4f of the pixels inked, %.4f white paper: not a chart", name, ink, paper)
			}
			again, _ := fn(p, sz[0], sz[1])
			if !bytes.Equal(b, again) {
				t.Errorf("%s: two draws differ", name)
			}
			if *out != "" && sz[0] == 1000 {
				os.MkdirAll(*out, 0o755)
				os.WriteFile(filepath.Join(*out, name+".png"), b, 0o644)
			}
		}
	}
}

func TestChartsWithoutDataSaySo(t *testing.T) {
	for name, fn := range charts {
		if _, err := fn(&model.Plan{}, 800, 400); err != ErrNoData {
			t.Errorf("%s on an empty plan: err = %v, want ErrNoData", name, err)
		}
	}
	if _, err := charts["residenti"](testPlan(), 10, 10); err == nil {
		t.Error("a 10×10 chart should be refused")
	}
}

// inked is the share of opaque pixels that are drawn (not white) and the
// share that are white paper; transparent pixels count as neither.
func inked(img image.Image) (ink, paper float64) {
	b := img.Bounds()
	n, w := 0, 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bb, a := img.At(x, y).RGBA()
			switch {
			case a < 0xf000:
			case r < 0xe000 || g < 0xe000 || bb < 0xe000:
				n++
			default:
				w++
			}
		}
	}
	tot := float64(b.Dx() * b.Dy())
	return float64(n) / tot, float64(w) / tot
}

// BenchmarkResidenti draws the residents chart as the window does.
func BenchmarkResidenti(b *testing.B) {
	p := testPlan()
	for b.Loop() {
		f, err := ResidentiFigure(p)
		if err == nil {
			_, err = f.Image(960, 520, 0)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
}
