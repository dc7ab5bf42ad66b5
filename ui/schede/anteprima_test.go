package schede

import (
	"context"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pianoperformance/model"
	"pianoperformance/model/sqlite"
	"pianoperformance/ui/field/fieldtest"
	"pianoperformance/workbook"
	"pianoperformance/workbook/wbtest"
)

// anteprimaConConflitto reads back a workbook of the test plan filled by a
// Responsabile while the program changed one of its values: a change, a
// conflict, a problem and rows left empty.
func anteprimaConConflitto(t *testing.T) *workbook.Anteprima {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "piano.db")
	st, err := sqlite.Create(db, wbtest.Piano())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	id, err := workbook.IdentitaDi(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	p, err := st.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ss, err := workbook.Prepara(p, workbook.Opzioni{Piano: id, Verifica: 1, Preparata: time.Date(2024, 6, 25, 9, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, ss[0].Nome)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := ss[0].Scrivi(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := st.Write(ctx, func(w model.Writer) error {
		return w.SaveMonitoraggio(&model.Monitoraggio{Risultati: []model.RisultatoDi{
			{IndicatoreID: wbtest.IndPratiche, Risultato: model.Risultato{VerificaID: 1, Valore: "70%", Stato: model.StatoInLinea}}}})
	}); err != nil {
		t.Fatal(err)
	}
	wbtest.Compila(t, path,
		wbtest.M(wbtest.I(wbtest.IndKm), wbtest.Valore, 4.5),
		wbtest.M(wbtest.I(wbtest.IndKm), wbtest.Stato, wbtest.Testo("a rischio")),
		wbtest.M(wbtest.I(wbtest.IndKm), wbtest.Causa, wbtest.Testo("Maltempo a maggio e giugno")),
		wbtest.M(wbtest.I(wbtest.IndPratiche), wbtest.Valore, wbtest.Percento(0.85)),
		wbtest.M(wbtest.I(wbtest.IndPiano), wbtest.Valore, wbtest.Testo("forse")),
		wbtest.M(wbtest.O(wbtest.ObTE1), wbtest.Nota, wbtest.Testo("Gara aggiudicata, lavori avviati il 3 giugno.")))
	file, err := workbook.ApriFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if p, err = st.Load(ctx); err != nil {
		t.Fatal(err)
	}
	return workbook.Leggi(p, []workbook.File{file}, workbook.OpzioniLettura{Piano: id})
}

// The preview shows both sides of the conflict and a choice; the user
// taps «Prendi la scheda» and «Salva», and the choice is what is saved.
func TestAnteprimaSceltaDelConflitto(t *testing.T) {
	test.NewTempApp(t)
	fieldtest.LoadTranslations(t)
	a := anteprimaConConflitto(t)
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(1200, 760))
	t.Cleanup(w.Close)
	var got workbook.Scelte
	Mostra(w, a, func(s workbook.Scelte) { got = s })

	top := w.Canvas().Overlays().Top()
	if l := labelWith(top, "1 scheda letta: 2 valori da salvare, 1 conflitto"); l == nil {
		t.Fatal("riepilogo mancante")
	}
	for _, want := range []string{"70%", "85%", "Strade asfaltate", "«forse» non è una risposta sì/no", "Piano approvato"} {
		if labelWith(top, want) == nil {
			t.Errorf("l'anteprima non mostra %q", want)
		}
	}
	if labelWith(top, "Salva 2 valori") == nil && buttonWith(top, "Salva 2 valori") == nil {
		t.Error("il pulsante non dice quanti valori salva")
	}
	radio := fieldtest.Find(top, func(r *widget.RadioGroup) bool { return r.Visible() })
	if radio == nil || radio.Selected != "Tieni il programma" {
		t.Fatalf("scelta del conflitto: %+v", radio)
	}
	fieldtest.TapOption(t, radio, "Prendi la scheda")
	if b := buttonWith(top, "Salva 3 valori"); b == nil {
		t.Fatal("dopo la scelta il pulsante non conta il conflitto")
	} else {
		if os.Getenv("SCHEDE_SCREENSHOT") != "" {
			screenshot(t, w, os.Getenv("SCHEDE_SCREENSHOT"))
		}
		test.Tap(b)
	}
	if len(got) != 1 || !got[wbtest.I(wbtest.IndPratiche)] {
		t.Fatalf("scelte salvate: %v", got)
	}
	if w.Canvas().Overlays().Top() != nil {
		t.Error("il dialogo resta aperto dopo «Salva»")
	}
}

// A refused file keeps «Salva» disabled and says why.
func TestAnteprimaConRifiuto(t *testing.T) {
	test.NewTempApp(t)
	fieldtest.LoadTranslations(t)
	a := anteprimaConConflitto(t)
	a.Rifiuti = append(a.Rifiuti, workbook.Rifiuto{File: "vecchia.xlsx", Motivo: "è una scheda del piano 2023, non del piano aperto (2024)"})
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(1200, 760))
	t.Cleanup(w.Close)
	Mostra(w, a, func(workbook.Scelte) { t.Error("salvato nonostante il rifiuto") })
	top := w.Canvas().Overlays().Top()
	if labelWith(top, "«vecchia.xlsx» è una scheda del piano 2023") == nil || labelWith(top, "Non si può salvare nulla") == nil {
		t.Error("il rifiuto non è spiegato")
	}
	b := fieldtest.Find(top, func(b *widget.Button) bool { return strings.HasPrefix(b.Text, "Salva") })
	if b == nil || !b.Disabled() {
		t.Fatal("«Salva» attivo con una scheda rifiutata")
	}
	test.Tap(b)
}

func screenshot(t *testing.T, w fyne.Window, path string) {
	img := w.Canvas().Capture()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}
