package ui

import (
	"context"
	"io"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/atomicfile"
	"pianoperformance/model"
	"pianoperformance/report"
)

// printChoice is what the Stampa dialog asked for.
type printChoice struct {
	kind report.Kind
	sel  report.Selection
}

// print asks what to print and which objectives, then writes the PDF off
// the UI goroutine and opens it in the system viewer (or saves it).
func (f *frame) print() {
	if f.s.Plan == nil {
		return
	}
	kinds := []string{lang.L("stampa.schede"), lang.L("stampa.riepilogo"), lang.L("stampa.documento")}
	kind := widget.NewRadioGroup(kinds, nil)
	kind.SetSelected(kinds[0])
	kind.Required = true

	aree := map[string]int64{}
	var names []string
	selArea := ""
	for _, a := range f.s.Plan.Aree() {
		names = append(names, a.Nome)
		aree[a.Nome] = a.ID
		if a.ID == f.obiettivi.AreaFilter() {
			selArea = a.Nome
		}
	}
	area := widget.NewSelect(names, nil)
	// The ticked objectives when some are ticked, else the one open in
	// the editor.
	marked := f.obiettivi.Ticked()
	which := []string{lang.L("stampa.tutti"), lang.L("stampa.area")}
	if len(marked) > 0 {
		which = append(which, lang.L("stampa.selezionati", map[string]any{"N": len(marked)}))
	} else if m := f.obiettivi.Marked(); len(m) == 1 {
		marked = m
		which = append(which, lang.L("stampa.quello.aperto", map[string]any{"Codice": f.s.Plan.ObiettivoByID(m[0]).Codice}))
	}
	scope := widget.NewRadioGroup(which, func(v string) {
		if v == which[1] {
			area.Enable()
		} else {
			area.Disable()
		}
	})
	scope.Required = true
	// What the clerk is looking at: the ticked objectives, else the Area
	// the table shows, else all.
	switch {
	case len(f.obiettivi.Ticked()) > 0:
		scope.SetSelected(which[2])
	case selArea != "":
		scope.SetSelected(which[1])
	default:
		scope.SetSelected(which[0])
	}
	switch {
	case selArea != "":
		area.SetSelected(selArea)
	case len(names) > 0:
		area.SetSelected(names[0])
	}

	choice := func() printChoice {
		c := printChoice{kind: report.Kind(indexOf(kinds, kind.Selected))}
		switch {
		case scope.Selected == which[1]:
			c.sel.AreaID = aree[area.Selected]
		case len(which) > 2 && scope.Selected == which[2]:
			c.sel.Obiettivi = marked
		}
		return c
	}
	form := widget.NewForm(
		widget.NewFormItem(lang.L("stampa.cosa"), kind),
		widget.NewFormItem(lang.L("stampa.quali"), container.NewVBox(scope, area)),
	)
	var d *dialog.CustomDialog
	open := widget.NewButton(lang.L("stampa.apri"), func() { d.Hide(); f.runPrint(choice(), "") })
	open.Importance = widget.HighImportance
	save := widget.NewButton(lang.L("stampa.salva"), func() { d.Hide(); f.savePDF(choice()) })
	cancel := widget.NewButton(lang.L("Cancel"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(lang.L("stampa.titolo"), form, f.w)
	d.SetButtons([]fyne.CanvasObject{cancel, save, open})
	d.Show()
}

func indexOf(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return 0
}

// savePDF asks where to save the PDF; once written it opens in the viewer.
func (f *frame) savePDF(c printChoice) {
	f.files.save(lang.L("stampa.salva.titolo"), typePDF, pdfName(f.s.Plan, c.kind), func(p string) { f.runPrint(c, p) })
}

// pdfName is the suggested name of a printout: the whole document is the
// plan itself, "Piano della Performance 2024 - Comune di Albizzate"; the
// others add what they are.
func pdfName(p *model.Plan, k report.Kind) string {
	if k == report.Documento {
		return planName(p)
	}
	return planName(p) + " - " + lang.L("stampa.nome."+k.String())
}

// runPrint writes the PDF to path (when empty, into the folder of the
// printouts, then opened in the system viewer). The plan is copied first:
// the clerk may keep editing while the PDF is written. «Annulla» stops the
// work and leaves no file behind.
func (f *frame) runPrint(c printChoice, path string) *task {
	if path != "" && f.refuseOpenPlan(path) {
		return nil
	}
	out := path
	if out == "" {
		var err error
		if out, err = f.prints.file(c.kind.String()); err != nil {
			f.showError(err)
			return nil
		}
	}
	snap := f.s.Plan.Clone()
	return f.runTask(lang.L("stampa.in.corso"), lang.L("stampa.annullata"), func(ctx context.Context, progress func(float64)) error {
		return writePDF(ctx, snap, c, out, func(done, total int) {
			if total > 0 {
				progress(float64(done) / float64(total))
			}
		})
	}, func(err error) {
		if err != nil {
			f.showUnlessCancelled(err)
			return
		}
		if path != "" {
			f.s.Report(lang.L("stampa.salvato", map[string]any{"File": out}), false)
			if err := openFile(out); err != nil {
				f.showError(err)
			}
			return
		}
		printed, err := sendToPrinter(out)
		if err != nil {
			f.showError(err)
			return
		}
		msg := "stampa.aperto"
		if printed {
			msg = "stampa.inviato"
		}
		f.s.Report(lang.L(msg, map[string]any{"File": filepath.Base(out)}), false)
	})
}

// writePDF writes the PDF to path whole or not at all (see atomicfile): a
// failed or cancelled print leaves neither a half file nor a damaged
// earlier one.
func writePDF(ctx context.Context, p *model.Plan, c printChoice, path string, progress func(done, total int)) error {
	return atomicfile.Write(path, atomicfile.Public, func(w io.Writer) error {
		return cancellable(ctx, progress, func(progress func(done, total int)) error {
			return report.Write(w, p, c.kind, c.sel, report.Options{Progress: progress})
		})
	})
}
