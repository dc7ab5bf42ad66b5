package model

import "testing"

// Every kind and role has one label, and no two share it: the window, the
// printouts and the exports all read them from here.
func TestLabelsAreOneAndDistinct(t *testing.T) {
	lists := map[string][]string{}
	for _, r := range Ruoli[1:] {
		lists["ruoli"] = append(lists["ruoli"], r.Label())
	}
	for _, x := range TipiUnita {
		lists["tipi"] = append(lists["tipi"], x.Label())
	}
	for _, x := range Livelli {
		lists["livelli"] = append(lists["livelli"], x.Label())
	}
	for _, x := range Nature[1:] {
		lists["nature"] = append(lists["nature"], x.Label())
	}
	for _, x := range TipiPeso[1:] {
		lists["pesi"] = append(lists["pesi"], x.Label())
	}
	for _, x := range TipiIndicatore {
		lists["indicatori"] = append(lists["indicatori"], x.Label())
	}
	for _, x := range StatiPiano {
		lists["stati"] = append(lists["stati"], x.Label())
	}
	for name, l := range lists {
		seen := map[string]bool{}
		for _, s := range l {
			if s == "" || seen[s] {
				t.Errorf("%s: label %q empty or repeated", name, s)
			}
			seen[s] = true
		}
	}
	if RuoloEQ.Label() != "Incaricato di E.Q." || RuoloNessuno.Label() != "" || NaturaNonIndicata.Label() != "" {
		t.Error("labels changed")
	}
}
