package model_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"pianoperformance/assets"
	"pianoperformance/model"
)

// copia is a deep copy of a plan, through its JSON.
func copia(t *testing.T, p *model.Plan) *model.Plan {
	t.Helper()
	b, err := model.MarshalPlan(p)
	if err != nil {
		t.Fatal(err)
	}
	q, err := model.UnmarshalPlan(b)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func esempio(t *testing.T) *model.Plan {
	t.Helper()
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func ob(t *testing.T, p *model.Plan, codice string) *model.Obiettivo {
	t.Helper()
	for i := range p.Obiettivi {
		if p.Obiettivi[i].Codice == codice {
			return &p.Obiettivi[i]
		}
	}
	t.Fatalf("obiettivo %s assente", codice)
	return nil
}

// riga writes a change on one line for exact comparisons.
func riga(m model.Modifica) string {
	return fmt.Sprintf("%s|%s|%s|%s|%q|%q", m.Tipo, m.Sezione, m.Oggetto, m.Campo, m.Prima, m.Dopo)
}

func confronta(t *testing.T, a, b *model.Plan, want []string) {
	t.Helper()
	var got []string
	for _, m := range model.Confronta(a, b) {
		got = append(got, riga(m))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("modifiche:\n%s\n\nattese:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestConfrontaIdentici(t *testing.T) {
	p := esempio(t)
	confronta(t, p, copia(t, p), nil)
}

// Adoption, results, progress and completion are not variations, nor is
// anything else of the year's monitoring: checkpoints, readings with their
// states, causes and overrides, the objectives' outcomes, the Nucleo's
// validations, the Relazione.
func TestConfrontaIgnoraCioCheNonEVariazione(t *testing.T) {
	a := esempio(t)
	b := copia(t, a)
	b.Piano.Stato = model.StatoVariato
	b.Piano.Approvazione = model.Atto{Organo: "Giunta comunale", Numero: "12", Data: model.DatePtr(2023, 1, 31)}
	o := ob(t, b, "TE.1")
	o.StatoAttuazione = "in corso"
	o.Indicatori[0].Risultati = []model.Risultato{{ID: 1, Data: model.MustDate(2023, 6, 30), Valore: "50%"}}
	b.Scadenzario.ApprovazioneBilancio = model.DatePtr(2023, 3, 1)
	b.ConfermeQualita = []model.ConfermaQualita{{ObiettivoID: o.ID, Criterio: model.QualitaRilevante, Esito: true}}

	quando := time.Date(2024, 1, 12, 9, 0, 0, 0, time.UTC)
	b.Verifiche = append(b.Verifiche, model.Verifica{ID: 99, Data: model.MustDate(2023, 9, 30), Titolo: "Verifica trimestrale"})
	b.Verifiche[0].Titolo = "Verifica di metà anno"
	ef := ob(t, b, "EF.1")
	ef.Indicatori[0].Risultati = []model.Risultato{{ID: 7, VerificaID: 99, Valore: "10/10/2023", Stato: model.StatoARischio,
		Causa: "Ritardo del fornitore", Azione: "Sollecito", Note: "nota",
		Forzatura: &model.Forzatura{Percentuale: 80, Motivo: "giudizio del Segretario", Autore: "Segretario", Quando: quando}}}
	ef.Avanzamenti = []model.Avanzamento{{VerificaID: 99, Nota: "A buon punto", Esito: "raggiunto in parte",
		Forzatura: &model.Forzatura{Percentuale: 70, Motivo: "esito complessivo", Autore: "Segretario", Quando: quando}}}
	perc := 75.0
	ef.Validazione = &model.Validazione{Percentuale: &perc, Data: model.DatePtr(2024, 4, 20), Verbale: "3/2024", Note: "validato"}
	for i := range b.Obiettivi {
		for j := range b.Obiettivi[i].Fasi {
			f := &b.Obiettivi[i].Fasi[j]
			f.Completata, f.Completamento = true, model.DatePtr(2023, 11, 30)
		}
	}
	b.Relazione.Sintesi = "Sintesi riscritta."
	b.Relazione.Validazione = model.ValidazioneRelazione{Esito: model.ValidazioneConRilievi, Verbale: "4/2024"}
	confronta(t, a, b, nil)
}

// What the performance cycle added to the plan as adopted is compared: a
// strategic line, the new fields of an indicator, a target for the whole
// span, the indicators of the whole ente, the evaluation system.
func TestConfrontaCampiDelPianoDelCiclo(t *testing.T) {
	a := esempio(t)
	a.IndicatoriEnte = []model.Indicatore{{ID: 900, Ordine: 1, Nome: "Tempestività dei pagamenti", Tipo: model.IndNumero,
		Target: []model.Target{{Anno: 2023, Valore: "≤ 0 giorni"}}}}
	b := copia(t, a)
	te1 := ob(t, b, "TE.1")
	te1.LineaStrategica = "DUP 2023–2025, linea 4: territorio"
	in := &te1.Indicatori[0]
	in.AnnoBaseline, in.Direzione, in.Peso = 2022, model.DirezioneDecrescente, 2
	in.Criterio, in.Note = "Data della determina", "Fonte: protocollo"
	in.Target = append(in.Target, model.Target{Anno: 0, Valore: "entro il 31/12/2025"})
	b.IndicatoriEnte[0].Target[0].Valore = "≤ 5 giorni"
	b.IndicatoriEnte = append(b.IndicatoriEnte, model.Indicatore{ID: 901, Ordine: 2, Nome: "Indice di indebitamento", Tipo: model.IndPercentuale,
		Target: []model.Target{{Anno: 0, Valore: "< 10%"}}})
	b.SMVP.Fasce = []model.FasciaSMVP{{Da: 0}, {Da: 60, Proporzionale: true}, {Da: 90, Quota: 100}}
	model.NormalizePlan(b)

	l := model.EtichettaObiettivo(*te1)
	ind := "Indicatore «" + in.Nome + "»: "
	confronta(t, a, b, []string{
		`modificato|obiettivi|` + l + `|Linea strategica|""|"DUP 2023–2025, linea 4: territorio"`,
		`modificato|obiettivi|` + l + `|` + ind + `anno del valore di partenza|""|"2022"`,
		`modificato|obiettivi|` + l + `|` + ind + `direzione|""|"più basso è meglio"`,
		`modificato|obiettivi|` + l + `|` + ind + `peso|""|"2"`,
		`modificato|obiettivi|` + l + `|` + ind + `criterio di verifica|""|"Data della determina"`,
		`modificato|obiettivi|` + l + `|` + ind + `note|""|"Fonte: protocollo"`,
		`modificato|obiettivi|` + l + `|` + ind + `target per l'intero triennio|""|"entro il 31/12/2025"`,
		`modificato|obiettivi|Indicatori dell'ente|Indicatore «Tempestività dei pagamenti»: target 2023|"≤ 0 giorni"|"≤ 5 giorni"`,
		`aggiunto|obiettivi|Indicatori dell'ente|Indicatore «Indice di indebitamento»|""|"nome: Indice di indebitamento\ntipo: Percentuale\ntarget per l'intero triennio: < 10%"`,
		`modificato|ente|Sistema di misurazione e valutazione|Fasce di incentivo|"` + a.SMVP.DescriviFasce() + `"|"` + b.SMVP.DescriviFasce() + `"`,
	})
}

func TestConfrontaCampoPerCampo(t *testing.T) {
	a := esempio(t)
	b := copia(t, a)

	te3 := ob(t, b, "TE.3")
	te3.Titolo = "Manutenzione straordinaria delle strade"
	te3.Descrizione = "Asfaltatura di via Roma."
	te3.Indicatori[0].Target[0].Valore = "30.09.2023"
	te3.Indicatori[0].Target = append(te3.Indicatori[0].Target, model.Target{Anno: 2024, Valore: "31.12.2024"})
	te3.Indicatori[0].UnitaMisura = "data"
	te3.Peso = model.Peso{Tipo: model.PesoPercentuale, Valore: 30}
	te3.Anni = []int{2023, 2024}

	ob(t, b, "PT.2").AreaID = 10 // to the Area Tecnica

	// EF.3 first in its Area: one objective moved, not three.
	ob(t, b, "EF.3").Ordine = 0

	sa1 := ob(t, b, "SA.1")
	sa1.Indicatori = append(sa1.Indicatori, model.Indicatore{Nome: "Famiglie seguite", Tipo: model.IndNumero,
		Target: []model.Target{{Anno: 2023, Valore: "≥ 40"}}})
	sa1.Fasi = append(sa1.Fasi, model.Fase{Titolo: "Rendicontazione", Fine: model.DatePtr(2023, 12, 15)})

	var kept []model.Obiettivo
	for _, o := range b.Obiettivi {
		if o.Codice != "AM.8" {
			kept = append(kept, o)
		}
	}
	b.Obiettivi = append(kept, model.Obiettivo{ID: 500, Ordine: 99, Codice: "SA.2", Livello: model.LivelloEsecutivo,
		AreaID: 9, Titolo: "Sportello badanti", Anni: []int{2023},
		Indicatori: []model.Indicatore{{Nome: "Incontri", Tipo: model.IndNumero, Target: []model.Target{{Anno: 2023, Valore: "12"}}}}})

	b.Popolazione[len(b.Popolazione)-1].Residenti += 2
	b.Unita[9].Responsabile = "Ing. Carla Verdi" // Area Tecnica
	b.Piano.Titolo = "Piano della Performance"
	b.Piano.GruppoSenzaArea = "Obiettivi di ente"
	model.NormalizePlan(b)

	last := a.Popolazione[len(a.Popolazione)-1]
	am8 := ob(t, a, "AM.8")
	confronta(t, a, b, []string{
		`modificato|ente|Piano|Titolo|"Piano della Performance e Piano degli Obiettivi"|"Piano della Performance"`,
		`modificato|ente|Piano|Nome degli obiettivi senza Area|""|"Obiettivi di ente"`,
		fmt.Sprintf(`modificato|popolazione|Popolazione %d|Residenti|%q|%q`, last.Anno, model.FormatInt(last.Residenti), model.FormatInt(last.Residenti+2)),
		fmt.Sprintf(`modificato|organizzazione|Area Tecnica|Responsabile|%q|"Ing. Carla Verdi"`, a.Unita[9].Responsabile),
		`spostato|obiettivi|` + model.EtichettaObiettivo(*ob(t, a, "EF.3")) + `|Posizione|"3° di 3"|"1° di 3"`,
		`spostato|obiettivi|PT.2 – TARI|Area|"Area Polizia Locale – Tributi"|"Area Tecnica"`,
		`modificato|obiettivi|TE.3 – Manutenzione straordinaria delle strade|Titolo|"VIABILITA' E INFRASTRUTTURE STRADALI"|"Manutenzione straordinaria delle strade"`,
		`modificato|obiettivi|TE.3 – Manutenzione straordinaria delle strade|Descrizione|` + fmt.Sprintf("%q", strings.TrimSpace(ob(t, a, "TE.3").Descrizione)) + `|"Asfaltatura di via Roma."`,
		`modificato|obiettivi|TE.3 – Manutenzione straordinaria delle strade|Anni interessati|"2023"|"2023, 2024"`,
		`modificato|obiettivi|TE.3 – Manutenzione straordinaria delle strade|Peso|""|"30%"`,
		`modificato|obiettivi|TE.3 – Manutenzione straordinaria delle strade|Indicatore «Tempistica»: unità di misura|""|"data"`,
		`modificato|obiettivi|TE.3 – Manutenzione straordinaria delle strade|Indicatore «Tempistica»: target 2023|"31.12.2023"|"30.09.2023"`,
		`modificato|obiettivi|TE.3 – Manutenzione straordinaria delle strade|Indicatore «Tempistica»: target 2024|""|"31.12.2024"`,
		`rimosso|obiettivi|` + model.EtichettaObiettivo(*am8) + `||` + fmt.Sprintf("%q", "Area: Area Amministrativa\nLivello: Obiettivo esecutivo\nDescrizione: "+am8.Descrizione+
			"\nUnità responsabili: Servizi Demografici\nAnni interessati: 2023\nIndicatore «Tempistica»: 2023: 30.11.2023") + `|""`,
		`aggiunto|obiettivi|SA.1 – CONCLUSIONE PROGETTI|Indicatore «Famiglie seguite»|""|"nome: Famiglie seguite\ntipo: Numero\ntarget 2023: ≥ 40"`,
		`aggiunto|obiettivi|SA.1 – CONCLUSIONE PROGETTI|Fase «Rendicontazione»|""|"titolo: Rendicontazione\nfine: 15/12/2023"`,
		`aggiunto|obiettivi|SA.2 – Sportello badanti||""|"Area: Area Socio Assistenziale\nLivello: Obiettivo esecutivo\nAnni interessati: 2023\nIndicatore «Incontri»: 2023: 12"`,
	})
}

// The summary of a removed objective says what the Giunta is dropping.
func TestConfrontaRiassuntoDelRimosso(t *testing.T) {
	a := esempio(t)
	b := copia(t, a)
	b.Obiettivi = b.Obiettivi[1:] // EF.1 goes
	mm := model.Confronta(a, b)
	if len(mm) != 1 || mm[0].Tipo != model.ModificaRimosso || mm[0].Campo != "" || mm[0].Dopo != "" {
		t.Fatalf("%+v", mm)
	}
	for _, want := range []string{"Area: Area Economico Finanziari", "Anni interessati: 2023", "Indicatore «Tempistica»: 2023: Entro 31/12/2023"} {
		if !strings.Contains(mm[0].Prima, want) {
			t.Errorf("riassunto senza %q:\n%s", want, mm[0].Prima)
		}
	}
	if mm[0].ID != a.Obiettivi[0].ID {
		t.Errorf("ID %d, atteso %d", mm[0].ID, a.Obiettivi[0].ID)
	}
}

// A plan imported into another file has other IDs: objectives are matched
// by code, units by name, indicators by name, so only real changes show.
func TestConfrontaConIDDiversi(t *testing.T) {
	a := esempio(t)
	b := copia(t, a)
	for i := range b.Unita {
		b.Unita[i].ID += 100
		if b.Unita[i].ParentID != 0 {
			b.Unita[i].ParentID += 100
		}
	}
	for i := range b.Obiettivi {
		o := &b.Obiettivi[i]
		o.ID += 1000
		if o.AreaID != 0 {
			o.AreaID += 100
		}
		for k := range o.UnitaIDs {
			o.UnitaIDs[k] += 100
		}
		for k := range o.Indicatori {
			o.Indicatori[k].ID += 1000
		}
	}
	ob(t, b, "TE.5").Indicatori[0].Target[0].Valore = "30.06.2023"
	confronta(t, a, b, []string{
		`modificato|obiettivi|TE.5 – DIGITALIZZAZIONE (FONDI PNRR)|Indicatore «Tempistica»: target 2023|"31.12.2023"|"30.06.2023"`,
	})
	if id := model.Confronta(a, b)[0].ID; id != ob(t, b, "TE.5").ID {
		t.Errorf("ID della modifica %d, atteso quello della versione nuova %d", id, ob(t, b, "TE.5").ID)
	}
}

// A sub-objective moved under another objective is "spostato", not removed
// and added.
func TestConfrontaCambioDiObiettivoSuperiore(t *testing.T) {
	a := &model.Plan{
		Ente:  model.Ente{Nome: "Prova"},
		Piano: model.Piano{Anno: 2024, AnnoInizio: 2024, AnnoFine: 2026},
		Unita: []model.Unita{{ID: 1, Tipo: model.TipoArea, Nome: "Area Unica"}},
		Obiettivi: []model.Obiettivo{
			{ID: 1, Ordine: 1, Codice: "S1", Livello: model.LivelloStrategico, AreaID: 1, Titolo: "Strategico uno"},
			{ID: 2, Ordine: 2, Codice: "S2", Livello: model.LivelloStrategico, AreaID: 1, Titolo: "Strategico due"},
			{ID: 3, Ordine: 3, Codice: "O1", ParentID: 1, Livello: model.LivelloOperativo, AreaID: 1, Titolo: "Operativo"},
		},
	}
	model.NormalizePlan(a)
	b := copia(t, a)
	b.Obiettivi[2].ParentID = 2
	confronta(t, a, b, []string{
		`spostato|obiettivi|O1 – Operativo|Obiettivo di riferimento|"S1 – Strategico uno"|"S2 – Strategico due"`,
	})
}

func TestConfrontaTabelleDiContesto(t *testing.T) {
	a := esempio(t)
	b := copia(t, a)
	b.Territorio.Frazioni = append(b.Territorio.Frazioni, "Nuova frazione")
	b.Personale = b.Personale[1:]
	first := a.Personale[0]
	b.Servizi[0].Scadenza = model.DatePtr(2030, time.December, 31)
	b.Capitoli[0].Testo += "\n\nParagrafo aggiunto."
	got := model.Confronta(a, b)
	want := map[string]bool{
		"Territorio|Frazioni":                                              false,
		fmt.Sprintf("Personale %d|", first.Anno):                           false,
		"Servizio «" + a.Servizi[0].Titolo + "»|Scadenza":                  false,
		"Capitolo «" + strings.TrimSpace(a.Capitoli[0].Titolo) + "»|Testo": false,
	}
	for _, m := range got {
		k := m.Oggetto + "|" + m.Campo
		if _, ok := want[k]; !ok {
			t.Errorf("modifica inattesa %s", riga(m))
		}
		want[k] = true
		if strings.HasPrefix(k, "Personale") && (m.Tipo != model.ModificaRimosso || !strings.Contains(m.Prima, "Dipendenti: ")) {
			t.Errorf("anno del personale rimosso: %s", riga(m))
		}
		if k == "Servizio «"+a.Servizi[0].Titolo+"»|Scadenza" && m.Dopo != "31/12/2030" {
			t.Errorf("scadenza: %s", riga(m))
		}
	}
	for k, seen := range want {
		if !seen {
			t.Errorf("manca la modifica %s", k)
		}
	}
}
