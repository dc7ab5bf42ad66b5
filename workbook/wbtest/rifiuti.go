package wbtest

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Caso is a file that reading back must refuse, and words of the reason.
type Caso struct {
	Nome, Path, Motivo string
}

// Rifiutati writes into dir, from a workbook of the plan (scheda), every
// kind of file reading back must refuse on its own: hidden data changed,
// row keys changed, rows copied into a new workbook, a workbook of a later
// format, far too many rows, and files that are not workbooks (text, PDF,
// OpenDocument, Excel 97-2003, protected by a password, a zip bomb, far too
// large). The workbooks of another plan, year or checkpoint need the plan
// files: the caller makes those.
func Rifiutati(t testing.TB, dir, scheda string) []Caso {
	t.Helper()
	var out []Caso
	add := func(nome, file, motivo string) {
		out = append(out, Caso{Nome: nome, Path: filepath.Join(dir, file), Motivo: motivo})
	}
	edit := func(file string, fn func(f *excelize.File)) {
		f, err := excelize.OpenFile(scheda)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		fn(f)
		if err := f.SaveAs(filepath.Join(dir, file)); err != nil {
			t.Fatal(err)
		}
	}
	must := func(err error) {
		if err != nil {
			t.Helper()
			t.Fatal(err)
		}
	}
	write := func(file string, b []byte) {
		must(os.WriteFile(filepath.Join(dir, file), b, 0o644))
	}

	edit("identita.xlsx", func(f *excelize.File) {
		rows, err := f.GetRows("_scheda")
		must(err)
		for i, r := range rows {
			if len(r) > 1 && r[0] == "anno" {
				must(f.SetCellStr("_scheda", "B"+strconv.Itoa(i+1), "2023"))
			}
		}
	})
	add("dati nascosti modificati", "identita.xlsx", "i dati nascosti che legano la scheda al piano sono stati modificati")

	edit("versione.xlsx", func(f *excelize.File) {
		must(f.SetCellStr("_scheda", "B1", "piano-performance/scheda-monitoraggio/9"))
	})
	add("formato di una versione futura", "versione.xlsx", "un'altra versione del programma")

	edit("chiave.xlsx", func(f *excelize.File) {
		sh, cell := Cella(t, f, I(IndKm), Valore)
		rows, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
		must(err)
		col := 0
		for i, k := range rows[0] {
			if strings.HasPrefix(k, "chiave.") {
				col = i
			}
		}
		_, row, _ := excelize.CellNameToCoordinates(cell)
		key, _ := excelize.CoordinatesToCellName(col+1, row)
		v, _ := f.GetCellValue(sh, key)
		must(f.SetCellStr(sh, key, strings.Replace(v, "I12-", "I13-", 1)))
	})
	add("codice nascosto di una riga modificato", "chiave.xlsx", "i codici nascosti delle righe sono stati modificati")

	edit("colonna.xlsx", func(f *excelize.File) {
		rows, err := f.GetRows("Indicatori", excelize.Options{RawCellValue: true})
		must(err)
		for i, k := range rows[0] {
			if k == Valore {
				cell, _ := excelize.CoordinatesToCellName(i+1, 1)
				must(f.SetCellStr("Indicatori", cell, "12"))
			}
		}
	})
	add("riga nascosta delle colonne modificata", "colonna.xlsx", "non si trova più la colonna «valore»")

	edit("righe.xlsx", func(f *excelize.File) {
		must(f.SetCellStr("Indicatori", "A6000", "riga lontana"))
	})
	add("troppe righe", "righe.xlsx", "più di 5000 righe")

	// The rows copied into a new workbook: no hidden data.
	{
		src, err := excelize.OpenFile(scheda)
		must(err)
		rows, err := src.GetRows("Indicatori")
		src.Close()
		must(err)
		f := excelize.NewFile()
		for i, r := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			vals := make([]any, len(r))
			for j, v := range r {
				vals[j] = v
			}
			must(f.SetSheetRow("Sheet1", cell, &vals))
		}
		must(f.SaveAs(filepath.Join(dir, "copia.xlsx")))
		f.Close()
	}
	add("righe copiate in un'altra cartella di lavoro", "copia.xlsx", "non è una scheda di monitoraggio preparata dal programma")

	write("testo.xlsx", []byte("Valore al 30/06: 12\n"))
	add("testo", "testo.xlsx", "non è una cartella di lavoro Excel")
	write("documento.xlsx", []byte("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"))
	add("PDF", "documento.xlsx", "non è una cartella di lavoro Excel")
	write("vuoto.xlsx", nil)
	add("file vuoto", "vuoto.xlsx", "non è una cartella di lavoro Excel")

	write("foglio.ods", zipOf(t, map[string][]byte{"mimetype": []byte("application/vnd.oasis.opendocument.spreadsheet"),
		"content.xml": []byte("<office:document-content/>")}))
	add("OpenDocument", "foglio.ods", "OpenDocument (.ods)")

	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, bytes.Repeat([]byte{0}, 4096)...)
	write("vecchio.xls", ole)
	add("Excel 97-2003", "vecchio.xls", "97-2003")

	{
		f, err := excelize.OpenFile(scheda)
		must(err)
		must(f.SaveAs(filepath.Join(dir, "password.xlsx"), excelize.Options{Password: "segreta"}))
		f.Close()
	}
	add("protetto da password", "password.xlsx", "protetto da password")

	write("bomba.xlsx", zipOf(t, map[string][]byte{"xl/workbook.xml": []byte("<workbook/>"),
		"xl/worksheets/sheet1.xml": bytes.Repeat([]byte(" "), 40<<20)}))
	add("zip bomb", "bomba.xlsx", "molti più dati di qualsiasi scheda")

	big := bytes.Repeat([]byte("PK"), 5<<20)
	write("enorme.xlsx", big)
	add("file enorme", "enorme.xlsx", "molto più grande di qualsiasi scheda")
	return out
}

func zipOf(t testing.TB, parts map[string][]byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, name := range []string{"mimetype", "content.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"} {
		data, ok := parts[name]
		if !ok {
			continue
		}
		fw, err := w.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := fw.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
