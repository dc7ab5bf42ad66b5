package workbook

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Reading a filled workbook: first as an untrusted file (size, kind,
// zip bombs), then its identity, then its rows, found by their hidden keys.

// File is a workbook to read back: its name, for messages and the
// history, and its bytes.
type File struct {
	Nome string
	Dati []byte
}

// Limits, far above any real workbook: the workbook of an Area of the
// large synthetic plan (250 indicators, 84 objectives, 250 phases) is
// 52 KB, 320 KB unpacked.
const (
	MaxByte       = 8 << 20  // the file as it is
	maxScompresso = 16 << 20 // all its parts unpacked
	maxParti      = 500      // parts in the zip
	maxFogli      = 30
	maxRighe      = 5_000 // rows of a sheet
	maxColonne    = 500   // columns of a row
)

// ApriFile reads a workbook from disk, refusing one far too large before
// reading it. Its error is a Rifiuto.
func ApriFile(path string) (File, error) {
	name := filepath.Base(path)
	f, err := os.Open(path)
	if err != nil {
		why := "non si può leggere"
		if errors.Is(err, os.ErrNotExist) {
			why = "non esiste"
		}
		return File{}, Rifiuto{File: name, Motivo: why}
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return File{}, Rifiuto{File: name, Motivo: "è una cartella, non una scheda"}
	}
	b, err := io.ReadAll(io.LimitReader(f, MaxByte+1))
	if err != nil {
		return File{}, Rifiuto{File: name, Motivo: "non si può leggere"}
	}
	return File{Nome: name, Dati: b}, nil
}

// ApriTutti reads the workbooks at paths from disk: those it cannot even
// read (missing, a folder, unreadable) come back as refusals, to be listed
// with those of Leggi.
func ApriTutti(paths []string) ([]File, []Rifiuto) {
	var files []File
	var rifiuti []Rifiuto
	for _, p := range paths {
		f, err := ApriFile(p)
		if err != nil {
			var r Rifiuto
			if !errors.As(err, &r) {
				r = Rifiuto{File: filepath.Base(p), Motivo: "non si può leggere"}
			}
			rifiuti = append(rifiuti, r)
			continue
		}
		files = append(files, f)
	}
	return files, rifiuti
}

// cellaLetta is a cell as stored: its raw text and what the file says it
// is. The reader turns it into what a person meant (celle.go).
type cellaLetta struct {
	raw      string
	tipo     excelize.CellType
	data     bool // a number shown as a date
	percento bool // a number shown as a percentage
}

func (c cellaLetta) vuota() bool { return strings.TrimSpace(c.raw) == "" }

// rigaLetta is a data row with its key and the cells to fill in.
type rigaLetta struct {
	foglio string
	numero int // row number in the sheet, as the spreadsheet shows it
	chiave chiaveRiga
	testo  map[string]string // locked context cells, by column key
	celle  map[string]cellaLetta
}

type lettura struct {
	id       identita
	date1904 bool
	righe    []rigaLetta
	senza    []rigaLetta // rows with something written but no key: added by hand
}

// leggiScheda reads one workbook without the plan. The error is the
// reason the whole file is refused, for people.
func leggiScheda(file File) (l *lettura, err error) {
	if len(file.Dati) > MaxByte {
		return nil, fmt.Errorf("è molto più grande di qualsiasi scheda (oltre %d MB): non viene letto", MaxByte>>20)
	}
	if err := annusa(file.Dati); err != nil {
		return nil, err
	}
	// The library parses what the user's spreadsheet wrote: a malformed
	// part must refuse the file, never stop the program.
	defer func() {
		if r := recover(); r != nil {
			l, err = nil, fmt.Errorf("è danneggiato e non si può leggere")
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(file.Dati), excelize.Options{
		UnzipSizeLimit: maxScompresso, UnzipXMLSizeLimit: maxScompresso})
	if err != nil {
		if strings.Contains(err.Error(), "unzip size") {
			return nil, fmt.Errorf("contiene molti più dati di qualsiasi scheda: non viene letto")
		}
		return nil, fmt.Errorf("non è una cartella di lavoro Excel leggibile")
	}
	defer f.Close()
	l = &lettura{}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		l.date1904 = *props.Date1904
	}
	sheets := f.GetSheetList()
	if len(sheets) > maxFogli {
		return nil, fmt.Errorf("ha %d fogli: non è una scheda di monitoraggio", len(sheets))
	}
	kv, ok, err := leggiCoppie(f)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("non è una scheda di monitoraggio preparata dal programma (manca il foglio nascosto che la lega al piano)")
	}
	if l.id, err = leggiIdentita(kv); err != nil {
		return nil, err
	}
	for _, sh := range sheets {
		if sh == nomeIdentita {
			continue
		}
		if err := l.leggiFoglio(f, sh); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// annusa tells the files people send by mistake from a workbook, before
// the spreadsheet library sees them.
func annusa(b []byte) error {
	ole := []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	if bytes.HasPrefix(b, ole) {
		// Excel keeps an encrypted workbook in an OLE container with an
		// "EncryptedPackage" stream (its name in UTF-16).
		if bytes.Contains(b, utf16("EncryptedPackage")) {
			return fmt.Errorf("è protetto da password: togliere la password (in Excel: File › Informazioni › Proteggi cartella di lavoro) e salvarlo di nuovo")
		}
		return fmt.Errorf("è nel vecchio formato Excel 97-2003 (.xls): aprirlo e salvarlo come «Cartella di lavoro di Excel (.xlsx)»")
	}
	if !bytes.HasPrefix(b, []byte("PK")) {
		return fmt.Errorf("non è una cartella di lavoro Excel (.xlsx)")
	}
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return fmt.Errorf("non è una cartella di lavoro Excel (.xlsx), o è danneggiato")
	}
	if len(zr.File) > maxParti {
		return fmt.Errorf("contiene molte più parti di qualsiasi scheda: non viene letto")
	}
	var total uint64
	workbook := false
	for _, zf := range zr.File {
		total += zf.UncompressedSize64
		if total > maxScompresso {
			return fmt.Errorf("contiene molti più dati di qualsiasi scheda: non viene letto")
		}
		switch strings.ToLower(strings.ReplaceAll(zf.Name, "\\", "/")) {
		case "xl/workbook.xml":
			workbook = true
		case "mimetype":
			if zf.UncompressedSize64 < 200 {
				if rc, err := zf.Open(); err == nil {
					m, _ := io.ReadAll(io.LimitReader(rc, 200))
					rc.Close()
					if strings.Contains(string(m), "opendocument.spreadsheet") {
						return fmt.Errorf("è in formato OpenDocument (.ods): salvarlo come «Excel 2007-365 (.xlsx)»")
					}
				}
			}
		}
	}
	if !workbook {
		return fmt.Errorf("non è una cartella di lavoro Excel (.xlsx)")
	}
	return nil
}

func utf16(s string) []byte {
	out := make([]byte, 0, 2*len(s))
	for _, r := range s {
		out = append(out, byte(r), 0)
	}
	return out
}

// leggiCoppie reads the hidden identity sheet; ok is false when there is
// none.
func leggiCoppie(f *excelize.File) (map[string]string, bool, error) {
	idx, err := f.GetSheetIndex(nomeIdentita)
	if err != nil || idx < 0 {
		return nil, false, nil
	}
	rows, err := f.Rows(nomeIdentita)
	if err != nil {
		return nil, false, fmt.Errorf("è danneggiato e non si può leggere")
	}
	defer rows.Close()
	kv := map[string]string{}
	for n := 0; rows.Next(); n++ {
		if n > 50 {
			return nil, false, fmt.Errorf("i dati nascosti che legano la scheda al piano sono stati modificati o sono incompleti")
		}
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, false, fmt.Errorf("è danneggiato e non si può leggere")
		}
		if len(cols) >= 2 {
			kv[strings.TrimSpace(cols[0])] = strings.TrimSpace(cols[1])
		}
	}
	return kv, true, nil
}

// leggiFoglio finds a data sheet by its hidden keys row and reads its rows;
// a sheet without one (added by the user) is skipped.
func (l *lettura) leggiFoglio(f *excelize.File, sh string) error {
	rows, err := f.Rows(sh)
	if err != nil {
		return fmt.Errorf("è danneggiato e non si può leggere")
	}
	defer rows.Close()
	var keys map[string]int // column index by key
	chiaveCol := -1
	found := false // a row with a key came already: later rows without one were added
	for n := 1; rows.Next(); n++ {
		if n > maxRighe {
			return fmt.Errorf("il foglio «%s» ha più di %d righe: molte più di qualsiasi scheda, non viene letto", sh, maxRighe)
		}
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return fmt.Errorf("è danneggiato e non si può leggere")
		}
		if len(cols) > maxColonne {
			return fmt.Errorf("il foglio «%s» ha più di %d colonne: molte più di qualsiasi scheda, non viene letto", sh, maxColonne)
		}
		if keys == nil {
			if n > maxRigheTest {
				return nil
			}
			if keys, chiaveCol = chiaviColonne(cols); keys != nil {
				if err := colonneAttese(sh, keys, cols[chiaveCol]); err != nil {
					return err
				}
			}
			continue
		}
		at := func(k string) string {
			if i, ok := keys[k]; ok && i < len(cols) {
				return cols[i]
			}
			return ""
		}
		r := rigaLetta{foglio: sh, numero: n, testo: map[string]string{}, celle: map[string]cellaLetta{}}
		for k := range keys {
			if !strings.HasPrefix(k, kChiave) {
				r.testo[k] = at(k)
			}
		}
		token := ""
		if chiaveCol < len(cols) {
			token = strings.TrimSpace(cols[chiaveCol])
		}
		if token == "" {
			if found && l.scritto(keys, cols) {
				l.senza = append(l.senza, r)
			}
			continue
		}
		k, ok := leggiChiave(token, l.id)
		if !ok {
			return fmt.Errorf("i codici nascosti delle righe sono stati modificati (foglio «%s», riga %d): preparare e inviare una nuova scheda", sh, n)
		}
		found = true
		r.chiave = k
		for _, key := range []string{kValore, kData, kStato, kCausa, kAzione, kNota, kConclusa} {
			if i, ok := keys[key]; ok && i < len(cols) && strings.TrimSpace(cols[i]) != "" {
				c, err := l.cella(f, sh, i, n, cols[i])
				if err != nil {
					return err
				}
				r.celle[key] = c
			}
		}
		l.righe = append(l.righe, r)
	}
	return nil
}

// chiaviColonne recognises the hidden keys row: nil when cols is not it.
func chiaviColonne(cols []string) (map[string]int, int) {
	keys := map[string]int{}
	at := -1
	for i, c := range cols {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if strings.HasPrefix(c, kChiave) {
			at = i
		}
		keys[c] = i
	}
	if at < 0 {
		return nil, -1
	}
	return keys, at
}

// attese are the columns each kind of data sheet must have: without one,
// an empty cell could not be told from a column that is missing, and
// reading would take every value as cleared.
var attese = map[string][]string{
	"indicatori": {kCodice, kObiettivo, kIndicatore, kValore, kData, kStato, kCausa, kAzione},
	"obiettivi":  {kCodice, kObiettivo, kNota},
	"fasi":       {kCodice, kObiettivo, kFase, kConclusa, kData},
}

// colonneAttese refuses a data sheet whose hidden keys row lost a column.
func colonneAttese(sh string, keys map[string]int, chiave string) error {
	want, ok := attese[strings.TrimPrefix(strings.TrimSpace(chiave), kChiave)]
	if !ok {
		return fmt.Errorf("i dati nascosti che legano la scheda al piano sono stati modificati (foglio «%s»)", sh)
	}
	for _, k := range want {
		if _, ok := keys[k]; !ok {
			return fmt.Errorf("i dati nascosti che legano la scheda al piano sono stati modificati (foglio «%s»: non si trova più la colonna «%s»)", sh, k)
		}
	}
	return nil
}

// scritto reports whether a row without key has something in the cells to
// fill in.
func (l *lettura) scritto(keys map[string]int, cols []string) bool {
	for _, key := range []string{kValore, kData, kStato, kCausa, kAzione, kNota, kConclusa} {
		if i, ok := keys[key]; ok && i < len(cols) && strings.TrimSpace(cols[i]) != "" {
			return true
		}
	}
	return false
}

// cella reads what the file says of a cell: its type and number format.
func (l *lettura) cella(f *excelize.File, sh string, col, row int, raw string) (cellaLetta, error) {
	name, err := excelize.CoordinatesToCellName(col+1, row)
	if err != nil {
		return cellaLetta{}, err
	}
	c := cellaLetta{raw: raw}
	if c.tipo, err = f.GetCellType(sh, name); err != nil {
		return c, fmt.Errorf("è danneggiato e non si può leggere")
	}
	if c.tipo == excelize.CellTypeUnset || c.tipo == excelize.CellTypeNumber {
		if id, err := f.GetCellStyle(sh, name); err == nil && id > 0 {
			if st, err := f.GetStyle(id); err == nil {
				c.data, c.percento = formatoNumero(st.NumFmt, st.CustomNumFmt)
			}
		}
	}
	return c, nil
}

// dove names a row for messages: the sheet and the row number.
func (r rigaLetta) dove() string { return fmt.Sprintf("foglio «%s», riga %d", r.foglio, r.numero) }
