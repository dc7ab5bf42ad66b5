package sqlite

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"pianoperformance/model"
)

func bozza() *model.Plan {
	p := richPlan()
	p.Piano.Stato = model.StatoBozza
	p.Piano.Approvazione = model.Atto{}
	return p
}

func giunta(n string, y, m, d int) model.Atto {
	return model.Atto{Organo: model.OrganoGiunta, Numero: n, Data: dp(y, m, d)}
}

func TestAdozioneCongelaIlPiano(t *testing.T) {
	s := newStore(t, bozza())
	before := load(t, s)

	// An incomplete act is refused and nothing changes.
	if _, err := adotta(s, model.Atto{Organo: model.OrganoGiunta, Data: dp(2023, 1, 31)}); err == nil ||
		!strings.Contains(err.Error(), "Indicare il numero della delibera") {
		t.Fatalf("atto senza numero: %v", err)
	}
	if vv, _ := versioniDi(s); len(vv) != 0 {
		t.Fatalf("versioni dopo un rifiuto: %+v", vv)
	}
	if got := load(t, s); !reflect.DeepEqual(got, before) {
		t.Fatal("il rifiuto ha modificato il piano")
	}

	v, err := adotta(s, giunta("12", 2023, 1, 31))
	if err != nil {
		t.Fatal(err)
	}
	if v.Numero != 1 || v.Tipo != model.VersioneAdozione || v.Atto.Numero != "12" || len(v.Impronta) != 64 || v.Registrata.IsZero() {
		t.Fatalf("versione %+v", v)
	}
	if v.Dicitura() != "come adottato con delibera di Giunta comunale n. 12 del 31/01/2023" {
		t.Errorf("dicitura %q", v.Dicitura())
	}
	cur := load(t, s)
	if cur.Piano.Stato != model.StatoAdottato || cur.Piano.Approvazione.Numero != "12" || *cur.Piano.Approvazione.Data != *dp(2023, 1, 31) {
		t.Fatalf("piano dopo l'adozione: %+v", cur.Piano)
	}
	frozen, err := versione(s, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(frozen, cur) {
		t.Fatal("la versione adottata non è il piano com'era all'adozione")
	}
	vv, err := versioniDi(s)
	if err != nil || len(vv) != 1 || !reflect.DeepEqual(vv[0], v) {
		t.Fatalf("versioni %+v %v", vv, err)
	}

	if _, err := adotta(s, giunta("13", 2023, 2, 1)); !errors.Is(err, model.ErrGiaAdottato) {
		t.Fatalf("seconda adozione: %v", err)
	}
	if _, err := versione(s, 2); !errors.Is(err, model.ErrVersioneIgnota) {
		t.Fatalf("versione inesistente: %v", err)
	}
}

func TestVariazioneRegistraLeModifiche(t *testing.T) {
	s := newStore(t, bozza())
	if _, err := varia(s, giunta("30", 2023, 6, 15), "Nuovo obiettivo"); !errors.Is(err, model.ErrNonAdottato) {
		t.Fatalf("variazione prima dell'adozione: %v", err)
	}
	if _, err := adotta(s, giunta("12", 2023, 1, 31)); err != nil {
		t.Fatal(err)
	}
	if _, err := varia(s, giunta("30", 2023, 6, 15), "Nulla"); !errors.Is(err, model.ErrNessunaMod) {
		t.Fatalf("variazione senza modifiche: %v", err)
	}

	p := load(t, s)
	o := p.Obiettivi[0]
	oldTarget := o.Indicatori[0].Target[0].Valore
	o.Indicatori[0].Target[0].Valore = "95%"
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&o) }); err != nil {
		t.Fatal(err)
	}
	adopted := load(t, s)

	refusals := []struct {
		atto   model.Atto
		motivo string
		want   string
	}{
		{giunta("30", 2023, 6, 15), "  ", "Indicare il motivo della variazione."},
		{giunta("29", 2023, 1, 10), "Target", "precede quella della versione precedente (adozione del 31/01/2023)"},
		{giunta("12", 2023, 1, 31), "Target", "è già registrata (adozione)"},
		{model.Atto{Organo: model.OrganoGiunta, Numero: "30"}, "Target", "Indicare la data della delibera."},
	}
	for _, r := range refusals {
		if _, err := varia(s, r.atto, r.motivo); err == nil || !strings.Contains(err.Error(), r.want) {
			t.Errorf("%+v: errore %v, atteso %q", r.atto, err, r.want)
		}
	}
	if got := load(t, s); !reflect.DeepEqual(got, adopted) {
		t.Fatal("un rifiuto ha modificato il piano")
	}

	v, err := varia(s, giunta("30", 2023, 6, 15), "Target più ambizioso")
	if err != nil {
		t.Fatal(err)
	}
	if v.Numero != 2 || v.Tipo != model.VersioneVariazione || v.Etichetta() != "Variazione n. 1" || v.Motivo != "Target più ambizioso" {
		t.Fatalf("variazione %+v", v)
	}
	cur := load(t, s)
	if cur.Piano.Stato != model.StatoVariato || cur.Piano.Approvazione.Numero != "12" {
		t.Fatalf("dopo la variazione lo stato è %q e l'atto di approvazione %+v", cur.Piano.Stato, cur.Piano.Approvazione)
	}
	v1, err := versione(s, 1)
	if err != nil {
		t.Fatal(err)
	}
	v2, err := versione(s, 2)
	if err != nil {
		t.Fatal(err)
	}
	if v1.Obiettivi[0].Indicatori[0].Target[0].Valore != oldTarget {
		t.Fatal("la versione adottata è cambiata")
	}
	mm := model.Confronta(v1, v2)
	if len(mm) != 1 || mm[0].Prima != oldTarget || mm[0].Dopo != "95%" ||
		mm[0].Campo != "Indicatore «"+o.Indicatori[0].Nome+"»: target 2023" {
		t.Fatalf("differenze %+v", mm)
	}

	// Versions survive reopening, and read-only opening lists them.
	path := s.Path()
	s.Close()
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	vv, err := versioniDi(ro)
	if err != nil || len(vv) != 2 || vv[1].Motivo != "Target più ambizioso" {
		t.Fatalf("versioni riaperte: %+v %v", vv, err)
	}
	if p, err := versione(ro, 2); err != nil || !reflect.DeepEqual(p, v2) {
		t.Fatalf("versione 2 riaperta: %v", err)
	}
}

// Whatever writes to the file, a frozen version cannot be changed, deleted
// or followed by one out of sequence; a copy altered behind the program's
// back is recognised by its fingerprint.
func TestVersioniImmutabili(t *testing.T) {
	s := newStore(t, bozza())
	if _, err := adotta(s, giunta("12", 2023, 1, 31)); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"UPDATE versione SET numero_atto = '99'",
		"UPDATE versione SET piano_json = x'00'",
		"DELETE FROM versione",
		`INSERT INTO versione (numero, tipo, organo, numero_atto, data_atto, registrata, impronta, piano_json)
			VALUES (3, 'variazione', 'Giunta', '1', '2023-02-01', '', '', x'00')`,
		`INSERT INTO versione (numero, tipo, organo, numero_atto, data_atto, registrata, impronta, piano_json)
			VALUES (2, 'adozione', 'Giunta', '1', '2023-02-01', '', '', x'00')`,
	} {
		if _, err := s.db.ExecContext(ctx, q); err == nil {
			t.Errorf("accettato: %s", q)
		}
	}
	if vv, _ := versioniDi(s); len(vv) != 1 || vv[0].Atto.Numero != "12" {
		t.Fatalf("versioni %+v", vv)
	}
	// Replacing the whole plan keeps its history.
	p := load(t, s)
	p.Piano.Titolo = "Titolo nuovo"
	if err := s.Write(ctx, func(w model.Writer) error { return w.ReplacePlan(p) }); err != nil {
		t.Fatal(err)
	}
	if vv, _ := versioniDi(s); len(vv) != 1 {
		t.Fatalf("ReplacePlan ha toccato le versioni: %+v", vv)
	}
	// Only by removing the guard can the copy be altered, and then it shows.
	if _, err := s.db.ExecContext(ctx, `DROP TRIGGER versione_immutabile;
		UPDATE versione SET piano_json = replace(piano_json, 'Comune di Prova', 'Comune di Altro')`); err != nil {
		t.Fatal(err)
	}
	if _, err := versione(s, 1); err == nil || !strings.Contains(err.Error(), "alterata") {
		t.Fatalf("copia alterata letta: %v", err)
	}
}

func TestAdozioneRifiutaUnPianoNonValido(t *testing.T) {
	p := bozza()
	s := newStore(t, p)
	// The store accepts an objective with an unknown level; the frozen
	// copy must read back, so adoption is refused until it is fixed.
	o := load(t, s).Obiettivi[0]
	o.Livello = "sconosciuto"
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&o) }); err != nil {
		t.Skip("lo store rifiuta già il livello sconosciuto")
	}
	if _, err := adotta(s, giunta("12", 2023, 1, 31)); err == nil || !strings.Contains(err.Error(), "dati da correggere") {
		t.Fatalf("adozione di un piano non valido: %v", err)
	}
	if vv, _ := versioniDi(s); len(vv) != 0 {
		t.Fatal("versione scritta nonostante il rifiuto")
	}
	if got := load(t, s); got.Piano.Stato != model.StatoBozza {
		t.Fatalf("stato cambiato: %q", got.Piano.Stato)
	}
}

func TestScadenzarioEConfermeQualita(t *testing.T) {
	s := newStore(t, bozza())
	sc := model.Scadenzario{ApprovazioneBilancio: dp(2023, 3, 28), Regola: model.RegolaTermineBilancio, Giorni: 45,
		Adempimenti: []model.Adempimento{{Chiave: "2023/relazione", Data: model.MustDate(2024, 6, 20), Note: "delibera n. 45"},
			{Chiave: "2023/pubblicazione-piano", Data: model.MustDate(2023, 2, 10)}}}
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveScadenzario(sc) }); err != nil {
		t.Fatal(err)
	}
	got := load(t, s).Scadenzario
	want := sc
	want.Adempimenti = []model.Adempimento{sc.Adempimenti[1], sc.Adempimenti[0]} // by key
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("scadenzario %+v, atteso %+v", got, want)
	}
	bad := sc
	bad.Adempimenti = []model.Adempimento{{Chiave: "2023/piano"}}
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveScadenzario(bad) }); err == nil {
		t.Fatal("adempimento senza data accettato")
	}
	if got := load(t, s).Scadenzario; !reflect.DeepEqual(got, want) {
		t.Fatal("un rifiuto ha modificato lo scadenzario")
	}

	p := load(t, s)
	o := p.Obiettivi[0]
	c := model.ConfermaQualita{ObiettivoID: o.ID, Criterio: model.QualitaRilevante, Esito: true, Note: "priorità del DUP"}
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveConfermaQualita(c) }); err != nil {
		t.Fatal(err)
	}
	c.Note = "linea 2 del DUP"
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveConfermaQualita(c) }); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s).ConfermeQualita; !reflect.DeepEqual(got, []model.ConfermaQualita{c}) {
		t.Fatalf("conferme %+v", got)
	}
	if err := s.Write(ctx, func(w model.Writer) error {
		return w.SaveConfermaQualita(model.ConfermaQualita{ObiettivoID: 9999, Criterio: model.QualitaRilevante})
	}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("conferma di un obiettivo inesistente: %v", err)
	}
	// Deleting the objective hides its judgements; undoing the deletion
	// (saving it again with its ID) brings them back.
	if err := s.Write(ctx, func(w model.Writer) error { _, err := w.DeleteObiettivo(o.ID); return err }); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s).ConfermeQualita; got != nil {
		t.Fatalf("conferme di un obiettivo eliminato: %+v", got)
	}
	if err := s.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&o) }); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s).ConfermeQualita; !reflect.DeepEqual(got, []model.ConfermaQualita{c}) {
		t.Fatalf("conferme dopo l'annullamento: %+v", got)
	}
	if err := s.Write(ctx, func(w model.Writer) error {
		_, err := w.DeleteConfermaQualita(o.ID, model.QualitaRilevante)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.Write(ctx, func(w model.Writer) error {
		_, err := w.DeleteConfermaQualita(o.ID, model.QualitaRilevante)
		return err
	}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("seconda eliminazione: %v", err)
	}

	// ReplacePlan carries both, and Load gives back what was replaced.
	p = load(t, s)
	p.ConfermeQualita = []model.ConfermaQualita{{ObiettivoID: o.ID, Criterio: model.QualitaStandard, Esito: false, Note: "nessuno standard"}}
	p.Scadenzario = model.Scadenzario{Regola: model.Regola31Gennaio}
	if err := s.Write(ctx, func(w model.Writer) error { return w.ReplacePlan(p) }); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s); !reflect.DeepEqual(got, p) {
		t.Fatalf("dopo ReplacePlan:\n%+v\n%+v", got.Scadenzario, p.Scadenzario)
	}
}
