package model_test

import (
	"strings"
	"testing"
	"time"

	"pianoperformance/model"
)

func d(y, m, g int) model.Date { return model.MustDate(y, time.Month(m), g) }

func dptr(y, m, g int) *model.Date { v := d(y, m, g); return &v }

func pianoAnno(y int) *model.Plan {
	return &model.Plan{Ente: model.Ente{Nome: "Albizzate"}, Piano: model.Piano{Anno: y, AnnoInizio: y, AnnoFine: y + 2, Stato: model.StatoBozza}}
}

// The plan's deadline in recent years, under each reading of DM 132/2022
// art. 8 c.2. Budget deadlines as postponed by decree: 15/09/2023,
// 15/03/2024, 28/02/2025, 28/02/2026; 2027 not postponed (as far as the
// program knows).
func TestTerminePiano(t *testing.T) {
	cases := []struct {
		name        string
		anno        int
		regola      model.RegolaTermine
		bilancio    *model.Date
		termine     *model.Date
		giorni      int
		want        model.Date
		notaContien string
	}{
		// Budget approved by 31 December: 31 January whatever the rule.
		{"2025 bilancio nei termini", 2025, "", dptr(2024, 12, 19), nil, 0, d(2025, 1, 31), ""},
		{"2024 bilancio nei termini, regola del termine", 2024, model.RegolaTermineBilancio, dptr(2023, 12, 20), nil, 0, d(2024, 4, 14), "differito al 15/03/2024 (DM Interno 22 dicembre 2023)"},
		// 30 days after the comune's own approval (the default).
		{"2024 bilancio approvato il 14/03", 2024, "", dptr(2024, 3, 14), nil, 0, d(2024, 4, 13), "30 giorni dall'approvazione del bilancio (14/03/2024)"},
		{"2025 bilancio approvato il 27/02", 2025, "", dptr(2025, 2, 27), nil, 0, d(2025, 3, 29), "(27/02/2025)"},
		{"2023 bilancio approvato il 28/03", 2023, "", dptr(2023, 3, 28), nil, 0, d(2023, 4, 27), ""},
		{"bilancio il 5 gennaio: ancora 31 gennaio? no, 4 febbraio", 2025, "", dptr(2025, 1, 5), nil, 0, d(2025, 2, 4), ""},
		{"bilancio il 1° gennaio: 31 gennaio", 2025, "", dptr(2025, 1, 1), nil, 0, d(2025, 1, 31), ""},
		// 30 days after the postponed legal deadline (ANCI's reading).
		{"2023 termine differito al 15/09", 2023, model.RegolaTermineBilancio, nil, nil, 0, d(2023, 10, 15), "DM Interno 28 luglio 2023"},
		{"2024 termine differito al 15/03", 2024, model.RegolaTermineBilancio, nil, nil, 0, d(2024, 4, 14), ""},
		{"2025 termine differito al 28/02", 2025, model.RegolaTermineBilancio, dptr(2025, 2, 10), nil, 0, d(2025, 3, 30), ""},
		{"2026 termine differito al 28/02", 2026, model.RegolaTermineBilancio, nil, nil, 0, d(2026, 3, 30), ""},
		{"2027 termine non differito", 2027, model.RegolaTermineBilancio, nil, nil, 0, d(2027, 1, 31), ""},
		// No approval date yet: the legal deadline gives a provisional date.
		{"2025 senza data di approvazione", 2025, "", nil, nil, 0, d(2025, 3, 30), "provvisoria"},
		{"2027 senza data di approvazione", 2027, "", nil, nil, 0, d(2027, 1, 31), ""},
		// The comune's own settings.
		{"termine indicato dal comune", 2027, model.RegolaTermineBilancio, nil, dptr(2027, 3, 31), 0, d(2027, 4, 30), "indicato dal comune"},
		{"45 giorni", 2024, "", dptr(2024, 3, 14), nil, 45, d(2024, 4, 28), "45 giorni"},
		{"sempre 31 gennaio", 2024, model.Regola31Gennaio, dptr(2024, 3, 14), nil, 0, d(2024, 1, 31), ""},
		{"anno bisestile", 2024, "", dptr(2024, 2, 1), nil, 30, d(2024, 3, 2), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := pianoAnno(c.anno)
			p.Scadenzario = model.Scadenzario{Regola: c.regola, ApprovazioneBilancio: c.bilancio, TermineBilancio: c.termine, Giorni: c.giorni}
			got, nota := model.TerminePiano(p)
			if got != c.want {
				t.Errorf("termine %s, atteso %s (%s)", got, c.want, nota)
			}
			if !strings.Contains(nota, c.notaContien) {
				t.Errorf("nota %q senza %q", nota, c.notaContien)
			}
			if got == d(c.anno, 1, 31) && nota != "" {
				t.Errorf("nota %q per il termine ordinario", nota)
			}
		})
	}
}

func chiavi(ss []model.Scadenza) string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Chiave+" "+s.Data.String()+" "+string(s.Stato))
	}
	return strings.Join(out, "\n")
}

func TestScadenzeDelCiclo(t *testing.T) {
	p := pianoAnno(2024)
	p.Scadenzario.ApprovazioneBilancio = dptr(2024, 3, 14)
	ss := model.Scadenze(p, nil, nil, d(2024, 3, 20))
	want := strings.Join([]string{
		"2024/piano 13/04/2024 in_scadenza",
		"2024/pubblicazione-piano 13/04/2024 in_scadenza",
		"2024/portale 13/04/2024 in_scadenza",
		"2024/monitoraggio/2024-06-30 30/07/2024 da_fare",
		"2024/monitoraggio/2024-12-31 30/01/2025 da_fare",
		"2024/relazione 30/06/2025 da_fare",
		"2024/validazione 30/06/2025 da_fare",
		"2024/pubblicazione-relazione 30/06/2025 da_fare",
	}, "\n")
	if got := chiavi(ss); got != want {
		t.Fatalf("scadenze:\n%s\nattese:\n%s", got, want)
	}
	for _, s := range ss {
		if s.Fonte == "" || s.Titolo == "" {
			t.Errorf("scadenza senza fonte o titolo: %+v", s)
		}
	}
	if !strings.Contains(ss[0].Fonte, "DM 132/2022 art. 8 c.2") || !strings.Contains(ss[0].Nota, "14/03/2024") {
		t.Errorf("scadenza del piano: %+v", ss[0])
	}
}

// The monitoring deadlines follow the plan's own checkpoints (here
// quarterly), not a fixed calendar.
func TestScadenzeDalleVerificheDelPiano(t *testing.T) {
	p := pianoAnno(2024)
	p.Verifiche = model.VerificheTrimestrali(2024)
	for i := range p.Verifiche {
		p.Verifiche[i].ID = int64(i + 1)
	}
	var got []string
	for _, s := range model.Scadenze(p, nil, nil, d(2024, 3, 20)) {
		if strings.Contains(s.Chiave, "/monitoraggio/") {
			got = append(got, s.Chiave+" "+s.Data.String())
		}
	}
	want := []string{"2024/monitoraggio/2024-03-31 30/04/2024", "2024/monitoraggio/2024-06-30 30/07/2024",
		"2024/monitoraggio/2024-09-30 30/10/2024", "2024/monitoraggio/2024-12-31 30/01/2025"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("scadenze del monitoraggio:\n%s\nattese:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Adoption is known from the first version (or the stored approval act);
// the rest from the comune's records. Status is relative to "today".
func TestStatoDelleScadenze(t *testing.T) {
	p := pianoAnno(2024)
	p.Scadenzario.ApprovazioneBilancio = dptr(2024, 3, 14) // plan due 13/04/2024
	p.Scadenzario.Adempimenti = []model.Adempimento{
		{Chiave: "2024/pubblicazione-piano", Data: d(2024, 4, 20), Note: "https://www.comune.example/trasparenza"},
		{Chiave: "2024/monitoraggio/2024-06-30", Data: d(2024, 7, 15)},
	}
	vv := []model.Versione{{Numero: 1, Tipo: model.VersioneAdozione, Atto: model.Atto{Organo: "Giunta comunale", Numero: "40", Data: dptr(2024, 4, 10)}}}
	oggi := d(2024, 9, 1)
	ss := model.Scadenze(p, vv, nil, oggi)
	byKey := map[string]model.Scadenza{}
	for _, s := range ss {
		byKey[s.Chiave] = s
	}
	check := func(k string, stato model.StatoScadenza, ritardo int, testo string) {
		t.Helper()
		s := byKey[k]
		if s.Stato != stato || s.Ritardo != ritardo || s.TestoStato() != testo {
			t.Errorf("%s: %s %d %q, attesi %s %d %q", k, s.Stato, s.Ritardo, s.TestoStato(), stato, ritardo, testo)
		}
	}
	check("2024/piano", model.ScadenzaFatta, 0, "fatto il 10/04/2024")
	check("2024/pubblicazione-piano", model.ScadenzaFatta, 7, "fatto il 20/04/2024 (7 giorni di ritardo)")
	check("2024/portale", model.ScadenzaInRitardo, 141, "in ritardo di 141 giorni")
	check("2024/monitoraggio/2024-06-30", model.ScadenzaFatta, 0, "fatto il 15/07/2024")
	check("2024/monitoraggio/2024-12-31", model.ScadenzaDaFare, 0, "da fare")
	check("2024/relazione", model.ScadenzaDaFare, 0, "da fare")
	if n := byKey["2024/piano"].NoteFatta; n != "delibera di Giunta comunale n. 40 del 10/04/2024" {
		t.Errorf("nota dell'adozione %q", n)
	}

	ff := model.CheckScadenze(ss, oggi)
	if len(ff) != 1 || ff[0].Gravita != model.Errore || ff[0].Campo != "2024/portale" ||
		ff[0].Valori != "scadenza 13/04/2024, oggi 01/09/2024 (141 giorni di ritardo)" {
		t.Fatalf("segnalazioni %+v", ff)
	}

	// A plan adopted before versions existed: the stored act counts.
	q := pianoAnno(2023)
	q.Piano.Stato = model.StatoAdottato
	q.Piano.Approvazione = model.Atto{Numero: "8", Data: dptr(2023, 1, 26)}
	if s := byKeyOf(model.Scadenze(q, nil, nil, d(2023, 2, 1)), "2023/piano"); s.Stato != model.ScadenzaFatta || s.Fatta == nil || *s.Fatta != d(2023, 1, 26) {
		t.Errorf("piano adottato senza versioni: %+v", s)
	}
	// Checkpoints come from the caller when it has them (the cycle's own).
	cps := []model.Date{d(2024, 3, 31), d(2024, 9, 30)}
	got := model.Scadenze(p, vv, cps, oggi)
	n := 0
	for _, s := range got {
		if strings.HasPrefix(s.Chiave, "2024/monitoraggio/") {
			n++
		}
	}
	if n != 2 || byKeyOf(got, "2024/monitoraggio/2024-03-31").Data != d(2024, 4, 30) {
		t.Errorf("verifiche date dal chiamante: %s", chiavi(got))
	}
	// A deadline within 30 days is a warning.
	p25 := pianoAnno(2025)
	p25.Scadenzario.Regola = model.Regola31Gennaio
	ff = model.CheckScadenze(model.Scadenze(p25, nil, nil, d(2025, 1, 10)), d(2025, 1, 10))
	if len(ff) != 3 || ff[0].Gravita != model.Avviso || ff[0].Valori != "scadenza 31/01/2025, tra 21 giorni" {
		t.Errorf("avvisi %+v", ff)
	}
}

func byKeyOf(ss []model.Scadenza, k string) model.Scadenza {
	for _, s := range ss {
		if s.Chiave == k {
			return s
		}
	}
	return model.Scadenza{}
}
