package model

import "testing"

func TestYearlyEditsKeepOrderAndNeverWriteThrough(t *testing.T) {
	p := &Plan{Popolazione: []PopolazioneAnno{{Anno: 2020, Residenti: 1}, {Anno: 2022, Residenti: 3}}}
	undo := p.Popolazione
	p.SetPopolazioneAnno(PopolazioneAnno{Anno: 2021, Residenti: 2})
	p.SetPopolazioneAnno(PopolazioneAnno{Anno: 2022, Residenti: 30})
	if len(p.Popolazione) != 3 || p.Popolazione[1].Anno != 2021 || p.Popolazione[2].Residenti != 30 {
		t.Fatalf("popolazione %+v", p.Popolazione)
	}
	if undo[1].Residenti != 3 || len(undo) != 2 {
		t.Fatalf("the earlier slice changed: %+v", undo)
	}
	p.RemovePopolazioneAnno(2020)
	if len(p.Popolazione) != 2 || p.Popolazione[0].Anno != 2021 {
		t.Fatalf("after remove %+v", p.Popolazione)
	}
	p.SetPersonaleAnno(PersonaleAnno{Anno: 2019})
	p.SetPersonaleAnno(PersonaleAnno{Anno: 2018})
	p.RemovePersonaleAnno(2019)
	if len(p.Personale) != 1 || p.Personale[0].Anno != 2018 {
		t.Fatalf("personale %+v", p.Personale)
	}
}
