// Package workbook writes the monitoring workbooks sent to the Area
// managers (one XLSX per Area for a checkpoint, filled in with Excel or
// LibreOffice without the program) and reads the filled workbooks back into
// a preview of what would change and a batch the store saves in one
// transaction. It knows nothing of the window.
package workbook

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"pianoperformance/model"
)

// Opzioni say for which plan file, checkpoint and deadline workbooks are
// prepared.
type Opzioni struct {
	Piano     string     // the plan file's identity (model.Store.IdentitaPiano)
	Verifica  int64      // the checkpoint
	Entro     model.Date // the day to send the workbook back by; zero: ScadenzaPredefinita
	Preparata time.Time  // when, written in the workbook
}

// Scheda is the workbook of one Area, ready to be written.
type Scheda struct {
	AreaID       int64 // 0: objectives of no Area and the ente's indicators
	Area         string
	Responsabile string
	Nome         string // file name: comune, Area, checkpoint, ".xlsx"
	Entro        model.Date
	Indicatori   int
	Obiettivi    int
	Fasi         int

	p   *model.Plan
	id  identita
	v   model.Verifica
	obs []*model.Obiettivo
	ind []*model.Indicatore // indicators of the whole ente
}

// areaEnte names the workbook of the objectives of no Area and the
// indicators of the whole ente.
const (
	areaEnte     = "Obiettivi senza Area e indicatori dell'ente"
	areaEnteFile = "Ente"
)

// ScadenzaPredefinita is the deadline proposed for sending workbooks back:
// fifteen days after the checkpoint, or after today when the checkpoint is
// past.
func ScadenzaPredefinita(v model.Verifica, oggi model.Date) model.Date {
	d := v.Data
	if d.Before(oggi) {
		d = oggi
	}
	t := d.Time().AddDate(0, 0, 15)
	return model.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
}

// Prepara lists the workbooks of a checkpoint: one per Area with objectives,
// in the plan's order, and one for the objectives of no Area and the ente's
// indicators when there are any.
func Prepara(p *model.Plan, opt Opzioni) ([]Scheda, error) {
	v := p.VerificaByID(opt.Verifica)
	if v == nil {
		return nil, fmt.Errorf("la verifica %d non esiste nel piano", opt.Verifica)
	}
	if strings.TrimSpace(opt.Piano) == "" {
		return nil, fmt.Errorf("manca l'identità del piano: le schede non potrebbero essere rilette")
	}
	if opt.Preparata.IsZero() {
		opt.Preparata = time.Now()
	}
	if opt.Entro.IsZero() {
		t := opt.Preparata.In(time.Local)
		opt.Entro = ScadenzaPredefinita(*v, model.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()})
	}
	base := identita{Formato: formato, Piano: opt.Piano, Comune: p.Ente.Nome, Anno: p.Piano.Anno,
		VerificaID: v.ID, Verifica: v.Data, Preparata: opt.Preparata.UTC().Truncate(time.Second), Entro: opt.Entro}
	aree := map[int64]bool{}
	var out []Scheda
	for _, a := range p.Aree() {
		aree[a.ID] = true
		s := Scheda{AreaID: a.ID, Area: a.Nome, Responsabile: a.Responsabile, p: p, v: *v}
		for i := range p.Obiettivi {
			if p.Obiettivi[i].AreaID == a.ID {
				s.obs = append(s.obs, &p.Obiettivi[i])
			}
		}
		if len(s.obs) > 0 {
			out = append(out, s)
		}
	}
	ente := Scheda{Area: areaEnte, p: p, v: *v}
	for i := range p.Obiettivi {
		if !aree[p.Obiettivi[i].AreaID] {
			ente.obs = append(ente.obs, &p.Obiettivi[i])
		}
	}
	for i := range p.IndicatoriEnte {
		ente.ind = append(ente.ind, &p.IndicatoriEnte[i])
	}
	if len(ente.obs)+len(ente.ind) > 0 {
		out = append(out, ente)
	}
	used := map[string]int{}
	for i := range out {
		s := &out[i]
		s.id = base
		s.id.AreaID, s.id.Area = s.AreaID, s.Area
		s.Entro = base.Entro
		s.Obiettivi, s.Indicatori = len(s.obs), len(s.ind)
		for _, o := range s.obs {
			s.Indicatori += len(o.Indicatori)
			s.Fasi += len(o.Fasi)
		}
		s.Nome = nomeFile(p.Ente.Nome, s.nomeArea(), v.Data)
		key := strings.ToLower(s.Nome)
		if used[key]++; used[key] > 1 { // two Aree with the same name
			s.Nome = strings.TrimSuffix(s.Nome, ".xlsx") + fmt.Sprintf(" (%d).xlsx", used[key])
		}
	}
	return out, nil
}

// monitoraggio names the checkpoint for titles: "Monitoraggio al
// 30/06/2023 (Verifica intermedia)".
func (s *Scheda) monitoraggio() string {
	t := "Monitoraggio al " + s.v.Data.String()
	if ti := strings.TrimSpace(s.v.Titolo); ti != "" {
		t += " (" + ti + ")"
	}
	return t
}

func (s *Scheda) nomeArea() string {
	if s.AreaID == 0 {
		return areaEnteFile
	}
	return s.Area
}

// nomeFile is a name a clerk recognises in a folder or an e-mail:
// "Comune di Albizzate - Area Tecnica - monitoraggio al 30-06-2023.xlsx".
// Characters Windows refuses in names become spaces or dashes.
func nomeFile(comune, area string, al model.Date) string {
	c := strings.TrimSpace(comune)
	if c != "" && !strings.HasPrefix(strings.ToLower(c), "comune") {
		c = "Comune di " + c
	}
	parts := []string{}
	for _, s := range []string{c, area, "monitoraggio al " + strings.ReplaceAll(al.String(), "/", "-")} {
		if s = pulisciNome(s); s != "" {
			parts = append(parts, s)
		}
	}
	name := strings.Join(parts, " - ")
	if r := []rune(name); len(r) > 150 {
		name = strings.TrimSpace(string(r[:150]))
	}
	return name + ".xlsx"
}

func pulisciNome(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case strings.ContainsRune(`<>:"|?*`, r), unicode.IsControl(r):
			return ' '
		case r == '/' || r == '\\':
			return '-'
		}
		return r
	}, s)
	return strings.Trim(strings.Join(strings.Fields(s), " "), ". ")
}
