package popolazione

import (
	"pianoperformance/chart"
	"pianoperformance/model"
)

// drawResidenti draws the residents trend as PNG. It is a variable so the
// screen keeps a placeholder when no chart can be drawn.
var drawResidenti func(p *model.Plan, wPx, hPx int) ([]byte, error) = chart.Residenti
