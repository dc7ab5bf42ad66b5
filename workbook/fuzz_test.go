package workbook

import (
	"bytes"
	"os"
	"testing"

	"pianoperformance/workbook/wbtest"
)

// Whatever bytes come back by e-mail, reading them refuses or reads: it
// never stops the program. The corpus starts from a real workbook, filled
// and not; the fuzzer mutates it:
//
//	go test ./workbook -run '^$' -fuzz FuzzLeggiScheda -fuzzminimizetime 5x
//
// (minimizing an 18 KB workbook by default takes minutes, and meanwhile the
// counters stand still).
func FuzzLeggiScheda(f *testing.F) {
	p := wbtest.Piano()
	dir := f.TempDir()
	path := prepara(f, p, "0123456789abcdef0123456789abcdef", 1, dir)["Area Tecnica"]
	b, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	wbtest.Compila(f, path, wbtest.M(wbtest.I(wbtest.IndKm), wbtest.Valore, wbtest.Testo("1.234,5")))
	if b, err = os.ReadFile(path); err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte("PK\x03\x04"))
	f.Add(bytes.Repeat([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, 8))
	f.Fuzz(func(t *testing.T, data []byte) {
		a := Leggi(p, []File{{Nome: "scheda.xlsx", Dati: data}}, OpzioniLettura{Piano: "0123456789abcdef0123456789abcdef"})
		if len(a.Rifiuti)+len(a.Schede) != 1 {
			t.Fatalf("né letta né rifiutata: %+v", a)
		}
		for _, r := range a.Rifiuti {
			if r.Motivo == "" {
				t.Fatal("rifiuto senza motivo")
			}
		}
	})
}
