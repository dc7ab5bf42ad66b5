package ui

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/atomicfile"
	"pianoperformance/model"
	"pianoperformance/ui/schede"
	"pianoperformance/workbook"
)

// File › Monitoraggio: the workbooks sent to the Area managers and read
// back (see the workbook package).

// monitoraggioMenu is the submenu of File.
func (f *frame) monitoraggioMenu() *fyne.MenuItem {
	m := fyne.NewMenuItem(lang.L("menu.monitoraggio"), nil)
	m.ChildMenu = fyne.NewMenu("",
		fyne.NewMenuItem(lang.L("menu.schede.prepara"), f.preparaSchede),
		fyne.NewMenuItem(lang.L("menu.schede.leggi"), f.leggiSchede))
	return m
}

// sceltaPrepara is what the Prepara dialog asked for.
type sceltaPrepara struct {
	verifica int64
	area     int64 // with tutte false: the Area (0: objectives of no Area)
	tutte    bool
	entro    model.Date
}

// preparaSchede asks for the checkpoint, the Area (or all) and the
// deadline, then for the folder to write the workbooks in.
func (f *frame) preparaSchede() {
	p := f.s.Plan
	if p == nil {
		return
	}
	if len(p.Verifiche) == 0 {
		dialog.ShowInformation(lang.L("schede.prepara.titolo"), lang.L("schede.prepara.senza.verifiche"), f.w)
		return
	}
	var etichette []string
	for _, v := range p.Verifiche {
		etichette = append(etichette, v.Etichetta())
	}
	verifica := widget.NewSelect(etichette, nil)
	verifica.SetSelectedIndex(indexOfVerifica(p, prossimaVerifica(p, model.Oggi())))
	// The Aree that get a workbook, as Prepara lists them.
	elenco, _ := workbook.Prepara(p, workbook.Opzioni{Piano: "-", Verifica: p.Verifiche[0].ID, Preparata: time.Now()})
	aree := []string{lang.L("schede.prepara.tutte")}
	for _, s := range elenco {
		aree = append(aree, s.Area)
	}
	area := widget.NewSelect(aree, nil)
	area.SetSelectedIndex(0)
	entro := widget.NewEntry()
	entro.Validator = func(s string) error { _, err := model.ParseDate(s); return err }
	aggiornaEntro := func() {
		v := p.Verifiche[verifica.SelectedIndex()]
		entro.SetText(workbook.ScadenzaPredefinita(v, model.Oggi()).String())
	}
	verifica.OnChanged = func(string) { aggiornaEntro() }
	aggiornaEntro()
	form := widget.NewForm(
		widget.NewFormItem(lang.L("schede.prepara.verifica"), verifica),
		widget.NewFormItem(lang.L("schede.prepara.area"), area),
		widget.NewFormItem(lang.L("schede.prepara.entro"), entro),
	)
	d := dialog.NewCustomConfirm(lang.L("schede.prepara.titolo"), lang.L("schede.prepara.cartella"), lang.L("Cancel"), form, func(ok bool) {
		if !ok {
			return
		}
		giorno, err := model.ParseDate(entro.Text)
		if err != nil {
			f.showError(err)
			return
		}
		c := sceltaPrepara{verifica: p.Verifiche[verifica.SelectedIndex()].ID, entro: giorno, tutte: area.SelectedIndex() <= 0}
		if !c.tutte {
			c.area = elenco[area.SelectedIndex()-1].AreaID
		}
		f.files.folder(lang.L("schede.prepara.titolo"), func(dir string) { f.preparaIn(dir, c) })
	}, f.w)
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	d.Show()
}

// prossimaVerifica is the first checkpoint on or after today, else the
// last.
func prossimaVerifica(p *model.Plan, oggi model.Date) int64 {
	for _, v := range p.Verifiche {
		if !v.Data.Before(oggi) {
			return v.ID
		}
	}
	return p.VerificaFinale().ID
}

func indexOfVerifica(p *model.Plan, id int64) int {
	return max(0, slices.IndexFunc(p.Verifiche, func(v model.Verifica) bool { return v.ID == id }))
}

// preparaIn writes the workbooks into dir off the UI goroutine, each whole
// or not at all.
func (f *frame) preparaIn(dir string, c sceltaPrepara) {
	snap := f.s.Plan.Clone()
	st := f.s.Store
	var scritte []workbook.Scheda
	f.busy(lang.L("schede.prepara.in.corso"), func() error {
		id, err := workbook.IdentitaDi(context.Background(), st)
		if err != nil {
			return err
		}
		all, err := workbook.Prepara(snap, workbook.Opzioni{Piano: id, Verifica: c.verifica, Entro: c.entro, Preparata: time.Now()})
		if err != nil {
			return err
		}
		for _, s := range all {
			if !c.tutte && s.AreaID != c.area {
				continue
			}
			if err := atomicfile.Write(filepath.Join(dir, s.Nome), atomicfile.Public, s.Scrivi); err != nil {
				return err
			}
			scritte = append(scritte, s)
		}
		return nil
	}, func() {
		v := snap.VerificaByID(c.verifica)
		f.s.Report(lang.N("schede.prepara.fatto", len(scritte), map[string]any{"N": len(scritte), "Cartella": dir,
			"Verifica": v.Data.String(), "Entro": c.entro.String()}), false)
	})
}

// leggiSchede asks for the folder the filled workbooks are in.
func (f *frame) leggiSchede() {
	if f.s.Plan == nil {
		return
	}
	f.files.folder(lang.L("schede.leggi.titolo"), f.sceltaSchede)
}

// sceltaSchede lists the workbooks of a folder, each ticked, to read
// several at once.
func (f *frame) sceltaSchede(dir string) {
	names, err := cartelleDiLavoro(dir)
	if err != nil {
		f.showError(err)
		return
	}
	if len(names) == 0 {
		dialog.ShowInformation(lang.L("schede.leggi.titolo"), lang.L("schede.leggi.nessuna", map[string]any{"Cartella": dir}), f.w)
		return
	}
	check := widget.NewCheckGroup(names, nil)
	check.SetSelected(names)
	intro := widget.NewLabel(lang.L("schede.leggi.quali", map[string]any{"Cartella": dir}))
	intro.Wrapping = fyne.TextWrapWord
	body := container.NewBorder(intro, nil, nil, nil, container.NewVScroll(check))
	d := dialog.NewCustomConfirm(lang.L("schede.leggi.titolo"), lang.L("schede.leggi.avanti"), lang.L("Cancel"), body, func(ok bool) {
		if !ok || len(check.Selected) == 0 {
			return
		}
		var paths []string
		for _, n := range check.Selected {
			paths = append(paths, filepath.Join(dir, n))
		}
		f.leggiFile(paths)
	}, f.w)
	d.Resize(fyne.NewSize(640, min(520, 160+float32(len(names))*40)))
	d.Show()
}

// cartelleDiLavoro lists the .xlsx files of dir, without the lock files
// Excel ("~$…") and LibreOffice (".~lock…") leave beside an open one.
func cartelleDiLavoro(dir string) ([]string, error) {
	ee, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ee {
		n := e.Name()
		if e.Type().IsRegular() && strings.EqualFold(filepath.Ext(n), ".xlsx") && !strings.HasPrefix(n, "~$") && !strings.HasPrefix(n, ".~lock") {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out, nil
}

// leggiFile reads the workbooks off the UI goroutine, then shows the
// preview; «Salva» saves the chosen values as one undoable step.
func (f *frame) leggiFile(paths []string) {
	snap := f.s.Plan.Clone()
	st := f.s.Store
	var a *workbook.Anteprima
	f.busy(lang.L("schede.leggi.in.corso"), func() error {
		id, err := workbook.IdentitaDi(context.Background(), st)
		if err != nil {
			return err
		}
		files, rifiuti := workbook.ApriTutti(paths)
		a = workbook.Leggi(snap, files, workbook.OpzioniLettura{Piano: id})
		a.Rifiuti = append(rifiuti, a.Rifiuti...)
		return nil
	}, func() {
		schede.Mostra(f.w, a, func(scelte workbook.Scelte) { f.salvaSchede(a, scelte) })
	})
}

// salvaSchede saves the values of the preview with the user's choices.
func (f *frame) salvaSchede(a *workbook.Anteprima, scelte workbook.Scelte) {
	m, eventi := a.Lotto(scelte, time.Now())
	if m == nil || m.Vuoto() {
		return
	}
	n := 0
	for _, e := range eventi {
		n += e.Valori
	}
	_ = f.s.LeggiSchede(lang.N("schede.leggi.passo", n, map[string]any{"N": n}), m, eventi)
}
