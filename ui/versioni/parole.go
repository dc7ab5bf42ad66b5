package versioni

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
)

// evidenziato is a text compared word by word (model.ConfrontaParole),
// the words changed bold in colour: red for those that went, green for
// those that came.
func evidenziato(tt []model.Tratto, color fyne.ThemeColorName) *widget.RichText {
	var segs []widget.RichTextSegment
	for _, t := range tt {
		st := widget.RichTextStyleInline
		if t.Cambiato {
			st.ColorName = color
			st.TextStyle.Bold = true
		}
		segs = append(segs, &widget.TextSegment{Text: t.Testo, Style: st})
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}
