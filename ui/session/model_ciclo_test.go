package session

import (
	"fmt"
	"time"

	"pianoperformance/model"
)

// The cycle's operations in the model-based test: readings, progress notes
// and phases typed in the monitoring grid, checkpoints added, moved and
// deleted, the Nucleo's validation, the evaluation system, the Relazione
// and the indicators of the whole ente. Some are meant to be refused
// (a value that is not a number, a date outside the plan's years, an
// override without a reason or above the cap): the test then proves the
// file unchanged.
func init() {
	ops = append(ops,
		op{6, typeReadings},
		op{2, editVerifiche},
		op{1, func(m *modelRun) (string, error) {
			vv := m.s.Plan.Verifiche
			i := m.pick(len(vv))
			if i < 0 {
				return "", nil
			}
			return fmt.Sprintf("elimina la verifica %d", vv[i].ID), m.s.DeleteVerifica("Elimina verifica", vv[i].ID)
		}},
		op{2, func(m *modelRun) (string, error) {
			i := m.pick(len(m.s.Plan.Obiettivi))
			if i < 0 {
				return "", nil
			}
			id := m.s.Plan.Obiettivi[i].ID
			if m.rng.Intn(4) == 0 {
				return fmt.Sprintf("togli la validazione dell'obiettivo %d", id), m.s.SaveValidazione("Validazione", id, nil)
			}
			pct := float64(m.rng.Intn(130)) // above 100 is refused by the cap
			v := &model.Validazione{Percentuale: &pct, Verbale: fmt.Sprint(m.rng.Intn(9), "/2025"), Note: m.word()}
			if m.rng.Intn(2) == 0 {
				v.Data = model.DatePtr(2023+m.rng.Intn(5), time.Month(1+m.rng.Intn(12)), 1+m.rng.Intn(28))
			}
			return fmt.Sprintf("validazione dell'obiettivo %d: %v", id, pct), m.s.SaveValidazione("Validazione", id, v)
		}},
		op{1, func(m *modelRun) (string, error) {
			s := m.s.Plan.SMVP
			switch m.rng.Intn(4) {
			case 0:
				s.Massimo = float64(90 + m.rng.Intn(60)) // below 100 is refused
			case 1:
				s.Ritardo = model.RegolaRitardo{Tipo: model.RitardoPerMese, PerMese: float64(m.rng.Intn(20)), Tolleranza: m.rng.Intn(30)}
			case 2:
				s.Fasce = []model.FasciaSMVP{{Da: 0}, {Da: float64(30 + m.rng.Intn(40)), Proporzionale: true}, {Da: float64(60 + m.rng.Intn(50)), Quota: 100}}
			default:
				s.Prerequisito = model.RegolaPrerequisito{Effetto: []model.EffettoPrerequisito{model.PrerequisitoArea,
					model.PrerequisitoEnte, model.PrerequisitoNessuno}[m.rng.Intn(3)], Soglia: float64(m.rng.Intn(101))}
			}
			return "sistema di valutazione", m.s.SaveSMVP("Sistema di valutazione", s)
		}},
		op{1, func(m *modelRun) (string, error) {
			r := m.s.Plan.Relazione
			r.Sintesi, r.BilancioGenere = m.word(), m.word()
			r.Validazione.Esito = []model.EsitoValidazione{model.ValidazioneNonAncora, model.ValidazioneValidata,
				model.ValidazioneConRilievi}[m.rng.Intn(3)]
			r.Validazione.Data = model.DatePtr(2023+m.rng.Intn(6), 6, 12) // outside the plan's years is refused
			r.Approvazione = model.Atto{Organo: "Giunta comunale", Numero: fmt.Sprint(m.rng.Intn(99)), Data: model.DatePtr(2025, 6, 20)}
			return "relazione", m.s.SaveRelazione("Relazione", r)
		}},
		op{2, editIndicatoreEnte},
	)
}

// randomIndicatore is an indicator of an objective or of the ente, nil when
// the plan has none.
func (m *modelRun) randomIndicatore() *model.Indicatore {
	var all []*model.Indicatore
	p := m.s.Plan
	for i := range p.Obiettivi {
		for j := range p.Obiettivi[i].Indicatori {
			all = append(all, &p.Obiettivi[i].Indicatori[j])
		}
	}
	for i := range p.IndicatoriEnte {
		all = append(all, &p.IndicatoriEnte[i])
	}
	if i := m.pick(len(all)); i >= 0 {
		return all[i]
	}
	return nil
}

// valore is a value typed for an indicator: mostly one that fits its type,
// sometimes one that does not (refused).
func (m *modelRun) valore(t model.TipoIndicatore) string {
	if m.rng.Intn(8) == 0 {
		return "abc"
	}
	switch t {
	case model.IndTempo:
		return model.MustDate(2024+m.rng.Intn(4), time.Month(1+m.rng.Intn(12)), 1+m.rng.Intn(28)).String()
	case model.IndSiNo:
		return []string{"sì", "no", ""}[m.rng.Intn(3)]
	case model.IndNumero, model.IndPercentuale:
		return model.FormatNumber(float64(m.rng.Intn(1000))/10, 1)
	}
	return m.word()
}

// typeReadings is one batch of the monitoring grid: one to three readings
// set or cleared, sometimes with an override, a progress note or a phase.
func typeReadings(m *modelRun) (string, error) {
	vv := m.s.Plan.Verifiche
	if len(vv) == 0 {
		return "", nil
	}
	var b model.Monitoraggio
	var what []string
	for n := 1 + m.rng.Intn(3); n > 0; n-- {
		ind := m.randomIndicatore()
		if ind == nil {
			break
		}
		v := vv[m.rng.Intn(len(vv))]
		k := model.ChiaveRisultato{IndicatoreID: ind.ID, VerificaID: v.ID}
		if dup(b, k) {
			continue
		}
		if m.rng.Intn(5) == 0 {
			b.RisultatiRimossi = append(b.RisultatiRimossi, k)
			what = append(what, fmt.Sprintf("togli %d@%d", ind.ID, v.ID))
			continue
		}
		r := model.Risultato{VerificaID: v.ID, Valore: m.valore(ind.Tipo),
			Stato: model.StatiRilevazione[m.rng.Intn(len(model.StatiRilevazione))]}
		if old := ind.RisultatoAl(v.ID); old != nil && m.rng.Intn(2) == 0 {
			r = *old
			r.Causa = m.word()
		}
		if m.rng.Intn(3) == 0 {
			r.Data = model.MustDate(2024+m.rng.Intn(4), time.Month(1+m.rng.Intn(12)), 1+m.rng.Intn(28))
		}
		if m.rng.Intn(4) == 0 {
			calc := 40.0
			r.Forzatura = &model.Forzatura{Percentuale: float64(m.rng.Intn(130)), Calcolata: &calc,
				Motivo: []string{"", "Ritardo dovuto a cause esterne"}[m.rng.Intn(2)], Autore: "Mario Rossi",
				Quando: time.Date(2025, 1, 1+m.rng.Intn(28), 10, m.rng.Intn(60), 0, 123456789, time.UTC)}
		}
		b.Risultati = append(b.Risultati, model.RisultatoDi{IndicatoreID: ind.ID, Risultato: r})
		what = append(what, fmt.Sprintf("rilevazione %d@%d=%q", ind.ID, v.ID, r.Valore))
	}
	if i := m.pick(len(m.s.Plan.Obiettivi)); i >= 0 && m.rng.Intn(3) == 0 {
		o := m.s.Plan.Obiettivi[i]
		v := vv[m.rng.Intn(len(vv))]
		if m.rng.Intn(4) == 0 {
			b.AvanzamentiRimossi = append(b.AvanzamentiRimossi, model.ChiaveAvanzamento{ObiettivoID: o.ID, VerificaID: v.ID})
		} else {
			b.Avanzamenti = append(b.Avanzamenti, model.AvanzamentoDi{ObiettivoID: o.ID,
				Avanzamento: model.Avanzamento{VerificaID: v.ID, Nota: m.word(), Esito: m.word()}})
		}
		what = append(what, fmt.Sprintf("avanzamento %d@%d", o.ID, v.ID))
		if len(o.Fasi) > 0 {
			f := o.Fasi[m.rng.Intn(len(o.Fasi))]
			sf := model.StatoFase{FaseID: f.ID, Completata: m.rng.Intn(3) > 0}
			if sf.Completata && m.rng.Intn(2) == 0 {
				sf.Completamento = model.DatePtr(2024+m.rng.Intn(4), time.Month(1+m.rng.Intn(12)), 1+m.rng.Intn(28))
			}
			b.Fasi = append(b.Fasi, sf)
			what = append(what, fmt.Sprintf("fase %d", f.ID))
		}
	}
	if b.Vuoto() {
		return "", nil
	}
	return fmt.Sprintf("monitoraggio: %v", what), m.s.SaveMonitoraggio("Monitoraggio", b)
}

func dup(b model.Monitoraggio, k model.ChiaveRisultato) bool {
	for _, r := range b.Risultati {
		if r.IndicatoreID == k.IndicatoreID && r.Risultato.VerificaID == k.VerificaID {
			return true
		}
	}
	for _, r := range b.RisultatiRimossi {
		if r == k {
			return true
		}
	}
	return false
}

// editVerifiche adds checkpoints (one, or the quarterly ones missing) or
// moves or renames one; a date outside the plan's years or taken by
// another checkpoint is refused.
func editVerifiche(m *modelRun) (string, error) {
	vv := m.s.Plan.Verifiche
	day := func() model.Date {
		return model.MustDate(2023+m.rng.Intn(5), time.Month(1+m.rng.Intn(12)), 1+m.rng.Intn(28))
	}
	switch k := m.rng.Intn(3); {
	case k == 0 || len(vv) == 0:
		v := model.Verifica{Data: day(), Titolo: m.word()}
		ids, err := m.s.SaveVerifiche("Nuova verifica", v)
		return fmt.Sprintf("nuova verifica %s → %v", v.Data, ids), err
	case k == 1:
		var add []model.Verifica
		for _, v := range model.VerificheTrimestrali(m.s.Plan.Piano.Anno) {
			if m.s.Plan.VerificaAl(v.Data) == nil {
				add = append(add, v)
			}
		}
		if len(add) == 0 {
			return "", nil
		}
		_, err := m.s.SaveVerifiche("Verifiche trimestrali", add...)
		return fmt.Sprintf("verifiche trimestrali (%d)", len(add)), err
	}
	v := vv[m.rng.Intn(len(vv))]
	if m.rng.Intn(2) == 0 {
		v.Data = day()
	} else {
		v.Titolo = m.word()
	}
	_, err := m.s.SaveVerifiche("Verifica", v)
	return fmt.Sprintf("verifica %d: %s %q", v.ID, v.Data, v.Titolo), err
}

// editIndicatoreEnte adds, changes (targets, readings) or deletes an
// indicator of the whole ente.
func editIndicatoreEnte(m *modelRun) (string, error) {
	ie := m.s.Plan.IndicatoriEnte
	switch k := m.rng.Intn(4); {
	case k == 0 || len(ie) == 0:
		in := model.Indicatore{Ordine: m.rng.Intn(5), Nome: "Indice " + m.word(), Tipo: model.IndPercentuale,
			Target: []model.Target{{Anno: 0, Valore: "< 40%"}}, Risultati: []model.Risultato{}, Note: m.word()}
		id, err := m.s.SaveIndicatoreEnte("Nuovo indicatore dell'ente", in)
		return fmt.Sprintf("nuovo indicatore dell'ente %d", id), err
	case k == 1:
		id := ie[m.rng.Intn(len(ie))].ID
		return fmt.Sprintf("elimina l'indicatore dell'ente %d", id), m.s.DeleteIndicatoreEnte("Elimina indicatore", id)
	}
	in := ie[m.rng.Intn(len(ie))].Clone()
	in.Criterio, in.AnnoBaseline, in.Peso = m.word(), 2020+m.rng.Intn(5), float64(m.rng.Intn(3))
	in.Target = []model.Target{{Anno: 2024 + m.rng.Intn(3), Valore: m.word()}}
	if vv := m.s.Plan.Verifiche; len(vv) > 0 && m.rng.Intn(2) == 0 {
		v := vv[m.rng.Intn(len(vv))]
		if in.RisultatoAl(v.ID) == nil {
			in.Risultati = append(in.Risultati, model.Risultato{VerificaID: v.ID, Valore: m.valore(in.Tipo)})
		}
	}
	_, err := m.s.SaveIndicatoreEnte("Indicatore dell'ente", in)
	return fmt.Sprintf("indicatore dell'ente %d", in.ID), err
}
