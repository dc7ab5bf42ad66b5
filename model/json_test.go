package model

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"
)

// jsonPlan is a small plan with every kind of list, deliberately out of
// order and with nil lists, to exercise normalisation.
func jsonPlan() *Plan {
	return &Plan{
		Ente:  Ente{Nome: "Albizzate", Provincia: "Varese", Regione: "Lombardia"},
		Piano: Piano{Anno: 2023, AnnoInizio: 2023, AnnoFine: 2025, Titolo: "Piano", Stato: StatoBozza},
		Capitoli: []Capitolo{
			{ID: 2, Ordine: 2, Titolo: "Presentazione", Testo: "Testo < 40% & “virgolette”"},
			{ID: 1, Ordine: 1, Titolo: "Premessa", Testo: "Primo paragrafo.\n\n- punto"},
		},
		Territorio: Territorio{SuperficieTotale: 3.8, Strade: []Strada{{Tipo: "Comunali", Km: 24.75}}},
		Popolazione: []PopolazioneAnno{
			{Anno: 2022, Residenti: 5141, VariazioneStampata: ip(-50)},
			{Anno: 2021, Residenti: 5228},
		},
		Fasce: []FasciaEta{{ID: 7, Ordine: 2, Nome: "Senile"}, {ID: 9, Ordine: 1, Nome: "Prescolare", EtaMin: ip(0), EtaMax: ip(6)}},
		PopolazioneFasce: []PopolazioneFascia{
			{FasciaID: 7, Anno: 2022, Residenti: 1100}, {FasciaID: 9, Anno: 2022, Residenti: 308},
			{FasciaID: 7, Anno: 2021, Residenti: 1171}, {FasciaID: 9, Anno: 2021, Residenti: 309},
		},
		Unita: []Unita{
			{ID: 3, ParentID: 1, Ordine: 1, Tipo: TipoSettore, Nome: "Settore"},
			{ID: 1, Ordine: 1, Tipo: TipoArea, Nome: "Area Tecnica", Dipendenti: ip(3)},
		},
		Personale: []PersonaleAnno{{Anno: 2022, Dipendenti: 15, PartTime: ip(3)}, {Anno: 2018, Dipendenti: 16}},
		Servizi:   []ServizioAssociato{{ID: 1, Titolo: "Segreteria", Scadenza: DatePtr(2022, time.December, 31)}},
		Verifiche: []Verifica{{ID: 2, Data: MustDate(2023, time.December, 31)}, {ID: 1, Data: MustDate(2023, time.June, 30)}},
		Obiettivi: []Obiettivo{
			{ID: 5, Ordine: 2, Livello: LivelloEsecutivo, AreaID: 1, Titolo: "Secondo", Anni: []int{2024, 2023}},
			{ID: 4, Ordine: 1, Livello: LivelloEsecutivo, AreaID: 1, UnitaIDs: []int64{3, 1}, Titolo: "Primo", Note: "nota",
				Indicatori: []Indicatore{
					{ID: 2, Ordine: 2, Nome: "Secondo", Tipo: IndNumero},
					{ID: 1, Ordine: 1, Nome: "Tempistica", Tipo: IndTempo,
						Target: []Target{{Anno: 2024, Valore: "31.12.2024"}, {Anno: 2023, Valore: "≥ anno precedente"}},
						Risultati: []Risultato{
							{ID: 9, VerificaID: 2, Data: MustDate(2023, time.December, 31), Valore: "15/12/2023", Stato: StatoRaggiunto,
								Forzatura: &Forzatura{Percentuale: 100, Motivo: "target da leggere a mano", Autore: "Segretario",
									Quando: time.Date(2024, time.January, 10, 9, 30, 0, 0, time.UTC)}},
							{ID: 8, VerificaID: 1, Data: MustDate(2023, time.June, 30), Stato: StatoInLinea},
						}},
				},
				Fasi: []Fase{{ID: 2, Ordine: 2, Titolo: "Fine", Mesi: []int{12, 11}}, {ID: 1, Ordine: 1, Titolo: "Avvio", Inizio: DatePtr(2023, time.January, 2)}},
			},
		},
	}
}

func TestMarshalRoundTripIsByteIdentical(t *testing.T) {
	first, err := MarshalPlan(jsonPlan())
	if err != nil {
		t.Fatal(err)
	}
	p, err := UnmarshalPlan(first)
	if err != nil {
		t.Fatalf("il file appena scritto non si rilegge: %v", err)
	}
	second, err := MarshalPlan(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, second) {
		t.Fatalf("marshal → unmarshal → marshal cambia il file:\n%s\n---\n%s", first, second)
	}
	if !bytes.HasPrefix(first, []byte("{\n  \"formato\": \"piano-performance\",\n  \"versione\": 2,\n  \"piano\": {\n")) || !bytes.HasSuffix(first, []byte("}\n")) {
		t.Errorf("busta o a capo finale mancanti:\n%.120s", first)
	}
	// Texts stay readable: no \u003c for "<", no escaped quotes or accents.
	if !bytes.Contains(first, []byte(`"Testo < 40% & “virgolette”"`)) {
		t.Error("i caratteri <, & e le virgolette tipografiche devono restare leggibili")
	}
	if f := p.Obiettivi[0].Indicatori[0].Risultati[1].Forzatura; f == nil || f.Quando.Hour() != 9 || *p.Servizi[0].Scadenza != MustDate(2022, time.December, 31) {
		t.Error("puntatori e date persi nel giro")
	}
}

func TestMarshalDoesNotChangeTheCallersPlan(t *testing.T) {
	p := jsonPlan()
	if _, err := MarshalPlan(p); err != nil {
		t.Fatal(err)
	}
	if p.Capitoli[0].ID != 2 || p.Obiettivi[0].ID != 5 || p.Obiettivi[1].UnitaIDs[0] != 3 || p.Benchmark != nil {
		t.Error("MarshalPlan ha riordinato o modificato il piano del chiamante")
	}
}

func TestNormalizePlanSortsAsDocumented(t *testing.T) {
	p := jsonPlan()
	NormalizePlan(p)
	got := fmt.Sprint(
		p.Capitoli[0].ID, p.Popolazione[0].Anno, p.Fasce[0].ID,
		p.PopolazioneFasce, p.Unita[0].ID, p.Personale[0].Anno,
		p.Obiettivi[0].ID, p.Obiettivi[0].UnitaIDs, p.Obiettivi[1].Anni,
		p.Obiettivi[0].Indicatori[0].ID, p.Obiettivi[0].Indicatori[0].Target[0].Anno,
		p.Obiettivi[0].Indicatori[0].Risultati[0].ID, p.Obiettivi[0].Fasi[0].ID, p.Obiettivi[0].Fasi[1].Mesi,
	)
	// Counts follow the band order (9 before 7), then the year.
	want := "1 2021 9 [{9 2021 309} {9 2022 308} {7 2021 1171} {7 2022 1100}] 1 2018 4 [1 3] [2023 2024] 1 2023 8 1 [11 12]"
	if got != want {
		t.Errorf("ordine dopo NormalizePlan:\n got %s\nwant %s", got, want)
	}
	if p.Benchmark == nil || p.Territorio.Frazioni == nil || p.Servizi[0].Partner == nil ||
		p.Obiettivi[1].UnitaIDs == nil || p.Obiettivi[1].Indicatori == nil || p.Obiettivi[0].Indicatori[1].Target == nil {
		t.Error("gli elenchi nil devono diventare vuoti")
	}
	b, _ := MarshalPlan(&Plan{Ente: Ente{Nome: "X"}, Piano: Piano{Anno: 2023}})
	if !bytes.Contains(b, []byte(`"obiettivi": []`)) || bytes.Contains(b, []byte("null")) {
		t.Errorf("un piano vuoto deve avere elenchi [] e nessun null:\n%s", b)
	}
}

// posOf returns the 1-based line and column of the first occurrence of sub.
func posOf(t *testing.T, b []byte, sub string) (int, int) {
	t.Helper()
	i := bytes.Index(b, []byte(sub))
	if i < 0 {
		t.Fatalf("%q non trovato nel file di prova", sub)
	}
	line := bytes.Count(b[:i], []byte("\n")) + 1
	col := len([]rune(string(b[bytes.LastIndexByte(b[:i], '\n')+1:i]))) + 1
	return line, col
}

func marshalled(t *testing.T) []byte {
	t.Helper()
	b, err := MarshalPlan(jsonPlan())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func wantErr(t *testing.T, b []byte, want string) {
	t.Helper()
	_, err := UnmarshalPlan(b)
	if err == nil || err.Error() != want {
		t.Errorf("errore:\n got %v\nwant %s", err, want)
	}
}

func TestUnmarshalRefusesForeignAndNewerFiles(t *testing.T) {
	for _, in := range []string{`{"name": "altro programma"}`, `[1, 2]`, `{"formato": "altro", "versione": 1, "piano": {}}`} {
		_, err := UnmarshalPlan([]byte(in))
		if err == nil || !strings.Contains(err.Error(), "non è un piano della performance") {
			t.Errorf("%s: atteso il rifiuto come file estraneo, ottenuto %v", in, err)
		}
	}
	newer := bytes.Replace(marshalled(t), []byte(`"versione": 2`), []byte(`"versione": 3`), 1)
	wantErr(t, newer, "il file è stato scritto da una versione più recente del programma (formato versione 3, questa versione legge fino alla 2): aggiornare il programma per aprirlo")
	if _, err := UnmarshalPlan(nil); err == nil || !strings.Contains(err.Error(), "riga 1, colonna 1") {
		t.Errorf("file vuoto: %v", err)
	}
}

func TestUnmarshalWrongTypeSaysLineColumnAndField(t *testing.T) {
	b := bytes.Replace(marshalled(t), []byte(`"residenti": 5228`), []byte(`"residenti": "5228"`), 1)
	line, col := posOf(t, b, `"5228"`)
	wantErr(t, b, fmt.Sprintf(`riga %d, colonna %d: il campo "residenti" deve essere un numero intero, trovato una stringa`, line, col))

	b = bytes.Replace(marshalled(t), []byte(`"anno_fine": 2025`), []byte(`"anno_fine": 2025.5`), 1)
	line, col = posOf(t, b, `2025.5`)
	wantErr(t, b, fmt.Sprintf(`riga %d, colonna %d: il campo "anno_fine" deve essere un numero intero, trovato il numero 2025.5`, line, col))

	b = bytes.Replace(marshalled(t), []byte(`"note": "nota"`), []byte(`"note": {"a": 1}`), 1)
	line, col = posOf(t, b, `{"a": 1}`)
	wantErr(t, b, fmt.Sprintf(`riga %d, colonna %d: il campo "note" deve essere un testo tra virgolette, trovato un oggetto`, line, col))
}

func TestUnmarshalRefusesUnknownFieldWithPosition(t *testing.T) {
	b := bytes.Replace(marshalled(t), []byte(`"note": "nota",`), []byte(`"note": "nota",
          "colore": "rosso",`), 1)
	line, col := posOf(t, b, `"colore"`)
	wantErr(t, b, fmt.Sprintf(`riga %d, colonna %d: campo "colore" sconosciuto: questo programma non lo prevede (errore di battitura o file di un'altra versione?)`, line, col))
}

func TestUnmarshalLocatesInvalidDate(t *testing.T) {
	b := bytes.Replace(marshalled(t), []byte(`"scadenza": "2022-12-31"`), []byte(`"scadenza": "31/12/2022"`), 1)
	line, col := posOf(t, b, `"31/12/2022"`)
	wantErr(t, b, fmt.Sprintf(`riga %d, colonna %d: il campo "scadenza" deve essere una data nel formato AAAA-MM-GG (ad esempio "2023-12-31")`, line, col))
}

func TestUnmarshalRefusesTrailingDataAndBrokenSyntax(t *testing.T) {
	good := marshalled(t)
	lines := bytes.Count(good, []byte("\n"))
	wantErr(t, append(append([]byte{}, good...), "{}\n"...),
		fmt.Sprintf("riga %d, colonna 1: dopo la fine del piano il file contiene altri dati", lines+1))

	b := bytes.Replace(good, []byte(`"titolo": "Piano",`), []byte(`"titolo": "Piano"`), 1)
	line, col := posOf(t, b, `"sezione"`)
	wantErr(t, b, fmt.Sprintf("riga %d, colonna %d: carattere '\"' inatteso: manca una virgola o una parentesi graffa di chiusura", line, col))

	truncated := good[:len(good)/2]
	_, err := UnmarshalPlan(truncated)
	if err == nil || !strings.Contains(err.Error(), "troncato") {
		t.Errorf("file troncato: %v", err)
	}
}

func TestUnmarshalValidatesThePlan(t *testing.T) {
	b := bytes.Replace(marshalled(t), []byte(`"tipo": "settore"`), []byte(`"tipo": "reparto"`), 1)
	_, err := UnmarshalPlan(b)
	var ve *ValidationError
	if !errors.As(err, &ve) || !strings.Contains(err.Error(), `tipo "reparto" sconosciuto`) {
		t.Errorf("atteso l'errore di validazione, ottenuto %v", err)
	}
}

// ReadPlan stops reading as soon as its context ends.
func TestReadPlanStopsWhenCancelled(t *testing.T) {
	b, err := MarshalPlan(jsonPlan())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &cancelAfter{r: bytes.NewReader(bytes.Repeat(b[:1], 4<<20)), n: 1 << 20, cancel: cancel}
	if _, err := ReadPlan(ctx, io.MultiReader(r)); !errors.Is(err, context.Canceled) {
		t.Fatalf("errore %v, atteso l'annullamento", err)
	}
	if r.read > 2<<20 {
		t.Fatalf("letti %d byte dopo l'annullamento", r.read)
	}
}

// cancelAfter cancels once n bytes were read.
type cancelAfter struct {
	r      io.Reader
	n      int
	read   int
	cancel func()
}

func (c *cancelAfter) Read(b []byte) (int, error) {
	k, err := c.r.Read(b)
	if c.read += k; c.read >= c.n {
		c.cancel()
	}
	return k, err
}
