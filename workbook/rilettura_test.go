package workbook

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"pianoperformance/model"
	"pianoperformance/model/sqlite"
	"pianoperformance/workbook/wbtest"
)

// The Area managers fill their workbooks the way people do (a date typed
// as text, "1.234,5" as text, "85%" stored as 0,85, a trailing space, TRUE
// for sì, a number in a text field); the program reads every one as meant,
// saves them in one transaction with a line of history per workbook, and
// reading the same workbooks again changes nothing.
func TestRileggiSchedeCompilate(t *testing.T) {
	db, id := pianoSuDisco(t, wbtest.Piano())
	dir := t.TempDir()
	paths := prepara(t, carica(t, db), id, 1, dir)
	if len(paths) != 3 {
		t.Fatalf("schede preparate: %v", paths)
	}
	tec, amm, ente := paths["Area Tecnica"], paths["Area Amministrativa"], paths[areaEnte]
	wbtest.Compila(t, tec,
		wbtest.M(wbtest.I(wbtest.IndProgetto), wbtest.Valore, wbtest.Testo("30/06/2024")),
		wbtest.M(wbtest.I(wbtest.IndProgetto), wbtest.Stato, wbtest.Testo("Raggiunto ")),
		wbtest.M(wbtest.I(wbtest.IndKm), wbtest.Valore, wbtest.Testo("1.234,5")),
		wbtest.M(wbtest.I(wbtest.IndKm), wbtest.Data, wbtest.Giorno(model.MustDate(2024, 7, 1))),
		wbtest.M(wbtest.I(wbtest.IndKm), wbtest.Stato, wbtest.Testo("in linea")),
		wbtest.M(wbtest.I(wbtest.IndPratiche), wbtest.Valore, wbtest.Percento(0.85)),
		wbtest.M(wbtest.I(wbtest.IndPratiche), wbtest.Stato, wbtest.Testo("A RISCHIO")),
		wbtest.M(wbtest.I(wbtest.IndPratiche), wbtest.Causa, wbtest.Testo("Carenza di personale ")),
		wbtest.M(wbtest.I(wbtest.IndPratiche), wbtest.Azione, wbtest.Testo("Rinforzo dall'ufficio tributi")),
		wbtest.M(wbtest.I(wbtest.IndPiano), wbtest.Valore, wbtest.Vero(true)),
		wbtest.M(wbtest.I(wbtest.IndRelazione), wbtest.Valore, 12),
		wbtest.M(wbtest.O(wbtest.ObTE1), wbtest.Nota, wbtest.Testo("Progettazione conclusa, gara in corso.")),
		wbtest.M(wbtest.F(wbtest.FaseGara), wbtest.Conclusa, wbtest.Testo("sì")),
		wbtest.M(wbtest.F(wbtest.FaseGara), wbtest.Data, wbtest.Testo("15.05.2024")),
	)
	wbtest.Compila(t, amm, wbtest.M(wbtest.I(wbtest.IndProtocollo), wbtest.Valore, 2350.0))
	wbtest.Compila(t, ente,
		wbtest.M(wbtest.I(wbtest.IndEnte), wbtest.Valore, -3.5),
		wbtest.M(wbtest.I(wbtest.IndEnte), wbtest.Stato, wbtest.Testo("in linea")))

	p := carica(t, db)
	a := Leggi(p, leggiFile(t, tec, amm, ente), OpzioniLettura{Piano: id})
	if len(a.Rifiuti) > 0 {
		t.Fatalf("rifiutate: %+v", a.Rifiuti)
	}
	for _, s := range a.Schede {
		for _, r := range s.Righe {
			t.Logf("%s: %s riga %d %v %+v %v %s", s.Area, r.Foglio, r.Numero, r.Esito, r.Campi, r.Problemi, r.Nota)
		}
	}
	if got := [4]int{a.Conta(Modifica), a.Conta(Conflitto), a.Conta(Problema), a.Conta(Vuota)}; got != [4]int{9, 0, 0, 2} {
		t.Fatalf("modifiche, conflitti, problemi, vuote = %v, attesi [9 0 0 2]", got)
	}
	// What the preview says for one row, old → new.
	for _, r := range a.Schede[1].Righe {
		if r.Chiave == wbtest.I(wbtest.IndProtocollo) {
			want := []Campo{{Nome: "valore", Programma: "2.100", Scheda: "2.350"}}
			if !reflect.DeepEqual(r.Campi, want) || r.Dove != "AM.1 – Documenti protocollati" {
				t.Errorf("anteprima di AM.1: %q %+v", r.Dove, r.Campi)
			}
		}
	}
	salva(t, db, a, nil)

	p = carica(t, db)
	lettura := func(indID int64) model.Risultato {
		t.Helper()
		ind, _ := p.IndicatoreByID(indID)
		r := ind.RisultatoAl(1)
		if r == nil {
			t.Fatalf("indicatore %d: nessuna rilevazione salvata", indID)
		}
		return *r
	}
	checks := []struct {
		ind    int64
		valore string
		stato  model.StatoRilevazione
		data   model.Date
	}{
		{wbtest.IndProgetto, "30/06/2024", model.StatoRaggiunto, model.Date{}},
		{wbtest.IndKm, "1.234,5", model.StatoInLinea, model.MustDate(2024, 7, 1)},
		{wbtest.IndPratiche, "85%", model.StatoARischio, model.Date{}},
		{wbtest.IndPiano, "sì", "", model.Date{}},
		{wbtest.IndRelazione, "12", "", model.Date{}},
		{wbtest.IndProtocollo, "2.350", model.StatoInLinea, model.MustDate(2024, 7, 2)},
		{wbtest.IndEnte, "-3,5", model.StatoInLinea, model.Date{}},
	}
	for _, c := range checks {
		r := lettura(c.ind)
		if r.Valore != c.valore || r.Stato != c.stato || r.Data != c.data {
			t.Errorf("indicatore %d: %q %q %s, attesi %q %q %s", c.ind, r.Valore, r.Stato, r.Data, c.valore, c.stato, c.data)
		}
	}
	if r := lettura(wbtest.IndPratiche); r.Causa != "Carenza di personale" || r.Azione != "Rinforzo dall'ufficio tributi" {
		t.Errorf("causa e azione: %q %q", r.Causa, r.Azione)
	}
	if r := lettura(wbtest.IndProtocollo); r.ID != 501 {
		t.Errorf("la rilevazione già presente ha cambiato ID: %d", r.ID)
	}
	if n := notaAl(p.ObiettivoByID(wbtest.ObTE1), 1); n != "Progettazione conclusa, gara in corso." {
		t.Errorf("nota di TE.1: %q", n)
	}
	if f, _ := p.FaseByID(wbtest.FaseGara); !f.Completata || f.Completamento == nil || *f.Completamento != model.MustDate(2024, 5, 15) {
		t.Errorf("fase: %+v", f)
	}
	st, err := sqlite.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	var storico []model.EventoStorico
	err = st.Read(ctx, func(r model.Reader) (err error) { storico, err = r.Storico(); return err })
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if len(storico) != 3 {
		t.Fatalf("storico: %+v", storico)
	}
	if e := storico[0]; e.Area != "Area Tecnica" || e.Valori != 7 || !strings.HasSuffix(tec, e.File) ||
		e.Descrizione != "Letta la scheda di monitoraggio al 30/06/2024 dell'Area «Area Tecnica»: 7 valori salvati." {
		t.Errorf("storico dell'Area Tecnica: %+v", e)
	}

	// Read again: everything is as the program holds it; only the rows
	// left empty are listed, and nothing is to be saved.
	again := Leggi(p, leggiFile(t, tec, amm, ente), OpzioniLettura{Piano: id})
	if again.Conta(Modifica)+again.Conta(Conflitto)+again.Conta(Problema) != 0 {
		t.Errorf("seconda lettura: %+v", again.Schede)
	}
	if m, ev := again.Lotto(nil, time.Now()); !m.Vuoto() || ev != nil {
		t.Errorf("seconda lettura: lotto %+v, storico %+v", m, ev)
	}
}

// A value changed in the program after the workbook was sent, and
// differently in the workbook, is a conflict, with both sides: kept as the
// program has it unless the user chooses the workbook's. Fields changed on
// one side only are merged: what the Responsabile did not touch never
// overwrites what the program changed meanwhile.
func TestConflitti(t *testing.T) {
	db, id := pianoSuDisco(t, wbtest.Piano())
	paths := prepara(t, carica(t, db), id, 1, t.TempDir())
	tec := paths["Area Tecnica"]
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	// Meanwhile, in the program.
	if err := st.Write(ctx, func(w model.Writer) error {
		return w.SaveMonitoraggio(&model.Monitoraggio{Risultati: []model.RisultatoDi{
			{IndicatoreID: wbtest.IndKm, Risultato: model.Risultato{VerificaID: 1, Valore: "4", Stato: model.StatoInLinea}},
			{IndicatoreID: wbtest.IndPratiche, Risultato: model.Risultato{VerificaID: 1, Valore: "70%"}},
		}})
	}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	wbtest.Compila(t, tec, wbtest.M(wbtest.I(wbtest.IndKm), wbtest.Valore, 5.0),
		// Another field than the program changed: merged, no conflict.
		wbtest.M(wbtest.I(wbtest.IndPratiche), wbtest.Stato, wbtest.Testo("critico")),
		wbtest.M(wbtest.I(wbtest.IndPratiche), wbtest.Causa, wbtest.Testo("Software non aggiornato")))

	p := carica(t, db)
	a := Leggi(p, leggiFile(t, tec), OpzioniLettura{Piano: id})
	if a.Conta(Conflitto) != 1 || a.Conta(Modifica) != 1 {
		t.Fatalf("conflitti %d, modifiche %d: %+v", a.Conta(Conflitto), a.Conta(Modifica), a.Schede)
	}
	var c Riga
	for _, r := range a.Schede[0].Righe {
		if r.Esito == Conflitto {
			c = r
		}
	}
	want := []Campo{{Nome: "valore", Programma: "4", Scheda: "5", Conflitto: true}}
	if c.Chiave != wbtest.I(wbtest.IndKm) || !reflect.DeepEqual(c.Campi, want) {
		t.Fatalf("conflitto %+v", c)
	}
	// No choice: the program's value stays; only the merged row is saved.
	if m, _ := a.Lotto(nil, time.Now()); len(m.Risultati) != 1 || m.Risultati[0].IndicatoreID != wbtest.IndPratiche {
		t.Fatalf("senza scelta il lotto salva %+v", m)
	}
	salva(t, db, a, Scelte{c.Chiave: true})
	p = carica(t, db)
	ind, _ := p.IndicatoreByID(wbtest.IndKm)
	if r := ind.RisultatoAl(1); r.Valore != "5" || r.Stato != model.StatoInLinea {
		t.Errorf("dopo la scelta della scheda: %+v", r)
	}
	ind, _ = p.IndicatoreByID(wbtest.IndPratiche)
	if r := ind.RisultatoAl(1); r.Valore != "70%" || r.Stato != model.StatoCritico || r.Causa != "Software non aggiornato" {
		t.Errorf("campi diversi cambiati dalle due parti non fusi: %+v", r)
	}
}

// Rows that cannot be saved as they are say why, one by one, and the rest
// of the workbook is saved.
func TestProblemiDelleRighe(t *testing.T) {
	db, id := pianoSuDisco(t, wbtest.Piano())
	paths := prepara(t, carica(t, db), id, 1, t.TempDir())
	tec := paths["Area Tecnica"]
	wbtest.Compila(t, tec,
		wbtest.M(wbtest.I(wbtest.IndKm), wbtest.Valore, wbtest.Testo("dodici")),
		wbtest.M(wbtest.I(wbtest.IndPratiche), wbtest.Valore, 150.0),
		wbtest.M(wbtest.I(wbtest.IndProgetto), wbtest.Valore, wbtest.Testo("30/06/2024")),
		wbtest.M(wbtest.I(wbtest.IndProgetto), wbtest.Data, wbtest.Testo("31/12/2030")),
		wbtest.M(wbtest.I(wbtest.IndPiano), wbtest.Stato, wbtest.Testo("sospeso")),
		wbtest.M(wbtest.I(wbtest.IndRelazione), wbtest.Valore, wbtest.Testo("Relazione consegnata")),
		wbtest.M(wbtest.O(wbtest.ObTE2), wbtest.Nota, wbtest.Testo("Piano in bozza.")),
		wbtest.M(wbtest.F(wbtest.FaseLavori), wbtest.Conclusa, wbtest.Testo("forse")),
	)
	// A cell of the locked context moved apart from its key: the row is
	// not trusted. (A user who lifted the protection and sorted only the
	// visible columns leaves exactly this.)
	wbtest.ScambiaContesto(t, tec, wbtest.I(wbtest.IndKm), wbtest.I(wbtest.IndPratiche))
	// The objective TE.2 is deleted in the program meanwhile.
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Write(ctx, func(w model.Writer) error { _, err := w.DeleteObiettivo(wbtest.ObTE2); return err }); err != nil {
		t.Fatal(err)
	}
	st.Close()

	a := Leggi(carica(t, db), leggiFile(t, tec), OpzioniLettura{Piano: id})
	if len(a.Rifiuti) > 0 {
		t.Fatal(a.Rifiuti)
	}
	got := map[string]string{}
	for _, r := range a.Schede[0].Righe {
		if r.Esito == Problema {
			got[r.Chiave] = strings.Join(r.Problemi, "; ")
		}
	}
	want := map[string]string{
		wbtest.I(wbtest.IndKm):        "non corrisponde più al suo codice nascosto",
		wbtest.I(wbtest.IndPratiche):  "non corrisponde più al suo codice nascosto",
		wbtest.I(wbtest.IndProgetto):  "la data 31/12/2030 è fuori dagli anni del piano",
		wbtest.I(wbtest.IndPiano):     "eliminato nel programma dopo l'invio",
		wbtest.I(wbtest.IndRelazione): "eliminato nel programma dopo l'invio",
		wbtest.O(wbtest.ObTE2):        "eliminato nel programma dopo l'invio",
		wbtest.F(wbtest.FaseLavori):   "«forse» non è una risposta",
	}
	for k, w := range want {
		if !strings.Contains(got[k], w) {
			t.Errorf("%s: problemi %q, atteso %q", k, got[k], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("problemi: %v", got)
	}

	// The value checks, without the moved rows.
	wbtest.Compila(t, tec, wbtest.M(wbtest.I(wbtest.IndProgetto), wbtest.Data, wbtest.Vuoto{}))
	wbtest.ScambiaContesto(t, tec, wbtest.I(wbtest.IndKm), wbtest.I(wbtest.IndPratiche))
	a = Leggi(carica(t, db), leggiFile(t, tec), OpzioniLettura{Piano: id})
	got = map[string]string{}
	for _, r := range a.Schede[0].Righe {
		got[r.Chiave] = strings.Join(r.Problemi, "; ")
	}
	for k, w := range map[string]string{
		wbtest.I(wbtest.IndKm):       "«dodici» non è un numero",
		wbtest.I(wbtest.IndPratiche): "150 non è una percentuale possibile",
	} {
		if !strings.Contains(got[k], w) {
			t.Errorf("%s: problemi %q, atteso %q", k, got[k], w)
		}
	}
	// The one good row is saved; the others are not.
	salva(t, db, a, nil)
	p := carica(t, db)
	if ind, _ := p.IndicatoreByID(wbtest.IndProgetto); ind.RisultatoAl(1) == nil || ind.RisultatoAl(1).Valore != "30/06/2024" {
		t.Errorf("la riga buona non è stata salvata")
	}
	for _, id := range []int64{wbtest.IndKm, wbtest.IndPratiche} {
		if ind, _ := p.IndicatoreByID(id); ind.RisultatoAl(1) != nil {
			t.Errorf("indicatore %d salvato nonostante il problema: %+v", id, ind.RisultatoAl(1))
		}
	}
}

// Rows sorted by the user (hidden keys with them) and a column hidden are
// read as before: rows are known by their keys, columns by theirs.
func TestRigheOrdinateEColonneNascoste(t *testing.T) {
	db, id := pianoSuDisco(t, wbtest.Piano())
	tec := prepara(t, carica(t, db), id, 1, t.TempDir())["Area Tecnica"]
	wbtest.Compila(t, tec,
		wbtest.M(wbtest.I(wbtest.IndKm), wbtest.Valore, 7.5),
		wbtest.M(wbtest.I(wbtest.IndPiano), wbtest.Valore, wbtest.Testo("no")))
	wbtest.Rovescia(t, tec, "Indicatori", rigaDati, "G")
	a := Leggi(carica(t, db), leggiFile(t, tec), OpzioniLettura{Piano: id})
	if len(a.Rifiuti) > 0 || a.Conta(Modifica) != 2 || a.Conta(Problema) != 0 {
		t.Fatalf("rifiuti %+v, righe %+v", a.Rifiuti, a.Schede)
	}
	salva(t, db, a, nil)
	p := carica(t, db)
	for id, want := range map[int64]string{wbtest.IndKm: "7,5", wbtest.IndPiano: "no"} {
		if ind, _ := p.IndicatoreByID(id); ind.RisultatoAl(1) == nil || ind.RisultatoAl(1).Valore != want {
			t.Errorf("indicatore %d: %+v, atteso %q", id, ind.RisultatoAl(1), want)
		}
	}
}
