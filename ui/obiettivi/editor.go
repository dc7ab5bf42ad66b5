package obiettivi

import (
	"errors"
	"fmt"
	"sort"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
)

// debounce is how long typing may pause before the text is saved.
const debounce = 600 * time.Millisecond

// entry is what the editor needs of its fields when it changes objective:
// save what is still typed, or drop what was refused.
type entry interface {
	Flush() bool
	Revert()
}

// typing makes f one of the editor's fields: saved also after a pause in
// typing, with refused text reported on the status line.
func typing[T any](e *editor, f *field.Field[T]) *field.Field[T] {
	f.Debounce = debounce
	f.OnInvalid = e.invalid
	return f
}

// editor shows every field of one objective. Each widget saves its own
// field through Screen.update as soon as the value is complete and valid.
type editor struct {
	sc      *Screen
	id      int64
	loading bool // set while load fills the widgets, so they do not save

	content  fyne.CanvasObject
	tabs     *container.AppTabs
	empty    fyne.CanvasObject
	emptyMsg *widget.Label

	codice, titolo, descr, centro  *field.Field[string]
	linea                          *field.Field[string]
	risorse, personale, stato, not *field.Field[string]
	pesoVal                        *field.Field[float64]
	livello, natura, area, parent  *widget.Select
	programma, pesoTipo            *widget.Select
	segretario, tutte              *widget.Check

	unitBox   *fyne.Container
	unitSig   string
	anniBox   *fyne.Container
	anniSig   string
	parentIDs map[string]int64
	progCodes map[string]string

	ind                     *indicatori
	fasi                    *fasi
	ris                     *risultati
	qual                    *qualita
	tabInd, tabFasi, tabRis *container.TabItem
	tabQual                 *container.TabItem
	lock                    field.Locker // what the user's role may not change
}

func newEditor(sc *Screen) *editor {
	e := &editor{sc: sc}
	// saves turns a setter into a field's commit.
	saves := func(set func(o *model.Obiettivo, v string)) func(string) error {
		return func(v string) error { return e.save(func(o *model.Obiettivo) { set(o, v) }) }
	}
	line := func(set func(o *model.Obiettivo, v string)) *field.Field[string] {
		return typing(e, field.NewText(saves(set)))
	}
	long := func(rows int, set func(o *model.Obiettivo, v string)) *field.Field[string] {
		return typing(e, field.NewMultiLine(rows, saves(set)))
	}
	e.codice = line(func(o *model.Obiettivo, v string) { o.Codice = v })
	e.titolo = line(func(o *model.Obiettivo, v string) { o.Titolo = v })
	e.linea = line(func(o *model.Obiettivo, v string) { o.LineaStrategica = v })
	e.descr = long(5, func(o *model.Obiettivo, v string) { o.Descrizione = v })
	e.centro = line(func(o *model.Obiettivo, v string) { o.CentroCosto = v })
	e.risorse = long(3, func(o *model.Obiettivo, v string) { o.Risorse = v })
	e.personale = long(3, func(o *model.Obiettivo, v string) { o.Personale = v })
	e.stato = long(3, func(o *model.Obiettivo, v string) { o.StatoAttuazione = v })
	e.not = long(3, func(o *model.Obiettivo, v string) { o.Note = v })

	e.livello = e.choice(livelli(), func(o *model.Obiettivo, i int) { o.Livello = livelloValues[i] })
	e.natura = e.choice(nature(), func(o *model.Obiettivo, i int) { o.Natura = naturaValues[i] })
	e.area = widget.NewSelect(nil, func(v string) {
		if !e.loading {
			e.moveTo(e.sc.areaIDs[v])
		}
	})
	e.parent = widget.NewSelect(nil, func(v string) {
		if !e.loading {
			e.save(func(o *model.Obiettivo) { o.ParentID = e.parentIDs[v] })
		}
	})
	e.programma = widget.NewSelect(nil, func(v string) {
		if !e.loading {
			e.save(func(o *model.Obiettivo) { o.Programma = e.progCodes[v] })
		}
	})
	e.progCodes = map[string]string{lang.L("obiettivi.nessuno"): ""}
	progs := []string{lang.L("obiettivi.nessuno")}
	for _, v := range model.Programmi {
		l := model.EtichettaProgramma(v.Codice)
		progs = append(progs, l)
		e.progCodes[l] = v.Codice
	}
	e.programma.Options = progs
	e.segretario = widget.NewCheck(lang.L("obiettivi.campo.segretario"), func(on bool) {
		if !e.loading {
			e.save(func(o *model.Obiettivo) { o.Segretario = on })
		}
	})
	e.tutte = widget.NewCheck(lang.L("obiettivi.campo.tutte.unita"), func(on bool) {
		if !e.loading {
			e.save(func(o *model.Obiettivo) { o.TutteLeUnita = on })
		}
	})
	e.unitBox = container.NewVBox()
	e.anniBox = container.NewHBox()
	e.pesoTipo, e.pesoVal = e.newPeso()
	e.ind = newIndicatori(e)
	e.fasi = newFasi(e)
	e.ris = newRisultati(e)
	e.qual = newQualita(e)
	e.layout()
	return e
}

func (e *editor) layout() {
	item := func(key string, w fyne.CanvasObject) *widget.FormItem {
		if n, ok := w.(interface{ SetName(string) }); ok {
			n.SetName(lang.L(key)) // messages on the status line name the field
		}
		return widget.NewFormItem(lang.L(key), w)
	}
	left := widget.NewForm(
		item("obiettivi.campo.codice", e.codice),
		item("obiettivi.campo.livello", e.livello),
		item("obiettivi.campo.natura", e.natura),
		item("obiettivi.campo.area", e.area),
		item("obiettivi.campo.sopra", e.parent),
		item("obiettivi.campo.anni", e.anniBox),
		item("obiettivi.campo.programma", e.programma),
		item("obiettivi.campo.linea", e.linea),
		item("obiettivi.campo.centro", e.centro),
		widget.NewFormItem("", e.segretario),
	)
	right := widget.NewForm(
		item("obiettivi.campo.titolo", e.titolo),
		item("obiettivi.campo.descrizione", e.descr),
		item("obiettivi.campo.unita", container.NewVBox(e.tutte, e.unitBox)),
	)
	right.Items[0].HintText = lang.L("obiettivi.suggerimento.titolo")
	pesoForm := widget.NewForm(
		item("obiettivi.campo.peso.tipo", e.pesoTipo),
		item("obiettivi.campo.peso.valore", e.pesoVal),
		item("obiettivi.campo.personale", e.personale),
		item("obiettivi.campo.risorse", e.risorse),
	)
	pesoForm.Items[1].HintText = lang.L("obiettivi.suggerimento.peso")
	noteForm := widget.NewForm(
		item("obiettivi.campo.stato", e.stato),
		item("obiettivi.campo.note", e.not),
	)
	e.tabInd = container.NewTabItem(lang.L("obiettivi.tab.indicatori"), e.ind.content)
	e.tabFasi = container.NewTabItem(lang.L("obiettivi.tab.fasi"), e.fasi.content)
	e.tabRis = container.NewTabItem(lang.L("obiettivi.tab.risultati"), e.ris.content)
	e.tabQual = container.NewTabItem(lang.L("obiettivi.tab.qualita"), e.qual.content)
	e.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("obiettivi.tab.generale"),
			container.NewVScroll(container.New(cols{1, 1.15}, left, right))),
		container.NewTabItem(lang.L("obiettivi.tab.peso"),
			container.NewVScroll(container.New(cols{1, 1}, pesoForm, noteForm))),
		e.tabInd, e.tabFasi, e.tabRis, e.tabQual,
	)
	e.emptyMsg = widget.NewLabel(lang.L("obiettivi.nessuna.selezione"))
	e.emptyMsg.Alignment = fyne.TextAlignCenter
	e.empty = container.NewCenter(e.emptyMsg)
	e.content = container.NewStack(e.empty, e.tabs)
}

// choice is a Select over fixed labels that saves the chosen index.
func (e *editor) choice(labels []string, set func(o *model.Obiettivo, i int)) *widget.Select {
	s := widget.NewSelect(labels, nil)
	s.OnChanged = func(v string) {
		if e.loading {
			return
		}
		for i, l := range labels {
			if l == v {
				e.save(func(o *model.Obiettivo) { set(o, i) })
			}
		}
	}
	return s
}

// save changes the objective in the editor and stores it.
func (e *editor) save(change func(o *model.Obiettivo)) error {
	if e.id == 0 {
		return nil
	}
	return e.sc.update(e.id, change)
}

// invalid repeats a refused value on the status line, naming the field,
// and takes it away once the field is fixed (err nil).
func (e *editor) invalid(err error) {
	if err != nil {
		err = errors.New(lang.L("obiettivi.non.salvato", map[string]any{"Errore": err.Error()}))
	}
	e.sc.s.ReportInvalid(err)
}

// flush saves what is still being typed, before the editor shows another
// objective.
func (e *editor) flush() {
	for _, f := range e.entries() {
		f.Flush()
	}
}

func (e *editor) entries() []entry {
	out := []entry{e.codice, e.titolo, e.linea, e.descr, e.centro, e.risorse, e.personale, e.stato, e.not, e.pesoVal}
	out = append(out, e.ind.entries()...)
	out = append(out, e.fasi.entries()...)
	out = append(out, e.qual.entries()...)
	return append(out, e.ris.entries()...)
}

// setEmpty shows msg in place of an objective.
func (e *editor) setEmpty(msg string) {
	e.emptyMsg.SetText(msg)
	e.tabs.Hide()
	e.empty.Show()
}

// load shows the objective with the given ID (none when 0).
func (e *editor) load(id int64) {
	if id != e.id {
		e.flush()
		// Text refused for the objective left behind is not for this one.
		for _, f := range e.entries() {
			f.Revert()
		}
	}
	o := e.sc.s.Plan.ObiettivoByID(id)
	if o == nil {
		e.id = 0
		e.setEmpty(lang.L("obiettivi.nessuna.selezione"))
		return
	}
	e.id = id
	e.loading = true
	defer func() { e.loading = false }()
	e.lock.Unlock() // the widgets set their own state, then the role has its say
	defer e.permit(o)
	e.empty.Hide()
	e.tabs.Show()
	p := e.sc.s.Plan
	e.codice.SetValue(o.Codice)
	e.titolo.SetValue(o.Titolo)
	e.titolo.SetPlaceHolder(senzaTitolo(o))
	e.linea.SetValue(o.LineaStrategica)
	e.descr.SetValue(o.Descrizione)
	e.centro.SetValue(o.CentroCosto)
	e.risorse.SetValue(o.Risorse)
	e.personale.SetValue(o.Personale)
	e.stato.SetValue(o.StatoAttuazione)
	e.not.SetValue(o.Note)
	e.livello.SetSelected(livelli()[indexOf(livelloValues, o.Livello)])
	e.natura.SetSelected(nature()[indexOf(naturaValues, o.Natura)])
	e.area.Options = append([]string{lang.L("obiettivi.nessuna.area")}, e.sc.areaSel.Options[1:]...)
	e.area.SetSelected(field.LabelFor(e.sc.areaIDs, o.AreaID, lang.L("obiettivi.nessuna.area")))
	e.loadParent(p, o)
	e.programma.SetSelected(e.programLabel(o.Programma))
	e.segretario.SetChecked(o.Segretario)
	e.tutte.SetChecked(o.TutteLeUnita)
	e.loadUnits(p, o)
	e.loadAnni(p, o)
	e.loadPeso(o.Peso)
	e.ind.load(p, o)
	e.fasi.load(o)
	e.ris.load(o)
	e.tabInd.Text = lang.L("obiettivi.tab.indicatori") + fmt.Sprintf(" (%d)", len(o.Indicatori))
	e.tabFasi.Text = lang.L("obiettivi.tab.fasi") + fmt.Sprintf(" (%d)", len(o.Fasi))
	e.tabRis.Text = lang.L("obiettivi.tab.risultati") + fmt.Sprintf(" (%d)", countRisultati(o))
	e.tabQual.Text = e.qual.load(p, o)
	e.tabs.Refresh()
}

func (e *editor) programLabel(code string) string {
	if code == "" {
		return lang.L("obiettivi.nessuno")
	}
	l := model.EtichettaProgramma(code)
	if _, ok := e.progCodes[l]; !ok {
		e.progCodes[l] = code // a code outside the catalogue stays visible
		e.programma.Options = append(e.programma.Options, l)
	}
	return l
}

// loadParent offers as parents the objectives of a higher level.
func (e *editor) loadParent(p *model.Plan, o *model.Obiettivo) {
	none := lang.L("obiettivi.nessuno")
	e.parentIDs = map[string]int64{none: 0}
	opts := []string{none}
	sel := none
	rank := livelloRank(o.Livello)
	for _, c := range p.Obiettivi {
		if c.ID == o.ID || (livelloRank(c.Livello) >= rank && c.ID != o.ParentID) {
			continue
		}
		l := oneLine(c.Codice + " – " + c.Titolo)
		if r := []rune(l); len(r) > 70 {
			l = string(r[:70]) + "…"
		}
		for e.parentIDs[l] != 0 {
			l += " "
		}
		e.parentIDs[l] = c.ID
		opts = append(opts, l)
		if c.ID == o.ParentID {
			sel = l
		}
	}
	e.parent.Options = opts
	e.parent.SetSelected(sel)
}

// loadUnits lists the units of the objective's Area (all units when it has
// none), plus any unit already chosen elsewhere.
func (e *editor) loadUnits(p *model.Plan, o *model.Obiettivo) {
	chosen := map[int64]bool{}
	for _, id := range o.UnitaIDs {
		chosen[id] = true
	}
	var ids []int64
	for _, u := range p.Unita {
		a := p.AreaDi(u.ID)
		if o.AreaID == 0 || (a != nil && a.ID == o.AreaID) || chosen[u.ID] {
			ids = append(ids, u.ID)
		}
	}
	sig := fmt.Sprint(o.ID, ids, o.UnitaIDs, o.TutteLeUnita, len(p.Unita))
	if sig == e.unitSig {
		return
	}
	e.unitSig = sig
	e.unitBox.Objects = nil
	oid := o.ID
	for _, id := range ids {
		u := p.UnitaByID(id)
		name := u.Nome
		if a := p.AreaDi(id); a != nil && a.ID != id && a.ID != o.AreaID {
			name = a.Nome + " › " + u.Nome
		}
		uid := id
		c := widget.NewCheck(name, nil)
		c.SetChecked(chosen[id])
		c.OnChanged = func(on bool) {
			if e.loading || e.id != oid {
				return
			}
			e.save(func(o *model.Obiettivo) { o.UnitaIDs = toggle(o.UnitaIDs, uid, on) })
		}
		if o.TutteLeUnita {
			c.Disable()
		}
		e.unitBox.Add(c)
	}
	e.unitBox.Refresh()
}

// loadAnni shows a check per year of the plan's span, and for any other
// year the objective names.
func (e *editor) loadAnni(p *model.Plan, o *model.Obiettivo) {
	set := map[int]bool{}
	for y := p.Piano.AnnoInizio; y <= p.Piano.AnnoFine && y > 0; y++ {
		set[y] = true
	}
	has := map[int]bool{}
	for _, y := range o.Anni {
		set[y], has[y] = true, true
	}
	var years []int
	for y := range set {
		years = append(years, y)
	}
	sort.Ints(years)
	sig := fmt.Sprint(o.ID, years, o.Anni)
	if sig == e.anniSig {
		return
	}
	e.anniSig = sig
	e.anniBox.Objects = nil
	oid := o.ID
	for _, y := range years {
		yy := y
		c := widget.NewCheck(fmt.Sprint(y), nil)
		c.SetChecked(has[y])
		c.OnChanged = func(on bool) {
			if e.loading || e.id != oid {
				return
			}
			e.save(func(o *model.Obiettivo) {
				o.Anni = toggle(o.Anni, yy, on)
				sort.Ints(o.Anni)
			})
		}
		e.anniBox.Add(c)
	}
	e.anniBox.Refresh()
}

func toggle[T comparable](s []T, v T, on bool) []T {
	out := make([]T, 0, len(s)+1)
	for _, x := range s {
		if x != v {
			out = append(out, x)
		}
	}
	if on {
		out = append(out, v)
	}
	return out
}

func indexOf[T comparable](s []T, v T) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return 0
}

var naturaValues = model.Nature

func nature() []string {
	out := []string{lang.L("obiettivi.natura.nessuna")}
	for _, n := range naturaValues[1:] {
		out = append(out, n.Label())
	}
	return out
}
