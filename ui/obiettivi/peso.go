package obiettivi

import (
	"fmt"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
)

var pesoValues = []model.TipoPeso{model.PesoNessuno, model.PesoPercentuale, model.PesoPunti, model.PesoMoltiplicatore, model.PesoPrerequisito}

func pesoLabels() []string {
	return []string{lang.L("obiettivi.peso.nessuno"), lang.L("obiettivi.peso.percentuale"), lang.L("obiettivi.peso.punti"),
		lang.L("obiettivi.peso.moltiplicatore"), lang.L("obiettivi.peso.prerequisito.esteso")}
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

func (e *editor) newPeso() (*widget.Select, *fieldEntry) {
	val := newField(false, nil)
	val.invalid = e.invalid
	val.Validator = func(s string) error {
		_, err := checkPeso(e.tipoPeso(), s)
		return err
	}
	val.commit = func(s string) {
		v, err := checkPeso(e.tipoPeso(), s)
		if err != nil {
			return
		}
		e.save(func(o *model.Obiettivo) { o.Peso.Valore = v })
	}
	labels := pesoLabels()
	tipo := widget.NewSelect(labels, nil)
	tipo.OnChanged = func(l string) {
		if e.loading {
			return
		}
		t := pesoValues[indexOf(labels, l)]
		e.save(func(o *model.Obiettivo) {
			v := o.Peso.Valore
			if _, err := checkPeso(t, model.FormatNumber(v, 2)); err != nil || t == model.PesoNessuno || t == model.PesoPrerequisito {
				v = defaultPeso(t)
			}
			o.Peso = model.Peso{Tipo: t, Valore: v}
		})
	}
	return tipo, val
}

func (e *editor) loadPeso(p model.Peso) {
	e.pesoTipo.SetSelected(pesoLabels()[indexOf(pesoValues, p.Tipo)])
	if p.Tipo == model.PesoNessuno || p.Tipo == model.PesoPrerequisito {
		e.pesoVal.set("")
		e.pesoVal.Disable()
		return
	}
	e.pesoVal.Enable()
	e.pesoVal.set(model.FormatNumber(p.Valore, decimals(p.Valore)))
	_ = e.pesoVal.Validate()
}
