package model

import (
	"errors"
	"strings"
	"testing"
)

func TestValidateAcceptsReference(t *testing.T) {
	if err := referencePlan().Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestValidateLocatesProblems(t *testing.T) {
	p := referencePlan()
	p.Popolazione = append(p.Popolazione, PopolazioneAnno{Anno: 2022, Residenti: -1})
	p.Unita = []Unita{{ID: 1, Tipo: TipoArea, Nome: "Area Tecnica"}, {ID: 2, ParentID: 9, Tipo: "reparto", Nome: "X"}}
	p.Obiettivi = []Obiettivo{{ID: 1, Codice: "T.1", Livello: "boh", AreaID: 7, UnitaIDs: []int64{8}, Programma: "9901x",
		Peso: Peso{Tipo: "quota"}, Indicatori: []Indicatore{{Nome: "I", Tipo: "colore"}}, Fasi: []Fase{{Mesi: []int{13}}}}}
	err := p.Validate()
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("want ValidationError, got %v", err)
	}
	msg := err.Error()
	for _, want := range []string{
		"popolazione 2022: anno ripetuto", "popolazione 2022: residenti non può essere negativo",
		"unità «X»: tipo \"reparto\" sconosciuto", "unità «X»: l'unità superiore 9 non esiste",
		"obiettivo n. 1 (T.1): livello \"boh\"", "l'Area 7 non esiste", "l'unità responsabile 8 non esiste",
		"programma \"9901x\"", "tipo di peso \"quota\"", "indicatore «I»: tipo \"colore\"", "mese 13",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
}

func TestValidateRefusesCycles(t *testing.T) {
	p := referencePlan()
	p.Unita = []Unita{{ID: 1, ParentID: 2, Tipo: TipoArea, Nome: "A"}, {ID: 2, ParentID: 1, Tipo: TipoSettore, Nome: "B"}}
	if err := p.Validate(); err == nil || !strings.Contains(err.Error(), "ciclo") {
		t.Fatalf("cycle not refused: %v", err)
	}
}
