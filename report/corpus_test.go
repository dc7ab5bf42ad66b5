package report

import (
	"fmt"
	"strings"

	"time"

	"pianoperformance/model"
)

// The print test corpus: synthetic plans of other comuni, each built to
// stress one side of the layout, with a year of monitoring. Every plan is
// printed as schede, riepilogo and piano, and as Relazione, monitoring
// report and dashboard, by the layout tests (layout_test.go).
type corpusCase struct {
	name string
	plan *model.Plan
}

func corpus() []corpusCase {
	return []corpusCase{
		{"estremo", conMonitoraggio(corpusEstremo(), strings.Repeat("Testo lungo della rilevazione, con il RIEPILOGO delle cause. ", 6))},
		{"minimo", conMonitoraggio(corpusMinimo(), "")},
		{"programmi", conMonitoraggio(corpusProgrammi(), "")},
	}
}

// words the reference plans use that a narrow column used to cut.
var hardTokens = []string{"LL.PP.", "MONITORAGGIO", "01010601", "SEMPLIFICAZIONE", "DEMATERIALIZZAZIONE"}

func corpusBase(nome string, anno int) *model.Plan {
	return &model.Plan{
		Ente: model.Ente{Nome: nome, Provincia: "Bergamo", Regione: "Lombardia"},
		Piano: model.Piano{Anno: anno, AnnoInizio: anno, AnnoFine: anno + 2, Titolo: "Piano della Performance",
			Stato: model.StatoAdottato, Approvazione: model.Atto{Organo: "Giunta comunale", Numero: "7", Data: model.DatePtr(anno, time.January, 28)}},
	}
}

// corpusEstremo: very long texts, long codes, 40 objectives in one Area and
// none in another, many indicators, 12 phases, every weight kind, missing
// context figures and objectives outside any Area.
func corpusEstremo() *model.Plan {
	p := corpusBase("San Giovanni della Valle Superiore con le Frazioni Unite", 2016)
	p.Piano.Sezione, p.Piano.Sottosezione = "SEZIONE 2 - VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", "Sottosezione 2.2 - Performance"
	long := strings.Repeat("La gestione associata dei servizi comporta il coordinamento tra gli uffici dei comuni aderenti, la condivisione delle banche dati e la revisione periodica dei procedimenti. ", 9)
	p.Capitoli = []model.Capitolo{
		{ID: 1, Ordine: 1, Titolo: "Premessa", Testo: long + "\n\n- primo punto dell'elenco con un testo che va a capo su più righe della pagina del documento;\n- secondo punto."},
		{ID: 2, Ordine: 2, Titolo: "Gli obiettivi assegnati ai Responsabili", Sezione: model.SezioneObiettivi, Testo: "Gli obiettivi sono assegnati con il presente piano."},
		{ID: 3, Ordine: 3, Titolo: "Allegati", Testo: "Allegato A: metodologia di valutazione."},
		// Written last, anchored to the internal context: it prints there.
		{ID: 4, Ordine: 4, Titolo: "Il contesto interno", Sezione: model.SezioneOrganizzazione, Testo: "L'ente è organizzato in tre Aree."},
	}
	// Staff figures missing for every unit: totals are unknown, not zero.
	p.Unita = []model.Unita{
		{ID: 1, Ordine: 1, Tipo: model.TipoArea, Nome: "Area Amministrativa e dei Servizi Generali, Demografici, Culturali e Sociali", Responsabile: "dott.ssa Maria Assunta Bianchi Colombo", RuoloResponsabile: model.RuoloEQ},
		{ID: 11, ParentID: 1, Ordine: 1, Tipo: model.TipoSettore, Nome: "Settore LL.PP. e Manutenzioni del Patrimonio Comunale"},
		{ID: 2, Ordine: 2, Tipo: model.TipoArea, Nome: "Area Tecnica"},
		{ID: 3, Ordine: 3, Tipo: model.TipoArea, Nome: "Area Vuota senza obiettivi"},
	}
	p.Personale = []model.PersonaleAnno{{Anno: 2015, Dipendenti: 12, Uomini: 5, Donne: 7}}
	kinds := []model.Peso{{Tipo: model.PesoPercentuale, Valore: 2.5}, {Tipo: model.PesoPunti, Valore: 1}, {Tipo: model.PesoMoltiplicatore, Valore: 1},
		{Tipo: model.PesoPrerequisito}, {}}
	var id int64
	for i := range 40 {
		id++
		o := model.Obiettivo{ID: id, Ordine: i + 1, AreaID: 1, UnitaIDs: []int64{11}, Anni: []int{2016, 2017, 2018},
			Codice: fmt.Sprintf("AMM.01010601.%03d", i+1), Livello: model.LivelloEsecutivo, Peso: kinds[i%len(kinds)],
			Titolo:      fmt.Sprintf("MONITORAGGIO e SEMPLIFICAZIONE dei procedimenti LL.PP. n. %d", i+1),
			Descrizione: "DEMATERIALIZZAZIONE degli archivi dell'ufficio 01010601 e pubblicazione dei dati.",
			Indicatori:  []model.Indicatore{{ID: id, Nome: "Tempistica", Tipo: model.IndTempo, Target: []model.Target{{Anno: 2016, Valore: "entro il 30/09/2016"}}}}}
		if i == 0 {
			o.Titolo = strings.Repeat("Riorganizzazione complessiva dei servizi demografici e cimiteriali ", 4)
			o.Descrizione = long
			o.Risorse, o.Personale, o.Note = long, "Tutto il personale dell'Area", long
			for j := range 12 {
				o.Indicatori = append(o.Indicatori, model.Indicatore{ID: 1000 + int64(j), Nome: fmt.Sprintf("Indicatore di risultato numero %d sul MONITORAGGIO", j+1),
					Tipo: model.IndNumero, UnitaMisura: "pratiche", Baseline: "n.d.",
					Target: []model.Target{{Anno: 2016, Valore: fmt.Sprintf("≥ %d", 10+j)}, {Anno: 2017, Valore: "≥ anno precedente"}, {Anno: 2018, Valore: "100% istanze pervenute"}}})
			}
			for m := 1; m <= 12; m++ {
				f := model.Fase{ID: int64(m), Titolo: fmt.Sprintf("Fase %d: verifica mensile dello stato dei procedimenti", m), Mesi: []int{m}}
				f.Fine = model.DatePtr(2016, time.Month(m), 28)
				if m%2 == 0 {
					f.Inizio = model.DatePtr(2016, time.Month(m), 1)
				}
				o.Fasi = append(o.Fasi, f)
			}
		}
		p.Obiettivi = append(p.Obiettivi, o)
	}
	for i := range 3 {
		id++
		p.Obiettivi = append(p.Obiettivi, model.Obiettivo{ID: id, Ordine: 100 + i, Segretario: true, Codice: fmt.Sprintf("SEG.%02d", i+1),
			Titolo: "Coordinamento dei Responsabili", Descrizione: "Riunioni periodiche di coordinamento.", Anni: []int{2016},
			Peso:       model.Peso{Tipo: model.PesoPercentuale, Valore: []float64{50, 30, 20}[i]},
			Indicatori: []model.Indicatore{{ID: id, Nome: "Riunioni", Tipo: model.IndNumero, Target: []model.Target{{Anno: 2016, Valore: "almeno 6"}}}}})
	}
	return p
}

// corpusMinimo: a plan with almost nothing: one Area, one objective with
// one-word texts and one phase, no context figures, no weights.
func corpusMinimo() *model.Plan {
	p := corpusBase("Ora", 2024)
	p.Unita = []model.Unita{{ID: 1, Ordine: 1, Tipo: model.TipoArea, Nome: "Unica"}}
	p.Obiettivi = []model.Obiettivo{{ID: 1, Ordine: 1, AreaID: 1, Titolo: "Sito", Descrizione: "Rifare", Anni: []int{2024},
		Indicatori: []model.Indicatore{{ID: 1, Nome: "Fatto", Tipo: model.IndSiNo, Target: []model.Target{{Anno: 2024, Valore: "Sì"}}}},
		Fasi:       []model.Fase{{ID: 1, Titolo: "Gara", Fine: model.DatePtr(2024, time.September, 30)}}}}
	return p
}

// corpusProgrammi: objectives by Missione/Programma with phases and
// multipliers, sheets that just fill a page, and the context tables.
func corpusProgrammi() *model.Plan {
	p := corpusBase("Valle Piana", 2023)
	p.Capitoli = []model.Capitolo{{ID: 1, Ordine: 1, Titolo: "Il contesto socio demografico", Sezione: model.SezionePopolazione, Testo: "Dati anagrafici."}}
	p.Popolazione = []model.PopolazioneAnno{{Anno: 2021, Residenti: 3100, Maschi: 1500, Femmine: 1600, Famiglie: 1300, Immigrati: 90, Emigrati: 80, Nati: 20, Morti: 30},
		{Anno: 2022, Residenti: 3100, Maschi: 1510, Femmine: 1590, Famiglie: 1310, Immigrati: 95, Emigrati: 85, Nati: 22, Morti: 32}}
	p.Territorio = model.Territorio{SuperficieTotale: 21.4, Frazioni: []string{"Pieve", "Borgo di Sopra", "Cascina Nuova"}}
	p.Personale = []model.PersonaleAnno{{Anno: 2022, Dipendenti: 9, Uomini: 4, Donne: 5}}
	p.Benchmark = []model.Benchmark{{ID: 1, Ordine: 1, Descrizione: "Media dei comuni della stessa fascia demografica nella provincia", Fonte: "Conto annuale RGS", Anno: 2021, Valore: 5.2}}
	p.Servizi = []model.ServizioAssociato{{ID: 1, Ordine: 1, Titolo: "Convenzione per la gestione associata della Polizia Locale",
		Descrizione: strings.Repeat("Servizio svolto in forma associata con i comuni confinanti. ", 12), Partner: []string{"Monte Alto", "Piano Basso"}, Stato: "attiva"}}
	p.Unita = []model.Unita{{ID: 1, Ordine: 1, Tipo: model.TipoArea, Nome: "Area Finanziaria", Responsabile: "rag. Paolo Neri", RuoloResponsabile: model.RuoloEQ, Dipendenti: ip(3)},
		{ID: 2, Ordine: 2, Tipo: model.TipoArea, Nome: "Area Tecnica", Responsabile: "ing. Sara Gallo", RuoloResponsabile: model.RuoloEQ}}
	progs := []string{"0103", "0104", "0105", "0106", "0108", "1005"}
	desc := strings.Repeat("Attività di verifica, aggiornamento e controllo dei dati contabili e patrimoniali dell'ente. ", 3)
	for i := range 12 {
		o := model.Obiettivo{ID: int64(i + 1), Ordine: i + 1, AreaID: int64(1 + i%2), Codice: fmt.Sprintf("%02d", i+1), Programma: progs[i%len(progs)],
			Titolo: fmt.Sprintf("Obiettivo di programma %d", i+1), Descrizione: strings.Repeat(desc, 1+i%4), Anni: []int{2023},
			Peso: model.Peso{Tipo: model.PesoMoltiplicatore, Valore: []float64{1, 1.2, 1.4}[i%3]}}
		for j := range 1 + i%5 {
			o.Indicatori = append(o.Indicatori, model.Indicatore{ID: int64(100*i + j), Nome: "Rispetto dei tempi", Tipo: model.IndPercentuale, UnitaMisura: "%",
				Target: []model.Target{{Anno: 2023, Valore: "100%"}}})
		}
		for j := range 1 + i%6 {
			f := model.Fase{ID: int64(100*i + j), Titolo: "Istruttoria e verifica", Inizio: model.DatePtr(2023, time.Month(3+j), 1), Fine: model.DatePtr(2023, time.September, 30)}
			o.Fasi = append(o.Fasi, f)
		}
		p.Obiettivi = append(p.Obiettivi, o)
	}
	return p
}
