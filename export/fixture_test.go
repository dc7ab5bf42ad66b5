package export

import (
	"time"

	"pianoperformance/model"
	"pianoperformance/model/synth"
)

// testPlan is a small synthetic plan with the cases the exports must get
// right: a population drop of 8, decimals, dates, results with scores and
// titles that a spreadsheet would run as formulas, an override of a
// degree of achievement with its reason, a validation by the Nucleo.
func testPlan() *model.Plan {
	p := synth.Plan(3, 12, 2)
	p.Popolazione = []model.PopolazioneAnno{
		{Anno: 2022, Residenti: 5149, Maschi: 2530, Femmine: 2619, Famiglie: 2201, Immigrati: 180, Emigrati: 170, Nati: 30, Morti: 48},
		{Anno: 2023, Residenti: 5141, Maschi: 2522, Femmine: 2619, Famiglie: 2210, Immigrati: 175, Emigrati: 168, Nati: 33, Morti: 48},
	}
	p.Territorio.Strade = append(p.Territorio.Strade, model.Strada{Tipo: "Vicinali", Km: 1363.18})
	p.Piano.Approvazione = model.Atto{Organo: "Giunta comunale", Numero: "12", Data: model.DatePtr(2024, time.January, 31)}
	p.Servizi[0].DataSottoscrizione = model.DatePtr(2023, time.December, 31)
	o := &p.Obiettivi[0]
	o.Titolo = `=HYPERLINK("http://x")`
	o.Descrizione = "+1+1"
	o.Note = "@SUM(A1)"
	o.Indicatori[0].Nome = "-2+3"
	o.Indicatori[0].Target[0].Valore = "-8"
	r := &o.Indicatori[0].Risultati[0]
	r.Forzatura = &model.Forzatura{Percentuale: 87.5, Motivo: "=consegna parziale", Autore: "Segretario comunale",
		Quando: time.Date(2024, time.July, 10, 9, 0, 0, 0, time.UTC)}
	o.Validazione.Data = model.DatePtr(2025, time.March, 15)
	p.Obiettivi[1].Descrizione = "Prima riga\n- punto uno\n- punto due"
	return p
}
