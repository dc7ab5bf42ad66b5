package report

import (
	"strings"
	"time"

	"pianoperformance/model"
)

func ip(n int) *int         { return &n }
func fp(f float64) *float64 { return &f }

// fixturePlan is a trimmed copy of the reference plan (Albizzate 2023) with
// its context tables complete and objectives of every weight kind.
func fixturePlan() *model.Plan {
	p := &model.Plan{
		Ente: model.Ente{Nome: "Albizzate", Provincia: "Varese", Regione: "Lombardia"},
		Piano: model.Piano{Anno: 2023, AnnoInizio: 2023, AnnoFine: 2025, Titolo: "Piano della Performance e Piano degli Obiettivi",
			Sezione: "SEZIONE 2 - P.I.A.O.", Sottosezione: "Sottosezione 2.2.1", Stato: model.StatoAdottato,
			Approvazione: model.Atto{Organo: "Giunta comunale", Numero: "12", Data: model.DatePtr(2023, time.February, 9)}},
		Capitoli: []model.Capitolo{
			{ID: 1, Ordine: 1, Titolo: "PREMESSA", Testo: "L'art. 169 del D.lgs. n. 267/2000 prevede che il Piano Esecutivo di Gestione unifichi organicamente il Piano Dettagliato degli Obiettivi e il Piano della Performance.\n\nPer performance si intende un insieme complesso di risultati quali la produttività, l'efficienza, l'efficacia, l'economicità."},
			{ID: 2, Ordine: 2, Titolo: "PRESENTAZIONE", Testo: "Inoltre:\n- con deliberazione della Giunta comunale n. 38/2019 è stata istituita l'area delle posizioni organizzative;\n- con deliberazione n. 53/2023 è stata approvata la metodologia per il Segretario comunale;\n\nIl Comune ha cercato di realizzare uno strumento quanto più possibile “leggero”."},
			{ID: 3, Ordine: 3, Titolo: "IL CONTESTO TERRITORIALE", Sezione: model.SezioneTerritorio, Testo: "Il territorio comunale di Albizzate è localizzato in provincia di Varese."},
			{ID: 4, Ordine: 4, Titolo: "IL CONTESTO SOCIO DEMOGRAFICO", Sezione: model.SezionePopolazione, Testo: "La popolazione al 31.12.2022 era di n. 5.141 abitanti."},
			{ID: 5, Ordine: 5, Titolo: "IL CONTESTO INTERNO", Sezione: model.SezioneOrganizzazione, Testo: "L'organigramma individua 5 Aree di cui l'Area Tecnica divisa in 2 Settori."},
			{ID: 6, Ordine: 6, Titolo: "SERVIZI/FUNZIONI GESTITI IN FORMA ASSOCIATA", Sezione: model.SezioneServizi},
			{ID: 7, Ordine: 7, Titolo: "GLI INDIRIZZI E GLI OBIETTIVI STRATEGICI", Sezione: model.SezioneObiettivi, Testo: "La parte Spesa del bilancio è articolata in missioni e programmi."},
		},
		Territorio: model.Territorio{SuperficieTotale: 3.80, SuperficieUrbana: 2.88, Altitudine: 334, AltitudineRiferimento: "casa comunale",
			Latitudine: `45°43'48"36 N`, Longitudine: `08°48'9"72 E`, RegioneAgraria: "n. 5 – Colline dello Strona",
			Frazioni:       []string{"Valdarno", "Tarabara", "Mirasole", "Mora"},
			Strade:         []model.Strada{{Tipo: "Provinciali", Km: 7.02}, {Tipo: "Comunali", Km: 24.75}, {Tipo: "Vicinali", Km: 2}, {Tipo: "Autostrade", Km: 2.5}},
			RisorseIdriche: []model.RisorsaIdrica{{Tipo: "Fiumi e Torrenti", Numero: 2}}, DensitaStampata: fp(1363.18)},
		Benchmark: []model.Benchmark{
			{ID: 1, Ordine: 1, Descrizione: "Media dipendenti comuni per 1.000 abitanti in Lombardia", Anno: 2017, Valore: 5.97},
			{ID: 2, Ordine: 2, Descrizione: "Media dipendenti comuni per 1.000 abitanti a livello nazionale", Anno: 2017, Valore: 6.27}},
		Servizi: []model.ServizioAssociato{
			{ID: 1, Ordine: 1, Titolo: "Servizio in forma associata della Segreteria comunale", Descrizione: "Convenzione sottoscritta dai Sindaci dei Comuni di Albizzate, Daverio e Brunello.",
				Partner: []string{"Daverio", "Brunello"}, DataSottoscrizione: model.DatePtr(2022, time.March, 16), Scadenza: model.DatePtr(2022, time.December, 31), Stato: "scaduto"},
			{ID: 2, Ordine: 2, Titolo: "Consorzio per il servizio di assistenza ai servizi sociali", Descrizione: "Statuto convenzione sottoscritto dai Sindaci dei Comuni di Albizzate e Solbiate Arno.",
				Partner: []string{"Solbiate Arno"}, DataSottoscrizione: model.DatePtr(2014, time.June, 30), DurataIllimitata: true, Stato: "in liquidazione"}},
	}
	pop := [][9]int{
		{2014, 5349, 2611, 2738, 2234, 185, 180, 47, 53}, {2015, 5341, 2611, 2730, 2239, 179, 189, 50, 48},
		{2016, 5322, 2593, 2729, 2234, 170, 168, 41, 62}, {2017, 5299, 2580, 2719, 2241, 181, 206, 56, 54},
		{2018, 5251, 2553, 2698, 2215, 177, 213, 43, 55}, {2019, 5243, 2550, 2693, 2220, 212, 202, 45, 62},
		{2020, 5228, 2546, 2682, 2212, 183, 165, 33, 66}, {2021, 5228, 2552, 2676, 2245, 194, 183, 46, 57},
		{2022, 5141, 2507, 2634, 2216, 196, 229, 34, 51}}
	for _, r := range pop {
		p.Popolazione = append(p.Popolazione, model.PopolazioneAnno{Anno: r[0], Residenti: r[1], Maschi: r[2], Femmine: r[3],
			Famiglie: r[4], Immigrati: r[5], Emigrati: r[6], Nati: r[7], Morti: r[8]})
	}
	fasce := []struct {
		nome     string
		min, max int
		y21, y22 int
	}{{"Prescolare (0-6 anni)", 0, 6, 309, 308}, {"Scuola dell'obbligo (7-14 anni)", 7, 14, 401, 395},
		{"Forza lavoro prima occupazione (15-29 anni)", 15, 29, 747, 756}, {"Adulta (30-65 anni)", 30, 65, 2600, 2582},
		{"Senile (oltre 65 anni)", 66, -1, 1171, 1100}}
	for i, f := range fasce {
		fe := model.FasciaEta{ID: int64(i + 1), Ordine: i + 1, Nome: f.nome, EtaMin: ip(f.min)}
		if f.max >= 0 {
			fe.EtaMax = ip(f.max)
		}
		p.Fasce = append(p.Fasce, fe)
		p.PopolazioneFasce = append(p.PopolazioneFasce, model.PopolazioneFascia{FasciaID: fe.ID, Anno: 2021, Residenti: f.y21},
			model.PopolazioneFascia{FasciaID: fe.ID, Anno: 2022, Residenti: f.y22})
	}
	for _, s := range [][4]int{{2018, 16, 6, 10}, {2019, 16, 5, 11}, {2020, 16, 5, 11}, {2021, 15, 5, 10}, {2022, 15, 5, 10}} {
		p.Personale = append(p.Personale, model.PersonaleAnno{Anno: s[0], Dipendenti: s[1], Uomini: s[2], Donne: s[3]})
	}
	p.Personale[4].PartTime = ip(3)
	p.Unita = []model.Unita{
		{ID: 1, Ordine: 1, Tipo: model.TipoArea, Nome: "Area Amministrativa", Responsabile: "dott.ssa Maria Rossi", RuoloResponsabile: model.RuoloSegretario, Dipendenti: ip(5), PartTime: ip(2)},
		{ID: 11, ParentID: 1, Ordine: 1, Tipo: model.TipoServizio, Nome: "Biblioteca", Intestazione: "AREA AMMINISTRATIVA - BIBLIOTECA"},
		{ID: 12, ParentID: 1, Ordine: 2, Tipo: model.TipoServizio, Nome: "Segreteria"},
		{ID: 2, Ordine: 2, Tipo: model.TipoArea, Nome: "Area Economico Finanziaria", Intestazione: "AREA ECONOMICO-FINANZIARIA", Responsabile: "dott.ssa Maria Rossi", RuoloResponsabile: model.RuoloSegretario, Dipendenti: ip(2)},
		{ID: 3, Ordine: 3, Tipo: model.TipoArea, Nome: "Area Polizia Locale – Tributi", Intestazione: "AREA POLIZIA LOCALE - TRIBUTI", Responsabile: "Giuseppe Verdi", RuoloResponsabile: model.RuoloEQ, Dipendenti: ip(5), PartTime: ip(1)},
		{ID: 31, ParentID: 3, Ordine: 1, Tipo: model.TipoUfficio, Nome: "Ufficio Tributi"},
		{ID: 32, ParentID: 3, Ordine: 2, Tipo: model.TipoUfficio, Nome: "Ufficio Polizia Locale"},
		{ID: 4, Ordine: 4, Tipo: model.TipoArea, Nome: "Area Socio Assistenziale", Responsabile: "dott.ssa Maria Rossi", RuoloResponsabile: model.RuoloSegretario, Dipendenti: ip(3)},
		{ID: 5, Ordine: 5, Tipo: model.TipoArea, Nome: "Area Tecnica"},
		{ID: 51, ParentID: 5, Ordine: 1, Tipo: model.TipoSettore, Nome: "Settore Lavori Pubblici Manutenzioni Progettazione", Responsabile: "arch. Luca Bianchi", RuoloResponsabile: model.RuoloEQ, Dipendenti: ip(1)},
		{ID: 52, ParentID: 5, Ordine: 2, Tipo: model.TipoSettore, Nome: "Settore Urbanistica, Edilizia e Ambiente", Responsabile: "geom. Anna Neri", RuoloResponsabile: model.RuoloEQ, Dipendenti: ip(2), PartTime: ip(1)},
	}
	t23 := func(v string) []model.Target { return []model.Target{{Anno: 2023, Valore: v}} }
	p.Obiettivi = []model.Obiettivo{
		{ID: 1, Ordine: 1, Codice: "EF.01", Livello: model.LivelloEsecutivo, AreaID: 2, Titolo: "Predisposizione Regolamento di Contabilità aggiornato",
			Descrizione: "Predisposizione nuovo regolamento comunale di contabilità che tenga conto delle novità introdotte dalla contabilità armonizzata",
			Anni:        []int{2023}, Programma: "0103", Peso: model.Peso{Tipo: model.PesoPercentuale, Valore: 60},
			Indicatori: []model.Indicatore{{ID: 1, Nome: "Tempistica", Tipo: model.IndTempo, Target: t23("Entro 31/12/2023")}}},
		{ID: 2, Ordine: 2, Codice: "EF.02", Livello: model.LivelloEsecutivo, AreaID: 2, Titolo: "Bilancio preventivo anno 2024",
			Descrizione: "Predisposizione Bilancio per approvazione da parte dell'Organo consiliare", Anni: []int{2023},
			Peso:       model.Peso{Tipo: model.PesoPercentuale, Valore: 30},
			Indicatori: []model.Indicatore{{ID: 2, Nome: "Tempistica", Tipo: model.IndTempo, Target: t23("Entro 31/12/2023")}}},
		{ID: 3, Ordine: 3, Codice: "PL.01", Livello: model.LivelloEsecutivo, Natura: model.NaturaSviluppo, AreaID: 3, UnitaIDs: []int64{32},
			Titolo: "ATTIVAZIONE E GESTIONE PROGETTO STRADE SICURE", Descrizione: "Attivazione e gestione rilevazione velocità veicoli con particolare attenzione alla SP26",
			Anni: []int{2023, 2024}, Programma: "0301", Peso: model.Peso{Tipo: model.PesoPunti, Valore: 12},
			Note: "Rispetto al presente obiettivo è stata proposta la creazione di apposito capitolo per la realizzazione di Progetto da finanziare con fondi ex art. 208 CdS.",
			Indicatori: []model.Indicatore{{ID: 3, Nome: "% numero rilevazioni", Tipo: model.IndNumero, UnitaMisura: "rilevazioni", Baseline: "6 nel 2022",
				Target: []model.Target{{Anno: 2023, Valore: "08 rilevazioni velocità"}, {Anno: 2024, Valore: "≥ anno precedente"}}}},
			Fasi: []model.Fase{{ID: 1, Titolo: "Acquisto strumentazione", Inizio: model.DatePtr(2023, time.February, 1), Fine: model.DatePtr(2023, time.April, 30), Mesi: []int{2, 3, 4}, Responsabile: "Giuseppe Verdi"},
				{ID: 2, Titolo: "Rilevazioni sul territorio", Inizio: model.DatePtr(2023, time.May, 1), Fine: model.DatePtr(2023, time.December, 31), Mesi: []int{5, 6, 7, 8, 9, 10, 11, 12}}}},
		{ID: 4, Ordine: 4, Codice: "PL.02", Livello: model.LivelloEsecutivo, AreaID: 3, UnitaIDs: []int64{31}, Titolo: "RECUPERO FISCALE",
			Descrizione: "Emissione accertamenti IMU e TASI relativi all'anno 2018", Anni: []int{2023}, Peso: model.Peso{Tipo: model.PesoPrerequisito},
			Indicatori: []model.Indicatore{{ID: 4, Nome: "% recupero", Tipo: model.IndPercentuale, Target: t23("100% evasione 2018")}}},
		{ID: 5, Ordine: 5, Codice: "LP.01", Livello: model.LivelloEsecutivo, AreaID: 5, UnitaIDs: []int64{51}, Titolo: "CIMITERO COMUNALE",
			Descrizione: "Lavori di ampliamento del cimitero comunale di via S. Alessandro", Anni: []int{2023}, Peso: model.Peso{Tipo: model.PesoMoltiplicatore, Valore: 1.2},
			Indicatori: []model.Indicatore{{ID: 5, Nome: "Tempistica", Tipo: model.IndTempo, Target: t23("31.12.2023")}}},
		{ID: 6, Ordine: 6, Codice: "AM.01", Livello: model.LivelloEsecutivo, AreaID: 1, UnitaIDs: []int64{11}, Titolo: "GIOCALIBRO",
			Descrizione: "Proposta del format GIOCALIBRO alla Scuola Primaria", Anni: []int{2023}, Personale: "Bibliotecaria, volontari del servizio civile",
			Indicatori: []model.Indicatore{{ID: 6, Nome: "tempistica", Tipo: model.IndTempo, Target: t23("Settembre 2023")}}},
		{ID: 7, Ordine: 7, Codice: "AM.02", Livello: model.LivelloEsecutivo, AreaID: 1, UnitaIDs: []int64{12}, Titolo: "ANTICORRUZIONE - PIAO",
			Descrizione: "Attivazione Piano e atti conseguenti", Anni: []int{2023}, Segretario: true,
			Indicatori: []model.Indicatore{{ID: 7, Nome: "tempistica", Tipo: model.IndTempo, Target: t23("30.06.2023")}}},
	}
	return p
}

// longText is a 3,000+ character description with bullets and a 200
// character run without spaces.
func longText() (string, string) {
	url := "https://www.comune.albizzate.va.it/amministrazione-trasparente/" + strings.Repeat("performance", 13)
	url = url[:200]
	var b strings.Builder
	b.WriteString("Il progetto prevede la revisione completa dei procedimenti dell'ente, con attenzione a trasparenza, efficienza ed economicità.\n")
	for i := 0; i < 12; i++ {
		b.WriteString("- attività numero " + strings.Repeat("x", 0) + itoa(i+1) + ": ricognizione dei procedimenti, mappatura dei rischi, aggiornamento della modulistica e pubblicazione nella sezione dedicata del sito istituzionale\n")
	}
	b.WriteString("\nIl dettaglio è pubblicato all'indirizzo " + url + " insieme con i documenti di lavoro.\n\n")
	for b.Len() < 3100 {
		b.WriteString("Ogni fase è documentata con una relazione del responsabile, verificata dal Segretario comunale e trasmessa al Nucleo di Valutazione. ")
	}
	return b.String(), url
}
