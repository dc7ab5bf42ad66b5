package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pianoperformance/model"
	"pianoperformance/model/sqlite"
	"pianoperformance/workbook/wbtest"
)

// pianoDiProva writes the workbooks' test plan as an archive in dir.
func pianoDiProva(t *testing.T, dir, name string, p *model.Plan) string {
	t.Helper()
	path := filepath.Join(dir, name)
	st, err := sqlite.Create(path, p)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func schedeIn(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	ee, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ee {
		for _, area := range []string{"Area Tecnica", "Area Amministrativa", "Ente"} {
			if strings.Contains(e.Name(), " - "+area+" - ") {
				out[area] = filepath.Join(dir, e.Name())
			}
		}
	}
	return out
}

// The round trip from the command line: prepare, fill, preview (nothing
// saved), read back (saved, with history).
func TestMonitoraggioPreparaELeggi(t *testing.T) {
	dir := t.TempDir()
	db := pianoDiProva(t, dir, "piano.db", wbtest.Piano())
	r := ok(t, dir, "monitoraggio", "prepara", "--db", "piano.db", "--al", "30/06/2024", "-o", "schede", "--entro", "15/07/2024")
	for _, want := range []string{
		"Scritta «Comune di Valdiprova - Area Tecnica - monitoraggio al 30-06-2024.xlsx»: Area Tecnica, 5 indicatori, 2 obiettivi, 2 fasi",
		"Scritta «Comune di Valdiprova - Ente - monitoraggio al 30-06-2024.xlsx»",
		"3 schede per la verifica al 30/06/2024, da restituire entro il 15/07/2024.",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("prepara: manca %q\n%s", want, r.stdout)
		}
	}
	schede := schedeIn(t, filepath.Join(dir, "schede"))
	if len(schede) != 3 {
		t.Fatalf("schede scritte: %v", schede)
	}
	one := ok(t, dir, "monitoraggio", "prepara", "--db", "piano.db", "--al", "30/06/2024", "-o", "una", "--area", "tecnica")
	if !strings.Contains(one.stdout, "1 scheda per la verifica") || len(schedeIn(t, filepath.Join(dir, "una"))) != 1 {
		t.Errorf("--area: %s", one.stdout)
	}

	wbtest.Compila(t, schede["Area Tecnica"],
		wbtest.M(wbtest.I(wbtest.IndKm), wbtest.Valore, wbtest.Testo("4,5")),
		wbtest.M(wbtest.I(wbtest.IndKm), wbtest.Stato, wbtest.Testo("in linea")),
		wbtest.M(wbtest.I(wbtest.IndPratiche), wbtest.Valore, wbtest.Testo("tanti")))
	wbtest.Compila(t, schede["Area Amministrativa"], wbtest.M(wbtest.I(wbtest.IndProtocollo), wbtest.Valore, 2500.0))

	os.RemoveAll(filepath.Join(dir, "backup"))
	before := sha(t, db)
	r = ok(t, dir, "monitoraggio", "leggi", "--db", "piano.db", "--anteprima", schede["Area Tecnica"], schede["Area Amministrativa"])
	for _, want := range []string{
		"Area Tecnica – «Comune di Valdiprova - Area Tecnica - monitoraggio al 30-06-2024.xlsx»",
		"da salvare  Indicatori 7",
		"valore",
		"4,5",
		"PROBLEMA",
		"«tanti» non è un numero",
		"2.100", "2.500",
		"Anteprima: nulla è stato salvato.",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("anteprima: manca %q\n%s", want, r.stdout)
		}
	}
	if sha(t, db) != before {
		t.Error("l'anteprima ha cambiato l'archivio")
	}
	if _, err := os.Stat(filepath.Join(dir, "backup")); err == nil {
		t.Error("l'anteprima ha scritto una copia di sicurezza")
	}

	r = ok(t, dir, "monitoraggio", "leggi", "--db", "piano.db", schede["Area Tecnica"], schede["Area Amministrativa"])
	if !strings.Contains(r.stdout, "Salvati 2 valori da 2 schede") {
		t.Errorf("leggi:\n%s", r.stdout)
	}
	st, err := sqlite.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	p, err := st.Load(context.Background())
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[int64]string{wbtest.IndKm: "4,5", wbtest.IndProtocollo: "2.500"} {
		if ind, _ := p.IndicatoreByID(id); ind.RisultatoAl(1) == nil || ind.RisultatoAl(1).Valore != want {
			t.Errorf("indicatore %d nell'archivio: %+v, atteso %q", id, ind.RisultatoAl(1), want)
		}
	}
	if ind, _ := p.IndicatoreByID(wbtest.IndPratiche); ind.RisultatoAl(1) != nil {
		t.Error("la riga con il problema è stata salvata")
	}
	r = ok(t, dir, "monitoraggio", "storico", "--db", "piano.db")
	if !strings.Contains(r.stdout, "Letta la scheda di monitoraggio al 30/06/2024 dell'Area «Area Tecnica»: 1 valore salvato.") ||
		!strings.Contains(r.stdout, "File: «Comune di Valdiprova - Area Amministrativa - monitoraggio al 30-06-2024.xlsx».") {
		t.Errorf("storico:\n%s", r.stdout)
	}
	// Read again: nothing changes.
	r = ok(t, dir, "monitoraggio", "leggi", "--db", "piano.db", schede["Area Amministrativa"])
	if !strings.Contains(r.stdout, "Nulla da salvare") {
		t.Errorf("seconda lettura:\n%s", r.stdout)
	}
}

// Every refusal: exit status 1, the reason in Italian, and the plan file
// byte for byte as it was.
func TestMonitoraggioRifiutiLascianoIlPianoIntatto(t *testing.T) {
	dir := t.TempDir()
	db := pianoDiProva(t, dir, "piano.db", wbtest.Piano())
	ok(t, dir, "monitoraggio", "prepara", "--db", "piano.db", "--al", "30/06/2024", "-o", "schede")
	scheda := schedeIn(t, filepath.Join(dir, "schede"))["Area Tecnica"]
	// Filled, so that a refusal visibly keeps a real change out.
	wbtest.Compila(t, scheda, wbtest.M(wbtest.I(wbtest.IndKm), wbtest.Valore, 6.0))
	casi := wbtest.Rifiutati(t, t.TempDir(), scheda)

	altri := func(name string, p *model.Plan) string {
		pianoDiProva(t, dir, name+".db", p)
		ok(t, dir, "monitoraggio", "prepara", "--db", name+".db", "-o", name)
		return schedeIn(t, filepath.Join(dir, name))["Area Tecnica"]
	}
	casi = append(casi, wbtest.Caso{Nome: "altro archivio", Path: altri("copia", wbtest.Piano()), Motivo: "un altro archivio del piano 2024"})
	comune := wbtest.Piano()
	comune.Ente.Nome = "Altrove"
	casi = append(casi, wbtest.Caso{Nome: "altro comune", Path: altri("altrove", comune), Motivo: "è una scheda del Comune di Altrove"})
	anno := wbtest.Piano()
	anno.Piano.Anno, anno.Piano.AnnoInizio, anno.Piano.AnnoFine = 2025, 2025, 2027
	anno.Verifiche = []model.Verifica{{ID: 1, Data: model.MustDate(2025, 6, 30)}, {ID: 2, Data: model.MustDate(2025, 12, 31)}}
	casi = append(casi, wbtest.Caso{Nome: "altro anno", Path: altri("anno", anno), Motivo: "è una scheda del piano 2025"})

	os.RemoveAll(filepath.Join(dir, "backup"))
	before := sha(t, db)
	for _, c := range casi {
		t.Run(c.Nome, func(t *testing.T) {
			r := piano(t, dir, "monitoraggio", "leggi", "--db", "piano.db", scheda, c.Path)
			if r.code != exitError || !strings.Contains(r.stdout, "RIFIUTATA «"+filepath.Base(c.Path)+"»: ") ||
				!strings.Contains(r.stdout, c.Motivo) || !strings.Contains(r.stderr, "nessun valore è stato salvato") {
				t.Errorf("uscita %d\n%s\n%s", r.code, r.stdout, r.stderr)
			}
			if sha(t, db) != before {
				t.Fatal("l'archivio è cambiato")
			}
		})
	}
	t.Run("altra verifica", func(t *testing.T) {
		r := piano(t, dir, "monitoraggio", "leggi", "--db", "piano.db", "--al", "31/12/2024", scheda)
		if r.code != exitError || !strings.Contains(r.stdout, "è per la verifica al 30/06/2024, non per quella al 31/12/2024 scelta") {
			t.Errorf("uscita %d\n%s\n%s", r.code, r.stdout, r.stderr)
		}
	})
	t.Run("file che non esiste", func(t *testing.T) {
		r := piano(t, dir, "monitoraggio", "leggi", "--db", "piano.db", scheda, "manca.xlsx")
		if r.code != exitError || !strings.Contains(r.stdout, "RIFIUTATA «manca.xlsx»: non esiste") {
			t.Errorf("uscita %d\n%s\n%s", r.code, r.stdout, r.stderr)
		}
	})
	if sha(t, db) != before {
		t.Fatal("l'archivio è cambiato")
	}
	// A checkpoint deleted after the workbook was sent.
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Write(context.Background(), func(w model.Writer) error { _, err := w.DeleteVerifica(1); return err }); err != nil {
		t.Fatal(err)
	}
	st.Close()
	before = sha(t, db)
	r := piano(t, dir, "monitoraggio", "leggi", "--db", "piano.db", scheda)
	if r.code != exitError || !strings.Contains(r.stdout, "è per la verifica al 30/06/2024, che non c'è più nel piano") || sha(t, db) != before {
		t.Errorf("verifica eliminata: uscita %d\n%s", r.code, r.stdout)
	}

	for _, args := range [][]string{
		{"monitoraggio"},
		{"monitoraggio", "spedisci"},
		{"monitoraggio", "leggi", "--db", "piano.db"},
		{"monitoraggio", "leggi", "--db", "piano.db", "--conflitti", "tutti", scheda},
		{"monitoraggio", "prepara", "--db", "piano.db"},
		{"monitoraggio", "prepara", "--db", "piano.db", "-o", "x", "--al", "31/13/2024"},
	} {
		if r := piano(t, dir, args...); r.code != exitUsage {
			t.Errorf("%q: uscita %d, attesa %d\n%s", args, r.code, exitUsage, r.stderr)
		}
	}
}
