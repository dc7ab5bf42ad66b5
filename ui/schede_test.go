package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/ui/field/fieldtest"
	"pianoperformance/workbook/wbtest"
)

// File › Monitoraggio › Prepara asks for the checkpoint, which workbooks
// and the deadline; the workbooks are written into the folder chosen.
func TestPreparaSchede(t *testing.T) {
	f, _ := newTestFrame(t, wbtest.Piano(), "")
	f.preparaSchede()
	d := f.w.Canvas().Overlays().Top()
	if d == nil {
		t.Fatal("nessun dialogo")
	}
	for _, want := range []string{"Verifica", "Tutte le Aree", "Da restituire entro il", "Scegli la cartella…"} {
		if !strings.Contains(allText(d), want) {
			t.Errorf("il dialogo non mostra %q", want)
		}
	}
	fieldtest.TapDialogButton(t, f.w, "Annulla")

	dir := t.TempDir()
	f.preparaIn(dir, sceltaPrepara{verifica: 1, tutte: true, entro: model.MustDate(2024, 7, 15)})
	waitStatus(t, f, "Scritte 3 schede in "+dir+" (verifica al 30/06/2024, da restituire entro il 15/07/2024)")
	names, err := cartelleDiLavoro(dir)
	if err != nil || len(names) != 3 {
		t.Fatalf("schede scritte: %v %v", names, err)
	}
}

// The whole round trip in the window, on real files: the workbooks
// prepared, one filled while the program changed a value it holds, read
// back together; the preview shows the conflict with both sides, the
// clerk takes the workbook's value and saves; the plan file holds the
// values and a line of history per workbook; Ctrl+Z undoes it all at once.
func TestLeggiSchedeConConflitto(t *testing.T) {
	f, st := newTestFrame(t, wbtest.Piano(), "")
	dir := t.TempDir()
	f.preparaIn(dir, sceltaPrepara{verifica: 1, tutte: true, entro: model.MustDate(2024, 7, 15)})
	waitStatus(t, f, "Scritte 3 schede")
	before, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// Meanwhile, in the window: a reading typed in the Risultati tab.
	o := f.s.Plan.ObiettivoByID(wbtest.ObTE1).Clone()
	o.Indicatori[2].Risultati = append(o.Indicatori[2].Risultati, model.Risultato{VerificaID: 1, Valore: "70%", Stato: model.StatoInLinea})
	if _, err := f.s.SaveObiettivo("Risultato", o); err != nil {
		t.Fatal(err)
	}
	tecnica := filepath.Join(dir, "Comune di Valdiprova - Area Tecnica - monitoraggio al 30-06-2024.xlsx")
	wbtest.Compila(t, tecnica,
		wbtest.M(wbtest.I(wbtest.IndKm), wbtest.Valore, 4.5),
		wbtest.M(wbtest.I(wbtest.IndKm), wbtest.Stato, wbtest.Testo("a rischio")),
		wbtest.M(wbtest.I(wbtest.IndPratiche), wbtest.Valore, wbtest.Percento(0.85)),
		wbtest.M(wbtest.O(wbtest.ObTE1), wbtest.Nota, wbtest.Testo("Gara aggiudicata.")))
	// Excel's lock file beside an open workbook is not a workbook.
	if err := os.WriteFile(filepath.Join(dir, "~$aperta.xlsx"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}

	f.sceltaSchede(dir)
	if d := f.w.Canvas().Overlays().Top(); strings.Contains(allText(d), "~$") || !strings.Contains(allText(d), "Area Tecnica") {
		t.Fatalf("elenco delle schede: %s", allText(d))
	}
	fieldtest.TapDialogButton(t, f.w, "Leggi")
	settle(f)
	d := f.w.Canvas().Overlays().Top()
	if d == nil || !strings.Contains(allText(d), "3 schede lette: 2 valori da salvare, 1 conflitto") {
		t.Fatalf("anteprima: %s", allText(d))
	}
	for _, want := range []string{"Pratiche di occupazione evase", "70%", "85%", "Tieni il programma"} {
		if !strings.Contains(allText(d), want) {
			t.Errorf("l'anteprima non mostra %q", want)
		}
	}
	radio := fieldtest.Find(d, func(r *widget.RadioGroup) bool { return r.Visible() })
	if radio == nil {
		t.Fatal("nessuna scelta per il conflitto")
	}
	fieldtest.TapOption(t, radio, "Prendi la scheda")
	fieldtest.TapDialogButton(t, f.w, "Salva 3 valori")
	if !strings.HasPrefix(f.status.Text, "Lettura delle schede (3 valori): salvato") {
		t.Fatalf("status %q", f.status.Text)
	}

	after, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	lettura := func(p *model.Plan, id int64) *model.Risultato {
		ind, _ := p.IndicatoreByID(id)
		return ind.RisultatoAl(1)
	}
	if r := lettura(after, wbtest.IndKm); r == nil || r.Valore != "4,5" || r.Stato != model.StatoARischio {
		t.Errorf("nel file: %+v", r)
	}
	if r := lettura(after, wbtest.IndPratiche); r == nil || r.Valore != "85%" {
		t.Errorf("il conflitto scelto per la scheda: %+v", r)
	}
	var storico []model.EventoStorico
	read := func() {
		if err := st.Read(context.Background(), func(r model.Reader) (err error) { storico, err = r.Storico(); return err }); err != nil {
			t.Fatal(err)
		}
	}
	read()
	if len(storico) != 3 || storico[1].Area != "Area Tecnica" || storico[1].Valori != 3 {
		t.Fatalf("storico %+v", storico)
	}

	f.w.Canvas().Unfocus()
	f.w.Canvas().(fyne.Shortcutable).TypedShortcut(scUndo)
	undone, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if lettura(undone, wbtest.IndKm) != nil || lettura(undone, wbtest.IndPratiche).Valore != "70%" ||
		undone.ObiettivoByID(wbtest.ObTE1).AvanzamentoAl(1) != nil {
		t.Errorf("dopo Ctrl+Z: %+v %+v", lettura(undone, wbtest.IndKm), lettura(undone, wbtest.IndPratiche))
	}
	if lettura(before, wbtest.IndKm) != nil {
		t.Fatal("la prova parte da un piano già letto")
	}
	read()
	if len(storico) != 4 || storico[3].Tipo != model.EventoAnnullamento {
		t.Errorf("storico dopo l'annullamento: %+v", storico)
	}
}
