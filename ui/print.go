package ui

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/atomicfile"
	"pianoperformance/model"
	"pianoperformance/report"
	"pianoperformance/ui/field"
	"pianoperformance/ui/versioni"
)

// document is what the Stampa dialog prints.
type document int

const (
	docSchede document = iota
	docRiepilogo
	docDocumento
	docVariazione
	docQualita
	docRelazione
	docMonitoraggio
	docCruscotto
)

// documents in the order the dialog offers them, with their file names.
var documents = []struct {
	doc       document
	key, name string
}{
	{docSchede, "stampa.schede", "schede"},
	{docRiepilogo, "stampa.riepilogo", "riepilogo"},
	{docDocumento, "stampa.documento", "piano"},
	{docVariazione, "stampa.variazione", "variazione"},
	{docQualita, "stampa.qualita", "qualita"},
	{docRelazione, "stampa.relazione", "relazione"},
	{docMonitoraggio, "stampa.monitoraggio", "monitoraggio"},
	{docCruscotto, "stampa.cruscotto", "cruscotto"},
}

// output is the kind of file written.
type output int

const (
	outPDF output = iota
	outPDFA
	outDOCX
)

// printChoice is what the Stampa dialog asked for.
type printChoice struct {
	doc document
	sel report.Selection
	// versione is the frozen version the text comes from, 0 for the plan
	// as it is; a Variazione goes from version da to version a (0: the
	// plan as it is).
	versione, da, a int
	out             output
}

func (c printChoice) name() string { return documents[c.doc].name }

func (c printChoice) ext() string {
	if c.out == outDOCX {
		return ".docx"
	}
	return ".pdf"
}

// perObiettivi tells whether the document prints a choice of objectives.
func (c printChoice) perObiettivi() bool { return c.doc <= docDocumento }

// wordOK tells whether the document also comes as a Word file.
func (c printChoice) wordOK() bool { return c.doc == docSchede || c.doc == docDocumento }

// print asks what to print, from which text and in which format: the
// version on screen, the objectives ticked.
func (f *frame) print() { f.printWith(printChoice{versione: f.viewedNumber()}) }

// printWith opens the Stampa dialog on a first choice.
func (f *frame) printWith(c printChoice) {
	if f.s.Plan == nil {
		return
	}
	d := newPrintDialog(f, c)
	d.show()
}

// printJob is what a print needs, read on the UI goroutine before the
// work leaves it: the current plan is a copy (the clerk may keep
// editing), a frozen version never changes.
type printJob struct {
	c    printChoice
	plan *model.Plan
	ver  *model.Versione
	vz   report.Variazione
}

// job reads the texts a choice prints.
func (f *frame) job(c printChoice) (printJob, error) {
	base := f.base()
	j := printJob{c: c}
	vv, err := base.Versioni()
	if err != nil {
		return j, err
	}
	text := func(n int) (*model.Plan, *model.Versione, error) {
		if n == 0 {
			return base.Plan.Clone(), nil, nil
		}
		if n < 0 || n > len(vv) {
			return nil, nil, fmt.Errorf("%w: il piano non ha una versione n. %d", model.ErrVersioneIgnota, n)
		}
		p, err := base.Versione(n)
		v := vv[n-1]
		return p, &v, err
	}
	if c.doc != docVariazione {
		j.plan, j.ver, err = text(c.versione)
		return j, err
	}
	if c.da < 1 || c.da > len(vv) {
		return j, fmt.Errorf("%s", lang.L("stampa.variazione.senza.versioni"))
	}
	if c.a != 0 && c.a <= c.da {
		return j, fmt.Errorf("%s", lang.L("versioni.ordine"))
	}
	j.vz.Da = vv[c.da-1]
	if j.vz.Prima, _, err = text(c.da); err != nil {
		return j, err
	}
	j.vz.Dopo, j.vz.A, err = text(c.a)
	return j, err
}

// write writes the document.
func (j printJob) write(w io.Writer, progress func(done, total int)) error {
	opt := report.Options{Progress: progress, Versione: j.ver, PDFA: j.c.out == outPDFA}
	switch j.c.doc {
	case docVariazione:
		return report.WriteVariazione(w, j.vz, opt)
	case docQualita:
		return report.WriteQualita(w, j.plan, opt)
	}
	kind := map[document]report.Kind{docSchede: report.Schede, docRiepilogo: report.Riepilogo, docDocumento: report.Documento,
		docRelazione: report.Relazione, docMonitoraggio: report.Monitoraggio, docCruscotto: report.Cruscotto}[j.c.doc]
	if j.c.out == outDOCX && j.c.wordOK() {
		return report.WriteDOCX(w, j.plan, kind, j.c.sel, opt)
	}
	return report.Write(w, j.plan, kind, j.c.sel, opt)
}

// saveDoc asks where to save the document; once written it opens (a PDF
// in the viewer, a Word file in Word).
func (f *frame) saveDoc(c printChoice) {
	t := typePDF
	if c.out == outDOCX && c.wordOK() {
		t = typeDOCX
	}
	f.files.save(lang.L("stampa.salva.titolo"), t, docName(f.base().Plan, c), func(p string) { f.runPrint(c, p) })
}

// docName is the suggested name of a printout: the whole document is the
// plan itself, "Piano della Performance 2024 - Comune di Albizzate"; the
// others add what they are, and the version they come from.
func docName(p *model.Plan, c printChoice) string {
	name := planName(p)
	if c.doc != docDocumento {
		name += " - " + lang.L("stampa.nome."+c.name())
	}
	if c.versione > 0 && c.doc != docVariazione {
		name += " - " + lang.L("stampa.nome.versione", map[string]any{"N": c.versione})
	}
	return name
}

// runPrint writes the document to path (when empty, into the folder of
// the printouts, then opened: a PDF in the system viewer, a Word file in
// Word). «Annulla» stops the work and leaves no file behind.
func (f *frame) runPrint(c printChoice, path string) *task {
	if path != "" && f.refuseOpenPlan(path) {
		return nil
	}
	j, err := f.job(c)
	if err != nil {
		f.showError(err)
		return nil
	}
	out := path
	if out == "" {
		if out, err = f.prints.file(c.name(), c.ext()); err != nil {
			f.showError(err)
			return nil
		}
	}
	word := c.out == outDOCX && c.wordOK()
	return f.runTask(lang.L("stampa.in.corso"), lang.L("stampa.annullata"), func(ctx context.Context, progress func(float64)) error {
		return writeDoc(ctx, j, out, func(done, total int) {
			if total > 0 {
				progress(float64(done) / float64(total))
			}
		})
	}, func(err error) {
		if err != nil {
			f.showUnlessCancelled(err)
			return
		}
		args := map[string]any{"File": out}
		switch {
		case path != "" && word:
			f.s.Report(lang.L("stampa.salvato.word", args), false)
		case path != "":
			f.s.Report(lang.L("stampa.salvato", args), false)
		}
		if path != "" || word {
			// Saved, it opens as it is, to be read; «Stampa» opens a Word
			// file in Word too.
			if err := openFile(out); err != nil {
				f.showError(err)
				return
			}
			if path == "" {
				args["File"] = filepath.Base(out)
				f.s.Report(lang.L("stampa.aperto.word", args), false)
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
		f.s.Report(lang.L(msg, args), false)
	})
}

// writeDoc writes the document to path whole or not at all (see
// atomicfile): a failed or cancelled print leaves neither a half file nor
// a damaged earlier one.
func writeDoc(ctx context.Context, j printJob, path string, progress func(done, total int)) error {
	return atomicfile.Write(path, atomicfile.Public, func(w io.Writer) error {
		return cancellable(ctx, progress, func(progress func(done, total int)) error {
			return j.write(w, progress)
		})
	})
}

// versionLabels are the texts a print comes from: the plan as it is, then
// each version.
func (f *frame) versionLabels() ([]string, []model.Versione) {
	vv, _ := f.base().Versioni()
	labels := []string{lang.L("versioni.corrente")}
	for _, v := range vv {
		labels = append(labels, versioni.Label(v))
	}
	return labels, vv
}

// row is a labelled line of the dialog that can be hidden whole.
func row(label string, obj fyne.CanvasObject) *fyne.Container {
	l := widget.NewLabelWithStyle(label, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	return container.New(field.Cols{-150, 1}, l, obj)
}

func indexOf(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return 0
}
