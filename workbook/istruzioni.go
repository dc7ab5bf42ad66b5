package workbook

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// The first sheet: what the workbook is, by when it goes back, and how to
// fill it in, in plain Italian.

func (s *Scheda) scriviIstruzioni(f *excelize.File, st stili, fogli []string) error {
	sh := nomeIstruzioni
	if err := f.SetColWidth(sh, "A", "A", 3); err != nil {
		return err
	}
	if err := f.SetColWidth(sh, "B", "B", 100); err != nil {
		return err
	}
	has := func(n string) bool {
		for _, x := range fogli {
			if x == n {
				return true
			}
		}
		return false
	}
	type line struct {
		text   string
		style  int
		height float64
	}
	al := s.v.Data.String()
	lines := []line{
		{s.monitoraggio(), st.iTitolo, 30},
		{s.Area, st.iSezione, 22},
		{fmt.Sprintf("%s – %s %d", s.comune(), strings.TrimSpace(s.p.Piano.Titolo), s.p.Piano.Anno), st.iTesto, 0},
	}
	if s.Responsabile != "" {
		lines = append(lines, line{"Responsabile: " + s.Responsabile, st.iTesto, 0})
	}
	lines = append(lines,
		line{"", st.iTesto, 8},
		line{"Da compilare e restituire entro il " + s.id.Entro.String() + ".", st.iScadenza, 20},
		line{contenuto(s), st.iTesto, 0},
		line{"Come compilare", st.iSezione, 26},
	)
	steps := []string{}
	if has(nomeIndicatori) {
		steps = append(steps,
			"Nel foglio «Indicatori» ogni riga è un indicatore. Le colonne in grigio riportano i dati del piano e non si possono modificare; le celle in giallo sono da compilare.",
			"Valore al "+al+": il valore raggiunto, nell'unità di misura indicata. Per le scadenze, il giorno in cui l'attività è stata completata (vuoto se non ancora completata); per gli indicatori sì/no, sì oppure no; per quelli descrittivi, una breve descrizione.",
			"Data della rilevazione: il giorno in cui il valore è stato rilevato; se resta vuota vale la data della verifica ("+al+").",
			"Stato: sceglierlo dall'elenco (vedere sotto). Se è «a rischio», «critico» o «non raggiunto», scrivere la causa dello scostamento e l'azione correttiva.",
		)
	}
	if has(nomeObiettivi) {
		steps = append(steps, "Nel foglio «Obiettivi» scrivere lo stato di attuazione di ciascun obiettivo: che cosa è stato fatto e che cosa resta da fare.")
	}
	if has(nomeFasi) {
		steps = append(steps, "Nel foglio «Fasi» segnare le fasi concluse (sì) e il giorno in cui sono state concluse.")
	}
	steps = append(steps,
		"Le celle già compilate riportano quanto è già registrato nel programma: correggerle solo se serve. Una riga lasciata vuota non cambia nulla.",
		"Numeri come 1.363,5 (virgola per i decimali); percentuali come 85 oppure 85%; date come "+al+". Excel e LibreOffice avvisano se un valore non è del tipo atteso.",
		"Salvare il file in formato Excel (.xlsx), senza password, e restituirlo a chi lo ha inviato. Non copiare le righe in un altro file e non cancellare righe o colonne: il programma riconosce ogni riga da un codice nascosto e rilegge il file così com'è.",
	)
	for i, t := range steps {
		lines = append(lines, line{fmt.Sprintf("%d. %s", i+1, t), st.iVoce, 0})
	}
	if has(nomeIndicatori) {
		lines = append(lines, line{"Gli stati", st.iSezione, 26})
		for _, t := range []string{
			"non avviato – l'attività non è ancora cominciata",
			"in linea – procede come previsto per raggiungere il target",
			"a rischio – ritardi o difficoltà che possono far mancare il target",
			"critico – senza un intervento il target non sarà raggiunto",
			"raggiunto – il target è stato raggiunto",
			"non raggiunto – il target non è stato raggiunto (di solito alla verifica di fine anno)",
		} {
			lines = append(lines, line{t, st.iVoce, 0})
		}
	}
	for i, l := range lines {
		row := i + 2
		cell := fmt.Sprintf("B%d", row)
		if l.text != "" {
			if err := f.SetCellStr(sh, cell, l.text); err != nil {
				return err
			}
		}
		if err := f.SetCellStyle(sh, cell, cell, l.style); err != nil {
			return err
		}
		h := l.height
		if h == 0 {
			// Wrapped lines: about 125 characters of 11 points fit the
			// column; a few less, so no line is ever cut.
			h = 15*float64(righeDiTesto(l.text, 122)) + 3
		}
		if err := f.SetRowHeight(sh, row, h); err != nil {
			return err
		}
	}
	off := false
	if err := f.SetSheetView(sh, 0, &excelize.ViewOptions{ShowGridLines: &off}); err != nil {
		return err
	}
	if err := f.ProtectSheet(sh, &excelize.SheetProtectionOptions{SelectLockedCells: true, SelectUnlockedCells: true}); err != nil {
		return err
	}
	return s.stampa(f, sh, fmt.Sprintf("$A$1:$B$%d", len(lines)+1), false)
}

func contenuto(s *Scheda) string {
	parts := []string{}
	add := func(n int, one, many string) {
		switch {
		case n == 1:
			parts = append(parts, "1 "+one)
		case n > 1:
			parts = append(parts, fmt.Sprintf("%d %s", n, many))
		}
	}
	add(s.Indicatori, "indicatore", "indicatori")
	add(s.Obiettivi, "obiettivo", "obiettivi")
	add(s.Fasi, "fase", "fasi")
	if len(parts) == 0 {
		return ""
	}
	last := parts[len(parts)-1]
	if len(parts) > 1 {
		return "La scheda contiene " + strings.Join(parts[:len(parts)-1], ", ") + " e " + last + "."
	}
	return "La scheda contiene " + last + "."
}

// scriviIdentita writes the hidden sheet that ties the file to the plan.
func (s *Scheda) scriviIdentita(f *excelize.File) error {
	if _, err := f.NewSheet(nomeIdentita); err != nil {
		return err
	}
	rows := append(s.id.campi(), [2]string{"controllo", s.id.controllo()})
	for i, kv := range rows {
		for j, v := range kv {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if err := f.SetCellStr(nomeIdentita, cell, v); err != nil {
				return err
			}
		}
	}
	if err := f.ProtectSheet(nomeIdentita, &excelize.SheetProtectionOptions{}); err != nil {
		return err
	}
	return f.SetSheetVisible(nomeIdentita, false, true)
}
