package ente

import (
	"bytes"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
)

// stemma is the coat of arms: a preview, "Scegli immagine…" and "Rimuovi".
type stemma struct {
	e       *Screen
	img     *canvas.Image
	none    *widget.Label
	remove  *widget.Button
	content fyne.CanvasObject
	shown   []byte
}

func newStemma(e *Screen) *stemma {
	st := &stemma{e: e}
	st.img = canvas.NewImageFromResource(nil)
	st.img.FillMode = canvas.ImageFillContain
	st.img.SetMinSize(fyne.NewSize(96, 96))
	st.none = widget.NewLabel(lang.L("ente.stemma.nessuno"))
	choose := widget.NewButtonWithIcon(lang.L("ente.stemma.scegli"), theme.FolderOpenIcon(), st.choose)
	st.remove = widget.NewButtonWithIcon(lang.L("ente.stemma.rimuovi"), theme.DeleteIcon(), func() {
		_ = st.set(nil)
	})
	st.content = container.NewHBox(container.NewStack(st.img, st.none), container.NewVBox(choose, st.remove))
	return st
}

func (st *stemma) choose() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(err, st.e.w)
			return
		}
		if r == nil {
			return
		}
		defer r.Close()
		data, err := io.ReadAll(io.LimitReader(r, model.MaxStemmaFile+1))
		if err == nil {
			err = st.set(data)
		}
		if err != nil {
			dialog.ShowError(err, st.e.w)
		}
	}, st.e.w)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".jpg", ".jpeg", ".PNG", ".JPG", ".JPEG"}))
	d.Show()
}

// set stores new coat-of-arms bytes (nil removes it) after the model's
// checks: a PNG or JPEG of sane size, scaled down to what print needs.
func (st *stemma) set(data []byte) error {
	if data != nil {
		var err error
		if data, err = model.PrepareStemma(data); err != nil {
			return err
		}
	}
	return st.e.saveEnte(lang.L("ente.stemma"), func(x *model.Ente) { x.Stemma = data })
}

func (st *stemma) refresh(data []byte) {
	if bytes.Equal(data, st.shown) && (data == nil) == (st.shown == nil) {
		return
	}
	st.shown = data
	if len(data) == 0 {
		st.img.Resource = nil
		st.img.Hide()
		st.none.Show()
		st.remove.Disable()
	} else {
		st.img.Resource = fyne.NewStaticResource("stemma", data)
		st.img.Show()
		st.none.Hide()
		st.remove.Enable()
	}
	st.img.Refresh()
}
