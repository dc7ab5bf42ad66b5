package schede

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/workbook"
)

// The preview's rows, flattened into one list: a heading per workbook, a
// heading per section, the column headers, a line per field that changes
// (the row named on its first field), the choice under each conflict, a
// line per problem, one per row left empty.

type tipoVoce int

const (
	vScheda tipoVoce = iota
	vSezione
	vColonne
	vCampo
	vScelta
	vProblema
	vVuota
)

type voce struct {
	tipo      tipoVoce
	testo     string
	c         [4]string // vCampo: row, field, the program's, the workbook's
	conflitto bool      // a field changed on both sides
	chiave    string    // vScelta: the conflict's key
}

// altezza is the height of rows taller than one line; 0 for the others.
func (v voce) altezza() float32 {
	line := theme.TextSize() * 1.35
	switch v.tipo {
	case vScheda:
		return 2*line + 2*theme.InnerPadding() + theme.Padding()
	case vProblema:
		return 2*line + 2*theme.InnerPadding()
	}
	return 0
}

func voci(a *workbook.Anteprima) []voce {
	var out []voce
	vuoto := func(s string) string {
		if s == "" {
			return lang.L("schede.anteprima.vuoto")
		}
		return s
	}
	campi := func(r workbook.Riga) {
		dove := lang.L("schede.anteprima.dove", map[string]any{"Dove": r.Dove, "Foglio": r.Foglio, "Riga": strconv.Itoa(r.Numero)})
		for i, c := range r.Campi {
			x := voce{tipo: vCampo, c: [4]string{"", c.Nome, vuoto(c.Programma), vuoto(c.Scheda)}, conflitto: c.Conflitto}
			if i == 0 {
				x.c[0] = dove
			}
			out = append(out, x)
		}
	}
	for _, s := range a.Schede {
		out = append(out, voce{tipo: vScheda, testo: s.Area + "\n" + lang.L("schede.anteprima.scheda",
			map[string]any{"File": s.File, "Verifica": s.Verifica.Data.String(), "Preparata": giorno(s.Preparata)})})
		sezione := func(e workbook.Esito, key string, colonne bool) bool {
			if s.Conta(e) == 0 {
				return false
			}
			out = append(out, voce{tipo: vSezione, testo: lang.L(key) + " (" + strconv.Itoa(s.Conta(e)) + ")"})
			if colonne {
				out = append(out, voce{tipo: vColonne, c: [4]string{"", lang.L("schede.anteprima.campo"),
					lang.L("schede.anteprima.programma"), lang.L("schede.anteprima.scheda.valore")}})
			}
			return true
		}
		if sezione(workbook.Conflitto, "schede.anteprima.sezione.conflitti", true) {
			for _, r := range s.Righe {
				if r.Esito == workbook.Conflitto {
					campi(r)
					out = append(out, voce{tipo: vScelta, chiave: r.Chiave})
				}
			}
		}
		if sezione(workbook.Modifica, "schede.anteprima.sezione.modifiche", true) {
			for _, r := range s.Righe {
				if r.Esito == workbook.Modifica {
					campi(r)
				}
			}
		}
		if sezione(workbook.Problema, "schede.anteprima.sezione.problemi", false) {
			for _, r := range s.Righe {
				if r.Esito == workbook.Problema {
					dove := lang.L("schede.anteprima.dove", map[string]any{"Dove": r.Dove, "Foglio": r.Foglio, "Riga": strconv.Itoa(r.Numero)})
					for _, p := range r.Problemi {
						out = append(out, voce{tipo: vProblema, testo: dove + ": " + p})
					}
				}
			}
		}
		if sezione(workbook.Vuota, "schede.anteprima.sezione.vuote", false) {
			for _, r := range s.Righe {
				if r.Esito == workbook.Vuota {
					t := r.Dove
					if r.Nota != "" {
						t += " – " + r.Nota
					}
					out = append(out, voce{tipo: vVuota, testo: t})
				}
			}
		}
	}
	return out
}

// riga is the list's row: every kind of line, showing the parts it needs.
type riga struct {
	widget.BaseWidget
	titolo  *widget.Label
	colonne [4]*widget.Label
	scelta  *widget.RadioGroup
	chiave  string
	v       *Vista
	box     *fyne.Container
	cols    *fyne.Container
}

func nuovaRiga() fyne.CanvasObject {
	r := &riga{titolo: widget.NewLabel("")}
	for i := range r.colonne {
		r.colonne[i] = widget.NewLabel("")
		r.colonne[i].Truncation = fyne.TextTruncateEllipsis
	}
	opts := []string{lang.L("schede.anteprima.tieni"), lang.L("schede.anteprima.prendi")}
	r.scelta = widget.NewRadioGroup(opts, func(s string) {
		if r.v != nil && r.chiave != "" && s != "" {
			r.v.scegli(r.chiave, s == opts[1])
		}
	})
	r.scelta.Horizontal, r.scelta.Required = true, true
	r.cols = container.New(&colonne{pesi: []float32{0.34, 0.18, 0.24, 0.24}},
		r.colonne[0], r.colonne[1], r.colonne[2], r.colonne[3])
	r.box = container.NewStack(r.titolo, r.cols, container.NewHBox(r.scelta))
	r.ExtendBaseWidget(r)
	return r
}

func (r *riga) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.box) }

func (r *riga) mostra(x voce, v *Vista) {
	r.v, r.chiave = nil, "" // no choice is recorded while the row is set up
	r.titolo.Hide()
	r.cols.Hide()
	r.scelta.Hide()
	r.titolo.TextStyle, r.titolo.Importance, r.titolo.Wrapping = fyne.TextStyle{}, widget.MediumImportance, fyne.TextWrapOff
	for _, l := range r.colonne {
		l.TextStyle, l.Importance = fyne.TextStyle{}, widget.MediumImportance
	}
	switch x.tipo {
	case vScheda:
		r.titolo.SetText(x.testo)
		r.titolo.TextStyle = fyne.TextStyle{Bold: true}
		r.titolo.Show()
	case vSezione:
		r.titolo.SetText(x.testo)
		r.titolo.TextStyle = fyne.TextStyle{Bold: true}
		r.titolo.Importance = widget.HighImportance
		r.titolo.Show()
	case vColonne, vCampo:
		for i, l := range r.colonne {
			l.SetText(x.c[i])
			if x.tipo == vColonne {
				l.TextStyle = fyne.TextStyle{Italic: true}
			}
		}
		if x.conflitto {
			r.colonne[2].Importance, r.colonne[3].Importance = widget.WarningImportance, widget.WarningImportance
			r.colonne[1].TextStyle = fyne.TextStyle{Bold: true}
		}
		r.cols.Show()
	case vScelta:
		sel := r.scelta.Options[0]
		if v.scelte[x.chiave] {
			sel = r.scelta.Options[1]
		}
		r.scelta.SetSelected(sel)
		r.scelta.Show()
	case vProblema:
		r.titolo.SetText(x.testo)
		r.titolo.Importance, r.titolo.Wrapping = widget.DangerImportance, fyne.TextWrapWord
		r.titolo.Show()
	case vVuota:
		r.titolo.SetText(x.testo)
		r.titolo.Importance = widget.LowImportance
		r.titolo.Show()
	}
	r.titolo.Refresh()
	for _, l := range r.colonne {
		l.Refresh()
	}
	r.v, r.chiave = v, x.chiave
}

// colonne lays its objects side by side with widths in proportion.
type colonne struct{ pesi []float32 }

func (c *colonne) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	x := float32(0)
	for i, o := range objs {
		w := size.Width * c.pesi[i]
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w
	}
}

func (c *colonne) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(200, h)
}
