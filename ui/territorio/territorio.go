// Package territorio is the "Territorio" screen: surface, altitude and
// position, localities, roads by type and water resources, with the
// population density derived from the latest population record.
package territorio

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
	"pianoperformance/ui/session"
)

// Screen is the "Territorio" screen.
type Screen struct {
	s *session.Session
	w fyne.Window

	totale, urbana                 *field.Field[float64]
	altitudine                     *field.Field[int]
	riferimento, lat, lon, agraria *field.Field[string]
	densita, totKm                 *widget.Label
	frazioni, strade, acque        *field.Grid
	focus                          map[string]fyne.Focusable
	grids                          map[string]*field.Grid
	content                        fyne.CanvasObject
}

// New builds the screen on the session's plan.
func New(s *session.Session, w fyne.Window) session.Screen {
	t := &Screen{s: s, w: w}
	t.build()
	t.Refresh()
	return t
}

func (t *Screen) Title() string { return lang.L("territorio.titolo") }

func (t *Screen) Content() fyne.CanvasObject { return t.content }

func (t *Screen) terr() model.Territorio { return t.s.Plan.Territorio }

func (t *Screen) build() {
	num := func(label string, set func(*model.Territorio, float64)) *field.Field[float64] {
		return field.NewNumber(2, func(v float64) error {
			if v < 0 {
				return errNegativo
			}
			return t.save(label, func(x *model.Territorio) { set(x, v) })
		})
	}
	text := func(label string, set func(*model.Territorio, string)) *field.Field[string] {
		return field.NewText(func(v string) error {
			return t.save(label, func(x *model.Territorio) { set(x, v) })
		})
	}
	t.totale = num(lang.L("territorio.superficie.totale"), func(x *model.Territorio, v float64) { x.SuperficieTotale = v })
	t.urbana = num(lang.L("territorio.superficie.urbana"), func(x *model.Territorio, v float64) { x.SuperficieUrbana = v })
	t.altitudine = field.NewInt(func(v int) error {
		return t.save(lang.L("territorio.altitudine"), func(x *model.Territorio) { x.Altitudine = v })
	})
	t.riferimento = text(lang.L("territorio.altitudine.riferimento"), func(x *model.Territorio, v string) { x.AltitudineRiferimento = v })
	t.lat = text(lang.L("territorio.latitudine"), func(x *model.Territorio, v string) { x.Latitudine = v })
	t.lon = text(lang.L("territorio.longitudine"), func(x *model.Territorio, v string) { x.Longitudine = v })
	t.agraria = text(lang.L("territorio.regione.agraria"), func(x *model.Territorio, v string) { x.RegioneAgraria = v })
	t.densita = field.ReadOnly()
	t.totKm = field.ReadOnly()

	form := field.NewForm().
		Add(lang.L("territorio.superficie.totale"), t.totale).
		Add(lang.L("territorio.superficie.urbana"), t.urbana).
		Add(lang.L("territorio.altitudine"), t.altitudine).
		Add(lang.L("territorio.altitudine.riferimento"), t.riferimento).
		Add(lang.L("territorio.latitudine"), t.lat).
		Add(lang.L("territorio.longitudine"), t.lon).
		Add(lang.L("territorio.regione.agraria"), t.agraria).
		Add(lang.L("territorio.densita"), t.densita)

	t.frazioni = field.NewGrid(
		field.TextCol(lang.L("territorio.frazione"), 260,
			func(r int) string { return t.terr().Frazioni[r] },
			func(r int, v string) error {
				return t.save(lang.L("territorio.frazioni"), func(x *model.Territorio) { x.Frazioni[r] = v })
			}),
		field.ButtonCol("", 40, theme.DeleteIcon(), func(r int) {
			t.save(lang.L("territorio.frazione.elimina"), func(x *model.Territorio) { x.Frazioni = slices.Delete(x.Frazioni, r, r+1) })
		}),
	)
	t.strade = field.NewGrid(
		field.TextCol(lang.L("territorio.strade.tipo"), 200,
			func(r int) string { return t.terr().Strade[r].Tipo },
			func(r int, v string) error {
				return t.save(lang.L("territorio.strade"), func(x *model.Territorio) { x.Strade[r].Tipo = v })
			}),
		field.NumberCol(lang.L("territorio.strade.km"), 110, 2,
			func(r int) float64 { return t.terr().Strade[r].Km },
			func(r int, v float64) error {
				if v < 0 {
					return errNegativo
				}
				return t.save(lang.L("territorio.strade"), func(x *model.Territorio) { x.Strade[r].Km = v })
			}),
		field.ButtonCol("", 40, theme.DeleteIcon(), func(r int) {
			t.save(lang.L("territorio.strada.elimina"), func(x *model.Territorio) { x.Strade = slices.Delete(x.Strade, r, r+1) })
		}),
	)
	t.acque = field.NewGrid(
		field.TextCol(lang.L("territorio.acque.tipo"), 200,
			func(r int) string { return t.terr().RisorseIdriche[r].Tipo },
			func(r int, v string) error {
				return t.save(lang.L("territorio.acque"), func(x *model.Territorio) { x.RisorseIdriche[r].Tipo = v })
			}),
		field.IntCol(lang.L("territorio.acque.numero"), 110,
			func(r int) int { return t.terr().RisorseIdriche[r].Numero },
			func(r, v int) error {
				return t.save(lang.L("territorio.acque"), func(x *model.Territorio) { x.RisorseIdriche[r].Numero = v })
			}),
		field.ButtonCol("", 40, theme.DeleteIcon(), func(r int) {
			t.save(lang.L("territorio.acqua.elimina"), func(x *model.Territorio) {
				x.RisorseIdriche = slices.Delete(x.RisorseIdriche, r, r+1)
			})
		}),
	)
	for _, g := range []*field.Grid{t.frazioni, t.strade, t.acque} {
		g.OnInvalid = t.s.ReportInvalid
	}
	addFraz := widget.NewButtonWithIcon(lang.L("territorio.frazione.aggiungi"), theme.ContentAddIcon(), func() {
		t.add(lang.L("territorio.frazione.aggiungi"), t.frazioni, func(x *model.Territorio) { x.Frazioni = append(x.Frazioni, "") })
	})
	addStrada := widget.NewButtonWithIcon(lang.L("territorio.strada.aggiungi"), theme.ContentAddIcon(), func() {
		t.add(lang.L("territorio.strada.aggiungi"), t.strade, func(x *model.Territorio) { x.Strade = append(x.Strade, model.Strada{}) })
	})
	addAcqua := widget.NewButtonWithIcon(lang.L("territorio.acqua.aggiungi"), theme.ContentAddIcon(), func() {
		t.add(lang.L("territorio.acqua.aggiungi"), t.acque, func(x *model.Territorio) {
			x.RisorseIdriche = append(x.RisorseIdriche, model.RisorsaIdrica{})
		})
	})

	t.focus = map[string]fyne.Focusable{
		"superficie_totale_kmq": t.totale, "superficie_urbana_kmq": t.urbana, "altitudine_m": t.altitudine,
		"altitudine_riferimento": t.riferimento, "latitudine": t.lat, "longitudine": t.lon, "regione_agraria": t.agraria,
		// The printed density has no field: the surface it divides by has.
		"densita_stampata": t.totale,
	}
	t.grids = map[string]*field.Grid{"frazioni": t.frazioni, "strade": t.strade, "risorse_idriche": t.acque}

	left := field.Section(lang.L("territorio.dati"), form)
	right := container.NewVBox(
		field.Section(lang.L("territorio.frazioni"), t.frazioni.Content, container.NewHBox(addFraz)),
		field.Section(lang.L("territorio.strade"), t.strade.Content, container.NewHBox(addStrada, t.totKm)),
		field.Section(lang.L("territorio.acque"), t.acque.Content, container.NewHBox(addAcqua)),
	)
	t.content = container.NewVScroll(container.NewPadded(container.NewGridWithColumns(2, left, right)))
}

var errNegativo = fmt.Errorf("il valore non può essere negativo")

// Refresh shows the plan as it is now.
func (t *Screen) Refresh() {
	x := t.terr()
	t.totale.SetValue(x.SuperficieTotale)
	t.urbana.SetValue(x.SuperficieUrbana)
	t.altitudine.SetValue(x.Altitudine)
	t.riferimento.SetValue(x.AltitudineRiferimento)
	t.lat.SetValue(x.Latitudine)
	t.lon.SetValue(x.Longitudine)
	t.agraria.SetValue(x.RegioneAgraria)
	if d, anno, ok := t.s.Plan.DensitaAttuale(); ok {
		t.densita.SetText(fmt.Sprintf(lang.L("territorio.densita.valore"), model.FormatNumber(d, 2), anno))
	} else {
		t.densita.SetText(lang.L("territorio.densita.manca"))
	}
	t.totKm.SetText(fmt.Sprintf(lang.L("territorio.strade.totale"), model.FormatNumber(x.KmStrade(), 2)))
	t.frazioni.SetRows(len(x.Frazioni))
	t.strade.SetRows(len(x.Strade))
	t.acque.SetRows(len(x.RisorseIdriche))
}

// Show focuses the named field, or the first cell of the named table.
func (t *Screen) Show(tg session.Target) {
	c := fyne.CurrentApp().Driver().CanvasForObject(t.content)
	if f, ok := t.focus[tg.Campo]; ok && c != nil {
		c.Focus(f)
		return
	}
	if g, ok := t.grids[tg.Campo]; ok {
		g.FocusCell(0, 0)
	}
}

// add appends a blank row and puts the cursor in it.
func (t *Screen) add(label string, g *field.Grid, mut func(*model.Territorio)) {
	if t.save(label, mut) == nil {
		g.FocusCell(g.Rows()-1, 0)
	}
}

// save stores the territory with one change, undoably. The whole record is
// one transaction; the change is made to a copy, never to the plan shown.
func (t *Screen) save(label string, mut func(*model.Territorio)) error {
	nu := t.terr().Clone()
	mut(&nu)
	return t.s.SaveTerritorio(label, nu)
}
