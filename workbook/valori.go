package workbook

import (
	"strings"

	"pianoperformance/model"
)

// The values a row carries, in one canonical text form shared by the
// writer (what was sent), the reader (what came back) and the program
// (what it holds now), so the three compare as a person would compare them.

// valoriRisultato are the fields of a reading a workbook row holds.
type valoriRisultato struct{ Valore, Data, Stato, Causa, Azione string }

func (v valoriRisultato) lista() []string {
	return []string{v.Valore, v.Data, v.Stato, v.Causa, v.Azione}
}

func (v valoriRisultato) vuoto() bool {
	return normTesto(strings.Join(v.lista(), "")) == ""
}

// nomiRisultato name the fields for people, in the order of lista.
var nomiRisultato = []string{"valore", "data della rilevazione", "stato", "causa dello scostamento", "azione correttiva"}

// daRisultato is a reading as a workbook row shows it; nil: none yet.
func daRisultato(tipo model.TipoIndicatore, r *model.Risultato) valoriRisultato {
	if r == nil {
		return valoriRisultato{}
	}
	return valoriRisultato{Valore: valoreCanonico(tipo, r.Valore), Data: r.Data.String(), Stato: r.Stato.Etichetta(),
		Causa: testoCanonico(r.Causa), Azione: testoCanonico(r.Azione)}
}

// valoreCanonico is a value in the program's own form; a value the
// program cannot read (typed before a change of the indicator's type) is
// kept as written.
func valoreCanonico(tipo model.TipoIndicatore, s string) string {
	if v, err := model.NormalizzaValore(tipo, s); err == nil {
		return v
	}
	return strings.TrimSpace(s)
}

// testoCanonico is a free text as stored: ends trimmed, Windows line ends
// made plain.
func testoCanonico(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
}

func (v valoriRisultato) impronta() string { return improntePerCampo(v.lista()...) }

// valoriFase are a phase's done-ness and day, as a row holds them.
type valoriFase struct{ Conclusa, Data string }

func daFase(f model.Fase) valoriFase {
	v := valoriFase{}
	if f.Completata {
		v.Conclusa = "sì"
	}
	if f.Completamento != nil {
		v.Data = f.Completamento.String()
	}
	return v
}

func (v valoriFase) lista() []string { return []string{v.Conclusa, v.Data} }

func (v valoriFase) impronta() string { return improntePerCampo(v.lista()...) }

// improntaNota hashes a progress note.
func improntaNota(s string) string { return improntePerCampo(s) }

// notaAl is an objective's progress note at a checkpoint.
func notaAl(o *model.Obiettivo, verificaID int64) string {
	if a := o.AvanzamentoAl(verificaID); a != nil {
		return testoCanonico(a.Nota)
	}
	return ""
}
