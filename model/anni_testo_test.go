package model

import (
	"reflect"
	"testing"
)

func TestSpostaAnniNelTesto(t *testing.T) {
	for _, c := range []struct {
		in, want string
		cambi    int
		dubbi    int
	}{
		{"Entro 31/12/2023", "Entro 31/12/2024", 1, 0},
		{"Approvazione entro il 2023", "Approvazione entro il 2024", 1, 0},
		{"Rendiconto dell'anno 2023", "Rendiconto dell'anno 2024", 1, 0},
		{"Scadenza 30.06.2023", "Scadenza 30.06.2024", 1, 0},
		{"Consegna il 15-10-2023", "Consegna il 15-10-2024", 1, 0},
		{"Stagione 2023/2024", "Stagione 2024/2025", 1, 0},
		{"DUP 2023-2025", "DUP 2024-2026", 1, 0},
		{"Piano triennale 2023–2025", "Piano triennale 2024–2026", 1, 0},
		{"Dal 01/03/2023 al 29/02/2024", "Dal 01/03/2024 al 28/02/2025", 2, 0},
		{"Bilancio preventivo anno 2024", "Bilancio preventivo anno 2025", 1, 0},
		// Not touched, and not a question either.
		{"Ai sensi del D.Lgs 150/2009 e della L. 190/2012", "Ai sensi del D.Lgs 150/2009 e della L. 190/2012", 0, 0},
		{"Pratica n. 2023 del registro", "Pratica n. 2023 del registro", 0, 0},
		{"Telefono 0331 2023 45, fax 0331-2023", "Telefono 0331 2023 45, fax 0331-2023", 0, 0},
		{"Importo € 2.023,50 o 2023,50", "Importo € 2.023,50 o 2023,50", 0, 0},
		{"Codice 120231", "Codice 120231", 0, 0},
		{"Anno 1998", "Anno 1998", 0, 0},
		// Left as it is, for the clerk to see.
		{"Delibera di Giunta 45/2023", "Delibera di Giunta 45/2023", 0, 1},
		{"Progetto 2023 per le scuole", "Progetto 2023 per le scuole", 0, 1},
		{"", "", 0, 0},
	} {
		got, cambi, dubbi := SpostaAnniNelTesto(c.in, 2022, 2025, 1)
		if got != c.want || len(cambi) != c.cambi || len(dubbi) != c.dubbi {
			t.Errorf("%q → %q, changes %q, doubts %q; want %q, %d changes, %d doubts", c.in, got, cambi, dubbi, c.want, c.cambi, c.dubbi)
		}
	}
}

func TestAnniNelTestoSaysWhatAndWhere(t *testing.T) {
	s := "Entro il 2023, poi delibera 12/2023."
	got := AnniNelTesto(s, 2023, 2023)
	want := []AnnoNelTesto{
		{Inizio: 0, Fine: 13, Testo: "Entro il 2023", Anni: []int{2023}, Certo: true},
		{Inizio: 28, Fine: 35, Testo: "12/2023", Anni: []int{2023}, Motivo: "numero di un atto di quell'anno"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%+v", got)
	}
	_, cambi, dubbi := SpostaAnniNelTesto(s, 2023, 2023, 1)
	if !reflect.DeepEqual(cambi, []string{"Entro il 2023 → Entro il 2024"}) ||
		!reflect.DeepEqual(dubbi, []string{"«12/2023»: numero di un atto di quell'anno"}) {
		t.Fatalf("changes %q, doubts %q", cambi, dubbi)
	}
}
