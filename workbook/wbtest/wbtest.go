// Package wbtest helps the tests of the monitoring workbooks: a small plan
// with every kind of indicator, filling a workbook as a user would with a
// spreadsheet, and the files that reading back must refuse. It writes
// workbooks with the spreadsheet library only, never through the package
// under test, so the tests check that package against files made apart.
package wbtest

import (
	"fmt"
	"time"

	"pianoperformance/model"
)

// IDs of the fixture plan.
const (
	IndProgetto   = 11 // tempo, Area Tecnica
	IndKm         = 12 // numero
	IndPratiche   = 13 // percentuale
	IndPiano      = 21 // sino
	IndRelazione  = 22 // testo
	IndProtocollo = 31 // numero, Area Amministrativa: has a reading at 30/06
	IndEnte       = 90 // the ente's, no objective
	ObTE1         = 1
	ObTE2         = 2
	ObAM1         = 3
	ObSG1         = 4
	FaseGara      = 101
	FaseLavori    = 102
)

// Keys of the columns, as the workbook's hidden row names them.
const (
	Valore     = "valore"
	Data       = "data"
	Stato      = "stato"
	Causa      = "causa"
	Azione     = "azione"
	Nota       = "nota"
	Conclusa   = "conclusa"
	Indicatore = "indicatore"
)

// Riga names a row of a workbook by kind and ID, as its hidden key starts.
func Riga(kind byte, id int64) string { return fmt.Sprintf("%c%d", kind, id) }

// I, O and F name the rows of an indicator, an objective and a phase.
func I(id int64) string { return Riga('I', id) }
func O(id int64) string { return Riga('O', id) }
func F(id int64) string { return Riga('F', id) }

// Piano is a small plan with every kind of indicator, two Aree, an
// objective of no Area, an indicator of the ente, phases and a reading
// already recorded.
func Piano() *model.Plan {
	d := model.DatePtr
	p := &model.Plan{
		Ente:  model.Ente{Nome: "Valdiprova", Provincia: "Varese", Regione: "Lombardia"},
		Piano: model.Piano{Anno: 2024, AnnoInizio: 2024, AnnoFine: 2026, Titolo: "Piano della Performance", Stato: model.StatoAdottato},
		Unita: []model.Unita{
			{ID: 1, Ordine: 1, Tipo: model.TipoArea, Nome: "Area Tecnica", Responsabile: "Ing. Carla Bianchi", RuoloResponsabile: model.RuoloEQ},
			{ID: 2, Ordine: 2, Tipo: model.TipoArea, Nome: "Area Amministrativa", Responsabile: "Dott. Paolo Verdi", RuoloResponsabile: model.RuoloEQ},
		},
		Verifiche: []model.Verifica{{ID: 1, Data: model.MustDate(2024, time.June, 30)}, {ID: 2, Data: model.MustDate(2024, time.December, 31)}},
		SMVP:      model.SMVPPredefinito(),
	}
	tgt := func(v string) []model.Target { return []model.Target{{Anno: 2024, Valore: v}} }
	p.Obiettivi = []model.Obiettivo{
		{ID: ObTE1, Ordine: 1, Codice: "TE.1", AreaID: 1, Titolo: "Riqualificazione della viabilità comunale", Anni: []int{2024},
			Indicatori: []model.Indicatore{
				{ID: IndProgetto, Ordine: 1, Nome: "Approvazione del progetto esecutivo", Tipo: model.IndTempo, Target: tgt("entro il 30/09/2024")},
				{ID: IndKm, Ordine: 2, Nome: "Strade asfaltate", Tipo: model.IndNumero, UnitaMisura: "km", Baseline: "3,5", AnnoBaseline: 2023, Target: tgt("almeno 5")},
				{ID: IndPratiche, Ordine: 3, Nome: "Pratiche di occupazione evase", Tipo: model.IndPercentuale, Target: tgt("≥ 90%")},
			},
			Fasi: []model.Fase{
				{ID: FaseGara, Ordine: 1, Titolo: "Gara d'appalto", Inizio: d(2024, 2, 1), Fine: d(2024, 5, 31)},
				{ID: FaseLavori, Ordine: 2, Titolo: "Esecuzione dei lavori", Inizio: d(2024, 6, 1), Fine: d(2024, 11, 30)},
			}},
		{ID: ObTE2, Ordine: 2, Codice: "TE.2", AreaID: 1, Titolo: "Piano del verde urbano", Anni: []int{2024},
			Indicatori: []model.Indicatore{
				{ID: IndPiano, Ordine: 1, Nome: "Piano approvato", Tipo: model.IndSiNo, Target: tgt("sì")},
				{ID: IndRelazione, Ordine: 2, Nome: "Relazione sullo stato del verde", Tipo: model.IndTesto, Target: tgt("Relazione alla Giunta")},
			}},
		{ID: ObAM1, Ordine: 3, Codice: "AM.1", AreaID: 2, Titolo: "Protocollo informatico", Anni: []int{2024},
			Indicatori: []model.Indicatore{
				{ID: IndProtocollo, Ordine: 1, Nome: "Documenti protocollati", Tipo: model.IndNumero, Target: tgt("almeno 5.000"),
					Risultati: []model.Risultato{{ID: 501, VerificaID: 1, Valore: "2.100", Data: model.MustDate(2024, 7, 2), Stato: model.StatoInLinea}}},
			},
			Avanzamenti: []model.Avanzamento{{VerificaID: 1, Nota: "Avviata la formazione del personale."}}},
		{ID: ObSG1, Ordine: 4, Codice: "SG.1", Titolo: "Trasparenza e anticorruzione", Anni: []int{2024}},
	}
	p.IndicatoriEnte = []model.Indicatore{{ID: IndEnte, Ordine: 1, Nome: "Tempestività dei pagamenti (giorni)", Tipo: model.IndNumero, Target: tgt("< 0")}}
	return p
}
