package ui

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
)

// restore offers the plan's backup copies and puts the chosen one back in
// place of the plan (File › Ripristina da una copia di sicurezza…). The
// plan as it is goes among the copies first, so a restore can be undone by
// restoring that copy; the undo history, which belonged to the plan
// replaced, is cleared.
func (f *frame) restore() {
	f.closeVersion()
	r, ok := model.Unchecked(f.s.Store).(model.Restorer)
	if !ok || f.s.ReadOnly() {
		dialog.ShowInformation(lang.L("file.ripristina.titolo"), lang.L("file.ripristina.non.disponibile"), f.w)
		return
	}
	list, err := r.Backups()
	if err != nil {
		f.showError(err)
		return
	}
	if len(list) == 0 {
		dialog.ShowInformation(lang.L("file.ripristina.titolo"), lang.L("file.ripristina.nessuna"), f.w)
		return
	}
	labels := make([]string, len(list))
	for i, b := range list {
		key := "file.ripristina.copia"
		if b.Replaced {
			key = "file.ripristina.sostituito"
		}
		labels[i] = lang.L(key, whenArgs(b.Taken, map[string]any{"Dimensione": size(b.Size)}))
	}
	choice := widget.NewRadioGroup(labels, nil)
	choice.Required = true
	choice.SetSelected(labels[0])
	intro := widget.NewLabel(lang.L("file.ripristina.spiegazione"))
	intro.Wrapping = fyne.TextWrapWord
	body := container.NewBorder(intro, nil, nil, nil, container.NewVScroll(choice))
	d := dialog.NewCustomConfirm(lang.L("file.ripristina.titolo"), lang.L("file.ripristina.conferma"), lang.L("Cancel"), body,
		func(ok bool) {
			if ok {
				f.restoreFrom(r, list[indexOf(labels, choice.Selected)])
			}
		}, f.w)
	d.Resize(fyne.NewSize(620, 460))
	d.Show()
}

// restoreFrom puts backup b back, off the UI goroutine, and shows the
// plan it held.
func (f *frame) restoreFrom(r model.Restorer, b model.Backup) {
	st := f.s.Store
	var p *model.Plan
	f.busy(lang.L("file.ripristina.in.corso"), func() error {
		ctx := context.Background()
		if err := r.Restore(ctx, b.Path); err != nil {
			return err
		}
		var err error
		p, err = st.Load(ctx)
		return err
	}, func() {
		f.w.Canvas().Unfocus()
		f.s.Reset(st, p)
		f.rebuild()
		f.s.Report(lang.L("file.ripristinato", whenArgs(b.Taken, nil)), false)
	})
}

// whenArgs adds a moment's date and time, the Italian way, to args.
func whenArgs(t time.Time, args map[string]any) map[string]any {
	if args == nil {
		args = map[string]any{}
	}
	args["Data"], args["Ora"] = t.Format("02/01/2006"), t.Format("15:04")
	return args
}

// size writes a file size for a clerk: "840 kB", "1,2 MB".
func size(n int64) string {
	if n < 1_000_000 {
		return fmt.Sprintf("%s kB", model.FormatNumber(float64(n)/1000, 0))
	}
	return fmt.Sprintf("%s MB", model.FormatNumber(float64(n)/1_000_000, 1))
}
