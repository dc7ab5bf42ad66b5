// Package synth generates large synthetic plans for benchmarks: many years
// of context tables and hundreds of objectives with several indicators and
// phases. The output is deterministic for the same arguments.
package synth

import (
	"fmt"
	"math/rand"
	"strings"
	"time"

	"pianoperformance/model"
)

var (
	aree = []string{"Area Amministrativa", "Area Economico Finanziaria", "Area Polizia Locale – Tributi",
		"Area Socio Assistenziale", "Area Tecnica", "Area Servizi alla Persona"}
	settori = []string{"Segreteria", "Servizi Demografici", "Ragioneria", "Tributi", "Lavori Pubblici", "Urbanistica"}
	verbi   = []string{"Digitalizzazione", "Riorganizzazione", "Monitoraggio", "Aggiornamento", "Attivazione", "Revisione"}
	oggetti = []string{"dei procedimenti", "del regolamento", "degli archivi", "dei servizi online", "della modulistica", "degli impianti"}
	tipi    = []model.TipoIndicatore{model.IndTempo, model.IndPercentuale, model.IndNumero, model.IndSiNo, model.IndTesto}
	pesi    = []model.TipoPeso{model.PesoPercentuale, model.PesoPunti, model.PesoMoltiplicatore, model.PesoPrerequisito}
)

// Plan builds a plan with `years` years of context tables, `objectives`
// objectives spread over six Areas, each with `indicators` indicators
// (targets for three years, a reading at each of the two checkpoints, 30/06
// and 31/12) and three phases, a progress note per checkpoint and, for
// every other objective, the Nucleo's validation.
func Plan(years, objectives, indicators int) *model.Plan {
	r := rand.New(rand.NewSource(int64(years*1_000_000 + objectives*1000 + indicators)))
	last := 2023
	p := &model.Plan{
		Ente:  model.Ente{Nome: "Valsintetica", Provincia: "Varese", Regione: "Lombardia"},
		Piano: model.Piano{Anno: last + 1, AnnoInizio: last + 1, AnnoFine: last + 3, Titolo: "Piano della Performance e Piano degli Obiettivi", Stato: model.StatoBozza},
		Territorio: model.Territorio{SuperficieTotale: 12.5, SuperficieUrbana: 4.2, Altitudine: 280,
			Frazioni: []string{"Nord", "Sud"}, Strade: []model.Strada{{Tipo: "Comunali", Km: 40.5}, {Tipo: "Provinciali", Km: 8}},
			RisorseIdriche: []model.RisorsaIdrica{{Tipo: "Fiumi e Torrenti", Numero: 3}}},
	}
	p.Capitoli = []model.Capitolo{{ID: 1, Ordine: 1, Titolo: "Premessa", Testo: strings.Repeat("Testo della premessa del piano sintetico. ", 40)}}
	res := 12000
	for y := last - years + 1; y <= last; y++ {
		nati, morti, imm, emi := 90+r.Intn(30), 100+r.Intn(30), 400+r.Intn(80), 380+r.Intn(80)
		res += nati - morti + imm - emi
		m := res * 49 / 100
		p.Popolazione = append(p.Popolazione, model.PopolazioneAnno{Anno: y, Residenti: res, Maschi: m, Femmine: res - m,
			Famiglie: res * 45 / 100, Immigrati: imm, Emigrati: emi, Nati: nati, Morti: morti})
		dip := 40 + r.Intn(5)
		u := dip * 4 / 10
		p.Personale = append(p.Personale, model.PersonaleAnno{Anno: y, Dipendenti: dip, Uomini: u, Donne: dip - u})
	}
	bands := []string{"0-6", "7-14", "15-29", "30-65", "oltre 65"}
	for i, b := range bands {
		p.Fasce = append(p.Fasce, model.FasciaEta{ID: int64(i + 1), Ordine: i + 1, Nome: b})
		for _, pa := range p.Popolazione {
			p.PopolazioneFasce = append(p.PopolazioneFasce, model.PopolazioneFascia{FasciaID: int64(i + 1), Anno: pa.Anno, Residenti: pa.Residenti / 5})
		}
	}
	p.Benchmark = []model.Benchmark{{ID: 1, Ordine: 1, Descrizione: "Media regionale", Anno: last - 1, Valore: 5.97}}
	p.Servizi = []model.ServizioAssociato{{ID: 1, Ordine: 1, Titolo: "Segreteria convenzionata", Descrizione: "Convenzione di segreteria.", Partner: []string{"Comune A", "Comune B"}}}
	var id int64
	for i, a := range aree {
		id++
		dip := 5 + i
		p.Unita = append(p.Unita, model.Unita{ID: id, Ordine: i + 1, Tipo: model.TipoArea, Nome: a, Dipendenti: &dip, RuoloResponsabile: model.RuoloEQ})
		areaID := id
		id++
		p.Unita = append(p.Unita, model.Unita{ID: id, ParentID: areaID, Ordine: 1, Tipo: model.TipoSettore, Nome: settori[i%len(settori)]})
	}
	p.Verifiche = model.VerificheStandard(last + 1)
	for i := range p.Verifiche {
		p.Verifiche[i].ID = int64(i + 1)
	}
	p.SMVP = model.SMVPPredefinito()
	var indID, faseID, resID int64
	for i := 0; i < objectives; i++ {
		area := p.Unita[(i%len(aree))*2]
		o := model.Obiettivo{ID: int64(i + 1), Ordine: i + 1, Codice: fmt.Sprintf("OB.%d", i+1), Livello: model.LivelloEsecutivo,
			AreaID: area.ID, UnitaIDs: []int64{area.ID + 1},
			Titolo:      fmt.Sprintf("%s %s n. %d", verbi[r.Intn(len(verbi))], oggetti[r.Intn(len(oggetti))], i+1),
			Descrizione: strings.Repeat("Descrizione estesa dell'obiettivo con attività, tempi e risultati attesi. ", 3+r.Intn(8)),
			Anni:        []int{last + 1}, Programma: model.Programmi[r.Intn(len(model.Programmi))].Codice,
			Peso: peso(pesi[i%len(pesi)], r), Note: "Nota di monitoraggio."}
		for k := 0; k < indicators; k++ {
			indID++
			tipo := tipi[(i+k)%len(tipi)]
			ind := model.Indicatore{ID: indID, Ordine: k + 1, Nome: fmt.Sprintf("Indicatore %d", k+1), Tipo: tipo, Baseline: "valore 2023"}
			for y := last + 1; y <= last+3; y++ {
				ind.Target = append(ind.Target, model.Target{Anno: y, Valore: targetSintetico(tipo, y)})
			}
			for _, v := range p.Verifiche {
				resID++
				ind.Risultati = append(ind.Risultati, letturaSintetica(r, tipo, v, resID))
			}
			o.Indicatori = append(o.Indicatori, ind)
		}
		for f := 0; f < 3; f++ {
			faseID++
			fase := model.Fase{ID: faseID, Ordine: f + 1, Titolo: fmt.Sprintf("Fase %d", f+1),
				Inizio: model.DatePtr(last+1, time.Month(1+4*f), 1), Fine: model.DatePtr(last+1, time.Month(4+4*f), 30), Mesi: []int{1 + 4*f, 2 + 4*f, 3 + 4*f, 4 + 4*f}}
			if f < 2 {
				fase.Completata, fase.Completamento = true, model.DatePtr(last+1, time.Month(4+4*f), 10+r.Intn(40)%20)
			}
			o.Fasi = append(o.Fasi, fase)
		}
		for _, v := range p.Verifiche {
			o.Avanzamenti = append(o.Avanzamenti, model.Avanzamento{VerificaID: v.ID, Nota: "Attività svolte secondo il cronoprogramma."})
		}
		if i%2 == 0 {
			o.Validazione = &model.Validazione{Percentuale: ptr(float64(60 + r.Intn(41))), Data: model.DatePtr(last+2, time.April, 20), Verbale: "2/" + fmt.Sprint(last+2)}
		}
		p.Obiettivi = append(p.Obiettivi, o)
	}
	return p
}

// peso is a plausible weight of its kind: multipliers go from 1.0 to 1.4.
func peso(t model.TipoPeso, r *rand.Rand) model.Peso {
	if t == model.PesoMoltiplicatore {
		return model.Peso{Tipo: t, Valore: 1 + float64(r.Intn(5))/10}
	}
	return model.Peso{Tipo: t, Valore: float64(1 + r.Intn(30))}
}

func ptr(f float64) *float64 { return &f }

// targetSintetico is a target of the kind plans write for each type.
func targetSintetico(tipo model.TipoIndicatore, y int) string {
	switch tipo {
	case model.IndTempo:
		return fmt.Sprintf("entro il 30/09/%d", y)
	case model.IndPercentuale:
		return "≥ 80%"
	case model.IndNumero:
		return "almeno 20 interventi"
	case model.IndSiNo:
		return "sì"
	}
	return "Relazione al Consiglio comunale"
}

// letturaSintetica is a reading at checkpoint v: progress at mid-year,
// the result at year end.
func letturaSintetica(r *rand.Rand, tipo model.TipoIndicatore, v model.Verifica, id int64) model.Risultato {
	fine := v.Data.Month == time.December
	x := model.Risultato{ID: id, VerificaID: v.ID, Data: v.Data, Stato: model.StatoInLinea}
	switch tipo {
	case model.IndTempo:
		if fine {
			x.Valore = model.MustDate(v.Data.Year, time.September, 1).Time().AddDate(0, 0, r.Intn(60)).Format("02/01/2006")
		}
	case model.IndPercentuale:
		x.Valore = model.FormatNumber(float64(40+r.Intn(30)+boolInt(fine)*30), 0) + "%"
	case model.IndNumero:
		x.Valore = fmt.Sprint(5 + r.Intn(10) + boolInt(fine)*10)
	case model.IndSiNo:
		if fine {
			x.Valore = []string{"sì", "sì", "no"}[r.Intn(3)]
		}
	default:
		x.Valore = "In corso di redazione"
		if fine {
			x.Valore, x.Stato = "Presentata in Consiglio", model.StatoRaggiunto
		}
	}
	if r.Intn(10) == 0 {
		x.Stato, x.Causa, x.Azione = model.StatoARischio, "Carenza di personale nel periodo estivo", "Redistribuzione dei carichi di lavoro"
	}
	return x
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
