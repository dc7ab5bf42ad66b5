package workbook

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"pianoperformance/model"
)

// The checks Excel and LibreOffice run while the Responsabile types, with
// the program's own rules and Italian messages: a list for the state and
// for sì/no, numbers and percentages where a figure is due, dates within
// the days the plan accepts. Every cell to fill in also shows a hint. The
// reader checks everything again: a value pasted in escapes these checks.

var statiElenco = func() []string {
	out := make([]string, len(model.StatiRilevazione))
	for i, s := range model.StatiRilevazione {
		out[i] = s.Etichetta()
	}
	return out
}()

// convalida is one check: what it allows and what it says.
type convalida struct {
	titolo, aiuto, errore string
	imposta               func(dv *excelize.DataValidation) error
}

func (s *Scheda) convalide(f *excelize.File, fg foglio, righe []riga, nome func(int) string) error {
	end := rigaDati + len(righe) - 1
	da, a, ok := s.p.FinestraLetture()
	data := func(titolo, aiuto string) convalida {
		c := convalida{titolo: titolo, aiuto: aiuto}
		if ok {
			c.errore = fmt.Sprintf("Scrivere una data dal %s al %s, nel formato GG/MM/AAAA (ad esempio %s).", da, a, s.v.Data)
			c.imposta = func(dv *excelize.DataValidation) error {
				return dv.SetRange(seriale(da), seriale(a), excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween)
			}
		}
		return c
	}
	elenco := func(titolo, aiuto, errore string, voci []string) convalida {
		return convalida{titolo: titolo, aiuto: aiuto, errore: errore,
			imposta: func(dv *excelize.DataValidation) error { return dv.SetDropList(voci) }}
	}
	siNo := elenco("Sì o no", "Scegliere sì oppure no dall'elenco.", "Scegliere sì oppure no dall'elenco.", []string{"sì", "no"})
	for c, col := range fg.colonne {
		if !col.compila {
			continue
		}
		rng := fmt.Sprintf("%s%d:%s%d", nome(c), rigaDati, nome(c), end)
		var cv convalida
		switch col.chiave {
		case kValore:
			per := intervalliPerTipo(righe, nome(c))
			for _, tipo := range []model.TipoIndicatore{model.IndTempo, model.IndPercentuale, model.IndNumero, model.IndSiNo, model.IndTesto} {
				if per[tipo] == "" {
					continue
				}
				if err := aggiungi(f, fg.nome, per[tipo], s.convalidaValore(tipo, data, siNo)); err != nil {
					return err
				}
			}
			continue
		case kData:
			cv = data(titoloBreve(col.titolo), col.aiuto)
		case kStato:
			cv = elenco("Stato", col.aiuto, "Scegliere lo stato dall'elenco: "+strings.Join(statiElenco, ", ")+".", statiElenco)
		case kConclusa:
			cv = siNo
			cv.aiuto = col.aiuto
		default:
			cv = convalida{titolo: titoloBreve(col.titolo), aiuto: col.aiuto}
		}
		if err := aggiungi(f, fg.nome, rng, cv); err != nil {
			return err
		}
	}
	return nil
}

// convalidaValore is the check of a value for an indicator's type.
func (s *Scheda) convalidaValore(tipo model.TipoIndicatore, data func(string, string) convalida, siNo convalida) convalida {
	al := s.v.Data.String()
	switch tipo {
	case model.IndNumero:
		return convalida{titolo: "Valore raggiunto", aiuto: "Il valore raggiunto al " + al + ", un numero (ad esempio 1.363,5).",
			errore: "Scrivere un numero, ad esempio 1.363,5, senza l'unità di misura.",
			imposta: func(dv *excelize.DataValidation) error {
				return dv.SetRange(-1e12, 1e12, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween)
			}}
	case model.IndPercentuale:
		return convalida{titolo: "Percentuale raggiunta", aiuto: "La percentuale raggiunta al " + al + ", tra 0 e 100 (ad esempio 85 oppure 85%).",
			errore: "Scrivere una percentuale tra 0 e 100, ad esempio 85 oppure 85%.",
			imposta: func(dv *excelize.DataValidation) error {
				return dv.SetRange(0, 100, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween)
			}}
	case model.IndTempo:
		return data("Data di completamento", "Il giorno in cui l'attività è stata completata, GG/MM/AAAA. Vuota se non è ancora completata.")
	case model.IndSiNo:
		cv := siNo
		cv.titolo, cv.aiuto = "Realizzato?", "Sì se il risultato è stato realizzato al "+al+", altrimenti no."
		return cv
	}
	return convalida{titolo: "Risultato", aiuto: "Descrivere il risultato raggiunto al " + al + "."}
}

func aggiungi(f *excelize.File, sh, sqref string, cv convalida) error {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sqref
	if cv.imposta != nil {
		if err := cv.imposta(dv); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, "Valore non valido", cv.errore)
	}
	if cv.aiuto != "" {
		dv.SetInput(cv.titolo, cv.aiuto)
	}
	return f.AddDataValidation(sh, dv)
}

// titoloBreve fits a header as the title of a hint (Excel allows 32
// characters).
func titoloBreve(s string) string {
	if r := []rune(s); len(r) > 32 {
		return string(r[:31]) + "…"
	}
	return s
}

// intervalliPerTipo groups the value cells by indicator type into ranges
// of consecutive rows: "H6:H8 H12".
func intervalliPerTipo(righe []riga, col string) map[model.TipoIndicatore]string {
	out := map[model.TipoIndicatore][]string{}
	for i := 0; i < len(righe); {
		j := i
		for j+1 < len(righe) && righe[j+1].tipo == righe[i].tipo {
			j++
		}
		r := fmt.Sprintf("%s%d", col, rigaDati+i)
		if j > i {
			r += fmt.Sprintf(":%s%d", col, rigaDati+j)
		}
		out[righe[i].tipo] = append(out[righe[i].tipo], r)
		i = j + 1
	}
	res := map[model.TipoIndicatore]string{}
	for t, rr := range out {
		res[t] = strings.Join(rr, " ")
	}
	return res
}
