package ente

import (
	"fmt"
	"slices"

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

// capitoli edits the document's free-text chapters: a list on the left,
// the selected chapter on the right.
type capitoli struct {
	e       *Screen
	list    *widget.List
	sel     int // index in Plan.Capitoli, -1 for none
	titolo  *field.Field[string]
	sezione *widget.Select
	testo   *field.Field[string]
	editor  fyne.CanvasObject
	empty   *widget.Label
	del, up *widget.Button
	down    *widget.Button
	content fyne.CanvasObject
	quiet   bool
}

var ancore = []string{"", model.SezioneTerritorio, model.SezionePopolazione, model.SezioneOrganizzazione, model.SezioneServizi, model.SezioneObiettivi}

func ancoraLabel(a string) string {
	if a == "" {
		return lang.L("capitoli.ancora.nessuna")
	}
	return lang.L("capitoli.ancora." + a)
}

func newCapitoli(e *Screen) *capitoli {
	c := &capitoli{e: e, sel: -1}
	c.list = widget.NewList(
		func() int { return len(e.s.Plan.Capitoli) },
		func() fyne.CanvasObject { return widget.NewLabel("Capitolo") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			t := e.s.Plan.Capitoli[i].Titolo
			if t == "" {
				t = lang.L("capitoli.senza.titolo")
			}
			o.(*widget.Label).SetText(t)
		})
	c.list.OnSelected = func(i widget.ListItemID) { c.sel = i; c.load() }
	c.list.OnUnselected = func(widget.ListItemID) {}

	c.titolo = field.NewRequiredText(lang.L("capitoli.titolo.manca"), func(v string) error {
		return c.save(lang.L("capitoli.titolo"), func(x *model.Capitolo) { x.Titolo = v })
	})
	var opts []string
	for _, a := range ancore {
		opts = append(opts, ancoraLabel(a))
	}
	c.sezione = widget.NewSelect(opts, func(label string) {
		if c.quiet || c.sel < 0 {
			return
		}
		for _, a := range ancore {
			if ancoraLabel(a) == label && a != e.s.Plan.Capitoli[c.sel].Sezione {
				_ = c.save(lang.L("capitoli.sezione"), func(x *model.Capitolo) { x.Sezione = a })
			}
		}
	})
	c.testo = field.NewMultiLine(18, func(v string) error {
		return c.save(lang.L("capitoli.testo"), func(x *model.Capitolo) { x.Testo = v })
	})
	hint := widget.NewLabel(lang.L("capitoli.testo.aiuto"))
	hint.Importance = widget.LowImportance
	hint.Wrapping = fyne.TextWrapWord
	form := field.NewForm().
		Add(lang.L("capitoli.titolo"), c.titolo).
		Add(lang.L("capitoli.sezione"), c.sezione)
	c.editor = container.NewBorder(form, hint, nil, nil, c.testo)
	c.empty = widget.NewLabel(lang.L("capitoli.nessuno"))

	add := widget.NewButtonWithIcon(lang.L("capitoli.aggiungi"), theme.ContentAddIcon(), c.add)
	c.del = widget.NewButtonWithIcon(lang.L("capitoli.elimina"), theme.DeleteIcon(), c.askDelete)
	c.up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { c.move(-1) })
	c.down = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { c.move(1) })
	bar := container.NewHBox(add, c.del, c.up, c.down)
	left := container.NewBorder(bar, nil, nil, nil, c.list)
	split := container.NewHSplit(left, container.NewStack(c.empty, container.NewPadded(c.editor)))
	split.Offset = 0.28
	c.content = split
	return c
}

func (c *capitoli) refresh() {
	n := len(c.e.s.Plan.Capitoli)
	c.sel = session.Clamp(c.sel, n)
	c.list.Refresh()
	if c.sel >= 0 {
		c.list.Select(c.sel)
	}
	c.load()
}

// load puts the selected chapter in the editor.
func (c *capitoli) load() {
	if c.sel < 0 || c.sel >= len(c.e.s.Plan.Capitoli) {
		c.editor.Hide()
		c.empty.Show()
		c.del.Disable()
		c.up.Disable()
		c.down.Disable()
		return
	}
	c.empty.Hide()
	c.editor.Show()
	c.del.Enable()
	setEnabled(c.up, c.sel > 0)
	setEnabled(c.down, c.sel < len(c.e.s.Plan.Capitoli)-1)
	cp := c.e.s.Plan.Capitoli[c.sel]
	c.titolo.SetValue(cp.Titolo)
	c.testo.SetValue(cp.Testo)
	c.quiet = true
	c.sezione.SetSelected(ancoraLabel(cp.Sezione))
	c.quiet = false
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

func (c *capitoli) show(id int64, campo string) {
	for i, cp := range c.e.s.Plan.Capitoli {
		if cp.ID == id {
			c.list.Select(i)
		}
	}
	var f fyne.Focusable = c.testo
	if campo == "titolo" {
		f = c.titolo
	}
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c.testo); cv != nil {
		cv.Focus(f)
	}
}

// save stores a change of the selected chapter, undoably.
func (c *capitoli) save(label string, mut func(*model.Capitolo)) error {
	if c.sel < 0 {
		return nil
	}
	nu := c.e.s.Plan.Capitoli[c.sel]
	mut(&nu)
	_, err := c.e.s.SaveCapitolo(label, nu)
	return err
}

// selectID selects the chapter with the given ID, wherever it now is.
func (c *capitoli) selectID(id int64) {
	c.sel = slices.IndexFunc(c.e.s.Plan.Capitoli, func(x model.Capitolo) bool { return x.ID == id })
	c.refresh()
}

func (c *capitoli) add() {
	ordine := 1
	for _, cp := range c.e.s.Plan.Capitoli {
		if cp.Ordine >= ordine {
			ordine = cp.Ordine + 1
		}
	}
	nu := model.Capitolo{Ordine: ordine, Titolo: lang.L("capitoli.nuovo")}
	if id, err := c.e.s.SaveCapitolo(lang.L("capitoli.aggiungi"), nu); err == nil {
		c.selectID(id)
		if cv := fyne.CurrentApp().Driver().CanvasForObject(c.titolo); cv != nil {
			cv.Focus(c.titolo)
		}
	}
}

func (c *capitoli) askDelete() {
	if c.sel < 0 {
		return
	}
	cp := c.e.s.Plan.Capitoli[c.sel]
	d := dialog.NewConfirm(lang.L("capitoli.elimina"),
		fmt.Sprintf(lang.L("capitoli.elimina.domanda"), cp.Titolo),
		func(ok bool) {
			if !ok {
				return
			}
			_ = c.e.s.DeleteCapitolo(lang.L("capitoli.elimina")+" «"+cp.Titolo+"»", cp.ID)
		}, c.e.w)
	d.SetConfirmText(lang.L("capitoli.elimina"))
	d.SetDismissText(lang.L("comune.annulla"))
	d.Show()
}

// move swaps the selected chapter with its neighbour: both chapters are
// saved in one transaction, and so is the undo.
func (c *capitoli) move(delta int) {
	caps := c.e.s.Plan.Capitoli
	if c.sel < 0 || c.sel >= len(caps) {
		return
	}
	id := caps[c.sel].ID
	if c.e.s.MoveCapitolo(lang.L("capitoli.sposta"), id, delta) == nil {
		c.selectID(id)
	}
}
