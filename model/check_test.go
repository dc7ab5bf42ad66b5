package model

import (
	"strings"
	"testing"
)

func ip(n int) *int         { return &n }
func fp(f float64) *float64 { return &f }

// referencePlan carries the context tables as the reference plan (Albizzate
// 2023) prints them, so derived figures can be checked against its values.
func referencePlan() *Plan {
	p := &Plan{Ente: Ente{Nome: "Albizzate"}, Piano: Piano{Anno: 2023, AnnoInizio: 2023, AnnoFine: 2025, Stato: StatoBozza}}
	p.Territorio = Territorio{SuperficieTotale: 3.80, SuperficieUrbana: 2.88, DensitaStampata: fp(1363.18)}
	rows := [][10]int{ // anno res M F fam imm emi nati morti variazione(0 = not printed)
		{2014, 5349, 2611, 2738, 2234, 185, 180, 47, 53, 0},
		{2015, 5341, 2611, 2730, 2239, 179, 189, 50, 48, -8},
		{2016, 5322, 2593, 2729, 2234, 170, 168, 41, 62, -19},
		{2017, 5299, 2580, 2719, 2241, 181, 206, 56, 54, -23},
		{2018, 5251, 2553, 2698, 2215, 177, 213, 43, 55, -48},
		{2019, 5243, 2250, 2693, 2220, 212, 202, 45, 62, -8},
		{2020, 5228, 2546, 2682, 2212, 183, 165, 33, 66, -15},
		{2021, 5228, 2552, 2676, 2245, 194, 183, 46, 57, 0},
		{2022, 5141, 2507, 2634, 2216, 196, 229, 34, 51, -50},
	}
	for _, r := range rows {
		pa := PopolazioneAnno{Anno: r[0], Residenti: r[1], Maschi: r[2], Femmine: r[3], Famiglie: r[4], Immigrati: r[5], Emigrati: r[6], Nati: r[7], Morti: r[8]}
		if r[9] != 0 {
			pa.VariazioneStampata = ip(r[9])
		}
		p.Popolazione = append(p.Popolazione, pa)
	}
	staff := []struct {
		anno, dip, u, d int
		pm, pu, pd      float64
	}{{2018, 16, 6, 10, 3.04, 37.5, 62.5}, {2019, 16, 5, 11, 3.05, 31.25, 68.75}, {2020, 16, 5, 11, 3.06, 31.25, 68.75},
		{2021, 15, 5, 10, 2.87, 33.33, 66.67}, {2022, 15, 5, 10, 2.92, 33.33, 66.67}}
	for _, s := range staff {
		r, _ := p.PopolazioneDi(s.anno)
		p.Personale = append(p.Personale, PersonaleAnno{Anno: s.anno, Dipendenti: s.dip, Uomini: s.u, Donne: s.d,
			AbitantiStampati: ip(r.Residenti), PerMilleStampato: fp(s.pm), PercUominiStampata: fp(s.pu), PercDonneStampata: fp(s.pd)})
	}
	p.Fasce = []FasciaEta{{ID: 1, Nome: "0-6"}, {ID: 2, Nome: "7-14"}, {ID: 3, Nome: "15-29"}, {ID: 4, Nome: "30-65"}, {ID: 5, Nome: "oltre 65"}}
	for i, n := range []int{309, 401, 747, 2600, 1171} {
		p.PopolazioneFasce = append(p.PopolazioneFasce, PopolazioneFascia{FasciaID: int64(i + 1), Anno: 2021, Residenti: n})
	}
	for i, n := range []int{308, 395, 756, 2582, 1100} {
		p.PopolazioneFasce = append(p.PopolazioneFasce, PopolazioneFascia{FasciaID: int64(i + 1), Anno: 2022, Residenti: n})
	}
	return p
}

func TestDerivedFiguresMatchReference(t *testing.T) {
	p := referencePlan()
	for anno, want := range map[int]string{2019: "3,05", 2020: "3,06", 2021: "2,87", 2022: "2,92"} {
		pm, ok := p.PerMille(anno)
		if !ok || FormatNumber(pm, 2) != want {
			t.Errorf("per mille %d = %s, reference prints %s", anno, FormatNumber(pm, 2), want)
		}
	}
	s, _ := p.PersonaleDi(2018)
	if FormatNumber(s.PercUomini(), 2) != "37,50" || FormatNumber(s.PercDonne(), 2) != "62,50" {
		t.Errorf("2018 by sex %v %v", s.PercUomini(), s.PercDonne())
	}
	s, _ = p.PersonaleDi(2021)
	if FormatNumber(s.PercUomini(), 2) != "33,33" || FormatNumber(s.PercDonne(), 2) != "66,67" {
		t.Errorf("2021 by sex %v %v", s.PercUomini(), s.PercDonne())
	}
	for anno, want := range map[int]int{2015: -8, 2016: -19, 2017: -23, 2018: -48, 2020: -15} {
		v, _ := p.Variazione(anno)
		r, _ := p.PopolazioneDi(anno)
		if v != want || r.Saldo() != want {
			t.Errorf("%d: variazione %d saldo %d, reference prints %d", anno, v, r.Saldo(), want)
		}
	}
	if _, ok := p.Variazione(2014); ok {
		t.Error("2014 has no year before")
	}
	d, anno, _ := p.DensitaAttuale()
	if FormatNumber(d, 2) != "1.352,89" || anno != 2022 {
		t.Errorf("density %s on %d", FormatNumber(d, 2), anno)
	}
}

func TestCheckFindsTheReferenceInconsistencies(t *testing.T) {
	fs := Check(referencePlan())
	want := []struct {
		sez   string
		anno  int
		campo string
		g     Gravita
		in    string
	}{
		{SezioneTerritorio, 0, "densita_stampata", Errore, "stampata 1.363,18"},
		{SezionePopolazione, 2019, "maschi", Errore, "= 4.943, residenti 5.243"},
		{SezionePopolazione, 2019, "residenti", Avviso, "= -7"},
		{SezionePopolazione, 2022, "variazione_stampata", Errore, "stampata -50, calcolata -87"},
		{SezionePopolazione, 2022, "residenti", Avviso, "variazione dei residenti -87"},
		{SezioneOrganizzazione, 2018, "per_mille_stampato", Avviso, "stampato 3,04, calcolato 3,05"},
	}
	if len(fs) != len(want) {
		for _, f := range fs {
			t.Logf("%s %d %s: %s — %s", f.Sezione, f.Anno, f.Campo, f.Valori, f.Messaggio)
		}
		t.Fatalf("%d findings, want %d", len(fs), len(want))
	}
	for i, w := range want {
		f := fs[i]
		if f.Sezione != w.sez || f.Anno != w.anno || f.Campo != w.campo || f.Gravita != w.g || !strings.Contains(f.Valori, w.in) || f.Messaggio == "" {
			t.Errorf("finding %d = %+v, want %+v", i, f, w)
		}
	}
}

func TestCheckObjectives(t *testing.T) {
	p := referencePlan()
	p.Unita = []Unita{{ID: 1, Tipo: TipoArea, Nome: "Area Tecnica"}}
	p.Obiettivi = []Obiettivo{
		{ID: 1, Codice: "T.1", Titolo: "A", AreaID: 1, Anni: []int{2023}, Livello: LivelloEsecutivo, Peso: Peso{PesoPercentuale, 60},
			Indicatori: []Indicatore{{Nome: "Tempistica", Tipo: IndTempo, Target: []Target{{2023, "31/12/2023"}}}}},
		{ID: 2, Codice: "T.2", Titolo: "B", AreaID: 1, Livello: LivelloEsecutivo, Peso: Peso{PesoPercentuale, 30},
			Indicatori: []Indicatore{{Nome: "Numero pratiche", Tipo: IndNumero}},
			Fasi:       []Fase{{Titolo: "Gara", Inizio: DatePtr(2023, 5, 1), Fine: DatePtr(2023, 4, 1)}}},
		{ID: 3, Codice: "T.3", Titolo: "C", AreaID: 1, Anni: []int{2023}, Livello: LivelloEsecutivo, Peso: Peso{PesoMoltiplicatore, 2}},
	}
	var got []string
	// On 1 March 2023 the phase ending on 1 April is not yet overdue.
	for _, f := range CheckAl(p, MustDate(2023, 3, 1)) {
		if f.Sezione == SezioneObiettivi {
			got = append(got, f.Riga+" "+f.Campo)
		}
	}
	want := "T.2 anni|T.2 indicatori|T.2 fasi|T.3 indicatori|T.3 peso|Area Tecnica peso"
	if strings.Join(got, "|") != want {
		t.Fatalf("objective findings:\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
}
