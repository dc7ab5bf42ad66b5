package cli

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"pianoperformance/export"
	"pianoperformance/model"
)

const scadenzeHelp = `
Elenca le scadenze del ciclo della performance dell'anno del piano, con la
fonte normativa e lo stato (fatto, da fare, in scadenza, in ritardo): il
piano entro il 31 gennaio, o 30 giorni dopo l'approvazione del bilancio se
più tardi (DM 132/2022 art. 8 c.2); la pubblicazione e l'invio al Portale
PIAO; i monitoraggi al 30/06 e al 31/12; la Relazione sulla performance e la
sua validazione entro il 30 giugno dell'anno dopo; la loro pubblicazione.
Con --ics scrive anche un calendario da importare in Outlook o Thunderbird.

Le opzioni che registrano dati (--bilancio, --termine-bilancio, --regola,
--giorni, --fatto) modificano l'archivio, dopo averne fatto una copia di
sicurezza.

Uso:
  piano scadenze --db FILE|--example [--oggi GG/MM/AAAA] [--ics FILE.ics]
  piano scadenze --db FILE --bilancio GG/MM/AAAA
  piano scadenze --db FILE --fatto CHIAVE=GG/MM/AAAA[:NOTA]

Opzioni:
  --db FILE             archivio del piano
  --example             il piano di esempio incluso
  --oggi DATA           calcola lo stato a questa data (predefinita: oggi)
  --ics FILE            scrive le scadenze in un calendario (.ics)
  --bilancio DATA       data in cui il Consiglio ha approvato il bilancio
  --termine-bilancio D  termine di legge per il bilancio, se il programma non
                        lo conosce (differimenti con decreto del Ministro)
  --regola R            come si calcola il termine del piano:
                        approvazione: 30 giorni dall'approvazione del bilancio
                                      se più tardi del 31 gennaio (predefinita)
                        termine:      30 giorni dal termine di legge per il
                                      bilancio, se differito (lettura ANCI)
                        31gennaio:    sempre il 31 gennaio
  --giorni N            giorni dopo il bilancio (predefiniti 30)
  --fatto CHIAVE=DATA   segna fatta la scadenza CHIAVE (la chiave è tra
                        parentesi quadre nell'elenco); dopo la data, ":" e una
                        nota facoltativa (numero di delibera, indirizzo web).
                        Si può ripetere. Con DATA vuota toglie il segno.

Esempi:
  piano scadenze --db piano2024.db --bilancio 14/03/2024
  piano scadenze --db piano2024.db --fatto "2024/relazione=20/06/2025:delibera n. 45"
  piano scadenze --db piano2024.db --ics scadenze.ics
`

// multi is a repeatable flag.
type multi []string

func (m *multi) String() string     { return strings.Join(*m, ", ") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }

func runScadenze(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("scadenze", scadenzeHelp, stdout)
	var src source
	src.flags(fs)
	oggiFlag := fs.String("oggi", "", "")
	ics := fs.String("ics", "", "")
	bilancio := fs.String("bilancio", "", "")
	termine := fs.String("termine-bilancio", "", "")
	regola := fs.String("regola", "", "")
	giorni := fs.String("giorni", "", "")
	var fatti multi
	fs.Var(&fatti, "fatto", "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if src.versione != 0 {
		return usagef("le scadenze valgono per il piano, non per una sua versione: togliere --versione")
	}
	oggi := today()
	if *oggiFlag != "" {
		var err error
		if oggi, err = model.ParseDate(*oggiFlag); err != nil {
			return usageError{"--oggi: " + err.Error()}
		}
	}
	ctx := context.Background()
	p, err := src.load(ctx)
	if err != nil {
		return err
	}
	sc, changed, err := impostazioni(p.Scadenzario, *bilancio, *termine, *regola, *giorni, fatti)
	if err != nil {
		return err
	}
	var vv []model.Versione
	if src.db != "" {
		if vv, err = versioniDi(ctx, src.db); err != nil {
			return err
		}
	}
	if changed {
		if src.example {
			return usagef("il piano di esempio non si modifica: per registrare le scadenze indicare --db FILE")
		}
		check := *p
		check.Scadenzario = sc
		if err := check.Validate(); err != nil {
			return err
		}
		st, err := openWritable(src.db)
		if err != nil {
			return err
		}
		err = st.Write(ctx, func(w model.Writer) error { return w.SaveScadenzario(sc) })
		if cerr := st.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
		p.Scadenzario = sc
		fmt.Fprintf(stdout, "Scadenze registrate in %s.\n\n", src.db)
	}
	ss := model.Scadenze(p, vv, nil, oggi)
	scriviScadenze(stdout, p, ss, oggi)
	if *ics != "" {
		if err := writeFile(*ics, func(w io.Writer) error { return export.ICS(w, p, ss, buildTime()) }); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "\nCalendario scritto in %s (%d scadenze).\n", *ics, len(ss))
	}
	return nil
}

// today is the local calendar date.
func today() model.Date {
	t := time.Now()
	return model.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
}

// impostazioni applies the command line's settings to the deadlines'
// record, reporting whether anything changed.
func impostazioni(sc model.Scadenzario, bilancio, termine, regola, giorni string, fatti []string) (model.Scadenzario, bool, error) {
	changed := false
	date := func(flag, s string) (*model.Date, error) {
		if strings.TrimSpace(s) == "-" {
			return nil, nil // "-" clears the date
		}
		d, err := model.ParseDate(s)
		if err != nil {
			return nil, usageError{flag + ": " + err.Error()}
		}
		return &d, nil
	}
	var err error
	if bilancio != "" {
		if sc.ApprovazioneBilancio, err = date("--bilancio", bilancio); err != nil {
			return sc, false, err
		}
		changed = true
	}
	if termine != "" {
		if sc.TermineBilancio, err = date("--termine-bilancio", termine); err != nil {
			return sc, false, err
		}
		changed = true
	}
	if regola != "" {
		switch strings.ToLower(strings.TrimSpace(regola)) {
		case "approvazione":
			sc.Regola = model.RegolaApprovazioneBilancio
		case "termine":
			sc.Regola = model.RegolaTermineBilancio
		case "31gennaio", "31-gennaio", "gennaio":
			sc.Regola = model.Regola31Gennaio
		default:
			return sc, false, usagef("--regola: %q sconosciuta, scegliere tra approvazione, termine e 31gennaio", regola)
		}
		changed = true
	}
	if giorni != "" {
		n, err := strconv.Atoi(strings.TrimSpace(giorni))
		if err != nil || n < 1 || n > 365 {
			return sc, false, usagef("--giorni vuole un numero di giorni da 1 a 365")
		}
		sc.Giorni, changed = n, true
	}
	for _, f := range fatti {
		key, rest, ok := strings.Cut(f, "=")
		key = strings.TrimSpace(key)
		if !ok || key == "" {
			return sc, false, usagef("--fatto vuole CHIAVE=GG/MM/AAAA, per esempio 2024/relazione=20/06/2025")
		}
		data, nota, _ := strings.Cut(rest, ":")
		kept := sc.Adempimenti[:0:0]
		for _, a := range sc.Adempimenti {
			if a.Chiave != key {
				kept = append(kept, a)
			}
		}
		if strings.TrimSpace(data) != "" {
			d, err := model.ParseDate(data)
			if err != nil {
				return sc, false, usageError{"--fatto " + key + ": " + err.Error()}
			}
			kept = append(kept, model.Adempimento{Chiave: key, Data: d, Note: strings.TrimSpace(nota)})
		}
		sc.Adempimenti, changed = kept, true
	}
	return sc, changed, nil
}

func scriviScadenze(w io.Writer, p *model.Plan, ss []model.Scadenza, oggi model.Date) {
	fmt.Fprintf(w, "Scadenze del ciclo della performance %d – %s, al %s\n\n", p.Piano.Anno, p.Ente.Nome, oggi)
	for _, s := range ss {
		stato := s.TestoStato()
		if s.Stato == model.ScadenzaInRitardo || s.Stato == model.ScadenzaVicina {
			stato = strings.ToUpper(stato)
		}
		fmt.Fprintf(w, "  %s  %-26s %s [%s]\n", s.Data, stato, s.Titolo, s.Chiave)
		fmt.Fprintf(w, "  %10s  %-26s %s\n", "", "", s.Fonte)
		if s.Nota != "" {
			fmt.Fprintf(w, "  %10s  %-26s %s\n", "", "", s.Nota)
		}
		if s.NoteFatta != "" {
			fmt.Fprintf(w, "  %10s  %-26s %s\n", "", "", s.NoteFatta)
		}
	}
	late := 0
	for _, s := range ss {
		if s.Stato == model.ScadenzaInRitardo {
			late++
		}
	}
	if late > 0 {
		fmt.Fprintf(w, "\n%s in ritardo.\n", plural(late, "scadenza", "scadenze"))
	}
}
