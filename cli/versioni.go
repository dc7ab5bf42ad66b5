package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"pianoperformance/model"
	"pianoperformance/model/postgres"
	"pianoperformance/model/sqlite"
)

const adottaHelp = `
Registra la delibera che adotta il piano e ne congela il testo: da quel
momento la versione adottata resta nell'archivio così com'è, non si può più
modificare, e si può stampare e confrontare con le versioni successive.

Uso:
  piano adotta --db FILE --numero N --data GG/MM/AAAA [--organo ORGANO]

Opzioni:
  --db FILE        archivio del piano
  --numero N       numero della delibera ("12", "12/bis")
  --data DATA      data della delibera, GG/MM/AAAA
  --organo ORGANO  chi ha deliberato (predefinito: Giunta comunale)

Esempio:
  piano adotta --db piano2024.db --numero 12 --data 31/01/2024
`

const variaHelp = `
Registra una delibera che varia il piano adottato (D.Lgs 150/2009 art. 10
c.3) e congela il testo variato come nuova versione. Le modifiche sono quelle
fatte al piano dopo l'ultima versione: "piano variazioni --a corrente" le
elenca prima di registrarle.

Uso:
  piano varia --db FILE --numero N --data GG/MM/AAAA --motivo TESTO [--organo ORGANO]

Opzioni:
  --db FILE        archivio del piano
  --numero N       numero della delibera di variazione
  --data DATA      data della delibera, GG/MM/AAAA
  --motivo TESTO   perché il piano cambia
  --organo ORGANO  chi ha deliberato (predefinito: Giunta comunale)

Esempio:
  piano varia --db piano2024.db --numero 58 --data 20/07/2024 --motivo "Nuovo obiettivo sulle strade"
`

const versioniHelp = `
Elenca le versioni congelate del piano: l'adozione e le variazioni, con la
delibera, la data di registrazione e il motivo; dice anche se ci sono
modifiche non ancora registrate.

Uso:
  piano versioni --db FILE
`

const variazioniHelp = `
Elenca, come testo, le differenze tra due versioni del piano: obiettivi
aggiunti, eliminati o spostati, titoli, descrizioni, indicatori, target,
pesi e unità cambiati, tabelle di contesto; il testo precedente accanto al
nuovo.

Uso:
  piano variazioni --db FILE [--da N] [--a M|corrente]

Opzioni:
  --db FILE     archivio del piano
  --da N        versione di partenza (predefinita: quella prima di --a)
  --a M         versione di arrivo, oppure "corrente" per il piano come è
                ora, con le modifiche non ancora registrate (predefinita:
                l'ultima versione; "corrente" se c'è solo l'adozione)

Esempi:
  piano variazioni --db piano2024.db
  piano variazioni --db piano2024.db --da 1 --a corrente
`

func runAdotta(args []string, stdout, stderr io.Writer) error {
	return registra(args, stdout, model.VersioneAdozione)
}

func runVaria(args []string, stdout, stderr io.Writer) error {
	return registra(args, stdout, model.VersioneVariazione)
}

func registra(args []string, stdout io.Writer, tipo model.TipoVersione) error {
	name, help := "adotta", adottaHelp
	if tipo == model.VersioneVariazione {
		name, help = "varia", variaHelp
	}
	fs := newFlags(name, help, stdout)
	db := fs.String("db", "", "")
	numero := fs.String("numero", "", "")
	data := fs.String("data", "", "")
	organo := fs.String("organo", model.OrganoGiunta, "")
	motivo := fs.String("motivo", "", "")
	if err := parseDB(fs, args, db); err != nil {
		return err
	}
	if tipo == model.VersioneAdozione && *motivo != "" {
		return usagef("--motivo vale per le variazioni; l'adozione non ne ha")
	}
	atto := model.Atto{Organo: strings.TrimSpace(*organo), Numero: strings.TrimSpace(*numero)}
	if strings.TrimSpace(*data) != "" {
		d, err := model.ParseDate(*data)
		if err != nil {
			return usageError{"--data: " + err.Error()}
		}
		atto.Data = &d
	}
	if err := model.ValidaAtto(atto); err != nil {
		return usageError{err.Error()}
	}
	st, err := openWritable(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	var v model.Versione
	if tipo == model.VersioneAdozione {
		err = st.Write(ctx, func(w model.Writer) (err error) { v, err = w.Adotta(atto); return err })
	} else {
		err = st.Write(ctx, func(w model.Writer) (err error) { v, err = w.RegistraVariazione(atto, *motivo); return err })
	}
	if err != nil {
		return err
	}
	if err := st.Close(); err != nil {
		return err
	}
	what := "Adottato il piano"
	if tipo == model.VersioneVariazione {
		what = "Registrata la " + strings.ToLower(v.Etichetta())
	}
	fmt.Fprintf(stdout, "%s con %s: versione n. %d congelata (impronta SHA-256 %s).\n", what, v.Atto.Testo(), v.Numero, v.Impronta)
	return nil
}

// parseDB parses the command line of a command that works on an archive.
func parseDB(fs *flags, args []string, db *string) error {
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *db == "" {
		return usagef("indicare l'archivio del piano con --db FILE")
	}
	return nil
}

// versioniDi lists the frozen versions of an archive, read-only.
func versioniDi(ctx context.Context, db string) ([]model.Versione, error) {
	st, err := openReadOnly(db)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	return leggiVersioni(ctx, st)
}

// openWritable opens an archive to change it, with the backup that every
// opening writes.
func openWritable(db string) (model.Store, error) {
	if postgres.IsAddress(db) {
		return openServer(db)
	}
	if _, err := os.Stat(db); err != nil {
		return nil, fmt.Errorf("l'archivio %q non esiste o non è leggibile", db)
	}
	st, err := sqlite.Open(db)
	if err != nil {
		return nil, err
	}
	return model.Checked(st), nil
}

func runVersioni(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("versioni", versioniHelp, stdout)
	db := fs.String("db", "", "")
	if err := parseDB(fs, args, db); err != nil {
		return err
	}
	st, err := openReadOnly(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	vv, err := leggiVersioni(ctx, st)
	if err != nil {
		return err
	}
	cur, err := st.Load(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Versioni del Piano della Performance %d – %s\n\n", cur.Piano.Anno, cur.Ente.Nome)
	if len(vv) == 0 {
		fmt.Fprintf(stdout, "Il piano non è ancora stato adottato: nessuna versione congelata.\nPer registrare l'adozione: piano adotta --db %s --numero N --data GG/MM/AAAA\n", *db)
		return nil
	}
	for _, v := range vv {
		fmt.Fprintf(stdout, "%3d  %-16s %s (registrata il %s)\n", v.Numero, v.Etichetta(), v.Atto.Testo(), v.Registrata.Local().Format("02/01/2006 15:04"))
		if v.Motivo != "" {
			fmt.Fprintf(stdout, "     %-16s Motivo: %s\n", "", v.Motivo)
		}
	}
	last, err := leggiVersione(ctx, st, len(vv))
	if err != nil {
		return err
	}
	if mm := model.Confronta(last, cur); len(mm) > 0 {
		fmt.Fprintf(stdout, "\nDopo la versione n. %d il piano ha modifiche non ancora registrate (%s).\nPer vederle: piano variazioni --db %s --a corrente\n",
			len(vv), model.RiassuntoModifiche(mm), *db)
	} else {
		fmt.Fprintf(stdout, "\nIl piano è uguale alla versione n. %d.\n", len(vv))
	}
	return nil
}

// confronto is two versions of the plan to compare.
type confronto struct {
	prima, dopo *model.Plan
	da          model.Versione
	a           *model.Versione // nil: the current plan
}

// versioniDaConfrontare resolves --da and --a against the archive's versions.
func versioniDaConfrontare(ctx context.Context, db, daFlag, aFlag string) (confronto, error) {
	var c confronto
	st, err := openReadOnly(db)
	if err != nil {
		return c, err
	}
	defer st.Close()
	vv, err := leggiVersioni(ctx, st)
	if err != nil {
		return c, err
	}
	if len(vv) == 0 {
		return c, fmt.Errorf("il piano non è ancora stato adottato: non ci sono versioni da confrontare (per adottarlo: piano adotta)")
	}
	num := func(flag, s string) (int, error) {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			return 0, usagef("%s vuole il numero di una versione (da 1 a %d) oppure \"corrente\"", flag, len(vv))
		}
		if n > len(vv) {
			return 0, fmt.Errorf("il piano non ha una versione n. %d (%s)", n, quanteVersioni(len(vv)))
		}
		return n, nil
	}
	a := 0 // 0: the current plan
	switch strings.ToLower(strings.TrimSpace(aFlag)) {
	case "corrente", "attuale":
	case "":
		if daFlag == "" && len(vv) > 1 {
			a = len(vv)
		}
	default:
		if a, err = num("--a", aFlag); err != nil {
			return c, err
		}
	}
	da := len(vv)
	if a > 0 {
		da = a - 1
	}
	if daFlag != "" {
		if da, err = num("--da", daFlag); err != nil {
			return c, err
		}
	}
	if da < 1 {
		return c, usagef("la versione n. 1 è l'adozione: non c'è una versione precedente con cui confrontarla")
	}
	if a > 0 && da >= a {
		return c, usagef("--da (%d) deve venire prima di --a (%d)", da, a)
	}
	c.da = vv[da-1]
	if c.prima, err = leggiVersione(ctx, st, da); err != nil {
		return c, err
	}
	if a == 0 {
		c.dopo, err = st.Load(ctx)
		return c, err
	}
	c.a = &vv[a-1]
	c.dopo, err = leggiVersione(ctx, st, a)
	return c, err
}

func runVariazioni(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("variazioni", variazioniHelp, stdout)
	db := fs.String("db", "", "")
	da := fs.String("da", "", "")
	a := fs.String("a", "", "")
	if err := parseDB(fs, args, db); err != nil {
		return err
	}
	c, err := versioniDaConfrontare(context.Background(), *db, *da, *a)
	if err != nil {
		return err
	}
	scriviDifferenze(stdout, c)
	return nil
}

func descrivi(v model.Versione) string {
	return fmt.Sprintf("versione n. %d (%s, %s)", v.Numero, strings.ToLower(v.Etichetta()), v.Atto.Testo())
}

func scriviDifferenze(w io.Writer, c confronto) {
	arrivo := "il piano com'è ora (modifiche non ancora registrate)"
	if c.a != nil {
		arrivo = descrivi(*c.a)
	}
	fmt.Fprintf(w, "Differenze dalla %s\na %s\n", descrivi(c.da), arrivo)
	if c.a != nil && c.a.Motivo != "" {
		fmt.Fprintf(w, "Motivo: %s\n", c.a.Motivo)
	}
	mm := model.Confronta(c.prima, c.dopo)
	if len(mm) == 0 {
		fmt.Fprintln(w, "\nNessuna differenza.")
		return
	}
	fmt.Fprintf(w, "%s\n", model.RiassuntoModifiche(mm))
	section, object := "", ""
	for _, m := range mm {
		if m.Sezione != section {
			section, object = m.Sezione, ""
			fmt.Fprintf(w, "\n%s\n", model.TitoloSezione(section))
		}
		if m.Oggetto != object {
			object = m.Oggetto
			fmt.Fprintf(w, "  %s\n", object)
		}
		campo := m.Campo
		if campo == "" {
			campo = "intero elemento"
		}
		fmt.Fprintf(w, "    %-10s %s\n", tipoModifica(m.Tipo), campo)
		if m.Tipo != model.ModificaAggiunto {
			fmt.Fprintf(w, "      prima: %s\n", rientro(m.Prima, "             "))
		}
		if m.Tipo != model.ModificaRimosso {
			fmt.Fprintf(w, "      dopo:  %s\n", rientro(m.Dopo, "             "))
		}
	}
}

func tipoModifica(t model.TipoModifica) string {
	if t == model.ModificaRimosso {
		return "eliminato"
	}
	return string(t)
}

// rientro indents the lines after the first, and shows an empty value.
func rientro(s, pad string) string {
	if s == "" {
		return "—"
	}
	return strings.ReplaceAll(s, "\n", "\n"+pad)
}
