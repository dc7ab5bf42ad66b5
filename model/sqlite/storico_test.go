package sqlite

import (
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"pianoperformance/model"
)

var identitaRe = regexp.MustCompile(`^[0-9a-f]{32}$`)

func identita(t *testing.T, s *Store) string {
	t.Helper()
	var id string
	if err := s.Read(ctx, func(r model.Reader) (err error) { id, err = r.IdentitaPiano(); return err }); err != nil {
		t.Fatal(err)
	}
	if !identitaRe.MatchString(id) {
		t.Fatalf("identità %q: attesi 32 caratteri esadecimali", id)
	}
	return id
}

func storico(t *testing.T, s *Store) []model.EventoStorico {
	t.Helper()
	var ev []model.EventoStorico
	if err := s.Read(ctx, func(r model.Reader) (err error) { ev, err = r.Storico(); return err }); err != nil {
		t.Fatal(err)
	}
	return ev
}

// Each new file gets its own identity; a copy, a reopening, a whole
// replacement of the plan and a migrated older file keep theirs.
func TestIdentitaPiano(t *testing.T) {
	a, b := newStore(t, richPlan()), newStore(t, richPlan())
	ida, idb := identita(t, a), identita(t, b)
	if ida == idb {
		t.Fatal("due archivi nuovi hanno la stessa identità")
	}
	if err := wr(a, func(w model.Writer) error { return w.ReplacePlan(richPlan()) }); err != nil {
		t.Fatal(err)
	}
	if identita(t, a) != ida {
		t.Error("sostituire il piano ha cambiato l'identità del file")
	}
	copia := filepath.Join(t.TempDir(), "copia.db")
	if err := a.SaveCopyAs(copia); err != nil {
		t.Fatal(err)
	}
	c, err := OpenReadOnly(copia)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if identita(t, c) != ida {
		t.Error("la copia ha un'altra identità")
	}
	if identita(t, reopen(t, a)) != ida {
		t.Error("riaperto, il file ha un'altra identità")
	}
	old, err := Open(v1File(t))
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	identita(t, old)
}

// A batch of readings and its history lines are one transaction: the
// lines are there with the readings, and a refused batch leaves neither.
func TestMonitoraggioConStorico(t *testing.T) {
	s := newStore(t, richPlan())
	p := load(t, s)
	ind := p.Obiettivi[0].Indicatori[1]
	quando := time.Date(2023, 7, 10, 9, 30, 0, 0, time.FixedZone("CEST", 2*3600))
	ev := model.EventoStorico{Quando: quando, Tipo: model.EventoSchede, File: "scheda.xlsx", Area: "Area Amministrativa",
		Valori: 1, Descrizione: "Letta la scheda dell'Area Amministrativa: 1 valore"}
	m := &model.Monitoraggio{Risultati: []model.RisultatoDi{{IndicatoreID: ind.ID,
		Risultato: model.Risultato{VerificaID: 1, Valore: "45%", Stato: model.StatoInLinea}}}}
	salva := func(m *model.Monitoraggio, e *model.EventoStorico) error {
		return wr(s, func(w model.Writer) error {
			if err := w.SaveMonitoraggio(m); err != nil {
				return err
			}
			return w.RegistraStorico(e)
		})
	}
	if err := salva(m, &ev); err != nil {
		t.Fatal(err)
	}
	if ev.ID == 0 || m.Risultati[0].Risultato.ID == 0 {
		t.Errorf("ID non scritti: evento %d, rilevazione %d", ev.ID, m.Risultati[0].Risultato.ID)
	}
	s = reopen(t, s)
	want := ev
	want.Quando = quando.UTC()
	if got := storico(t, s); len(got) != 1 || !reflect.DeepEqual(got[0], want) {
		t.Fatalf("storico %+v, atteso %+v", got, want)
	}
	if r := load(t, s).Obiettivi[0].Indicatori[1].RisultatoAl(1); r == nil || r.Valore != "45%" {
		t.Fatalf("rilevazione %+v", r)
	}

	before := load(t, s)
	bad := []struct {
		name string
		m    *model.Monitoraggio
		ev   model.EventoStorico
		msg  string
	}{
		{"indicatore inesistente", &model.Monitoraggio{Risultati: []model.RisultatoDi{{IndicatoreID: 9999,
			Risultato: model.Risultato{VerificaID: 1, Valore: "1"}}}}, ev, "9999"},
		{"evento senza descrizione", m, model.EventoStorico{Quando: quando, Tipo: model.EventoSchede}, "manca la descrizione"},
		{"evento sconosciuto", m, model.EventoStorico{Quando: quando, Tipo: "altro", Descrizione: "x"}, "sconosciuto"},
		{"descrizione senza fine", m, model.EventoStorico{Quando: quando, Tipo: model.EventoSchede,
			Descrizione: strings.Repeat("x", model.MaxTesto+1)}, "testo troppo lungo"},
	}
	for _, c := range bad {
		c.ev.ID = 0
		err := salva(c.m, &c.ev)
		if err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%s: errore %v, atteso %q", c.name, err, c.msg)
		}
		if c.ev.ID != 0 {
			t.Errorf("%s: ID %d lasciato nell'evento rifiutato", c.name, c.ev.ID)
		}
	}
	if got := storico(t, s); len(got) != 1 {
		t.Errorf("righe dello storico dopo i rifiuti: %d, attesa 1", len(got))
	}
	if !reflect.DeepEqual(load(t, s), before) {
		t.Error("un lotto rifiutato ha cambiato il piano")
	}
}
