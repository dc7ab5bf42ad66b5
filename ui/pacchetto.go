package ui

import (
	"context"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/publication"
)

// File › Pacchetto per Amministrazione trasparente…: the plan as PDF/A
// with its open data and an index, in a folder or a ZIP, from the last
// version the Giunta adopted or varied (or another one, or, as a trial,
// from the plan as it is).

// packChoice is what the dialog asked for.
type packChoice struct {
	versione int // 0: the plan as it is
	zip      bool
}

func (f *frame) pacchetto() {
	texts, vv := f.versionLabels()
	testo := widget.NewSelect(texts, nil)
	testo.SetSelected(texts[len(vv)]) // the last version, or the plan as it is
	warn := widget.NewLabel(lang.L("pacchetto.prova"))
	warn.Wrapping = fyne.TextWrapWord
	warn.Importance = widget.WarningImportance
	testo.OnChanged = func(v string) { show(warn, indexOf(texts, v) == 0) }
	show(warn, len(vv) == 0)
	kinds := []string{lang.L("pacchetto.zip"), lang.L("pacchetto.cartella")}
	kind := widget.NewRadioGroup(kinds, nil)
	kind.Required = true
	kind.SetSelected(kinds[0])
	intro := widget.NewLabel(lang.L("pacchetto.spiega"))
	intro.Wrapping = fyne.TextWrapWord
	body := container.NewVBox(intro, row(lang.L("stampa.testo"), testo), warn, row(lang.L("pacchetto.come"), kind))
	d := dialog.NewCustomConfirm(lang.L("pacchetto.titolo"), lang.L("pacchetto.avanti"), lang.L("Cancel"), body, func(ok bool) {
		if ok {
			f.askPackPlace(packChoice{versione: indexOf(texts, testo.Selected), zip: kind.Selected == kinds[0]})
		}
	}, f.w)
	d.Resize(fyne.NewSize(680, d.MinSize().Height))
	d.Show()
}

// askPackPlace asks where to make the pack: a ZIP file, or a folder in
// which the pack gets a folder of its own.
func (f *frame) askPackPlace(c packChoice) {
	pk, err := f.pack(c)
	if err != nil {
		f.showError(err)
		return
	}
	if c.zip {
		f.files.save(lang.L("pacchetto.titolo"), typeZIP, pk.Nome(), func(p string) { f.runPack(pk, p) })
		return
	}
	f.files.folder(lang.L("pacchetto.titolo"), func(dir string) { f.runPack(pk, filepath.Join(dir, pk.Nome())) })
}

// pack reads the text to publish, on the UI goroutine.
func (f *frame) pack(c packChoice) (publication.Pack, error) {
	j, err := f.job(printChoice{doc: docDocumento, versione: c.versione})
	if err != nil {
		return publication.Pack{}, err
	}
	vv, err := f.base().Versioni()
	return publication.Pack{Plan: j.plan, Versione: j.ver, Versioni: vv, Date: time.Now()}, err
}

// runPack makes the pack off the UI goroutine, with its progress and
// «Annulla»: every file is made before any is written, so a cancelled
// pack leaves nothing behind.
func (f *frame) runPack(pk publication.Pack, dst string) *task {
	if f.refuseOpenPlan(dst) {
		return nil
	}
	var names []string
	return f.runTask(lang.L("pacchetto.in.corso"), lang.L("pacchetto.annullato"), func(ctx context.Context, progress func(float64)) error {
		return cancellable(ctx, func(done, total int) {
			if total > 0 {
				progress(float64(done) / float64(total))
			}
		}, func(step func(done, total int)) error {
			pk.Progress = step
			var err error
			names, err = pk.Write(dst)
			return err
		})
	}, func(err error) {
		if err != nil {
			f.showUnlessCancelled(err)
			return
		}
		f.s.Report(lang.L("pacchetto.fatto", map[string]any{"Dove": dst, "N": len(names)}), false)
	})
}
