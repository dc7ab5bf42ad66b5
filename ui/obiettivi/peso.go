package obiettivi

import (
	"fmt"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
)

var pesoValues = model.TipiPeso

func pesoLabels() []string {
	out := []string{lang.L("obiettivi.peso.nessuno")}
	for _, t := range pesoValues[1:] {
		out = append(out, t.Label())
	}
	return out
}

// checkPeso reads a weight value for a kind, refusing what the kind does
// not allow: a multiplier outside 1,0–1,4 or a percentage outside 0–100.
func checkPeso(tipo model.TipoPeso, text string) (float64, error) {
	if tipo == model.PesoNessuno || tipo == model.PesoPrerequisito {
		return 0, nil
	}
	v, err := model.ParseNumber(text)
	if err != nil {
		return 0, err
	}
	switch tipo {
	case model.PesoPercentuale:
		if v < 0 || v > 100 {
			return 0, fmt.Errorf("%s", lang.L("obiettivi.errore.percentuale"))
		}
	case model.PesoMoltiplicatore:
		if v < 1 || v > 1.4 {
			return 0, fmt.Errorf("%s", lang.L("obiettivi.errore.moltiplicatore"))
		}
	case model.PesoPunti:
		if v < 0 {
			return 0, fmt.Errorf("%s", lang.L("obiettivi.errore.punti"))
		}
	}
	return v, nil
}

// defaultPeso is the value a kind starts from when the old one does not fit.
func defaultPeso(tipo model.TipoPeso) float64 {
	if tipo == model.PesoMoltiplicatore {
		return 1
	}
	return 0
}

func (e *editor) tipoPeso() model.TipoPeso {
	return pesoValues[indexOf(pesoLabels(), e.pesoTipo.Selected)]
}

// hasValore says whether a kind of weight takes a value at all.
func hasValore(tipo model.TipoPeso) bool {
	return tipo != model.PesoNessuno && tipo != model.PesoPrerequisito
}

func (e *editor) newPeso() (*widget.Select, *field.Field[float64]) {
	labels := pesoLabels()
	tipo := widget.NewSelect(labels, nil)
	tipo.OnChanged = func(l string) {
		if e.loading {
			return
		}
		t := pesoValues[indexOf(labels, l)]
		e.save(func(o *model.Obiettivo) {
			v := o.Peso.Valore
			if _, err := checkPeso(t, model.FormatNumber(v, 2)); err != nil || !hasValore(t) {
				v = defaultPeso(t)
			}
			o.Peso = model.Peso{Tipo: t, Valore: v}
		})
	}
	e.pesoTipo = tipo
	// The value is read and shown for the kind chosen beside it: blank
	// for a kind without a value.
	val := field.New(func(s string) (float64, error) {
		return checkPeso(e.tipoPeso(), s)
	}, func(v float64) string {
		if !hasValore(e.tipoPeso()) {
			return ""
		}
		return model.FormatNumber(v, decimals(v))
	}, func(v float64) error {
		return e.save(func(o *model.Obiettivo) { o.Peso.Valore = v })
	})
	return tipo, typing(e, val)
}

func (e *editor) loadPeso(p model.Peso) {
	kind := pesoLabels()[indexOf(pesoValues, p.Tipo)]
	changed := e.pesoTipo.Selected != kind
	e.pesoTipo.SetSelected(kind)
	e.pesoVal.SetValue(p.Valore)
	if changed || !hasValore(p.Tipo) {
		// Text typed or refused for another kind means nothing for this one.
		e.pesoVal.Revert()
	}
	if !hasValore(p.Tipo) {
		e.pesoVal.Disable()
		return
	}
	e.pesoVal.Enable()
}
