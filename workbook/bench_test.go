package workbook

import (
	"io"
	"testing"
	"time"

	"pianoperformance/model/synth"
	"pianoperformance/workbook/wbtest"
)

// The large synthetic plan: 500 objectives × 3 indicators on six Aree,
// 1.500 phases, readings at both checkpoints.

func BenchmarkPreparaGrande(b *testing.B) {
	p := synth.Plan(10, 500, 3)
	b.ReportAllocs()
	for b.Loop() {
		ss, err := Prepara(p, Opzioni{Piano: "0123456789abcdef0123456789abcdef", Verifica: 1, Preparata: preparata})
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range ss {
			if err := s.Scrivi(io.Discard); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkLeggiGrande(b *testing.B) {
	p := synth.Plan(10, 500, 3)
	const id = "0123456789abcdef0123456789abcdef"
	var files []File
	for _, path := range prepara(b, p, id, 1, b.TempDir()) {
		wbtest.CompilaTutto(b, path)
		files = append(files, leggiFile(b, path)...)
	}
	b.ReportAllocs()
	for b.Loop() {
		a := Leggi(p, files, OpzioniLettura{Piano: id})
		// Every one of the 2.000 rows was filled; a few say what the
		// plan holds already.
		if len(a.Rifiuti) > 0 || a.Conta(Modifica) < 1900 || a.Conta(Vuota)+a.Conta(Problema) > 0 {
			b.Fatalf("rifiuti %v, modifiche %d, vuote %d, problemi %d", a.Rifiuti, a.Conta(Modifica), a.Conta(Vuota), a.Conta(Problema))
		}
		if m, _ := a.Lotto(nil, time.Now()); m.Vuoto() {
			b.Fatal("lotto vuoto")
		}
	}
}
