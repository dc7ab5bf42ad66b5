package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
)

// printDialog is the Stampa dialog: which document, from which text (the
// plan as it is or a frozen version; for the Variazione, which two), which
// objectives, and the format.
type printDialog struct {
	f *frame
	c printChoice

	docs          []string
	doc           *widget.RadioGroup
	texts         []string
	testo, da, a  *widget.Select
	scope         *widget.RadioGroup
	which         []string
	area          *widget.Select
	aree          map[string]int64
	marked        []int64
	formats       []string
	format        *widget.Select
	hint          *widget.Label
	rowTesto      *fyne.Container
	rowConfronto  *fyne.Container
	rowObiettivi  *fyne.Container
	verifica      *widget.Select
	verIDs        map[string]int64
	rowVerifica   *fyne.Container
	open, save    *widget.Button
	dialog        *dialog.CustomDialog
	versionsCount int
}

func newPrintDialog(f *frame, c printChoice) *printDialog {
	d := &printDialog{f: f, c: c}
	for _, x := range documents {
		d.docs = append(d.docs, lang.L(x.key))
	}
	d.doc = widget.NewRadioGroup(d.docs, func(string) { d.update() })
	d.doc.Required = true

	var vv []model.Versione
	d.texts, vv = f.versionLabels()
	d.versionsCount = len(vv)
	d.testo = widget.NewSelect(d.texts, func(string) { d.update() })
	d.da = widget.NewSelect(d.texts[1:], func(string) { d.update() })
	d.a = widget.NewSelect(append(append([]string{}, d.texts[1:]...), d.texts[0]), func(string) { d.update() })
	if c.doc == docVariazione && c.da == 0 && len(vv) > 0 {
		// The changes not yet registered, or else the last variation.
		c.da, c.a = len(vv), 0
		if mm, _ := f.base().NonRegistrate(); len(mm) == 0 && len(vv) > 1 {
			c.da, c.a = len(vv)-1, len(vv)
		}
	}
	if c.da == 0 && len(vv) > 0 {
		c.da = len(vv)
	}
	d.testo.SetSelected(d.texts[min(max(c.versione, 0), len(vv))])
	if len(vv) > 0 {
		d.da.SetSelected(d.texts[c.da])
		if c.a == 0 {
			d.a.SetSelected(d.texts[0])
		} else {
			d.a.SetSelected(d.texts[c.a])
		}
	}

	// What the clerk is looking at: the objectives ticked, else the Area
	// the table shows, else all; the one open in the editor is offered
	// when none is ticked.
	areaFilter := int64(0)
	var ticked []int64
	if f.obiettivi != nil { // a version's Obiettivi not yet shown has none ticked
		areaFilter, ticked = f.obiettivi.AreaFilter(), f.obiettivi.Ticked()
	}
	d.aree = map[string]int64{}
	var names []string
	selArea := ""
	for _, a := range f.s.Plan.Aree() {
		names = append(names, a.Nome)
		d.aree[a.Nome] = a.ID
		if a.ID == areaFilter {
			selArea = a.Nome
		}
	}
	d.area = widget.NewSelect(names, nil)
	switch {
	case selArea != "":
		d.area.SetSelected(selArea)
	case len(names) > 0:
		d.area.SetSelected(names[0])
	}
	d.which = []string{lang.L("stampa.tutti"), lang.L("stampa.area")}
	d.marked = ticked
	if len(ticked) > 0 {
		d.which = append(d.which, lang.L("stampa.selezionati", map[string]any{"N": len(ticked)}))
	} else if f.obiettivi != nil {
		if m := f.obiettivi.Marked(); len(m) == 1 && f.s.Plan.ObiettivoByID(m[0]) != nil {
			d.marked = m
			d.which = append(d.which, lang.L("stampa.quello.aperto", map[string]any{"Codice": f.s.Plan.ObiettivoByID(m[0]).Codice}))
		}
	}
	d.scope = widget.NewRadioGroup(d.which, func(string) { d.update() })
	d.scope.Required = true
	switch {
	case len(ticked) > 0:
		d.scope.SetSelected(d.which[2])
	case selArea != "":
		d.scope.SetSelected(d.which[1])
	default:
		d.scope.SetSelected(d.which[0])
	}

	d.formats = []string{lang.L("stampa.formato.pdf"), lang.L("stampa.formato.pdfa"), lang.L("stampa.formato.docx")}
	d.format = widget.NewSelect(d.formats, func(string) { d.update() })
	d.format.SetSelected(d.formats[c.out])
	d.hint = widget.NewLabel("")
	d.hint.Wrapping = fyne.TextWrapWord
	d.hint.Importance = widget.DangerImportance

	d.rowTesto = row(lang.L("stampa.testo"), d.testo)
	d.rowConfronto = row(lang.L("stampa.confronto"), container.NewGridWithColumns(2, d.da, d.a))
	d.rowObiettivi = row(lang.L("stampa.quali"), container.NewVBox(d.scope, d.area))
	d.verifica, d.verIDs = f.verificaSelect()
	d.rowVerifica = row(lang.L("stampa.verifica"), d.verifica)
	body := container.NewVBox(row(lang.L("stampa.cosa"), d.doc), d.rowTesto, d.rowConfronto, d.rowObiettivi, d.rowVerifica,
		row(lang.L("stampa.formato"), d.format), d.hint)

	d.open = widget.NewButton(lang.L("stampa.apri"), func() { d.dialog.Hide(); f.runPrint(d.choice(), "") })
	d.open.Importance = widget.HighImportance
	d.save = widget.NewButton(lang.L("stampa.salva"), func() { d.dialog.Hide(); f.saveDoc(d.choice()) })
	cancel := widget.NewButton(lang.L("Cancel"), func() { d.dialog.Hide() })
	d.dialog = dialog.NewCustomWithoutButtons(lang.L("stampa.titolo"), body, f.w)
	d.dialog.SetButtons([]fyne.CanvasObject{cancel, d.save, d.open})
	d.doc.SetSelected(d.docs[c.doc])
	d.update()
	return d
}

func (d *printDialog) show() {
	d.dialog.Resize(fyne.NewSize(760, d.dialog.MinSize().Height))
	d.dialog.Show()
}

// choice is what the dialog says now.
func (d *printDialog) choice() printChoice {
	c := printChoice{doc: document(indexOf(d.docs, d.doc.Selected)), out: output(indexOf(d.formats, d.format.Selected))}
	c.versione = indexOf(d.texts, d.testo.Selected)
	c.da = indexOf(d.texts, d.da.Selected)
	c.a = indexOf(d.texts, d.a.Selected)
	if c.ciclo() {
		c.sel.VerificaID = d.verIDs[d.verifica.Selected]
	}
	if c.perObiettivi() {
		switch {
		case d.scope.Selected == d.which[1]:
			c.sel.AreaID = d.aree[d.area.Selected]
		case len(d.which) > 2 && d.scope.Selected == d.which[2]:
			c.sel.Obiettivi = d.marked
		}
	}
	if !c.wordOK() && c.out == outDOCX {
		c.out = outPDF
	}
	return c
}

// update shows what applies to the document chosen, and why it cannot be
// printed when it cannot.
func (d *printDialog) update() {
	if d.open == nil {
		return // still being built
	}
	c := d.choice()
	show(d.rowTesto, c.doc != docVariazione)
	show(d.rowConfronto, c.doc == docVariazione)
	show(d.rowObiettivi, c.perObiettivi())
	show(d.rowVerifica, c.ciclo())
	if c.perObiettivi() && d.scope.Selected == d.which[1] {
		d.area.Enable()
	} else {
		d.area.Disable()
	}
	if !c.wordOK() && d.format.Selected == d.formats[outDOCX] {
		d.format.SetSelected(d.formats[outPDF])
		return // SetSelected updates again
	}
	hint := ""
	switch {
	case c.out == outDOCX && !c.wordOK():
		hint = lang.L("stampa.word.solo")
	case c.doc == docVariazione && d.versionsCount == 0:
		hint = lang.L("stampa.variazione.senza.versioni")
	case c.doc == docVariazione && c.a != 0 && c.a <= c.da:
		hint = lang.L("versioni.ordine")
	}
	d.hint.SetText(hint)
	show(d.hint, hint != "")
	for _, b := range []*widget.Button{d.open, d.save} {
		if hint != "" {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	d.open.SetText(lang.L("stampa.apri"))
	if c.out == outDOCX {
		d.open.SetText(lang.L("stampa.apri.word"))
	}
	if d.dialog != nil {
		d.dialog.Resize(fyne.NewSize(760, d.dialog.MinSize().Height))
	}
}

func show(o fyne.CanvasObject, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}
