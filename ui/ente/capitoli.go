package ente

import (
	"context"
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
	old := c.e.s.Plan.Capitoli[c.sel]
	nu := old
	mut(&nu)
	return c.e.s.Do(label, c.put(nu), c.put(old))
}

// put writes a chapter and then puts it in the plan, by ID.
func (c *capitoli) put(v model.Capitolo) func(context.Context) error {
	return func(ctx context.Context) error {
		if err := c.e.s.Store.SaveCapitolo(ctx, &v); err != nil {
			return err
		}
		for i := range c.e.s.Plan.Capitoli {
			if c.e.s.Plan.Capitoli[i].ID == v.ID {
				c.e.s.Plan.Capitoli[i] = v
				return nil
			}
		}
		c.e.s.Plan.Capitoli = append(c.e.s.Plan.Capitoli, v)
		slices.SortFunc(c.e.s.Plan.Capitoli, cmpCapitoli)
		return nil
	}
}

func (c *capitoli) add() {
	ordine := 1
	for _, cp := range c.e.s.Plan.Capitoli {
		if cp.Ordine >= ordine {
			ordine = cp.Ordine + 1
		}
	}
	nu := model.Capitolo{Ordine: ordine, Titolo: lang.L("capitoli.nuovo")}
	err := c.e.s.Do(lang.L("capitoli.aggiungi"), func(ctx context.Context) error {
		if err := c.e.s.Store.SaveCapitolo(ctx, &nu); err != nil {
			return err
		}
		c.e.s.Plan.Capitoli = append(c.e.s.Plan.Capitoli, nu)
		return nil
	}, func(ctx context.Context) error { return c.remove(ctx, nu.ID) })
	if err == nil {
		c.sel = len(c.e.s.Plan.Capitoli) - 1
		c.refresh()
		if cv := fyne.CurrentApp().Driver().CanvasForObject(c.titolo); cv != nil {
			cv.Focus(c.titolo)
		}
	}
}

func (c *capitoli) remove(ctx context.Context, id int64) error {
	if err := c.e.s.Store.DeleteCapitolo(ctx, id); err != nil {
		return err
	}
	caps := c.e.s.Plan.Capitoli[:0:0]
	for _, cp := range c.e.s.Plan.Capitoli {
		if cp.ID != id {
			caps = append(caps, cp)
		}
	}
	c.e.s.Plan.Capitoli = caps
	return nil
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
			_ = c.e.s.Do(lang.L("capitoli.elimina")+" «"+cp.Titolo+"»",
				func(ctx context.Context) error { return c.remove(ctx, cp.ID) },
				c.put(cp))
		}, c.e.w)
	d.SetConfirmText(lang.L("capitoli.elimina"))
	d.SetDismissText(lang.L("comune.annulla"))
	d.Show()
}

// move swaps the selected chapter with its neighbour: both chapters are
// saved in one transaction, and so is the undo.
func (c *capitoli) move(delta int) {
	caps := c.e.s.Plan.Capitoli
	i, j := c.sel, c.sel+delta
	if i < 0 || j < 0 || j >= len(caps) {
		return
	}
	a, b := caps[i], caps[j]
	a2, b2 := a, b
	a2.Ordine, b2.Ordine = b.Ordine, a.Ordine
	if a2.Ordine == b2.Ordine { // equal orders: make the move visible
		a2.Ordine += delta
	}
	if c.e.s.Do(lang.L("capitoli.sposta"), c.putAll(a2, b2), c.putAll(a, b)) == nil {
		c.sel = j
		c.refresh()
	}
}

// putAll writes chapters in one transaction and then puts them in the
// plan, by ID, in order.
func (c *capitoli) putAll(vs ...model.Capitolo) func(context.Context) error {
	return func(ctx context.Context) error {
		if err := c.e.s.Store.SaveCapitoli(ctx, vs); err != nil {
			return err
		}
		caps := slices.Clone(c.e.s.Plan.Capitoli)
		for _, v := range vs {
			if k := slices.IndexFunc(caps, func(x model.Capitolo) bool { return x.ID == v.ID }); k >= 0 {
				caps[k] = v
			} else {
				caps = append(caps, v)
			}
		}
		slices.SortFunc(caps, cmpCapitoli)
		c.e.s.Plan.Capitoli = caps
		return nil
	}
}

// cmpCapitoli is the plan's order of chapters: Ordine, then ID.
func cmpCapitoli(a, b model.Capitolo) int {
	if a.Ordine != b.Ordine {
		return a.Ordine - b.Ordine
	}
	return int(a.ID - b.ID)
}
