package model

import (
	"strings"
	"testing"
	"time"
)

// The monitoring's findings depend on the day: nothing is missing before a
// checkpoint, readings are missing after it, phases become overdue.
func TestCheckCiclo(t *testing.T) {
	p := heldPlan()
	p.Obiettivi[0].Fasi = []Fase{
		{ID: 1, Titolo: "Progetto", Fine: DatePtr(2024, time.March, 31), Completata: true, Completamento: DatePtr(2024, time.April, 10)},
		{ID: 2, Titolo: "Gara", Fine: DatePtr(2024, time.July, 31)},
		{ID: 3, Titolo: "Lavori", Fine: DatePtr(2024, time.November, 30)},
	}
	// AM.2 is judged by its state: without it, nothing says how far it got.
	p.Obiettivi[3].Indicatori[0].Risultati[0].Stato = StatoNonIndicato
	cycle := func(oggi Date) []string {
		var out []string
		for _, f := range CheckAl(p, oggi) {
			if f.Sezione == SezioneMonitoraggio || f.Campo == "fasi" {
				out = append(out, f.Riga+" "+f.Campo+": "+f.Valori)
			}
		}
		return out
	}
	if got := cycle(MustDate(2024, time.June, 30)); len(got) != 0 {
		t.Errorf("il 30/06 la verifica non è ancora passata: %q", got)
	}
	got := cycle(MustDate(2024, time.August, 5))
	want := []string{
		"TE.1 risultati: 2 indicatori su 2 senza rilevazione: «Indicatore 1», «Indicatore 2»",
		"TE.2 risultati: 1 indicatori su 1 senza rilevazione: «Indicatore 3»",
	}
	if len(got) < 7 || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("dopo il 30/06:\n%s", strings.Join(got, "\n"))
	}
	if last := got[len(got)-1]; last != "TE.1 fasi: fase «Gara», fine prevista 31/07/2024, ritardo di 5 giorni al 05/08/2024" {
		t.Errorf("fase in ritardo: %q", last)
	}
	// After the year end: the 31/12 readings are all there; AM.2 still needs
	// a judgement; both phases are overdue.
	got = cycle(MustDate(2025, time.January, 15))
	joined := strings.Join(got, "\n")
	for _, w := range []string{"AM.2 raggiungimento: «Indicatore 5» (target da valutare: indicatore descrittivo",
		"fase «Lavori», fine prevista 30/11/2024, ritardo di 46 giorni"} {
		if !strings.Contains(joined, w) {
			t.Errorf("manca %q in:\n%s", w, joined)
		}
	}
	if strings.Contains(joined, "Progetto") || strings.Contains(joined, "31/12/2024 è passata") {
		t.Errorf("fasi completate o rilevazioni presenti segnalate:\n%s", joined)
	}
	// With the missing half-year readings typed in, only the phases remain.
	for i := range p.Obiettivi {
		for j := range p.Obiettivi[i].Indicatori {
			ind := &p.Obiettivi[i].Indicatori[j]
			ind.Risultati = append(ind.Risultati, Risultato{ID: 100 + ind.ID, VerificaID: 1, Stato: StatoInLinea})
		}
	}
	p.Obiettivi[3].Indicatori[0].Risultati[0].Stato = StatoRaggiunto
	if got := cycle(MustDate(2025, time.January, 15)); len(got) != 2 {
		t.Errorf("restano solo le fasi:\n%s", strings.Join(got, "\n"))
	}
}

func TestStatoFaseAl(t *testing.T) {
	f := Fase{Fine: DatePtr(2024, 3, 31), Completata: true, Completamento: DatePtr(2024, 4, 10)}
	cases := []struct {
		al   Date
		want FaseAl
	}{
		{MustDate(2024, 3, 1), FaseAl{}},
		{MustDate(2024, 4, 5), FaseAl{InRitardo: true, Giorni: 5}},
		{MustDate(2024, 4, 10), FaseAl{Completata: true, InRitardo: true, Giorni: 10}},
	}
	for _, c := range cases {
		if got := StatoFaseAl(f, c.al); got != c.want {
			t.Errorf("al %s: %+v, atteso %+v", c.al, got, c.want)
		}
	}
	if got := StatoFaseAl(Fase{Fine: DatePtr(2024, 3, 31), Completata: true}, MustDate(2024, 5, 1)); got != (FaseAl{Completata: true}) {
		t.Errorf("completata senza data: %+v", got)
	}
}
