package obiettivi

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
)

// NewObiettivo adds an objective to the Area in view (Ctrl+N), with the
// next code of that Area, and puts the cursor on its title.
func (sc *Screen) NewObiettivo() {
	p := sc.s.Plan
	o := model.Obiettivo{
		Livello: model.LivelloEsecutivo, Titolo: lang.L("obiettivi.nuovo.titolo"),
		AreaID: sc.filter.areaID, UnitaIDs: []int64{}, Anni: []int{},
		Indicatori: []model.Indicatore{}, Fasi: []model.Fase{},
	}
	if cur := sc.current(); cur != nil && o.AreaID == 0 {
		o.AreaID = cur.AreaID
	}
	if p.Piano.Anno != 0 {
		o.Anni = []int{p.Piano.Anno}
	}
	o.Codice = nextCode(p, o.AreaID)
	o.Ordine = maxOrdine(p) + 1
	id, err := sc.insert(o, lang.L("obiettivi.creato"))
	if err != nil {
		return
	}
	sc.showNew(id)
}

// showNew clears filters that would hide a new objective and selects it.
func (sc *Screen) showNew(id int64) {
	if sc.rowOf(id) < 0 {
		sc.filter.query, sc.filter.anno, sc.filter.unitID = "", 0, 0
		sc.search.SetText("")
		sc.refreshFilterOptions()
		sc.applyFilter()
	}
	sc.selectRow(sc.rowOf(id))
	sc.ed.tabs.SelectIndex(0)
	sc.ed.startTyping(nil, sc.ed.titolo)
}

// startTyping puts the cursor in a new record's first field, brought into
// view at the bottom of its scroll when it has one, with the placeholder
// text selected: what the clerk types replaces it.
func (e *editor) startTyping(scroll *container.Scroll, f *field.Field[string]) {
	if scroll != nil {
		scroll.ScrollToBottom()
	}
	e.sc.w.Canvas().Focus(f)
	f.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// nextCode follows the codes of the Area: after EF.3 comes EF.4.
func nextCode(p *model.Plan, areaID int64) string {
	prefix, n := "", 0
	for _, o := range p.Obiettivi {
		if o.AreaID != areaID {
			continue
		}
		i := strings.LastIndexAny(o.Codice, ".-/ ")
		if i < 0 {
			continue
		}
		v, err := strconv.Atoi(o.Codice[i+1:])
		if err != nil {
			continue
		}
		if v >= n {
			prefix, n = o.Codice[:i+1], v
		}
	}
	if prefix == "" {
		return ""
	}
	return fmt.Sprintf("%s%d", prefix, n+1)
}

func maxOrdine(p *model.Plan) int {
	m := 0
	for _, o := range p.Obiettivi {
		m = max(m, o.Ordine)
	}
	return m
}

// duplica copies the objective in the editor, with new IDs.
func (sc *Screen) duplica() {
	cur := sc.current()
	if cur == nil {
		sc.s.Report(lang.L("obiettivi.seleziona.prima"), true)
		return
	}
	o := cur.WithoutIDs()
	o.Titolo = lang.L("obiettivi.copia.di", map[string]any{"Titolo": cur.Titolo})
	o.Codice = nextCode(sc.s.Plan, cur.AreaID)
	o.Ordine = maxOrdine(sc.s.Plan) + 1
	if id, err := sc.insert(o, lang.L("obiettivi.duplicato")); err == nil {
		sc.showNew(id)
	}
}

// elimina asks before deleting; the deletion can be undone.
func (sc *Screen) elimina() {
	cur := sc.current()
	if cur == nil {
		sc.s.Report(lang.L("obiettivi.seleziona.prima"), true)
		return
	}
	id := cur.ID
	msg := lang.L("obiettivi.elimina.domanda", map[string]any{"Codice": cur.Codice, "Titolo": oneLine(cur.Titolo)})
	d := dialog.NewConfirm(lang.L("obiettivi.elimina.titolo"), msg, func(ok bool) {
		if ok {
			_ = sc.delete(id)
		}
	}, sc.w)
	d.SetConfirmText(lang.L("obiettivi.elimina"))
	d.SetDismissText(lang.L("Cancel"))
	d.Show()
}

// sposta moves the objective to another Area.
func (sc *Screen) sposta() {
	cur := sc.current()
	if cur == nil {
		sc.s.Report(lang.L("obiettivi.seleziona.prima"), true)
		return
	}
	sel := widget.NewSelect(sc.ed.area.Options, nil)
	sel.SetSelected(sc.ed.area.Selected)
	dialog.ShowForm(lang.L("obiettivi.sposta.titolo"), lang.L("obiettivi.sposta.conferma"), lang.L("Cancel"),
		[]*widget.FormItem{widget.NewFormItem(lang.L("obiettivi.campo.area"), sel)},
		func(ok bool) {
			if ok {
				sc.ed.moveTo(sc.areaIDs[sel.Selected])
			}
		}, sc.w)
}

// moveTo puts the objective in another Area, dropping the responsible
// units that belong to the old one.
func (e *editor) moveTo(areaID int64) {
	if o := e.sc.s.Plan.ObiettivoByID(e.id); o != nil {
		_ = e.sc.s.MoveObiettivo(label(o), e.id, areaID)
	}
	if f := e.sc.filter.areaID; f != 0 && f != areaID {
		// Follow the objective rather than let it vanish from the table.
		e.sc.filter.areaID = areaID
		e.sc.refreshFilterOptions()
		e.sc.applyFilter()
	}
}

// focus shows the tab of a field (json name, as in model.Finding.Campo)
// and puts the cursor on it.
func (e *editor) focus(campo string) {
	if e.id == 0 {
		return
	}
	var w fyne.Focusable
	tab := 0
	switch campo {
	case "codice":
		w = e.codice
	case "titolo", "":
		w = e.titolo
	case "descrizione":
		w = e.descr
	case "area_id":
		w = e.area
	case "anni":
		if len(e.anniBox.Objects) > 0 {
			w = e.anniBox.Objects[0].(*widget.Check)
		}
	case "programma":
		w = e.programma
	case "peso":
		tab, w = 1, e.pesoTipo
		if !e.pesoVal.Disabled() {
			w = e.pesoVal
		}
	case "risorse", "personale", "stato_attuazione", "note":
		tab = 1
		w = map[string]fyne.Focusable{"risorse": e.risorse, "personale": e.personale, "stato_attuazione": e.stato, "note": e.not}[campo]
	case "indicatori":
		// The first indicator, or the button that adds one.
		tab, w = 2, e.ind.addBtn
		if len(e.ind.rows) > 0 {
			w = e.ind.rows[0].nome
		}
	case "fasi":
		tab, w = 3, e.fasi.addBtn
		if len(e.fasi.rows) > 0 {
			w = e.fasi.rows[0].titolo
		}
	case "qualita":
		tab = 5
	default:
		w = e.titolo
	}
	e.tabs.SelectIndex(tab)
	if w != nil {
		e.sc.w.Canvas().Focus(w)
	}
}
