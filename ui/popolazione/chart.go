package popolazione

import "pianoperformance/model"

// drawResidenti draws the residents trend as PNG; nil until the chart
// package is wired in.
var drawResidenti func(p *model.Plan, wPx, hPx int) ([]byte, error)
