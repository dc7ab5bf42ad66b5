package export

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"pianoperformance/atomicfile"
	"pianoperformance/model"
)

// bom makes Excel read the file as UTF-8 instead of the Windows code page,
// so "Unità" and "≥" survive a double click.
const bom = "\ufeff"

// CSV writes one file per section of the plan into dir (created if
// missing): UTF-8 with BOM, ';' as separator and CRLF line ends, numbers as
// "1363,18" (no thousands dots, so Italian Excel reads them as numbers),
// dates as "31/12/2023". It returns the paths written, in section order.
func CSV(dir string, p *model.Plan) ([]string, error) {
	if p == nil {
		return nil, fmt.Errorf("nessun piano da esportare")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("impossibile creare la cartella %s: %w", dir, err)
	}
	var paths []string
	for _, t := range tables(p) {
		path := filepath.Join(dir, t.File)
		if err := writeCSVFile(path, t); err != nil {
			return paths, fmt.Errorf("scrittura di %s non riuscita: %w", t.File, err)
		}
		paths = append(paths, path)
	}
	return paths, nil
}

// writeCSVFile writes one table, whole or not at all (see atomicfile).
func writeCSVFile(path string, t *table) error {
	return atomicfile.Write(path, atomicfile.Public, func(f io.Writer) error {
		bw := bufio.NewWriter(f)
		bw.WriteString(bom)
		w := csv.NewWriter(bw)
		w.Comma = ';'
		w.UseCRLF = true
		rec := make([]string, len(t.Cols))
		for i, c := range t.Cols {
			rec[i] = c.title()
		}
		w.Write(rec)
		for _, row := range t.Rows {
			for i, c := range row {
				rec[i] = csvValue(c, t.Cols[i].Decimals)
			}
			w.Write(rec)
		}
		w.Flush()
		if err := w.Error(); err != nil {
			return err
		}
		return bw.Flush()
	})
}

// csvValue writes a cell the way Italian Excel reads it back.
func csvValue(c cell, decimals int) string {
	switch c.k {
	case text:
		// Go's CSV writer drops a lone CR when it writes CR LF line ends:
		// every line break is written as one, so none is lost.
		return lineBreaks.Replace(Neutralize(c.s))
	case number:
		if decimals < 0 {
			decimals = exactDecimals(c.n)
		}
		// The decimal separator is the comma, so dropping the thousands
		// dots leaves a number Excel parses as such.
		return strings.ReplaceAll(model.FormatNumber(c.n, decimals), ".", "")
	case date:
		return c.d.String()
	}
	return ""
}

var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// exactDecimals is how many decimals write f without losing anything.
func exactDecimals(f float64) int {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if _, frac, ok := strings.Cut(s, "."); ok {
		return len(frac)
	}
	return 0
}
