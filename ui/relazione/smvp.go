package relazione

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field"
)

// smvpForm is the comune's evaluation system (D.Lgs 150/2009 art. 7):
// the cap on a degree, the rule for late deadlines, the bands of incentive
// and the effect of a missed prerequisite. Each change saves the whole
// system, refused with what is expected when it does not hold together;
// beside it, in words, what the program will apply.
type smvpForm struct {
	sc      *Screen
	loading bool

	massimo     *field.Field[float64]
	ritardo     *widget.Select
	perMese     *field.Field[float64]
	tolleranza  *field.Field[int]
	fasce       *field.Grid
	effetto     *widget.Select
	soglia      *field.Field[float64]
	descr       *widget.Label
	msg         *widget.Label
	predefinito *widget.Button
	content     fyne.CanvasObject
}

var (
	ritardi = []model.TipoRitardo{model.RitardoAzzera, model.RitardoPerMese}
	effetti = []model.EffettoPrerequisito{model.PrerequisitoArea, model.PrerequisitoEnte, model.PrerequisitoNessuno}
)

func newSMVPForm(sc *Screen) *smvpForm {
	f := &smvpForm{sc: sc}
	num := func(dec int, set func(s *model.SMVP, v float64)) *field.Field[float64] {
		x := field.NewNumber(dec, func(v float64) error { return f.save(func(s *model.SMVP) { set(s, v) }) })
		x.SetOnInvalid(f.invalid)
		return x
	}
	f.massimo = num(0, func(s *model.SMVP, v float64) { s.Massimo = v })
	f.perMese = num(1, func(s *model.SMVP, v float64) { s.Ritardo.PerMese = v })
	f.soglia = num(0, func(s *model.SMVP, v float64) { s.Prerequisito.Soglia = v })
	f.tolleranza = field.NewNonNegInt(func(v int) error { return f.save(func(s *model.SMVP) { s.Ritardo.Tolleranza = v }) })
	f.tolleranza.SetOnInvalid(f.invalid)
	f.ritardo = widget.NewSelect([]string{lang.L("smvp.ritardo.azzera"), lang.L("smvp.ritardo.mese")}, func(l string) {
		i := f.ritardo.SelectedIndex()
		if f.loading || i < 0 {
			return
		}
		_ = f.save(func(s *model.SMVP) {
			s.Ritardo.Tipo = ritardi[i]
			if s.Ritardo.Tipo == model.RitardoPerMese && s.Ritardo.PerMese == 0 {
				s.Ritardo.PerMese = 10 // the usual rule: ten points a month
			}
			if s.Ritardo.Tipo == model.RitardoAzzera {
				s.Ritardo.PerMese = 0
			}
		})
	})
	f.effetto = widget.NewSelect([]string{lang.L("smvp.prerequisito.area"), lang.L("smvp.prerequisito.ente"),
		lang.L("smvp.prerequisito.nessuno")}, func(string) {
		i := f.effetto.SelectedIndex()
		if !f.loading && i >= 0 {
			_ = f.save(func(s *model.SMVP) { s.Prerequisito.Effetto = effetti[i] })
		}
	})
	bands := func() []model.FasciaSMVP { return f.sc.s.Plan.SMVP.Fasce }
	setBand := func(r int, change func(b *model.FasciaSMVP)) error {
		return f.save(func(s *model.SMVP) {
			if r < len(s.Fasce) {
				change(&s.Fasce[r])
			}
		})
	}
	f.fasce = field.NewGrid(
		field.NumberCol(lang.L("smvp.fascia.da"), 110, 0, func(r int) float64 { return bands()[r].Da },
			func(r int, v float64) error { return setBand(r, func(b *model.FasciaSMVP) { b.Da = v }) }),
		field.Column{Title: lang.L("smvp.fascia.proporzionale"), Width: 190,
			Create: func(r int) fyne.CanvasObject {
				return widget.NewCheck(lang.L("smvp.fascia.proporzionale.si"), func(on bool) {
					if !f.loading {
						_ = setBand(r, func(b *model.FasciaSMVP) {
							b.Proporzionale = on
							if on {
								b.Quota = 0
							}
						})
					}
				})
			},
			Update: func(r int, c fyne.CanvasObject) { c.(*widget.Check).SetChecked(bands()[r].Proporzionale) }},
		field.Column{Title: lang.L("smvp.fascia.quota"), Width: 130,
			Create: func(r int) fyne.CanvasObject {
				return field.NewNumber(0, func(v float64) error { return setBand(r, func(b *model.FasciaSMVP) { b.Quota = v }) })
			},
			Update: func(r int, c fyne.CanvasObject) {
				// A band in proportion has no fixed share to type.
				q := c.(*field.Field[float64])
				q.SetValue(bands()[r].Quota)
				if bands()[r].Proporzionale {
					q.Disable()
				} else {
					q.Enable()
				}
			}},
		field.ButtonCol("", 36, theme.DeleteIcon(), func(r int) {
			_ = f.save(func(s *model.SMVP) {
				if r < len(s.Fasce) {
					s.Fasce = append(s.Fasce[:r:r], s.Fasce[r+1:]...)
				}
			})
		}),
	)
	f.fasce.OnInvalid = f.invalid
	add := widget.NewButtonWithIcon(lang.L("smvp.fascia.aggiungi"), theme.ContentAddIcon(), func() {
		_ = f.save(func(s *model.SMVP) {
			da := 0.0
			if n := len(s.Fasce); n > 0 {
				da = min(s.Fasce[n-1].Da+10, s.Tetto())
			}
			s.Fasce = append(s.Fasce[:len(s.Fasce):len(s.Fasce)], model.FasciaSMVP{Da: da})
		})
	})
	f.predefinito = widget.NewButton(lang.L("smvp.predefinito"), func() {
		_ = f.save(func(s *model.SMVP) { *s = model.SMVPPredefinito() })
	})
	f.descr = widget.NewLabel("")
	f.descr.Wrapping = fyne.TextWrapWord
	f.msg = widget.NewLabel("")
	f.msg.Importance = widget.DangerImportance
	f.msg.Wrapping = fyne.TextWrapWord
	f.msg.Hide()
	suffix := func(o fyne.CanvasObject, key string) fyne.CanvasObject {
		return container.NewBorder(nil, nil, nil, widget.NewLabel(lang.L(key)), o)
	}
	form := field.NewForm().
		Add(lang.L("smvp.massimo"), suffix(f.massimo, "smvp.massimo.aiuto")).
		Add(lang.L("smvp.ritardo"), f.ritardo).
		Add(lang.L("smvp.per.mese"), suffix(f.perMese, "smvp.per.mese.aiuto")).
		Add(lang.L("smvp.tolleranza"), suffix(f.tolleranza, "smvp.tolleranza.aiuto")).
		Add(lang.L("smvp.prerequisito"), f.effetto).
		Add(lang.L("smvp.soglia"), suffix(f.soglia, "smvp.soglia.aiuto"))
	bandsBox := field.Section(lang.L("smvp.fasce"), f.fasce.Content, container.NewHBox(add, f.predefinito))
	right := field.Section(lang.L("smvp.in.parole"), f.descr, f.msg)
	// The settings take what they need; the words fill the rest.
	f.content = container.NewVScroll(container.NewPadded(container.NewBorder(nil, nil,
		container.NewVBox(form, bandsBox), nil, container.NewPadded(right))))
	return f
}

func (f *smvpForm) invalid(err error) {
	if err == nil {
		f.msg.Hide()
	} else {
		f.msg.SetText(err.Error())
		f.msg.Show()
	}
	f.sc.invalid(err)
}

// save stores the evaluation system changed by change.
func (f *smvpForm) save(change func(s *model.SMVP)) error {
	if f.loading {
		return nil
	}
	s := f.sc.s.Plan.SMVP
	s.Fasce = append([]model.FasciaSMVP(nil), s.Fasce...)
	change(&s)
	if err := f.sc.s.SaveSMVP(lang.L("smvp.etichetta"), s); err != nil {
		f.msg.SetText(err.Error())
		f.msg.Show()
		return errors.New(message(err))
	}
	f.msg.Hide()
	return nil
}

// message is what a field shows of the system's refusal: the problems,
// without the heading.
func message(err error) string {
	var ve *model.ValidationError
	if errors.As(err, &ve) && len(ve.Problemi) > 0 {
		return ve.Problemi[0]
	}
	return err.Error()
}

func (f *smvpForm) load() {
	s := f.sc.s.Plan.SMVP
	f.loading = true
	defer func() { f.loading = false }()
	f.massimo.SetValue(s.Tetto())
	for i, r := range ritardi {
		if r == s.Ritardo.Tipo {
			f.ritardo.SetSelectedIndex(i)
		}
	}
	f.perMese.SetValue(s.Ritardo.PerMese)
	f.tolleranza.SetValue(s.Ritardo.Tolleranza)
	if s.Ritardo.Tipo == model.RitardoPerMese {
		f.perMese.Enable()
	} else {
		f.perMese.Disable()
	}
	for i, e := range effetti {
		if e == s.Prerequisito.Effetto {
			f.effetto.SetSelectedIndex(i)
		}
	}
	f.soglia.SetValue(s.SogliaPrerequisito())
	f.fasce.SetRows(len(s.Fasce))
	descr := lang.L("smvp.descr.massimo", map[string]any{"Max": model.FormatPerc(s.Tetto())}) + "\n\n" +
		lang.L("smvp.descr.ritardo", map[string]any{"Regola": s.DescriviRitardo()}) + "\n\n"
	if len(s.Fasce) > 0 {
		descr += lang.L("smvp.descr.fasce", map[string]any{"Fasce": s.DescriviFasce()})
	} else {
		descr += lang.L("smvp.descr.nessuna.fascia")
	}
	descr += "\n\n" + lang.L("smvp.descr.prerequisito", map[string]any{"Regola": s.DescriviPrerequisito()})
	f.descr.SetText(descr)
}
