package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"

	"pianoperformance/model"
	"pianoperformance/model/address"
	"pianoperformance/ui/field"
)

// Shortcuts of the menus; on Windows and Linux the default modifier is Ctrl.
// Ctrl+Z and Ctrl+Y reach the program as Fyne's standard undo and redo
// shortcuts, never as custom ones: the menu items are bound to those. The
// driver offers a shortcut to the main menu before the focused field, so
// Annulla and Ripeti see every Ctrl+Z and Ctrl+Y and ask the field first.
var (
	scUndo   = &fyne.ShortcutUndo{}
	scRedo   = &fyne.ShortcutRedo{}
	scNew    = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	scSearch = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	scPrint  = &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierShortcutDefault}
)

func (f *frame) menu() *fyne.MainMenu {
	recent := fyne.NewMenuItem(lang.L("menu.recenti"), nil)
	recent.ChildMenu = fyne.NewMenu("")
	export := fyne.NewMenuItem(lang.L("menu.esporta"), f.exportPlan)
	quit := fyne.NewMenuItem(lang.L("menu.esci"), func() { f.closing(); quit(f.a) })
	quit.IsQuit = true
	file := fyne.NewMenu(lang.L("menu.file"),
		fyne.NewMenuItem(lang.L("menu.nuovo.piano"), f.newPlan),
		fyne.NewMenuItem(lang.L("menu.apri"), f.openDialog),
		f.serverItem(),
		recent,
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("menu.salva.copia"), f.saveCopy),
		fyne.NewMenuItem(lang.L("file.ripristina"), f.restore),
		fyne.NewMenuItem(lang.L("menu.importa"), f.importJSON),
		export,
		fyne.NewMenuItem(lang.L("menu.pacchetto"), f.pacchetto),
		fyne.NewMenuItemSeparator(),
		f.monitoraggioMenu(),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	f.undoItem = fyne.NewMenuItem(lang.L("menu.annulla"), f.undo)
	f.undoItem.Shortcut = scUndo
	f.redoItem = fyne.NewMenuItem(lang.L("menu.ripeti"), f.redo)
	f.redoItem.Shortcut = scRedo
	newObj := fyne.NewMenuItem(lang.L("menu.nuovo.obiettivo"), f.newObiettivo)
	newObj.Shortcut = scNew
	search := fyne.NewMenuItem(lang.L("menu.cerca"), f.search)
	search.Shortcut = scSearch
	edit := fyne.NewMenu(lang.L("menu.modifica"), f.undoItem, f.redoItem, fyne.NewMenuItemSeparator(), newObj, search)

	printItem := fyne.NewMenuItem(lang.L("menu.stampa.voce"), f.print)
	printItem.Shortcut = scPrint
	stampa := fyne.NewMenu(lang.L("menu.stampa"), printItem)

	aiuto := fyne.NewMenu(lang.L("menu.aiuto"), fyne.NewMenuItem(lang.L("menu.guida"), f.guide),
		fyne.NewMenuItemSeparator(), fyne.NewMenuItem(lang.L("menu.informazioni"), f.about))
	f.mainMenu = fyne.NewMainMenu(file, edit, f.pianoMenu(), stampa, aiuto)
	f.fillRecent()
	f.updateUndo()
	return f.mainMenu
}

// shortcuts binds on the canvas what no menu item carries: Ctrl+Maiusc+Z,
// the other redo key (a text field hands it on here too, see
// field.RedoAlt), and the menu keys again for a window without its menu
// bar (the main menu comes first when there is one).
func (f *frame) shortcuts() {
	c := f.w.Canvas()
	c.AddShortcut(scUndo, func(fyne.Shortcut) { f.undo() })
	c.AddShortcut(scRedo, func(fyne.Shortcut) { f.redo() })
	c.AddShortcut(field.RedoAlt, func(fyne.Shortcut) { f.redo() })
	c.AddShortcut(scNew, func(fyne.Shortcut) { f.newObiettivo() })
	c.AddShortcut(scSearch, func(fyne.Shortcut) { f.search() })
	c.AddShortcut(scPrint, func(fyne.Shortcut) { f.print() })
}

// undo is Ctrl+Z, as in Word: the typing not yet saved in the field with
// the cursor first, then the saved changes, newest first. While a dialog
// is open only its own fields undo: the plan behind it stays as it is.
func (f *frame) undo() {
	foc := f.w.Canvas().Focused()
	if foc != nil && field.UndoTyping(foc) {
		return
	}
	if f.w.Canvas().Overlays().Top() == nil {
		_ = f.s.Undo()
	}
}

// redo is Ctrl+Y or Ctrl+Maiusc+Z: the field's typing undone, then the
// saved changes undone, in the order undo took them back.
func (f *frame) redo() {
	foc := f.w.Canvas().Focused()
	if foc != nil && field.RedoTyping(foc) {
		return
	}
	if f.w.Canvas().Overlays().Top() == nil {
		_ = f.s.Redo()
	}
}

// updateUndo names the changes that Annulla and Ripeti would take back
// and do again.
func (f *frame) updateUndo() {
	if f.undoItem == nil {
		return
	}
	// The items stay enabled when the session has nothing: the field with
	// the cursor may have typing of its own to take back.
	name := func(item *fyne.MenuItem, key, label string) {
		item.Label = lang.L(key)
		if label != "" {
			item.Label = lang.L(key+".cosa", map[string]any{"Cosa": label})
		}
	}
	name(f.undoItem, "menu.annulla", f.s.UndoLabel())
	name(f.redoItem, "menu.ripeti", f.s.RedoLabel())
	if f.mainMenu != nil {
		f.mainMenu.Refresh()
	}
}

func (f *frame) newObiettivo() {
	f.goToSection(model.SezioneObiettivi)
	f.obiettivi.NewObiettivo()
}

func (f *frame) search() {
	f.goToSection(model.SezioneObiettivi)
	f.obiettivi.FocusSearch()
}

func (f *frame) goToSection(key string) {
	if i := f.index(key); i >= 0 {
		f.nav.Select(i)
	}
}

func (f *frame) about() {
	path := ""
	if f.s.Store != nil {
		path = f.s.Store.Path()
	}
	dialog.ShowInformation(lang.L("menu.informazioni"),
		lang.L("frame.informazioni", map[string]any{"Versione": f.opts.Version, "File": path}), f.w)
}

// serverItem is File › Apri dal server…, disabled when the program has no
// server support.
func (f *frame) serverItem() *fyne.MenuItem {
	it := fyne.NewMenuItem(lang.L("server.menu"), func() { f.serverDialog(address.Address{}, "") })
	it.Disabled = f.opts.Server == nil
	return it
}
