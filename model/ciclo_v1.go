package model

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Plans kept before the performance cycle had readings without
// checkpoints: a list of dated values per indicator, each with a % typed by
// hand, a "final" tick and the Nucleo's validation tick. MigraV1 turns them
// into the cycle's model; the JSON import (format 1) and the store's schema
// upgrade both use it, so old files read the same way wherever they come
// from.

// RisultatoV1 is a reading as format 1 of the JSON file and schema 1 of
// the store kept it.
type RisultatoV1 struct {
	ID              int64
	Data            Date
	Valore          string
	Raggiungimento  *float64
	Punteggio       *float64
	Finale          bool
	Validato        bool
	DataValidazione *Date
	Note            string
}

// AutoreV1 is who the overrides carried over from format 1 are ascribed to.
const AutoreV1 = "versione precedente del programma"

// MigraV1 gives a plan of format 1 its checkpoints (30/06 and 31/12 of the
// plan's year when it has none) and puts each old reading, by indicator ID,
// at a checkpoint: a final reading at the last one, any other at the first
// checkpoint on or after its date (the last one if none). When two readings
// of an indicator fall on one checkpoint the later keeps it and the
// earlier gets a checkpoint at its own date; a third on that same date is
// written into the kept reading's note, so that nothing is lost. A % typed
// by hand becomes an override with a reason saying where it comes from; a
// validation tick becomes the objective's validation, dated, without a
// figure. The SMVP is left as it is (no bands: the comune never set any).
//
// legacy gives the old readings of an indicator (the store by its ID).
func MigraV1(p *Plan, legacy func(*Indicatore) []RisultatoV1) {
	if len(p.Verifiche) == 0 && p.Piano.Anno > 0 {
		p.Verifiche = VerificheStandard(p.Piano.Anno)
		for i := range p.Verifiche {
			p.Verifiche[i].ID = int64(i + 1)
		}
	}
	sortVerifiche(p.Verifiche)
	migra := func(ind *Indicatore, o *Obiettivo) {
		old := legacy(ind)
		if len(old) == 0 {
			return
		}
		for i := range old {
			old[i] = sanaV1(p, ind.Tipo, old[i])
		}
		// Final readings choose first, then the latest; undated ones last.
		slices.SortStableFunc(old, func(a, b RisultatoV1) int {
			return cmp.Or(cmp.Compare(boolInt(b.Finale), boolInt(a.Finale)), cmp.Compare(boolInt(a.Data.IsZero()), boolInt(b.Data.IsZero())),
				cmp.Compare(b.Data.ISO(), a.Data.ISO()), cmp.Compare(b.ID, a.ID))
		})
		taken := map[int64]int{} // checkpoint → index in ind.Risultati
		for _, r := range old {
			v := verificaPer(p, r)
			if _, busy := taken[v.ID]; busy && !r.Data.IsZero() && p.anni().verifica(r.Data) == "" {
				v = verificaAlGiorno(p, r.Data)
			}
			if i, busy := taken[v.ID]; busy {
				kept := &ind.Risultati[i]
				kept.Note = strings.TrimSpace(kept.Note + "\n\n" + testoV1(r))
				continue
			}
			taken[v.ID] = len(ind.Risultati)
			ind.Risultati = append(ind.Risultati, risultatoDaV1(r, v))
		}
		if o == nil {
			return
		}
		for _, r := range old {
			if !r.Validato {
				continue
			}
			if o.Validazione == nil {
				o.Validazione = &Validazione{Note: "Risultati segnati come validati dal Nucleo con una versione precedente del programma."}
			}
			if d := r.DataValidazione; d != nil && (o.Validazione.Data == nil || o.Validazione.Data.Before(*d)) {
				dd := *d
				o.Validazione.Data = &dd
			}
		}
	}
	for i := range p.Obiettivi {
		o := &p.Obiettivi[i]
		for j := range o.Indicatori {
			migra(&o.Indicatori[j], o)
		}
	}
	for i := range p.IndicatoriEnte {
		migra(&p.IndicatoriEnte[i], nil)
	}
	NormalizePlan(p)
}

// sanaV1 keeps in the note what format 1 accepted and the cycle's rules
// refuse: a value that does not fit the indicator's type (format 1 took
// any text), a date outside the plan's years (the old screen dated new
// readings today).
func sanaV1(p *Plan, tipo TipoIndicatore, r RisultatoV1) RisultatoV1 {
	var notes []string
	if _, err := LeggiValore(tipo, r.Valore); err != nil {
		notes = append(notes, "valore registrato in precedenza: «"+r.Valore+"»")
		r.Valore = ""
	}
	if !r.Data.IsZero() && p.anni().lettura(r.Data) != "" {
		notes = append(notes, "rilevazione datata "+r.Data.String())
		r.Data = Date{}
	}
	if len(notes) > 0 {
		r.Note = strings.TrimSpace(r.Note + "\n\n" + strings.ToUpper(notes[0][:1]) + strings.Join(notes, "; ")[1:] + ".")
	}
	return r
}

// verificaPer is the checkpoint an old reading belongs to.
func verificaPer(p *Plan, r RisultatoV1) Verifica {
	if len(p.Verifiche) == 0 {
		return verificaAlGiorno(p, r.Data)
	}
	last := p.Verifiche[len(p.Verifiche)-1]
	if r.Finale || r.Data.IsZero() {
		return last
	}
	for _, v := range p.Verifiche {
		if !v.Data.Before(r.Data) {
			return v
		}
	}
	return last
}

// verificaAlGiorno is the checkpoint of a date, added when missing.
func verificaAlGiorno(p *Plan, d Date) Verifica {
	if d.IsZero() { // no plan year, no date: the year-end of this year
		d = MustDate(Oggi().Year, time.December, 31)
	}
	if v := p.VerificaAl(d); v != nil {
		return *v
	}
	var next int64
	for _, v := range p.Verifiche {
		next = max(next, v.ID)
	}
	v := Verifica{ID: next + 1, Data: d, Titolo: "Rilevazione"}
	p.Verifiche = append(p.Verifiche, v)
	sortVerifiche(p.Verifiche)
	return v
}

func risultatoDaV1(r RisultatoV1, v Verifica) Risultato {
	out := Risultato{ID: r.ID, VerificaID: v.ID, Data: r.Data, Valore: r.Valore, Punteggio: r.Punteggio, Note: r.Note}
	if r.Raggiungimento != nil {
		when := r.Data
		if when.IsZero() {
			when = v.Data
		}
		out.Forzatura = &Forzatura{Percentuale: *r.Raggiungimento, Autore: AutoreV1,
			Quando: time.Date(when.Year, when.Month, when.Day, 12, 0, 0, 0, time.UTC),
			Motivo: "percentuale inserita a mano con una versione precedente del programma, prima del calcolo automatico"}
	}
	return out
}

// testoV1 writes an old reading that has no checkpoint of its own into a
// note.
func testoV1(r RisultatoV1) string {
	parts := []string{fmt.Sprintf("Altra rilevazione del %s (versione precedente del programma): valore «%s»", r.Data, r.Valore)}
	if r.Raggiungimento != nil {
		parts = append(parts, "raggiungimento "+FormatPerc(*r.Raggiungimento))
	}
	if r.Punteggio != nil {
		parts = append(parts, "punteggio "+FormatNumber(*r.Punteggio, decimals(*r.Punteggio)))
	}
	if strings.TrimSpace(r.Note) != "" {
		parts = append(parts, "note: "+r.Note)
	}
	return strings.Join(parts, "; ") + "."
}

// legacyJSON takes out of an indicator decoded from format 1 its old
// readings, which the decoder left in the risultatoV1 fields, leaving the
// indicator without readings for MigraV1 to fill.
func legacyJSON(ind *Indicatore) []RisultatoV1 {
	var out []RisultatoV1
	for _, r := range ind.Risultati {
		out = append(out, RisultatoV1{ID: r.ID, Data: r.Data, Valore: r.Valore,
			Raggiungimento: r.V1Raggiungimento, Punteggio: r.Punteggio, Finale: r.V1Finale,
			Validato: r.V1Validato, DataValidazione: r.V1DataValidazione, Note: r.Note})
	}
	ind.Risultati = []Risultato{}
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
