package model_test

import (
	"strings"
	"testing"

	"pianoperformance/assets"
	"pianoperformance/model"
)

// The built-in example is the reference plan as printed; the check must
// find in it exactly the disagreements the document contains.
func TestCheckOnExample(t *testing.T) {
	p, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range model.Check(p) {
		t.Logf("%s | %s | %s | %s | %s", f.Gravita, model.TitoloSezione(f.Sezione), f.Riga, f.Valori, f.Messaggio)
		got = append(got, f.Sezione+":"+f.Riga+":"+f.Campo)
	}
	want := []string{
		"ente:Atto di approvazione:approvazione",
		"territorio:Densità demografica:densita_stampata",
		"popolazione:2019:maschi",
		"popolazione:2019:residenti",
		"popolazione:2022:variazione_stampata",
		"popolazione:2022:residenti",
		"organizzazione:2018:per_mille_stampato",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
