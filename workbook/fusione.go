package workbook

// A three-way merge of a row, field by field: what was sent (known by its
// hashes), what the program holds now, what the workbook says. A field the
// Responsabile left as sent keeps the program's value, even if the program
// changed it meanwhile; a field changed only in the workbook takes the
// workbook's; a field changed on both sides, differently, is a conflict
// that the user settles.

type fusione struct {
	// scheda and programma are the row's fields to save when conflicts
	// take the workbook's values, or keep the program's.
	scheda, programma []string
	campi             []Campo // what would change (Campo.Conflitto on conflicts)
	toccati           []bool  // fields the Responsabile changed
	conflitto         bool
}

// fondi merges a row's fields; nothing changes when every field of
// scheda and programma equals ora.
func fondi(nomi []string, inviato string, ora, wb []string) fusione {
	f := fusione{scheda: make([]string, len(nomi)), programma: make([]string, len(nomi)), toccati: make([]bool, len(nomi))}
	for i := range nomi {
		f.scheda[i], f.programma[i] = ora[i], ora[i]
		if improntePerCampo(wb[i]) == improntaCampo(inviato, i) || normTesto(wb[i]) == normTesto(ora[i]) {
			continue // not changed in the workbook, or already as the program has it
		}
		f.toccati[i] = true
		f.scheda[i] = wb[i]
		c := Campo{Nome: nomi[i], Programma: ora[i], Scheda: wb[i]}
		if improntePerCampo(ora[i]) != improntaCampo(inviato, i) {
			c.Conflitto, f.conflitto = true, true
		} else {
			f.programma[i] = wb[i]
		}
		f.campi = append(f.campi, c)
	}
	return f
}

// cambia reports whether the merge changes anything.
func (f fusione) cambia() bool { return len(f.campi) > 0 }
