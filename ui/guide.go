package ui

import (
	"bytes"
	"image/png"
	"regexp"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/assets"
)

// Aiuto › Guida: the short guide of the year's tasks, with pictures of
// the window and the keys, in a window of its own beside the plan. It is
// written in Markdown (assets/guida/guida.md); a line "![…](name.png)"
// shows an embedded picture.

var guideImage = regexp.MustCompile(`^!\[([^\]]*)\]\(([^)]+)\)$`)

// guideWidth is the width the pictures are drawn at.
const guideWidth = 860

func (f *frame) guide() {
	if f.guideWin != nil {
		f.guideWin.RequestFocus()
		return
	}
	w := f.a.NewWindow(lang.L("guida.finestra"))
	w.SetContent(container.NewVScroll(container.NewPadded(guidePage())))
	w.Resize(fyne.NewSize(guideWidth+60, 640))
	counted(w, func() { f.guideWin = nil })
	f.guideWin = w
	w.Show()
}

// guidePage lays out the guide: text as rich text, pictures at their
// proportions.
func guidePage() fyne.CanvasObject {
	src, err := assets.Guide.ReadFile("guida/guida.md")
	if err != nil {
		return widget.NewLabel(err.Error())
	}
	box := container.NewVBox()
	var text []string
	flush := func() {
		if len(text) > 0 {
			rt := widget.NewRichTextFromMarkdown(strings.Join(text, "\n"))
			rt.Wrapping = fyne.TextWrapWord
			box.Add(rt)
			text = nil
		}
	}
	for _, line := range strings.Split(string(src), "\n") {
		m := guideImage.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil {
			text = append(text, line)
			continue
		}
		flush()
		if img := guidePicture(m[2]); img != nil {
			box.Add(container.NewCenter(img))
		}
	}
	flush()
	return box
}

// guidePicture is an embedded picture at the guide's width.
func guidePicture(name string) *canvas.Image {
	data, err := assets.Guide.ReadFile("guida/" + name)
	if err != nil {
		return nil
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(data))
	if err != nil || cfg.Width == 0 {
		return nil
	}
	img := canvas.NewImageFromResource(fyne.NewStaticResource(name, data))
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSize(guideWidth, guideWidth*float32(cfg.Height)/float32(cfg.Width)))
	return img
}
