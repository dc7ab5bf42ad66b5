package monitoraggio

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
)

// Columns of the grid. The code and the indicator stay in view; what is
// typed comes next, beside the target, then the figures; the cause and the
// action of a deviation, the reading of the target and the objective's
// title, wider, come last (the panel under the grid shows them too).
const (
	colCodice = iota
	colIndicatore
	colTarget
	colValore
	colData
	colStato
	colPerc
	colMano
	colPercOb
	colCausa
	colAzione
	colLetto
	colObiettivo
	numCols
)

func (sc *Screen) newSheet() *field.Sheet {
	col := func(key string, w float32, create func(row func() int) fyne.CanvasObject, update func(r int, o fyne.CanvasObject)) field.SheetColumn {
		return field.SheetColumn{Title: lang.L(key), Width: w, Create: create, Update: update}
	}
	label := func(style fyne.TextStyle, align fyne.TextAlign) func(func() int) fyne.CanvasObject {
		return func(func() int) fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			l.TextStyle, l.Alignment = style, align
			return l
		}
	}
	// The figures fit their columns: no truncation to measure each time a
	// keystroke changes them.
	figure := func(func() int) fyne.CanvasObject {
		l := widget.NewLabel("")
		l.TextStyle.Bold, l.Alignment = true, fyne.TextAlignTrailing
		return l
	}
	text := func(get func(r riga) string) func(int, fyne.CanvasObject) {
		return func(r int, o fyne.CanvasObject) { setText(o.(*widget.Label), get(sc.rows[r])) }
	}
	plain, bold, italic := fyne.TextStyle{}, fyne.TextStyle{Bold: true}, fyne.TextStyle{Italic: true}
	cols := make([]field.SheetColumn, numCols)
	cols[colCodice] = col("monitoraggio.col.codice", 74, label(bold, fyne.TextAlignLeading), text(riga.codice))
	cols[colIndicatore] = col("monitoraggio.col.indicatore", 180, label(plain, fyne.TextAlignLeading),
		text(func(r riga) string { return oneLine(r.ind.Nome) }))
	cols[colTarget] = col("monitoraggio.col.target", 130, label(plain, fyne.TextAlignLeading),
		text(func(r riga) string { return oneLine(r.target) }))
	cols[colValore] = col("monitoraggio.col.valore", 112, sc.valoreCell, sc.loadValore)
	cols[colData] = col("monitoraggio.col.data", 112, sc.dataCell, sc.loadData)
	cols[colStato] = col("monitoraggio.col.stato", 150, sc.statoCell, sc.loadStato)
	cols[colPerc] = col("monitoraggio.col.perc", 78, figure,
		func(r int, o fyne.CanvasObject) { sc.loadPerc(r, o.(*widget.Label)) })
	cols[colMano] = col("monitoraggio.col.mano", 86, sc.manoCell, sc.loadMano)
	cols[colPercOb] = col("monitoraggio.col.perc.obiettivo", 100, figure,
		func(r int, o fyne.CanvasObject) { sc.loadPercOb(r, o.(*widget.Label)) })
	cols[colCausa] = col("monitoraggio.col.causa", 190, sc.textCell(func(x *model.Risultato, v string) { x.Causa = v }),
		sc.loadText(func(x model.Risultato) string { return x.Causa }))
	cols[colAzione] = col("monitoraggio.col.azione", 190, sc.textCell(func(x *model.Risultato, v string) { x.Azione = v }),
		sc.loadText(func(x model.Risultato) string { return x.Azione }))
	cols[colLetto] = col("monitoraggio.col.letto", 220, label(italic, fyne.TextAlignLeading),
		text(func(r riga) string { return r.letto.Capito }))
	cols[colObiettivo] = col("monitoraggio.col.obiettivo", 260, label(plain, fyne.TextAlignLeading), text(riga.titolo))
	sh := field.NewSheet(2, cols...)
	sh.OnRow = func(int) {
		sc.refreshTotals()
		sc.panel.load()
	}
	sh.OnInvalid = func(err error) {
		if err == nil {
			sc.s.ReportInvalid(nil) // fixed: the message goes
			return
		}
		sc.s.Report(lang.L("monitoraggio.non.salvato", map[string]any{"Errore": err.Error()}), true)
	}
	sh.Undo = func() { _ = sc.s.Undo() }
	sh.ReadOnly = func(r, c int) bool { return !sc.mayEdit(r, c) }
	return sh
}

func setText(l *widget.Label, t string) {
	if l.Text != t {
		l.SetText(t)
	}
}

// reading is the row's reading at the checkpoint shown, nil if none.
func (sc *Screen) reading(r int) *model.Risultato {
	if r < 0 || r >= len(sc.rows) {
		return nil
	}
	return sc.rows[r].ind.RisultatoAl(sc.verID)
}

// valoreCell is the value typed for an indicator, read for the type of
// the indicator of the row it shows; the figures follow as it is typed.
func (sc *Screen) valoreCell(row func() int) fyne.CanvasObject {
	tipo := func() model.TipoIndicatore {
		if r := row(); r >= 0 && r < len(sc.rows) {
			return sc.rows[r].ind.Tipo
		}
		return model.IndTesto
	}
	f := field.New(func(s string) (string, error) { return model.NormalizzaValore(tipo(), s) },
		func(s string) string { return s },
		func(v string) error { return sc.saveRisultato(row(), func(x *model.Risultato) { x.Valore = v }) })
	f.OnTyped = func(text string) { sc.typed(row(), text) }
	return f
}

func (sc *Screen) loadValore(r int, o fyne.CanvasObject) {
	f := o.(*field.Field[string])
	v := ""
	if x := sc.reading(r); x != nil {
		v = x.Valore
	}
	f.SetPlaceHolder(placeholder(sc.rows[r].ind.Tipo))
	f.SetValue(v)
}

// placeholder says what a value of the type looks like.
func placeholder(t model.TipoIndicatore) string {
	switch t {
	case model.IndTempo:
		return "GG/MM/AAAA"
	case model.IndSiNo:
		return "sì / no"
	case model.IndPercentuale:
		return "0–100%"
	case model.IndNumero:
		return "1.363,18"
	}
	return ""
}

// dataCell is the day of the reading; blank means at the checkpoint.
func (sc *Screen) dataCell(row func() int) fyne.CanvasObject {
	f := field.NewOptDate(func(d *model.Date) error {
		return sc.saveRisultato(row(), func(x *model.Risultato) {
			x.Data = model.Date{}
			if d != nil {
				x.Data = *d
			}
		})
	})
	return f
}

func (sc *Screen) loadData(r int, o fyne.CanvasObject) {
	f := o.(*field.Field[*model.Date])
	var d *model.Date
	if x := sc.reading(r); x != nil && !x.Data.IsZero() {
		dd := x.Data
		d = &dd
	}
	if v := sc.verifica(); v != nil {
		f.SetPlaceHolder(v.Data.String())
	}
	f.SetValue(d)
}

// statoCell is the Responsabile's judgement: typed ("a rischio") or
// chosen from the list behind the arrow.
func (sc *Screen) statoCell(row func() int) fyne.CanvasObject {
	var f *field.Field[model.StatoRilevazione]
	f = field.New(model.ParseStato, model.StatoRilevazione.Etichetta, func(st model.StatoRilevazione) error {
		return sc.saveRisultato(row(), func(x *model.Risultato) { x.Stato = st })
	})
	f.SetPlaceHolder(lang.L("monitoraggio.stato.scegli"))
	var pick *widget.Button
	pick = widget.NewButtonWithIcon("", theme.MenuDropDownIcon(), func() {
		var items []*fyne.MenuItem
		for _, st := range append([]model.StatoRilevazione{model.StatoNonIndicato}, model.StatiRilevazione...) {
			label := st.Etichetta()
			if st == model.StatoNonIndicato {
				label = lang.L("monitoraggio.stato.nessuno")
			}
			items = append(items, fyne.NewMenuItem(label, func() {
				f.SetText(st.Etichetta())
				f.Commit()
			}))
		}
		c := fyne.CurrentApp().Driver().CanvasForObject(pick)
		if c == nil {
			return
		}
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(pick)
		widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), c, pos.AddXY(0, pick.Size().Height))
	})
	pick.Importance = widget.LowImportance
	f.ActionItem = pick
	return f
}

func (sc *Screen) loadStato(r int, o fyne.CanvasObject) {
	var st model.StatoRilevazione
	if x := sc.reading(r); x != nil {
		st = x.Stato
	}
	o.(*field.Field[model.StatoRilevazione]).SetValue(st)
}

// textCell is a free text of the reading (cause, corrective action).
func (sc *Screen) textCell(set func(x *model.Risultato, v string)) func(row func() int) fyne.CanvasObject {
	return func(row func() int) fyne.CanvasObject {
		return field.NewText(func(v string) error {
			return sc.saveRisultato(row(), func(x *model.Risultato) { set(x, v) })
		})
	}
}

func (sc *Screen) loadText(get func(x model.Risultato) string) func(int, fyne.CanvasObject) {
	return func(r int, o fyne.CanvasObject) {
		v := ""
		if x := sc.reading(r); x != nil {
			v = get(*x)
		}
		o.(*field.Field[string]).SetValue(v)
	}
}

// loadPerc writes the indicator's degree: computed, judged by its state,
// or typed by hand (marked "a mano").
func (sc *Screen) loadPerc(r int, l *widget.Label) {
	e := sc.rows[r].esito(sc.shown)
	t := "—"
	if e != nil && e.Percentuale != nil {
		t = perc(e.Percentuale)
		if e.Fonte == model.FonteForzatura {
			t += " ✎"
		}
	}
	setText(l, t)
}

func (sc *Screen) loadPercOb(r int, l *widget.Label) {
	t := ""
	if x := sc.rows[r]; x.ob != nil && sc.shown != nil {
		if e := sc.shown.Obiettivo(x.ob.ID); e != nil {
			t = perc(e.Percentuale)
		}
	}
	setText(l, t)
}

// manoCell opens the override of the row's degree; it says the % typed by
// hand when there is one.
func (sc *Screen) manoCell(row func() int) fyne.CanvasObject {
	b := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { sc.askForzaturaIndicatore(row()) })
	b.Importance = widget.LowImportance
	return b
}

func (sc *Screen) loadMano(r int, o fyne.CanvasObject) {
	b := o.(*widget.Button)
	t := ""
	if x := sc.reading(r); x != nil && x.Forzatura != nil {
		t = model.FormatPerc(x.Forzatura.Percentuale)
	}
	if b.Text != t {
		b.SetText(t)
	}
}
