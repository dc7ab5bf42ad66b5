package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"pianoperformance/model"
)

// cloned is a deep copy through JSON.
func cloned(t *testing.T, p *model.Plan) *model.Plan {
	t.Helper()
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var q model.Plan
	if err := json.Unmarshal(b, &q); err != nil {
		t.Fatal(err)
	}
	return &q
}

func versioniDiProva() (model.Versione, model.Versione) {
	da := model.Versione{Numero: 1, Tipo: model.VersioneAdozione,
		Atto: model.Atto{Organo: model.OrganoGiunta, Numero: "12", Data: model.DatePtr(2023, time.February, 9)}}
	a := model.Versione{Numero: 2, Tipo: model.VersioneVariazione, Motivo: "Nuove risorse per la manutenzione delle strade (variazione di bilancio n. 3).",
		Atto:     model.Atto{Organo: model.OrganoGiunta, Numero: "58", Data: model.DatePtr(2023, time.July, 20)},
		Impronta: strings.Repeat("ab", 32)}
	return da, a
}

// variato changes the fixture the way a Giunta would: a target raised, a
// description rewritten, an objective added and one dropped.
func variato(t *testing.T, p *model.Plan) *model.Plan {
	q := cloned(t, p)
	o := &q.Obiettivi[0]
	o.Indicatori[0].Target[0].Valore = "Entro il 30/09/2023"
	o.Descrizione = "Predisposizione del nuovo Regolamento di contabilità armonizzata, con il parere del Revisore."
	last := q.Obiettivi[len(q.Obiettivi)-1]
	q.Obiettivi = q.Obiettivi[:len(q.Obiettivi)-1]
	q.Obiettivi = append(q.Obiettivi, model.Obiettivo{ID: 900, Ordine: 900, Codice: "TE.9", Livello: model.LivelloEsecutivo,
		AreaID: last.AreaID, Titolo: "Asfaltatura di via Roma e via Verdi", Anni: []int{2023},
		Indicatori: []model.Indicatore{{ID: 900, Nome: "Metri quadrati asfaltati", Tipo: model.IndNumero, Target: []model.Target{{Anno: 2023, Valore: "≥ 4.000"}}}}})
	return q
}

func TestVariazioneStampata(t *testing.T) {
	p := fixturePlan()
	q := variato(t, p)
	da, a := versioniDiProva()
	var b bytes.Buffer
	if err := WriteVariazione(&b, Variazione{Prima: p, Dopo: q, Da: da, A: &a}, Options{Printed: printed}); err != nil {
		t.Fatal(err)
	}
	saveStampa(t, "variazione.pdf", b.Bytes())
	pages := pdfToText(t, b.Bytes(), "-raw")
	raw := squash(strings.Join(pages, "\n"))
	checkPages(t, "variazione", pdfToText(t, b.Bytes(), "-layout"))
	for _, want := range []string{
		"VARIAZIONE N. 1 AL PIANO DELLA PERFORMANCE 2023",
		"Approvata con", "Delibera di Giunta comunale n. 58 del 20/07/2023",
		"Adozione — delibera di Giunta comunale n. 12 del 09/02/2023 (versione n. 1)",
		a.Motivo, a.Impronta,
		"Variazione approvata con delibera di Giunta comunale n. 58 del 20/07/2023.",
		"Il Segretario comunale", "Testo precedente", "Testo variato",
	} {
		if !strings.Contains(raw, squash(want)) {
			t.Errorf("manca %q", want)
		}
	}
	// Every change is printed with its old and new text.
	mm := model.Confronta(p, q)
	if len(mm) < 4 {
		t.Fatalf("modifiche di prova troppo poche: %d", len(mm))
	}
	for _, m := range mm {
		for _, s := range []string{m.Oggetto, m.Campo, m.Prima, m.Dopo} {
			if s != "" && !strings.Contains(raw, squash(s)) {
				t.Errorf("modifica %s/%s: manca %q", m.Oggetto, m.Campo, s)
			}
		}
	}
	if !strings.Contains(raw, squash("4 modifiche: 1 obiettivo aggiunto; 1 obiettivo eliminato; 1 obiettivo modificato")) {
		t.Errorf("riepilogo delle modifiche assente:\n%s", pages[0])
	}
}

// Changes not yet approved print as a proposal to attach to the resolution.
func TestVariazioneProposta(t *testing.T) {
	p := fixturePlan()
	da, _ := versioniDiProva()
	var b bytes.Buffer
	if err := WriteVariazione(&b, Variazione{Prima: p, Dopo: variato(t, p), Da: da}, Options{Printed: printed}); err != nil {
		t.Fatal(err)
	}
	saveStampa(t, "variazione-proposta.pdf", b.Bytes())
	raw := squash(strings.Join(pdfToText(t, b.Bytes(), "-raw"), "\n"))
	for _, want := range []string{"PROPOSTA DI VARIAZIONE AL PIANO DELLA PERFORMANCE 2023",
		"PROPOSTA — modifiche non ancora approvate dalla Giunta",
		"Allegato alla deliberazione della Giunta comunale n. ________ del ______________"} {
		if !strings.Contains(raw, squash(want)) {
			t.Errorf("manca %q", want)
		}
	}
	if err := WriteVariazione(&b, Variazione{Prima: p, Dopo: cloned(t, p), Da: da}, Options{Printed: printed}); err == nil ||
		!strings.Contains(err.Error(), "nessuna differenza") {
		t.Errorf("variazione senza modifiche: %v", err)
	}
}

// A document printed from a frozen version says so on every page.
func TestStampaDaUnaVersione(t *testing.T) {
	p := fixturePlan()
	_, a := versioniDiProva()
	for _, k := range kinds {
		var b bytes.Buffer
		if err := Write(&b, p, k, Selection{}, Options{Printed: printed, Versione: &a}); err != nil {
			t.Fatal(err)
		}
		pages := pdfToText(t, b.Bytes(), "-raw")
		want := squash("Testo come variato con delibera di Giunta comunale n. 58 del 20/07/2023 (versione n. 2)")
		for i, pg := range pages {
			if !strings.Contains(squash(pg), want) {
				t.Errorf("%v, pagina %d: manca la dicitura della versione", k, i+1)
			}
		}
		if k == Documento && !strings.Contains(squash(pages[0]), squash("(variazione n. 1)")) {
			t.Errorf("copertina senza la variazione:\n%s", pages[0])
		}
		if k == Documento {
			saveStampa(t, "piano-versione.pdf", b.Bytes())
		}
	}
}
