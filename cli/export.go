package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"pianoperformance/export"
)

const exportHelp = `
Esporta il piano in un formato aperto (D.Lgs 33/2013), per Amministrazione
trasparente o per passarlo a un altro programma.

Uso:
  piano export --db FILE [--versione N] --format json|xlsx|csv [-o USCITA]
  piano export --example --format json|xlsx|csv [-o USCITA]

Opzioni:
  --db FILE       archivio del piano da esportare
  --example       esporta il piano di esempio incluso (non serve un archivio)
  --versione N    esporta la versione congelata N (1 è l'adozione) invece del
                  piano com'è ora; in JSON è il testo registrato con la
                  delibera, byte per byte (la sua impronta SHA-256 è quella
                  che «piano versioni» mostra)
  --format F      json: il piano completo, reimportabile con "piano import",
                        con i risultati calcolati (esiti) per chi legge i dati
                  xlsx: una cartella di lavoro Excel, un foglio per sezione
                  csv:  un file per sezione (separatore ";", UTF-8 con BOM)
  -o USCITA       file da scrivere; per csv la cartella (creata se manca).
                  Senza -o il JSON va sullo standard output.

Esempi:
  piano export --db piano2024.db --format xlsx -o piano2024.xlsx
  piano export --db piano2024.db --format csv -o opendata
  piano export --example --format json > esempio.json
`

func runExport(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("export", exportHelp, stdout)
	var src source
	src.flags(fs)
	format := fs.String("format", "", "")
	out := fs.String("o", "", "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	switch *format {
	case "json", "xlsx", "csv":
	case "":
		return usagef("indicare il formato con --format json, xlsx o csv")
	default:
		return usagef("formato %q sconosciuto: scegliere tra json, xlsx e csv", *format)
	}
	if *out == "" && *format != "json" {
		return usagef("per il formato %s indicare con -o %s", *format, map[string]string{"xlsx": "il file da scrivere", "csv": "la cartella in cui scrivere i file"}[*format])
	}
	ctx := context.Background()
	p, err := src.load(ctx)
	if err != nil {
		return err
	}
	switch *format {
	case "json":
		// A frozen version is written as recorded, so that its SHA-256 is
		// the one registered with the resolution; the current plan comes
		// with the results computed from its readings.
		var b []byte
		if src.versione != 0 {
			b, err = src.testoVersione(ctx)
		} else {
			b, err = export.JSON(p)
		}
		if err != nil {
			return err
		}
		if *out == "" || *out == "-" {
			_, err = stdout.Write(b)
			return err
		}
		return writeFile(*out, func(w io.Writer) error { _, err := w.Write(b); return err })
	case "xlsx":
		opt := export.Options{Created: buildTime()}
		if err := writeFile(*out, func(w io.Writer) error { return export.XLSXWith(w, p, opt) }); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "Esportato %s (%d obiettivi)\n", *out, len(p.Obiettivi))
	case "csv":
		paths, err := export.CSV(*out, p)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "Esportati %d file CSV nella cartella %s\n", len(paths), *out)
	}
	return nil
}

// buildTime is the date written into documents: now, unless the standard
// SOURCE_DATE_EPOCH asks for a fixed one (reproducible publications).
func buildTime() time.Time {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	return time.Now().UTC().Truncate(time.Second)
}
