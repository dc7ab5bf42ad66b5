package cli

import (
	"context"
	"fmt"
	"io"

	"pianoperformance/model"
	"pianoperformance/publication"
)

const pubblicaHelp = `
Prepara il pacchetto da pubblicare in Amministrazione trasparente ›
Performance: il piano in PDF/A-2b, i dati aperti (XLSX, JSON e una cartella
di CSV), un indice (LEGGIMI.txt) con l'impronta di ogni file, e la scheda
con i dati dell'adozione da riportare nel Portale PIAO. Si pubblica il testo
adottato: l'ultima versione congelata, o quella indicata con --versione.

Uso:
  piano pubblica --db FILE [--versione N] -o CARTELLA
  piano pubblica --db FILE [--versione N] -o PACCHETTO.zip

Opzioni:
  --db FILE       archivio del piano
  --example       il piano di esempio incluso (non adottato: solo per prova)
  --versione N    la versione da pubblicare (predefinita: l'ultima)
  -o USCITA       la cartella da scrivere (creata se manca), o un file .zip

Esempio:
  piano pubblica --db piano2024.db -o pubblicazione-2024.zip
`

func runPubblica(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("pubblica", pubblicaHelp, stdout)
	var src source
	src.flags(fs)
	out := fs.String("o", "", "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return usagef("indicare con -o la cartella o il file .zip da scrivere")
	}
	ctx := context.Background()
	var vv []model.Versione
	var err error
	if src.db != "" {
		if vv, err = versioniDi(ctx, src.db); err != nil {
			return err
		}
		if src.versione == 0 && len(vv) > 0 {
			src.versione = len(vv)
		}
	}
	p, v, err := src.loadVersione(ctx)
	if err != nil {
		return err
	}
	pk := publication.Pack{Plan: p, Versione: v, Versioni: vv, Date: buildTime()}
	names, err := pk.Write(*out)
	if err != nil {
		return err
	}
	if v == nil {
		fmt.Fprintln(stdout, "Attenzione: il piano non risulta adottato; il pacchetto è solo una prova.")
	}
	fmt.Fprintf(stdout, "Pacchetto scritto in %s (%d file; vedere LEGGIMI.txt).\n", *out, len(names))
	return nil
}
