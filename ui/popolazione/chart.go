package popolazione

import (
	"image"

	"pianoperformance/chart"
	"pianoperformance/model"
	"pianoperformance/ui/chartview"
)

// The residents chart is designed for this shape: three panels, one over
// the other, type sized as in print.
const residentiW, residentiH = 960, 520

// drawResidenti draws the residents trend of p for a place of w×h pixels:
// the largest picture of its shape that fits.
func drawResidenti(p *model.Plan) chartview.Draw {
	return func(w, h int, _ float32) (image.Image, error) {
		f, err := chart.ResidentiFigure(p)
		if err != nil {
			return nil, err
		}
		if w*residentiH > h*residentiW {
			w = h * residentiW / residentiH
		} else {
			h = w * residentiH / residentiW
		}
		return f.Image(w, h, 0)
	}
}
