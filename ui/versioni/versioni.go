// Package versioni is the Versioni screen: the plan's frozen versions
// (the adoption and each variation, with its resolution), and what changed
// between any two of them or since the last one, old and new side by side.
// From here a version opens read-only in the window, and the differences
// print as the Variazione al Piano.
package versioni

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/session"
)

// Key is the screen's key in the navigation, and targets name it to show
// a version (Target.ID = its number, 0 for the plan as it is) or, with
// Campo "modifiche", the changes not yet registered.
const Key = "versioni"

// Azioni are what the screen asks of the window.
type Azioni struct {
	// Apri shows version n read-only in the window (0: the plan as it is).
	Apri func(n int)
	// Stampa opens the print dialog on version n (0: the plan as it is).
	Stampa func(n int)
	// StampaVariazione prints the changes from version da to version a
	// (0: the plan as it is) as the Variazione al Piano.
	StampaVariazione func(da, a int)
	// Corrente is the plan as it is: also while a version is shown.
	Corrente func() *model.Plan
}

// Screen is the Versioni screen.
type Screen struct {
	s  *session.Session
	az Azioni

	vv   []model.Versione
	sel  int // chosen entry: 1…len(vv) a version, 0 the plan as it is
	list *widget.List

	titolo, atto, motivo, registrata, impronta *widget.Label
	apri, stampa                               *widget.Button

	da, a        *widget.Select
	daN, aN      int // the versions compared (aN 0: the plan as it is)
	summary      *widget.Label
	diff         *differenze
	stampaVar    *widget.Button
	left, right  fyne.CanvasObject
	content      fyne.CanvasObject
	labels       []string // the Selects' options: versions, then the plan as it is
	empty        *widget.Label
	main         *container.Split
	emptyContent fyne.CanvasObject
}

// New builds the screen.
func New(s *session.Session, az Azioni) *Screen {
	sc := &Screen{s: s, az: az}
	sc.build()
	sc.Refresh()
	return sc
}

func (sc *Screen) Title() string              { return lang.L("nav.versioni") }
func (sc *Screen) Content() fyne.CanvasObject { return sc.content }

func (sc *Screen) build() {
	sc.list = widget.NewList(func() int { return len(sc.vv) + 1 },
		func() fyne.CanvasObject {
			t := widget.NewLabelWithStyle("Variazione n. 10", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			d := widget.NewLabel("delibera di Giunta comunale n. 12 del 31/01/2024")
			d.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(t, d)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			t, d := c.Objects[0].(*widget.Label), c.Objects[1].(*widget.Label)
			if n := sc.entry(i); n == 0 {
				t.SetText(lang.L("versioni.corrente"))
				d.SetText(sc.currentNote())
			} else {
				v := sc.vv[n-1]
				t.SetText(fmt.Sprintf("%d. %s", v.Numero, v.Etichetta()))
				d.SetText(v.Atto.Testo())
			}
		})
	sc.list.OnSelected = func(i widget.ListItemID) { sc.choose(sc.entry(i)) }

	label := func(bold bool) *widget.Label {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		l.TextStyle.Bold = bold
		return l
	}
	sc.titolo, sc.atto, sc.motivo, sc.registrata = label(true), label(false), label(false), label(false)
	sc.impronta = label(false)
	sc.impronta.SizeName = theme.SizeNameCaptionText
	sc.impronta.TextStyle.Italic = true
	sc.apri = widget.NewButtonWithIcon(lang.L("versioni.apri"), theme.VisibilityIcon(), func() {
		if sc.az.Apri != nil {
			sc.az.Apri(sc.sel)
		}
	})
	sc.apri.Importance = widget.HighImportance
	sc.stampa = widget.NewButtonWithIcon(lang.L("versioni.stampa"), theme.DocumentPrintIcon(), func() {
		if sc.az.Stampa != nil {
			sc.az.Stampa(sc.sel)
		}
	})
	details := container.NewVBox(sc.titolo, sc.atto, sc.motivo, sc.registrata, sc.impronta,
		container.NewHBox(sc.apri, sc.stampa))
	head := widget.NewLabelWithStyle(lang.L("versioni.elenco"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.SizeName = theme.SizeNameSubHeadingText
	sc.left = container.NewBorder(head, container.NewPadded(details), nil, nil, sc.list)

	sc.da = widget.NewSelect(nil, func(v string) { sc.compare(sc.indexOf(v)+1, sc.aN) })
	sc.a = widget.NewSelect(nil, func(v string) {
		n := sc.indexOf(v) + 1
		if n > len(sc.vv) {
			n = 0
		}
		sc.compare(sc.daN, n)
	})
	sc.summary = widget.NewLabel("")
	sc.summary.Wrapping = fyne.TextWrapWord
	sc.summary.TextStyle.Bold = true
	sc.diff = newDifferenze()
	sc.stampaVar = widget.NewButtonWithIcon(lang.L("versioni.stampa.variazione"), theme.DocumentPrintIcon(), func() {
		if sc.az.StampaVariazione != nil {
			sc.az.StampaVariazione(sc.daN, sc.aN)
		}
	})
	pick := container.New(&pair{}, widget.NewLabel(lang.L("versioni.da")), sc.da, widget.NewLabel(lang.L("versioni.a")), sc.a)
	dhead := widget.NewLabelWithStyle(lang.L("versioni.differenze"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	dhead.SizeName = theme.SizeNameSubHeadingText
	top := container.NewVBox(dhead, pick, container.NewBorder(nil, nil, nil, sc.stampaVar, sc.summary))
	sc.right = container.NewBorder(top, nil, nil, nil, sc.diff.content)

	sc.main = container.NewHSplit(container.NewPadded(sc.left), container.NewPadded(sc.right))
	sc.main.Offset = 0.32
	sc.empty = widget.NewLabel("")
	sc.empty.Wrapping = fyne.TextWrapWord
	sc.empty.Alignment = fyne.TextAlignCenter
	sc.emptyContent = container.NewCenter(container.NewGridWrap(fyne.NewSize(560, 160), sc.empty))
	sc.content = container.NewStack(sc.main, sc.emptyContent)
}

// Label names a version in a list of choices: "1. Adozione (delibera di
// Giunta comunale n. 12 del 31/01/2024)".
func Label(v model.Versione) string {
	return fmt.Sprintf("%d. %s (%s)", v.Numero, v.Etichetta(), v.Atto.Testo())
}

// entry maps a row of the list to a version number: the versions oldest
// first, then the plan as it is (0).
func (sc *Screen) entry(i int) int {
	if i >= len(sc.vv) {
		return 0
	}
	return i + 1
}

func (sc *Screen) row(n int) int {
	if n == 0 {
		return len(sc.vv)
	}
	return n - 1
}

func (sc *Screen) currentNote() string {
	if sc.s.Viewing() != nil {
		return lang.L("versioni.corrente.altrove")
	}
	mm, err := sc.s.NonRegistrate()
	switch {
	case err != nil:
		return err.Error()
	case len(sc.vv) == 0:
		return lang.L("versioni.bozza")
	case len(mm) == 0:
		return lang.L("versioni.uguale", map[string]any{"N": len(sc.vv)})
	case len(mm) == 1:
		return lang.L("versioni.una.modifica")
	}
	return lang.L("versioni.modifiche", map[string]any{"N": len(mm)})
}

// Refresh reads the versions again and redraws, keeping what was chosen.
func (sc *Screen) Refresh() {
	vv, err := sc.s.Versioni()
	if err != nil {
		sc.empty.SetText(err.Error())
		sc.main.Hide()
		sc.emptyContent.Show()
		return
	}
	fresh := len(vv) != len(sc.vv) || sc.labels == nil
	sc.vv = vv
	if len(vv) == 0 {
		sc.empty.SetText(lang.L("versioni.nessuna"))
		sc.main.Hide()
		sc.emptyContent.Show()
		return
	}
	sc.emptyContent.Hide()
	sc.main.Show()
	sc.labels = nil
	for _, v := range vv {
		sc.labels = append(sc.labels, Label(v))
	}
	sc.labels = append(sc.labels, lang.L("versioni.corrente"))
	sc.da.Options = sc.labels[:len(vv)]
	sc.a.Options = sc.labels
	sc.list.Refresh()
	if fresh {
		// A first look, or a version just frozen: its changes, or those
		// since the last one.
		da, a := len(vv), 0
		if mm, _ := sc.s.NonRegistrate(); len(mm) == 0 && len(vv) > 1 && sc.s.Viewing() == nil {
			da, a = len(vv)-1, len(vv)
		}
		sc.sel = -1
		sc.choose(a)
		sc.compare(da, a)
		return
	}
	sc.choose(sc.sel)
	sc.compare(sc.daN, sc.aN)
}

// choose shows the details of entry n (0: the plan as it is).
func (sc *Screen) choose(n int) {
	if n < 0 || n > len(sc.vv) {
		n = 0
	}
	if sc.list != nil && n != sc.sel {
		sc.sel = n
		sc.list.Select(sc.row(n))
	}
	sc.sel = n
	viewing := sc.s.Viewing()
	if n == 0 {
		sc.titolo.SetText(lang.L("versioni.corrente"))
		sc.atto.SetText(sc.currentNote())
		sc.motivo.SetText("")
		sc.registrata.SetText("")
		sc.impronta.SetText("")
		sc.apri.SetText(lang.L("versioni.torna"))
		if viewing == nil {
			sc.apri.Hide()
		} else {
			sc.apri.Show()
		}
		return
	}
	v := sc.vv[n-1]
	sc.titolo.SetText(fmt.Sprintf("%s (versione n. %d)", v.Etichetta(), v.Numero))
	sc.atto.SetText(capitalize(v.Atto.Testo()))
	sc.motivo.SetText("")
	if v.Motivo != "" {
		sc.motivo.SetText(lang.L("versioni.motivo", map[string]any{"Motivo": v.Motivo}))
	}
	sc.registrata.SetText(lang.L("versioni.registrata", map[string]any{"Quando": v.Registrata.Local().Format("02/01/2006 alle 15:04")}))
	sc.impronta.SetText(lang.L("versioni.impronta", map[string]any{"Impronta": v.Impronta}))
	sc.apri.SetText(lang.L("versioni.apri"))
	sc.apri.Show()
	if viewing != nil && viewing.Numero == n {
		sc.apri.Hide()
	}
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func (sc *Screen) indexOf(label string) int {
	for i, l := range sc.labels {
		if l == label {
			return i
		}
	}
	return -1
}

// Compare shows the changes from version da to version a (0: the plan as
// it is).
func (sc *Screen) Compare(da, a int) { sc.compare(da, a) }

func (sc *Screen) compare(da, a int) {
	if da < 1 || da > len(sc.vv) {
		da = len(sc.vv)
	}
	sc.daN, sc.aN = da, a
	setQuiet(sc.da, sc.labels[da-1])
	setQuiet(sc.a, sc.labels[sc.row(a)])
	sc.stampaVar.Disable()
	if a != 0 && a <= da {
		sc.summary.SetText(lang.L("versioni.ordine"))
		sc.diff.show(nil)
		return
	}
	prima, err := sc.s.Versione(da)
	var dopo *model.Plan
	if err == nil {
		dopo, err = sc.plan(a)
	}
	if err != nil {
		sc.summary.SetText(err.Error())
		sc.diff.show(nil)
		return
	}
	mm := model.Confronta(prima, dopo)
	if len(mm) == 0 {
		sc.summary.SetText(lang.L("versioni.nessuna.differenza"))
	} else {
		sc.summary.SetText(model.RiassuntoModifiche(mm))
		sc.stampaVar.Enable()
	}
	sc.diff.show(mm)
}

// plan is version n, or the plan as it is for 0.
func (sc *Screen) plan(n int) (*model.Plan, error) {
	if n != 0 {
		return sc.s.Versione(n)
	}
	if sc.az.Corrente != nil {
		return sc.az.Corrente(), nil
	}
	return sc.s.Plan, nil
}

func setQuiet(s *widget.Select, v string) {
	f := s.OnChanged
	s.OnChanged = nil
	s.SetSelected(v)
	s.OnChanged = f
}

// Show chooses the version a target names, or with Campo "modifiche" the
// changes not yet registered.
func (sc *Screen) Show(t session.Target) {
	if len(sc.vv) == 0 {
		return
	}
	if t.Campo == "modifiche" {
		sc.choose(0)
		sc.compare(len(sc.vv), 0)
		return
	}
	n := int(t.ID)
	sc.choose(n)
	switch {
	case n == 1 || (n == 0 && len(sc.vv) == 1):
		sc.compare(1, 0)
	case n == 0:
		sc.compare(len(sc.vv), 0)
	default:
		sc.compare(n-1, n)
	}
}

// Differenze are the changes shown; Compared the versions compared.
func (sc *Screen) Differenze() []model.Modifica { return sc.diff.mm }
func (sc *Screen) Compared() (da, a int)        { return sc.daN, sc.aN }
func (sc *Screen) Summary() string              { return sc.summary.Text }

// Browsing: everything here chooses what to look at or print.
func (sc *Screen) Browsing() []fyne.CanvasObject {
	return []fyne.CanvasObject{sc.apri, sc.stampa, sc.da, sc.a, sc.stampaVar}
}

// pair lays out "Da [select] A [select]" on one line, the Selects sharing
// the width.
type pair struct{}

func (pair) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l1, l2 := objs[0].MinSize().Width, objs[2].MinSize().Width
	w := (size.Width - l1 - l2 - 4*theme.Padding()) / 2
	x := float32(0)
	for i, o := range objs {
		ow := w
		if i%2 == 0 {
			ow = o.MinSize().Width
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(ow, size.Height))
		x += ow + theme.Padding()
	}
}

func (pair) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objs {
		m := o.MinSize()
		w += m.Width + theme.Padding()
		h = max(h, m.Height)
	}
	return fyne.NewSize(w, h)
}
