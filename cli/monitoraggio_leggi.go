package cli

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"pianoperformance/model"
	"pianoperformance/workbook"
)

func runLeggi(args []string, stdout io.Writer) error {
	fs := newFlags("monitoraggio", monitoraggioHelp, stdout)
	db := fs.String("db", "", "")
	anteprima := fs.Bool("anteprima", false, "")
	al := fs.String("al", "", "")
	conflitti := fs.String("conflitti", "programma", "")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef("indicare le schede compilate da leggere (FILE.xlsx...)")
	}
	if *conflitti != "programma" && *conflitti != "scheda" {
		return usagef("--conflitti: indicare programma oppure scheda")
	}
	if err := archivio(*db); err != nil {
		return err
	}
	// Reading the workbooks first: a file that cannot even be opened is a
	// refusal like the others, listed with them.
	lette, illeggibili := workbook.ApriTutti(files)
	// The preview alone opens the plan read-only; saving opens it as the
	// program does: a backup first, and refused while the plan is open
	// elsewhere (the error says by whom).
	var st model.Store
	if *anteprima {
		st, err = openReadOnly(*db)
	} else {
		st, err = openWritable(*db)
	}
	if err != nil {
		return err
	}
	defer st.Close()
	p, id, err := caricaConIdentita(st)
	if err != nil {
		return err
	}
	opt := workbook.OpzioniLettura{Piano: id}
	if *al != "" {
		if opt.Verifica, err = verificaAl(p, *al); err != nil {
			return err
		}
	}
	a := workbook.Leggi(p, lette, opt)
	a.Rifiuti = append(illeggibili, a.Rifiuti...)
	stampaAnteprima(stdout, a)
	if len(a.Rifiuti) > 0 {
		return fmt.Errorf("%d %s rifiutat%s: nessun valore è stato salvato",
			len(a.Rifiuti), plurale(len(a.Rifiuti), "scheda", "schede"), plurale(len(a.Rifiuti), "a", "e"))
	}
	if *anteprima {
		fmt.Fprintln(stdout, "Anteprima: nulla è stato salvato.")
		return nil
	}
	scelte := workbook.Scelte{}
	if *conflitti == "scheda" {
		for _, s := range a.Schede {
			for _, r := range s.Righe {
				if r.Esito == workbook.Conflitto {
					scelte[r.Chiave] = true
				}
			}
		}
	}
	m, eventi := a.Lotto(scelte, time.Now())
	if m.Vuoto() {
		fmt.Fprintln(stdout, "Nulla da salvare: le schede non cambiano alcun valore.")
		return nil
	}
	if err := p.ValidaMonitoraggio(m); err != nil {
		return err
	}
	// The values and the history lines that explain them, together.
	err = model.Checked(st).Write(context.Background(), func(w model.Writer) error { return workbook.Registra(w, m, eventi) })
	if err != nil {
		return fmt.Errorf("nessun valore è stato salvato: %w", err)
	}
	n := 0
	for _, e := range eventi {
		n += e.Valori
	}
	fmt.Fprintf(stdout, "Salvat%s %d %s da %d %s; lo storico del piano ne tiene nota.\n", plurale(n, "o", "i"), n,
		plurale(n, "valore", "valori"), len(eventi), plurale(len(eventi), "scheda", "schede"))
	return nil
}

// esiti are the words of the preview for each outcome.
var esiti = map[workbook.Esito]string{workbook.Modifica: "da salvare", workbook.Conflitto: "CONFLITTO",
	workbook.Vuota: "vuota", workbook.Problema: "PROBLEMA"}

// stampaAnteprima prints the preview as a table per workbook.
func stampaAnteprima(w io.Writer, a *workbook.Anteprima) {
	for _, r := range a.Rifiuti {
		fmt.Fprintf(w, "RIFIUTATA «%s»: %s\n", r.File, r.Motivo)
	}
	if len(a.Rifiuti) > 0 {
		fmt.Fprintln(w)
	}
	for _, s := range a.Schede {
		fmt.Fprintf(w, "%s – «%s»\n", s.Area, s.File)
		fmt.Fprintf(w, "verifica al %s, scheda preparata il %s\n", s.Verifica.Data, giorno(s.Preparata))
		if len(s.Righe) > 0 {
			t := &tabella{}
			t.riga("Esito", "Foglio, riga", "Obiettivo / indicatore", "Campo", "Nel programma", "Nella scheda")
			for _, r := range s.Righe {
				lead := []string{esiti[r.Esito], fmt.Sprintf("%s %d", r.Foglio, r.Numero), corto(r.Dove, 48)}
				for i, c := range r.Campi {
					if i > 0 {
						lead = []string{"", "", ""}
					}
					mark := ""
					if c.Conflitto {
						mark = "  ≠"
					}
					t.riga(append(lead, c.Nome, corto(vuotoSe(c.Programma), 34), corto(vuotoSe(c.Scheda), 34)+mark)...)
				}
				if len(r.Campi) == 0 {
					t.riga(lead...)
				}
				if r.Nota != "" {
					t.nota(2, r.Nota)
				}
				for _, p := range r.Problemi {
					t.nota(2, "↳ "+p)
				}
			}
			t.stampa(w, "  ")
		}
		fmt.Fprintf(w, "  %s\n\n", riepilogo(s))
	}
	if len(a.Schede) > 1 {
		fmt.Fprintf(w, "In tutto: %d da salvare, %d %s, %d vuote, %d con problemi.\n", a.Conta(workbook.Modifica),
			a.Conta(workbook.Conflitto), plurale(a.Conta(workbook.Conflitto), "conflitto", "conflitti"),
			a.Conta(workbook.Vuota), a.Conta(workbook.Problema))
	}
	if n := a.Conta(workbook.Conflitto); n > 0 {
		fmt.Fprintf(w, "Nei conflitti (≠) il valore è stato cambiato nel programma dopo l'invio della scheda: resta quello del programma, a meno di --conflitti scheda.\n")
	}
}

func riepilogo(s workbook.SchedaLetta) string {
	parts := []string{
		fmt.Sprintf("%d da salvare", s.Conta(workbook.Modifica)),
		fmt.Sprintf("%d %s", s.Conta(workbook.Conflitto), plurale(s.Conta(workbook.Conflitto), "conflitto", "conflitti")),
		fmt.Sprintf("%d %s", s.Conta(workbook.Vuota), plurale(s.Conta(workbook.Vuota), "vuota", "vuote")),
		fmt.Sprintf("%d con problemi", s.Conta(workbook.Problema)),
		fmt.Sprintf("%d %s", s.Invariate, plurale(s.Invariate, "invariata", "invariate")),
	}
	return "Righe: " + strings.Join(parts, ", ") + "."
}

func vuotoSe(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return strings.Join(strings.Fields(s), " ")
}

func corto(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func giorno(t time.Time) string {
	l := t.Local()
	return model.Date{Year: l.Year(), Month: l.Month(), Day: l.Day()}.String()
}

// tabella is a plain text table: columns as wide as their widest cell,
// and notes that run under a column without widening it.
type tabella struct {
	righe [][]string
	larg  []int
}

func (t *tabella) riga(cells ...string) {
	for i, c := range cells {
		if i >= len(t.larg) {
			t.larg = append(t.larg, 0)
		}
		t.larg[i] = max(t.larg[i], len([]rune(c)))
	}
	t.righe = append(t.righe, cells)
}

// nota adds a line under the last row, starting at column col.
func (t *tabella) nota(col int, text string) {
	t.righe = append(t.righe, []string{"\x00" + strconv.Itoa(col), text})
}

func (t *tabella) stampa(w io.Writer, indent string) {
	for _, r := range t.righe {
		var b strings.Builder
		b.WriteString(indent)
		if len(r) == 2 && strings.HasPrefix(r[0], "\x00") {
			col, _ := strconv.Atoi(r[0][1:])
			for i := 0; i < col; i++ {
				b.WriteString(strings.Repeat(" ", t.larg[i]+2))
			}
			b.WriteString(r[1])
			fmt.Fprintln(w, b.String())
			continue
		}
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", t.larg[i]-len([]rune(c))+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}
