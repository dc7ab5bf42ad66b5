package workbook

import (
	"fmt"
	"time"

	"pianoperformance/model"
)

// From the preview to what the store saves: one batch for all the
// workbooks, and one line of the plan's history per workbook.

// Scelte are the user's choices for conflicts, by Riga.Chiave: true takes
// the workbook's values, false (or no choice) keeps the program's.
type Scelte map[string]bool

// Lotto is the batch that saves the changes of the preview and the
// conflicts chosen for the workbook, with the history lines. It is nil when
// any file was refused: then nothing may be saved. An empty batch (nothing
// to save) comes with no lines.
func (a *Anteprima) Lotto(scelte Scelte, quando time.Time) (*model.Monitoraggio, []model.EventoStorico) {
	if len(a.Rifiuti) > 0 {
		return nil, nil
	}
	m := &model.Monitoraggio{}
	var eventi []model.EventoStorico
	for _, s := range a.Schede {
		n, conflitti := 0, 0
		for _, r := range s.Righe {
			var rec record
			switch {
			case r.Esito == Modifica:
				rec = r.scheda
			case r.Esito == Conflitto && scelte[r.Chiave]:
				rec = r.scheda
				conflitti++
			case r.Esito == Conflitto:
				rec = r.programma
			default:
				continue
			}
			switch {
			case rec.ris != nil:
				m.Risultati = append(m.Risultati, *rec.ris)
			case rec.av != nil:
				m.Avanzamenti = append(m.Avanzamenti, *rec.av)
			case rec.fase != nil:
				m.Fasi = append(m.Fasi, *rec.fase)
			default:
				continue
			}
			n++
		}
		eventi = append(eventi, model.EventoStorico{Quando: quando.UTC(), Tipo: model.EventoSchede, File: s.File,
			Area: s.Area, Valori: n, Descrizione: descrizione(s, n, conflitti)})
	}
	if m.Vuoto() {
		return m, nil
	}
	return m, eventi
}

func descrizione(s SchedaLetta, n, conflitti int) string {
	d := fmt.Sprintf("Letta la scheda di monitoraggio al %s dell'Area «%s»: ", s.Verifica.Data, s.Area)
	if s.AreaID == 0 {
		d = fmt.Sprintf("Letta la scheda di monitoraggio al %s degli obiettivi senza Area e degli indicatori dell'ente: ", s.Verifica.Data)
	}
	switch n {
	case 0:
		d += "nessun valore salvato"
	case 1:
		d += "1 valore salvato"
	default:
		d += fmt.Sprintf("%d valori salvati", n)
	}
	switch conflitti {
	case 0:
	case 1:
		d += " (di cui 1 cambiato anche nel programma dopo l'invio)"
	default:
		d += fmt.Sprintf(" (di cui %d cambiati anche nel programma dopo l'invio)", conflitti)
	}
	return d + "."
}

// Annullamento is the history line of undoing a reading back.
func Annullamento(eventi []model.EventoStorico, quando time.Time) model.EventoStorico {
	n := 0
	files := ""
	for i, e := range eventi {
		n += e.Valori
		if i > 0 {
			files += ", "
		}
		files += "«" + e.File + "»"
	}
	return model.EventoStorico{Quando: quando.UTC(), Tipo: model.EventoAnnullamento, Valori: n,
		Descrizione: fmt.Sprintf("Annullata la lettura delle schede %s: ripristinati i valori di prima.", files)}
}
