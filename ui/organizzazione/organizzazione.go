// Package organizzazione is the "Organizzazione e personale" screen: the
// tree of Aree › Settori › Servizi/Uffici with a form for the selected
// unit, staff totals derived per Area, the staff-per-year table and the
// benchmarks it is compared with.
package organizzazione

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
	"pianoperformance/ui/session"
)

// Screen is the "Organizzazione e personale" screen.
type Screen struct {
	s    *session.Session
	w    fyne.Window
	tabs *container.AppTabs
	strT *container.TabItem
	perT *container.TabItem

	tree                       *widget.Tree
	sel                        int64
	tipo, ruolo                *widget.Select
	nome                       *field.Field[string]
	intestazione, responsabile *field.Field[string]
	dipendenti, partTime       *field.Field[*int]
	totUnita, totale           *widget.Label
	form, empty                fyne.CanvasObject
	addChild, del              *widget.Button
	quiet                      bool
	pers                       *personale
}

var tipi, ruoli = model.TipiUnita, model.Ruoli

func tipoLabel(t model.TipoUnita) string { return t.Label() }
func ruoloLabel(r model.Ruolo) string {
	if r == model.RuoloNessuno {
		return lang.L("unita.ruolo.nessuno")
	}
	return r.Label()
}

// New builds the screen on the session's plan.
func New(s *session.Session, w fyne.Window) session.Screen {
	o := &Screen{s: s, w: w}
	o.build()
	o.Refresh()
	return o
}

func (o *Screen) Title() string { return lang.L("organizzazione.titolo") }

func (o *Screen) Content() fyne.CanvasObject { return o.tabs }

func uid(id int64) widget.TreeNodeID { return strconv.FormatInt(id, 10) }

func (o *Screen) build() {
	o.tree = widget.NewTree(
		func(id widget.TreeNodeID) []widget.TreeNodeID {
			var out []widget.TreeNodeID
			list := o.s.Plan.Aree()
			if id != "" {
				n, _ := strconv.ParseInt(id, 10, 64)
				list = o.s.Plan.Figli(n)
			}
			for _, u := range list {
				out = append(out, uid(u.ID))
			}
			return out
		},
		func(id widget.TreeNodeID) bool {
			if id == "" {
				return true
			}
			n, _ := strconv.ParseInt(id, 10, 64)
			return len(o.s.Plan.Figli(n)) > 0
		},
		func(bool) fyne.CanvasObject { return widget.NewLabel("Area amministrativa (00)") },
		func(id widget.TreeNodeID, _ bool, c fyne.CanvasObject) {
			n, _ := strconv.ParseInt(id, 10, 64)
			if u := o.s.Plan.UnitaByID(n); u != nil {
				c.(*widget.Label).SetText(fmt.Sprintf("%s (%d)", u.Nome, o.s.Plan.DipendentiUnita(n)))
			}
		})
	o.tree.OnSelected = func(id widget.TreeNodeID) {
		o.sel, _ = strconv.ParseInt(id, 10, 64)
		o.load()
	}

	var tipiL, ruoliL []string
	for _, t := range tipi {
		tipiL = append(tipiL, tipoLabel(t))
	}
	for _, r := range ruoli {
		ruoliL = append(ruoliL, ruoloLabel(r))
	}
	o.tipo = widget.NewSelect(tipiL, func(l string) {
		for _, t := range tipi {
			if tipoLabel(t) == l && !o.quiet {
				_ = o.save(lang.L("unita.tipo"), func(u *model.Unita) { u.Tipo = t })
			}
		}
	})
	o.ruolo = widget.NewSelect(ruoliL, func(l string) {
		for _, r := range ruoli {
			if ruoloLabel(r) == l && !o.quiet {
				_ = o.save(lang.L("unita.ruolo"), func(u *model.Unita) { u.RuoloResponsabile = r })
			}
		}
	})
	o.nome = field.NewRequiredText(lang.L("unita.nome.manca"), func(v string) error {
		return o.save(lang.L("unita.nome"), func(u *model.Unita) { u.Nome = v })
	})
	o.intestazione = field.NewText(func(v string) error {
		return o.save(lang.L("unita.intestazione"), func(u *model.Unita) { u.Intestazione = v })
	})
	o.intestazione.SetPlaceHolder(lang.L("unita.intestazione.aiuto"))
	o.responsabile = field.NewText(func(v string) error {
		return o.save(lang.L("unita.responsabile"), func(u *model.Unita) { u.Responsabile = v })
	})
	o.dipendenti = field.NewOptInt(func(v *int) error {
		return o.save(lang.L("unita.dipendenti"), func(u *model.Unita) { u.Dipendenti = v })
	})
	o.partTime = field.NewOptInt(func(v *int) error {
		return o.save(lang.L("unita.parttime"), func(u *model.Unita) { u.PartTime = v })
	})
	o.totUnita = field.ReadOnly()
	o.totale = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	o.form = field.NewForm().
		Add(lang.L("unita.tipo"), o.tipo).
		Add(lang.L("unita.nome"), o.nome).
		Add(lang.L("unita.intestazione"), o.intestazione).
		Add(lang.L("unita.responsabile"), o.responsabile).
		Add(lang.L("unita.ruolo"), o.ruolo).
		Add(lang.L("unita.dipendenti"), o.dipendenti).
		Add(lang.L("unita.parttime"), o.partTime).
		Add(lang.L("unita.totale"), o.totUnita)
	o.empty = widget.NewLabel(lang.L("unita.nessuna"))

	addArea := widget.NewButtonWithIcon(lang.L("unita.area.aggiungi"), theme.ContentAddIcon(), func() { o.add(0) })
	o.addChild = widget.NewButtonWithIcon(lang.L("unita.figlio.aggiungi"), theme.ContentAddIcon(), func() { o.add(o.sel) })
	o.del = widget.NewButtonWithIcon(lang.L("comune.elimina"), theme.DeleteIcon(), o.askDelete)
	bar := container.NewHBox(addArea, o.addChild, o.del)
	left := container.NewBorder(bar, o.totale, nil, nil, o.tree)
	right := container.NewVScroll(container.NewPadded(container.NewStack(o.empty, o.form)))
	split := container.NewHSplit(left, right)
	split.Offset = 0.4
	o.strT = container.NewTabItem(lang.L("organizzazione.struttura"), split)
	o.pers = newPersonale(o)
	o.perT = container.NewTabItem(lang.L("organizzazione.personale"), o.pers.content)
	o.tabs = container.NewAppTabs(o.strT, o.perT)
}

// Refresh shows the plan as it is now.
func (o *Screen) Refresh() {
	o.tree.Refresh()
	if o.sel != 0 && o.s.Plan.UnitaByID(o.sel) == nil {
		o.sel = 0
	}
	if o.sel == 0 {
		if aree := o.s.Plan.Aree(); len(aree) > 0 {
			o.tree.Select(uid(aree[0].ID))
		}
	}
	o.totale.SetText(fmt.Sprintf(lang.L("organizzazione.totale"), o.s.Plan.DipendentiTotali()))
	o.load()
	o.pers.refresh()
}

// load shows the selected unit in the form.
func (o *Screen) load() {
	u := o.s.Plan.UnitaByID(o.sel)
	if u == nil {
		o.form.Hide()
		o.empty.Show()
		o.addChild.Disable()
		o.del.Disable()
		return
	}
	o.empty.Hide()
	o.form.Show()
	o.addChild.Enable()
	o.del.Enable()
	o.quiet = true
	o.tipo.SetSelected(tipoLabel(u.Tipo))
	o.ruolo.SetSelected(ruoloLabel(u.RuoloResponsabile))
	o.quiet = false
	o.nome.SetValue(u.Nome)
	o.intestazione.SetValue(u.Intestazione)
	o.responsabile.SetValue(u.Responsabile)
	o.dipendenti.SetValue(u.Dipendenti)
	o.partTime.SetValue(u.PartTime)
	o.totUnita.SetText(strconv.Itoa(o.s.Plan.DipendentiUnita(u.ID)))
}

// Show selects a unit (ID) and focuses its field, or a staff-table cell.
func (o *Screen) Show(t session.Target) {
	if t.Anno != 0 || t.Campo == "benchmark" || (t.ID != 0 && o.s.Plan.UnitaByID(t.ID) == nil) {
		o.tabs.Select(o.perT)
		o.pers.show(t)
		return
	}
	o.tabs.Select(o.strT)
	if t.ID != 0 {
		o.selectUnit(t.ID)
	}
	f := map[string]fyne.Focusable{"nome": o.nome, "intestazione": o.intestazione, "responsabile": o.responsabile,
		"dipendenti": o.dipendenti, "part_time": o.partTime}[t.Campo]
	if f == nil {
		f = o.nome
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(o.tabs); c != nil {
		c.Focus(f)
	}
}

func (o *Screen) selectUnit(id int64) {
	for p := o.s.Plan.UnitaByID(id); p != nil && p.ParentID != 0; p = o.s.Plan.UnitaByID(p.ParentID) {
		o.tree.OpenBranch(uid(p.ParentID))
	}
	o.tree.Select(uid(id))
	o.tree.ScrollTo(uid(id))
}

func (o *Screen) save(label string, mut func(*model.Unita)) error {
	u := o.s.Plan.UnitaByID(o.sel)
	if u == nil {
		return nil
	}
	nu := *u
	mut(&nu)
	if nu.Dipendenti != nil && nu.PartTime != nil && *nu.PartTime > *nu.Dipendenti {
		return fmt.Errorf("%s", lang.L("unita.parttime.troppi"))
	}
	_, err := o.s.SaveUnita(label+" «"+u.Nome+"»", nu)
	return err
}

// add creates an Area (parent 0) or a unit inside parent, selects it and
// puts the cursor on its name.
func (o *Screen) add(parent int64) {
	tipo, nome := model.TipoArea, lang.L("unita.area.nuova")
	if parent != 0 {
		tipo, nome = model.TipoSettore, lang.L("unita.nuova")
		if p := o.s.Plan.UnitaByID(parent); p != nil && p.Tipo != model.TipoArea {
			tipo = model.TipoUfficio
		}
	}
	ordine := 1
	for _, u := range o.s.Plan.Unita {
		ordine = max(ordine, u.Ordine+1)
	}
	nu := model.Unita{ParentID: parent, Ordine: ordine, Tipo: tipo, Nome: nome}
	if id, err := o.s.SaveUnita(lang.L("unita.aggiungi")+" «"+nome+"»", nu); err == nil {
		o.selectUnit(id)
		if c := fyne.CurrentApp().Driver().CanvasForObject(o.nome); c != nil {
			c.Focus(o.nome)
		}
	}
}

// askDelete removes the selected unit after confirmation. The store refuses
// while objectives or sub-units refer to it; its Italian message is shown.
func (o *Screen) askDelete() {
	u := o.s.Plan.UnitaByID(o.sel)
	if u == nil {
		return
	}
	old := *u
	d := dialog.NewConfirm(lang.L("unita.elimina"), fmt.Sprintf(lang.L("unita.elimina.domanda"), old.Nome), func(ok bool) {
		if !ok {
			return
		}
		if err := o.s.DeleteUnita(lang.L("unita.elimina")+" «"+old.Nome+"»", old.ID); err != nil {
			dialog.ShowError(err, o.w)
		}
	}, o.w)
	d.SetConfirmText(lang.L("comune.elimina"))
	d.SetDismissText(lang.L("comune.annulla"))
	d.Show()
}
