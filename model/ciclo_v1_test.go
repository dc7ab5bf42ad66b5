package model_test

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"pianoperformance/assets"
	"pianoperformance/model"
)

// testdata/albizzate-2023-formato1.json is the built-in example exactly as
// the program shipped it in format 1, before the performance cycle.
func formato1(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/albizzate-2023-formato1.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"versione": 1,`)) {
		t.Fatal("il file di prova non è nel formato 1")
	}
	return b
}

// senzaCiclo drops what the performance cycle adds to a plan.
func senzaCiclo(p *model.Plan) *model.Plan {
	cp := *p
	cp.Verifiche, cp.SMVP, cp.Relazione = nil, model.SMVP{}, model.Relazione{}
	cp.Obiettivi = append([]model.Obiettivo(nil), p.Obiettivi...)
	for i := range cp.Obiettivi {
		o := &cp.Obiettivi[i]
		o.Avanzamenti, o.Validazione = nil, nil
		o.Indicatori = append([]model.Indicatore(nil), o.Indicatori...)
		for j := range o.Indicatori {
			o.Indicatori[j].Risultati = nil
		}
		o.Fasi = append([]model.Fase(nil), o.Fasi...)
		for j := range o.Fasi {
			o.Fasi[j].Completamento = nil
		}
	}
	return &cp
}

// The example file of format 1 still imports: it gets the two usual
// checkpoints and is otherwise the plan the program ships today, monitoring
// aside.
func TestFormato1ExampleStillImports(t *testing.T) {
	old, err := model.UnmarshalPlan(formato1(t))
	if err != nil {
		t.Fatal(err)
	}
	want := []model.Verifica{{ID: 1, Data: model.MustDate(2023, time.June, 30)}, {ID: 2, Data: model.MustDate(2023, time.December, 31)}}
	if !reflect.DeepEqual(old.Verifiche, want) {
		t.Errorf("verifiche %+v", old.Verifiche)
	}
	if len(old.SMVP.Fasce) != 0 {
		t.Error("un piano del formato 1 non ha un sistema di valutazione: niente fasce inventate")
	}
	cur, err := assets.ExamplePlan()
	if err != nil {
		t.Fatal(err)
	}
	a, b := senzaCiclo(old), senzaCiclo(cur)
	if !reflect.DeepEqual(a, b) {
		ja, _ := model.MarshalPlan(a)
		jb, _ := model.MarshalPlan(b)
		t.Errorf("il piano del formato 1 e l'esempio attuale differiscono oltre il monitoraggio:\n%s", firstDiff(string(ja), string(jb)))
	}
	// Written again, it is a file of the current format.
	out, _ := model.MarshalPlan(old)
	if !bytes.Contains(out, []byte(`"versione": 2,`)) || bytes.Contains(out, []byte("raggiungimento_perc")) {
		t.Error("il piano riscritto deve essere nel formato 2")
	}
}

func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return "riga " + model.FormatInt(i+1) + ":\n  " + la[i] + "\n  " + lb[i]
		}
	}
	return "lunghezze diverse"
}

// Readings of format 1 move to checkpoints; nothing they held is lost.
func TestFormato1ReadingsMoveToCheckpoints(t *testing.T) {
	b := formato1(t)
	// EF.1's indicator (a deadline) with four old readings, typed as the
	// old screen allowed: free text, a % by hand, the final and validated
	// ticks, a reading dated the day it was typed, years later.
	legacy := `"risultati": [
            {"id": 1, "data": "2023-03-01", "valore": "in corso"},
            {"id": 2, "data": "2023-06-30", "valore": "", "raggiungimento_perc": 40},
            {"id": 3, "data": "2023-12-20", "valore": "20/12/2023", "finale": true, "raggiungimento_perc": 100, "validato": true, "data_validazione": "2024-04-10"},
            {"id": 4, "data": "2023-06-30", "valore": "", "note": "a metà"},
            {"id": 5, "data": "2026-09-01", "valore": "15/12/2023"}
          ]`
	i := bytes.Index(b, []byte(`"risultati": []`))
	b = append(append(append([]byte{}, b[:i]...), legacy...), b[i+len(`"risultati": []`):]...)
	p, err := model.UnmarshalPlan(b)
	if err != nil {
		t.Fatal(err)
	}
	o := p.ObiettivoByID(1)
	got := map[string]model.Risultato{}
	for _, r := range o.Indicatori[0].Risultati {
		got[p.VerificaByID(r.VerificaID).Data.String()] = r
	}
	if len(p.Verifiche) != 3 || p.Verifiche[0].Data != model.MustDate(2023, 3, 1) || p.Verifiche[0].Titolo != "Rilevazione" {
		t.Fatalf("verifiche %+v", p.Verifiche)
	}
	// The final reading is at 31/12, its % an override with a reason.
	fin := got["31/12/2023"]
	if fin.ID != 3 || fin.Valore != "20/12/2023" || fin.Forzatura == nil || fin.Forzatura.Percentuale != 100 ||
		fin.Forzatura.Autore != model.AutoreV1 || !strings.Contains(fin.Forzatura.Motivo, "versione precedente") {
		t.Errorf("lettura finale: %+v %+v", fin, fin.Forzatura)
	}
	// Two readings of 30/06: the later (id 4) keeps the checkpoint, the
	// other is written into its note.
	mid := got["30/06/2023"]
	if mid.ID != 4 || !strings.Contains(mid.Note, "a metà") || !strings.Contains(mid.Note, "Altra rilevazione del 30/06/2023") ||
		!strings.Contains(mid.Note, "raggiungimento 40%") {
		t.Errorf("lettura del 30/06: %+v", mid)
	}
	// 01/03 found 30/06 taken and got a checkpoint of its own; its text
	// value, not a date, moved into the note.
	early := got["01/03/2023"]
	if early.ID != 1 || early.Valore != "" || !strings.Contains(early.Note, "Valore registrato in precedenza: «in corso»") {
		t.Errorf("lettura del 01/03: %+v", early)
	}
	// The one dated 2026 lost its date (outside the plan's years) and, its
	// checkpoint taken, survives in a note.
	if !strings.Contains(fin.Note, "Altra rilevazione del") || !strings.Contains(fin.Note, "15/12/2023") {
		t.Errorf("la lettura datata 2026 deve restare nelle note: %q", fin.Note)
	}
	if v := o.Validazione; v == nil || v.Data == nil || *v.Data != model.MustDate(2024, 4, 10) || v.Percentuale != nil {
		t.Errorf("validazione %+v", v)
	}
	if err := p.Validate(); err != nil {
		t.Errorf("il piano convertito deve essere valido: %v", err)
	}
}

// A file of format 2 must not carry the fields format 1 had.
func TestFormato2RefusesOldFields(t *testing.T) {
	p, _ := assets.ExamplePlan()
	b, _ := model.MarshalPlan(p)
	i := bytes.Index(b, []byte(`"verifica_id": `))
	if i < 0 {
		t.Skip("l'esempio non ha rilevazioni")
	}
	b = append(append(append([]byte{}, b[:i]...), `"finale": true, `...), b[i:]...)
	_, err := model.UnmarshalPlan(b)
	if err == nil || !strings.Contains(err.Error(), "contiene campi della versione 1 del formato") {
		t.Errorf("atteso il rifiuto dei campi del formato 1: %v", err)
	}
}

// Years out of bounds are refused with the years' message in either format:
// the checkpoints and the window of dates the cycle derives from the plan's
// years must not panic on them.
func TestAbsurdYearsAreRefusedNotPanicked(t *testing.T) {
	v1 := `{"formato": "piano-performance", "versione": 1, "piano": {"ente": {"nome": "Prova"},
		"piano": {"anno": 999999999, "anno_inizio": 999999999, "anno_fine": 999999999, "titolo": "Piano"},
		"obiettivi": [{"id": 1, "ordine": 1, "codice": "A.1", "livello": "esecutivo", "titolo": "T", "anni": [2023],
			"indicatori": [{"id": 1, "ordine": 1, "nome": "I", "tipo": "numero", "target": [],
				"risultati": [{"id": 1, "data": "2023-06-30", "valore": "5", "raggiungimento_perc": 40}]}], "fasi": []}]}}`
	v2 := `{"formato": "piano-performance", "versione": 2, "piano": {"ente": {"nome": "Prova"},
		"piano": {"anno": 999999999, "anno_inizio": 999999999, "anno_fine": 999999999, "titolo": "Piano"},
		"verifiche": [{"id": 1, "data": "2023-06-30"}],
		"obiettivi": [{"id": 1, "ordine": 1, "codice": "A.1", "livello": "esecutivo", "titolo": "T", "anni": [2023],
			"indicatori": [{"id": 1, "ordine": 1, "nome": "I", "tipo": "numero", "target": [],
				"risultati": [{"id": 1, "verifica_id": 1, "data": "2023-07-02", "valore": "5"}]}],
			"fasi": [{"id": 1, "ordine": 1, "titolo": "F", "completata": true, "completamento": "2023-05-02"}]}]}}`
	for name, j := range map[string]string{"formato 1": v1, "formato 2": v2} {
		_, err := model.UnmarshalPlan([]byte(j))
		if err == nil || !strings.Contains(err.Error(), "l'anno: 999999999 non è valido (deve essere tra 1900 e 2100)") {
			t.Errorf("%s: %v", name, err)
		}
	}
	// The last year allowed is a year like any other.
	p := &model.Plan{Ente: model.Ente{Nome: "Prova"}, Piano: model.Piano{Anno: model.AnnoMax, AnnoInizio: model.AnnoMax, AnnoFine: model.AnnoMax}}
	p.Verifiche = model.VerificheStandard(model.AnnoMax)
	p.Verifiche[0].ID, p.Verifiche[1].ID = 1, 2
	p.Obiettivi = []model.Obiettivo{{ID: 1, Livello: model.LivelloEsecutivo, Titolo: "T", Anni: []int{model.AnnoMax},
		Indicatori: []model.Indicatore{{ID: 1, Nome: "I", Tipo: model.IndNumero, Risultati: []model.Risultato{{ID: 1, VerificaID: 2, Data: model.Date{Year: model.AnnoMax, Month: 12, Day: 30}, Valore: "5"}}}},
		Fasi:       []model.Fase{{ID: 1, Titolo: "F", Completata: true, Completamento: &model.Date{Year: model.AnnoMax, Month: 11, Day: 2}}}}}
	if err := p.Validate(); err != nil {
		t.Errorf("piano del %d: %v", model.AnnoMax, err)
	}
}

// Files of format 1 written once versions, deadlines and the name of the
// objectives of no Area existed carry those fields already: they import
// with them, and the old readings are converted as usual.
func TestFormato1ConScadenzeEQualita(t *testing.T) {
	j := `{"formato": "piano-performance", "versione": 1, "piano": {"ente": {"nome": "Prova"},
		"piano": {"anno": 2024, "anno_inizio": 2024, "anno_fine": 2026, "titolo": "Piano", "gruppo_senza_area": "Obiettivi di ente"},
		"obiettivi": [{"id": 1, "ordine": 1, "codice": "A.1", "livello": "esecutivo", "titolo": "T", "anni": [2024],
			"indicatori": [{"id": 1, "ordine": 1, "nome": "I", "tipo": "numero", "target": [{"anno": 2024, "valore": "almeno 10"}],
				"risultati": [{"id": 1, "data": "2024-12-20", "valore": "8", "finale": true}]}], "fasi": []}],
		"scadenzario": {"approvazione_bilancio": "2024-03-14", "adempimenti": [{"chiave": "2024/piano", "data": "2024-04-02"}]},
		"conferme_qualita": [{"obiettivo_id": 1, "criterio": "rilevante", "esito": true}]}}`
	p, err := model.UnmarshalPlan([]byte(j))
	if err != nil {
		t.Fatal(err)
	}
	if p.Piano.GruppoSenzaArea != "Obiettivi di ente" || p.Scadenzario.ApprovazioneBilancio == nil ||
		len(p.Scadenzario.Adempimenti) != 1 || len(p.ConfermeQualita) != 1 {
		t.Errorf("campi persi: %+v %+v %+v", p.Piano, p.Scadenzario, p.ConfermeQualita)
	}
	rr := p.Obiettivi[0].Indicatori[0].Risultati
	if len(p.Verifiche) != 2 || len(rr) != 1 || rr[0].VerificaID != p.Verifiche[1].ID || rr[0].Valore != "8" {
		t.Errorf("rilevazione convertita: %+v, verifiche %+v", rr, p.Verifiche)
	}
}
