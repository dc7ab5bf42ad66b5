package workbook

import (
	"strings"
	"testing"
	"time"

	"pianoperformance/model"
	"pianoperformance/workbook/wbtest"
)

// Every file that cannot be trusted is refused whole, with a reason a
// clerk understands; when any file of a reading is refused, nothing may be
// saved.
func TestRifiuti(t *testing.T) {
	p := wbtest.Piano()
	db, id := pianoSuDisco(t, p)
	dir := t.TempDir()
	scheda := prepara(t, carica(t, db), id, 1, dir)["Area Tecnica"]
	casi := wbtest.Rifiutati(t, t.TempDir(), scheda)

	// Another archive of the same plan, another comune, another year.
	_, altroID := pianoSuDisco(t, wbtest.Piano())
	altro := prepara(t, wbtest.Piano(), altroID, 1, t.TempDir())["Area Tecnica"]
	casi = append(casi, wbtest.Caso{Nome: "altro archivio", Path: altro, Motivo: "preparata da un altro archivio del piano 2024"})
	comune := wbtest.Piano()
	comune.Ente.Nome = "Altrove"
	casi = append(casi, wbtest.Caso{Nome: "altro comune", Path: prepara(t, comune, id, 1, t.TempDir())["Area Tecnica"],
		Motivo: "è una scheda del Comune di Altrove, non del piano aperto (Comune di Valdiprova)"})
	anno := wbtest.Piano()
	anno.Piano.Anno, anno.Piano.AnnoInizio, anno.Piano.AnnoFine = 2025, 2025, 2027
	anno.Verifiche = []model.Verifica{{ID: 1, Data: model.MustDate(2025, time.June, 30)}}
	casi = append(casi, wbtest.Caso{Nome: "altro anno", Path: prepara(t, anno, id, 1, t.TempDir())["Area Tecnica"],
		Motivo: "è una scheda del piano 2025, non del piano aperto (2024)"})

	plan := carica(t, db)
	for _, c := range casi {
		t.Run(c.Nome, func(t *testing.T) {
			a := Leggi(plan, append(leggiFile(t, scheda), leggiFileOErrore(t, c.Path)...), OpzioniLettura{Piano: id})
			if len(a.Rifiuti) != 1 || !strings.Contains(a.Rifiuti[0].Motivo, c.Motivo) {
				t.Fatalf("rifiuti %+v, atteso %q", a.Rifiuti, c.Motivo)
			}
			if m, ev := a.Lotto(Scelte{}, time.Now()); m != nil || ev != nil {
				t.Error("con un file rifiutato il lotto non è vuoto")
			}
		})
	}

	t.Run("altra verifica", func(t *testing.T) {
		a := Leggi(plan, leggiFile(t, scheda), OpzioniLettura{Piano: id, Verifica: 2})
		if len(a.Rifiuti) != 1 || a.Rifiuti[0].Motivo != "è per la verifica al 30/06/2024, non per quella al 31/12/2024 scelta" {
			t.Fatalf("%+v", a.Rifiuti)
		}
	})
	t.Run("verifica eliminata", func(t *testing.T) {
		senza := carica(t, db)
		senza.RimuoviVerifica(1)
		a := Leggi(senza, leggiFile(t, scheda), OpzioniLettura{Piano: id})
		if len(a.Rifiuti) != 1 || a.Rifiuti[0].Motivo != "è per la verifica al 30/06/2024, che non c'è più nel piano" {
			t.Fatalf("%+v", a.Rifiuti)
		}
	})
	t.Run("la stessa Area due volte", func(t *testing.T) {
		a := Leggi(plan, leggiFile(t, scheda, scheda), OpzioniLettura{Piano: id})
		if len(a.Rifiuti) != 1 || !strings.Contains(a.Rifiuti[0].Motivo, "è di nuovo la scheda dell'Area «Area Tecnica» per la stessa verifica") {
			t.Fatalf("%+v", a.Rifiuti)
		}
	})
}

// leggiFileOErrore reads a file that may be far too large: ApriFile stops
// reading past the limit, and the reader refuses it.
func leggiFileOErrore(t *testing.T, path string) []File {
	t.Helper()
	f, err := ApriFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return []File{f}
}
