package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"

	"pianoperformance/model"
	"pianoperformance/model/address"
)

// Shortcuts of the menus; on Windows and Linux the default modifier is Ctrl.
var (
	scUndo   = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault}
	scNew    = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	scSearch = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	scPrint  = &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierShortcutDefault}
)

func (f *frame) menu() *fyne.MainMenu {
	recent := fyne.NewMenuItem(lang.L("menu.recenti"), nil)
	recent.ChildMenu = fyne.NewMenu("")
	export := fyne.NewMenuItem(lang.L("menu.esporta"), f.exportPlan)
	quit := fyne.NewMenuItem(lang.L("menu.esci"), func() { f.closing(); f.a.Quit() })
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
	newObj := fyne.NewMenuItem(lang.L("menu.nuovo.obiettivo"), f.newObiettivo)
	newObj.Shortcut = scNew
	search := fyne.NewMenuItem(lang.L("menu.cerca"), f.search)
	search.Shortcut = scSearch
	edit := fyne.NewMenu(lang.L("menu.modifica"), f.undoItem, fyne.NewMenuItemSeparator(), newObj, search)

	printItem := fyne.NewMenuItem(lang.L("menu.stampa.voce"), f.print)
	printItem.Shortcut = scPrint
	stampa := fyne.NewMenu(lang.L("menu.stampa"), printItem)

	aiuto := fyne.NewMenu(lang.L("menu.aiuto"), fyne.NewMenuItem(lang.L("menu.informazioni"), f.about))
	f.mainMenu = fyne.NewMainMenu(file, edit, f.pianoMenu(), stampa, aiuto)
	f.fillRecent()
	f.updateUndo()
	return f.mainMenu
}

// shortcuts makes the menu keys work wherever the focus is not in a text
// field (an entry keeps Ctrl+Z for its own text).
func (f *frame) shortcuts() {
	c := f.w.Canvas()
	c.AddShortcut(scUndo, func(fyne.Shortcut) { f.undo() })
	c.AddShortcut(scNew, func(fyne.Shortcut) { f.newObiettivo() })
	c.AddShortcut(scSearch, func(fyne.Shortcut) { f.search() })
	c.AddShortcut(scPrint, func(fyne.Shortcut) { f.print() })
}

func (f *frame) undo() { _ = f.s.Undo() }

// updateUndo names the change that Annulla would revert.
func (f *frame) updateUndo() {
	if f.undoItem == nil {
		return
	}
	if l := f.s.UndoLabel(); l != "" {
		f.undoItem.Label = lang.L("menu.annulla.cosa", map[string]any{"Cosa": l})
	} else {
		f.undoItem.Label = lang.L("menu.annulla")
	}
	f.undoItem.Disabled = !f.s.CanUndo()
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
