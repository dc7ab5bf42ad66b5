package model_test

import (
	"fmt"
	"strings"
	"testing"

	"pianoperformance/model"
)

func voce(t *testing.T, p *model.Plan, codice string, c model.CriterioQualita) model.VoceQualita {
	t.Helper()
	return model.QualitaDi(p, *ob(t, p, codice)).Voce(c)
}

func TestQualitaSulPianoDiEsempio(t *testing.T) {
	p := esempio(t)
	cases := []struct {
		codice string
		c      model.CriterioQualita
		esito  model.EsitoQualita
		motivo string
	}{
		{"EF.1", model.QualitaMisurabile, model.QualitaSi, "«Tempistica»: Entro 31/12/2023"},
		{"AM.1", model.QualitaMisurabile, model.QualitaSi, "«tempistica»: Settembre 2023"},
		{"AM.3", model.QualitaMisurabile, model.QualitaDaConfermare, "target solo descrittivo: «Svolgimento adempimenti fino alla chiusura del Consorzio»"},
		{"EF.1", model.QualitaPeriodo, model.QualitaSi, "anni 2023"},
		{"PT.4", model.QualitaTendenza, model.QualitaSi, "target confrontato con gli anni precedenti"},
		{"TE.1", model.QualitaTendenza, model.QualitaNo, "nessun valore di partenza né confronto con gli anni precedenti"},
		{"TE.1", model.QualitaRisorse, model.QualitaNo, "né risorse né personale indicati"},
		{"TE.1", model.QualitaResponsabile, model.QualitaSi, "LLPP - Manutenzioni - Progettazioni Direzione Lavori"},
		{"EF.1", model.QualitaResponsabile, model.QualitaSi, "Area Economico Finanziari"},
		{"EF.1", model.QualitaRilevante, model.QualitaDaConfermare, ""},
		{"EF.1", model.QualitaMiglioramento, model.QualitaDaConfermare, ""},
		{"EF.1", model.QualitaStandard, model.QualitaDaConfermare, ""},
	}
	for _, c := range cases {
		v := voce(t, p, c.codice, c.c)
		if v.Esito != c.esito || !strings.HasPrefix(v.Motivo, c.motivo) || v.Confermata {
			t.Errorf("%s %s: %s %q, atteso %s %q", c.codice, c.c, v.Esito, v.Motivo, c.esito, c.motivo)
		}
	}
	q := model.ValutaQualita(p)
	if len(q) != len(p.Obiettivi) || len(q[0].Voci) != len(model.CriteriQualita) {
		t.Fatalf("schede di qualità: %d su %d obiettivi", len(q), len(p.Obiettivi))
	}
	si, no, dc := q[0].Conta()
	if si+no+dc != len(model.CriteriQualita) || si != 3 || no != 2 || dc != 3 {
		t.Errorf("EF.1: %d sì, %d no, %d da confermare", si, no, dc)
	}
	// The example's Areas are not out of proportion (9 objectives against
	// a mean of 4 in the others).
	if ff := model.CheckQualita(p); len(ff) != 0 {
		t.Errorf("avvisi sul piano di esempio: %+v", ff)
	}
}

func TestQualitaIndicatoriETarget(t *testing.T) {
	o := model.Obiettivo{ID: 1, Titolo: "x", Anni: []int{2024}}
	p := &model.Plan{Obiettivi: []model.Obiettivo{o}}
	cases := []struct {
		name  string
		ind   []model.Indicatore
		esito model.EsitoQualita
	}{
		{"nessun indicatore", nil, model.QualitaNo},
		{"target vuoto", []model.Indicatore{{Nome: "a", Target: []model.Target{{Anno: 2024, Valore: " "}}}}, model.QualitaNo},
		{"percentuale", []model.Indicatore{{Nome: "a", Target: []model.Target{{Anno: 2024, Valore: "< 40%"}}}}, model.QualitaSi},
		{"sì/no", []model.Indicatore{{Nome: "a", Tipo: model.IndSiNo, Target: []model.Target{{Anno: 2024, Valore: "Sì"}}}}, model.QualitaSi},
		{"solo testo", []model.Indicatore{{Nome: "a", Target: []model.Target{{Anno: 2024, Valore: "Rispetto delle tempistiche"}}}}, model.QualitaDaConfermare},
		{"uno misurabile basta", []model.Indicatore{{Nome: "a", Target: []model.Target{{Anno: 2024, Valore: "Rispetto"}}},
			{Nome: "b", Target: []model.Target{{Anno: 2024, Valore: "entro dicembre"}}}}, model.QualitaSi},
	}
	for _, c := range cases {
		p.Obiettivi[0].Indicatori = c.ind
		if v := model.QualitaDi(p, p.Obiettivi[0]).Voce(model.QualitaMisurabile); v.Esito != c.esito {
			t.Errorf("%s: %s (%s), atteso %s", c.name, v.Esito, v.Motivo, c.esito)
		}
	}
	p.Obiettivi[0].Indicatori = []model.Indicatore{{Nome: "Pratiche", Baseline: "120 nel 2023"}}
	if v := model.QualitaDi(p, p.Obiettivi[0]).Voce(model.QualitaTendenza); v.Esito != model.QualitaSi || v.Motivo != "valore di partenza di «Pratiche»: 120 nel 2023" {
		t.Errorf("baseline: %+v", v)
	}
	p.Obiettivi[0].Anni = nil
	if v := model.QualitaDi(p, p.Obiettivi[0]).Voce(model.QualitaPeriodo); v.Esito != model.QualitaNo {
		t.Errorf("senza anni: %+v", v)
	}
	p.Obiettivi[0].Personale = "2 istruttori"
	if v := model.QualitaDi(p, p.Obiettivi[0]).Voce(model.QualitaRisorse); v.Esito != model.QualitaSi || v.Motivo != "2 istruttori" {
		t.Errorf("personale: %+v", v)
	}
	if v := model.QualitaDi(p, p.Obiettivi[0]).Voce(model.QualitaResponsabile); v.Esito != model.QualitaNo {
		t.Errorf("senza unità: %+v", v)
	}
}

// The user's judgement counts where the program cannot judge, and only there.
func TestQualitaConfermeDellUtente(t *testing.T) {
	p := esempio(t)
	am3 := ob(t, p, "AM.3")
	ok := []model.ConfermaQualita{
		{ObiettivoID: am3.ID, Criterio: model.QualitaRilevante, Esito: true, Note: "linea 1 del DUP"},
		{ObiettivoID: am3.ID, Criterio: model.QualitaMisurabile, Esito: false, Note: "manca una data"},
	}
	for _, c := range ok {
		if err := p.ValidaConferma(c); err != nil {
			t.Fatalf("%+v: %v", c, err)
		}
		p.SetConfermaQualita(c)
	}
	if v := voce(t, p, "AM.3", model.QualitaRilevante); v.Esito != model.QualitaSi || !v.Confermata || v.Motivo != "linea 1 del DUP" {
		t.Errorf("rilevante confermato: %+v", v)
	}
	if v := voce(t, p, "AM.3", model.QualitaMisurabile); v.Esito != model.QualitaNo || !v.Confermata {
		t.Errorf("misurabile non confermato: %+v", v)
	}
	// Not where the program judges: fix the objective instead.
	bad := model.ConfermaQualita{ObiettivoID: am3.ID, Criterio: model.QualitaPeriodo, Esito: false}
	if err := p.ValidaConferma(bad); err == nil || !strings.Contains(err.Error(), "è valutato dal programma (anni 2023)") {
		t.Errorf("conferma di un criterio automatico: %v", err)
	}
	if err := p.ValidaConferma(model.ConfermaQualita{ObiettivoID: 9999, Criterio: model.QualitaRilevante}); err == nil {
		t.Error("conferma per un obiettivo inesistente accettata")
	}
	if err := p.ValidaConferma(model.ConfermaQualita{ObiettivoID: am3.ID, Criterio: "bello"}); err == nil {
		t.Error("criterio sconosciuto accettato")
	}
	// They travel in the JSON and are checked on import.
	q := copia(t, p)
	if len(q.ConfermeQualita) != 2 {
		t.Fatalf("conferme dopo il JSON: %+v", q.ConfermeQualita)
	}
	q.ConfermeQualita = append(q.ConfermeQualita, q.ConfermeQualita[0])
	if err := q.Validate(); err == nil || !strings.Contains(err.Error(), "confermato due volte") {
		t.Errorf("conferma ripetuta: %v", err)
	}
	p.RemoveConfermaQualita(am3.ID, model.QualitaRilevante)
	if v := voce(t, p, "AM.3", model.QualitaRilevante); v.Esito != model.QualitaDaConfermare || v.Confermata {
		t.Errorf("dopo la rimozione: %+v", v)
	}
}

func TestQualitaAreaConTroppiObiettivi(t *testing.T) {
	p := &model.Plan{Unita: []model.Unita{
		{ID: 1, Tipo: model.TipoArea, Nome: "Area Amministrativa"},
		{ID: 2, Tipo: model.TipoArea, Nome: "Area Tecnica"},
		{ID: 3, Tipo: model.TipoArea, Nome: "Area Finanziaria"},
	}}
	add := func(area int64, n int) {
		for range n {
			id := int64(len(p.Obiettivi) + 1)
			p.Obiettivi = append(p.Obiettivi, model.Obiettivo{ID: id, Codice: fmt.Sprint(id), AreaID: area})
		}
	}
	add(1, 9)
	add(2, 3)
	add(3, 3)
	if ff := model.CheckQualita(p); len(ff) != 1 || ff[0].ID != 1 || ff[0].Valori != "9 obiettivi, media delle altre Aree 3" {
		t.Fatalf("avvisi %+v", ff)
	}
	p.Obiettivi = p.Obiettivi[:0]
	add(1, 8)
	add(2, 3)
	add(3, 3)
	if ff := model.CheckQualita(p); len(ff) != 0 {
		t.Fatalf("8 contro 3 non è «molti di più» per la regola: %+v", ff)
	}
}
