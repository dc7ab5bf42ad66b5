package assets

import (
	"bytes"
	"testing"

	"pianoperformance/model"
)

// The committed file is in the exact form the program writes, so exporting
// the example unchanged gives back the same bytes.
func TestExampleJSONIsCanonical(t *testing.T) {
	p := example(t)
	b, err := model.MarshalPlan(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, ExampleJSON()) {
		t.Error("esempio non in forma canonica: rigenerarlo con model.MarshalPlan")
	}
}

func TestExampleIsAFreshCopyEachTime(t *testing.T) {
	a := example(t)
	a.Obiettivi[0].Titolo = "cambiato"
	ExampleJSON()[0] = 'x'
	if b := example(t); b.Obiettivi[0].Titolo == "cambiato" {
		t.Error("ExamplePlan restituisce lo stesso piano a ogni chiamata")
	}
}

func TestExamplePassesValidationAndKeepsPrintedFigures(t *testing.T) {
	p := example(t)
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	// The source's inconsistencies are kept as printed: the check reports
	// them, starting with the 2019 males that do not add up.
	found := false
	for _, f := range model.Check(p) {
		if f.Anno == 2019 && f.Campo == "maschi" {
			found = true
		}
	}
	if !found {
		t.Error("il controllo di coerenza dovrebbe segnalare i maschi del 2019 (2.250) come stampati")
	}
}

func TestIconIsPNG(t *testing.T) {
	if !bytes.HasPrefix(IconPNG, []byte("\x89PNG\r\n\x1a\n")) {
		t.Error("icon.png non è un PNG")
	}
}
