package postgres

import (
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model"
)

// SavePopolazioneAnno inserts or replaces the record of r.Anno.
func (w *writer) SavePopolazioneAnno(r model.PopolazioneAnno) error {
	return w.saveYear("Salvataggio della popolazione", "popolazione", tPopolazione, r.Anno, popolazioneRow(r))
}

// SavePersonaleAnno inserts or replaces the staff record of r.Anno.
func (w *writer) SavePersonaleAnno(r model.PersonaleAnno) error {
	return w.saveYear("Salvataggio del personale", "personale", tPersonale, r.Anno, personaleRow(r))
}

func (w *writer) saveYear(what, kind string, t *table, anno int, row []any) error {
	return w.do(what, func() error {
		if err := w.claim(kind, int64(anno), ""); err != nil {
			return err
		}
		return w.put(what, rows{t: t, where: "anno = $2", args: []any{anno}, want: [][]any{row}})
	})
}

// DeletePopolazioneAnno deletes the record of one year and returns it.
func (w *writer) DeletePopolazioneAnno(anno int) (model.PopolazioneAnno, error) {
	var r model.PopolazioneAnno
	err := w.deleteYear("Eliminazione della popolazione", "popolazione", tPopolazione, anno, "I dati della popolazione del", func() error {
		var p model.Plan
		if err := loadPopolazione(&w.reader, &p); err != nil {
			return err
		}
		r, _ = p.PopolazioneDi(anno)
		return nil
	})
	return r, err
}

// DeletePersonaleAnno deletes the staff record of one year and returns it.
func (w *writer) DeletePersonaleAnno(anno int) (model.PersonaleAnno, error) {
	var r model.PersonaleAnno
	err := w.deleteYear("Eliminazione del personale", "personale", tPersonale, anno, "I dati del personale del", func() error {
		var p model.Plan
		if err := loadPersonale(&w.reader, &p); err != nil {
			return err
		}
		r, _ = p.PersonaleDi(anno)
		return nil
	})
	return r, err
}

func (w *writer) deleteYear(what, kind string, t *table, anno int, name string, read func() error) error {
	return w.do(what, func() error {
		if err := w.claim(kind, int64(anno), ""); err != nil {
			return err
		}
		if ok, err := w.has(t.name, "anno = $2", anno); err != nil || !ok {
			if err == nil {
				err = fmt.Errorf("%s %d non esistono più: %w", name, anno, model.ErrNotFound)
			}
			return err
		}
		if err := read(); err != nil {
			return err
		}
		return w.put(what, rows{t: t, where: "anno = $2", args: []any{anno}})
	})
}

// RenumberPopolazioneAnno moves the record of year from to year to.
func (w *writer) RenumberPopolazioneAnno(from, to int) error {
	return w.renumber("Cambio dell'anno della popolazione", "popolazione", "I dati della popolazione del", from, to)
}

// RenumberPersonaleAnno moves the staff record of year from to year to.
func (w *writer) RenumberPersonaleAnno(from, to int) error {
	return w.renumber("Cambio dell'anno del personale", "personale", "I dati del personale del", from, to)
}

func (w *writer) renumber(what, table, name string, from, to int) error {
	return w.do(what, func() error {
		for _, y := range []int{from, to} {
			if err := w.claim(table, int64(y), ""); err != nil {
				return err
			}
		}
		taken, err := w.has(table, "anno = $2", to)
		if err != nil {
			return err
		}
		if taken && from != to {
			return fmt.Errorf("%s %d esistono già: scegliere un altro anno o eliminarli prima: %w", name, to, model.ErrExists)
		}
		tag, err := w.tx.Exec(w.ctx, "UPDATE "+table+" SET anno = $3 WHERE piano_id = $1 AND anno = $2", w.s.id, from, to)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			if ok, _ := w.has(table, "anno = $2", from); !ok {
				return fmt.Errorf("%s %d non esistono più: %w", name, from, model.ErrNotFound)
			}
			return w.s.notAllowed(what)
		}
		return nil
	})
}

// has tells whether table holds a row of the plan matching where.
func (w *writer) has(table, where string, args ...any) (bool, error) {
	var ok bool
	err := w.tx.QueryRow(w.ctx, "SELECT EXISTS (SELECT 1 FROM "+table+" WHERE piano_id = $1 AND "+where+")",
		append([]any{w.s.id}, args...)...).Scan(&ok)
	return ok, err
}

// SaveFascia inserts or replaces an age band, setting f.ID when new.
func (w *writer) SaveFascia(f *model.FasciaEta) error {
	const what = "Salvataggio della fascia d'età"
	return w.do(what, func() error {
		if err := w.giveID(&f.ID); err != nil {
			return err
		}
		if err := w.claim("fascia", f.ID, ""); err != nil {
			return err
		}
		return w.put(what, rows{t: tFascia, where: "id = $2", args: []any{f.ID}, want: [][]any{fasciaRow(*f)}})
	})
}

// DeleteFascia deletes an age band with its counts and returns both.
func (w *writer) DeleteFascia(id int64) (model.FasciaEta, []model.PopolazioneFascia, error) {
	const what = "Eliminazione della fascia d'età"
	var f model.FasciaEta
	var counts []model.PopolazioneFascia
	err := w.do(what, func() error {
		if err := w.claim("fascia", id, ""); err != nil {
			return err
		}
		var p model.Plan
		if err := loadFasce(&w.reader, &p); err != nil {
			return err
		}
		found := false
		for _, x := range p.Fasce {
			if x.ID == id {
				f, found = x, true
			}
		}
		if !found {
			return notFound("La fascia d'età", id)
		}
		for _, c := range p.PopolazioneFasce {
			if c.FasciaID == id {
				counts = append(counts, c)
			}
		}
		return w.put(what, rows{t: tFascia, where: "id = $2", args: []any{id}},
			rows{t: tPopFascia, where: "fascia_id = $2", args: []any{id}})
	})
	return f, counts, err
}

// SavePopolazioneFascia inserts or replaces the count of one band and year.
func (w *writer) SavePopolazioneFascia(pf model.PopolazioneFascia) error {
	const what = "Salvataggio della popolazione per fascia"
	return w.do(what, func() error {
		if err := w.claim("fascia", pf.FasciaID, ""); err != nil {
			return err
		}
		if ok, err := w.has("fascia_eta", "id = $2", pf.FasciaID); err != nil || !ok {
			if err == nil {
				err = notFound("La fascia d'età", pf.FasciaID)
			}
			return err
		}
		return w.put(what, rows{t: tPopFascia, where: "fascia_id = $2 AND anno = $3", args: []any{pf.FasciaID, pf.Anno},
			want: [][]any{popFasciaRow(pf)}})
	})
}

// DeletePopolazioneFascia deletes the count of one band and year and
// returns it.
func (w *writer) DeletePopolazioneFascia(fasciaID int64, anno int) (model.PopolazioneFascia, error) {
	const what = "Eliminazione della popolazione per fascia"
	c := model.PopolazioneFascia{FasciaID: fasciaID, Anno: anno}
	err := w.do(what, func() error {
		if err := w.claim("fascia", fasciaID, ""); err != nil {
			return err
		}
		err := w.tx.QueryRow(w.ctx, "SELECT residenti FROM popolazione_fascia WHERE piano_id = $1 AND fascia_id = $2 AND anno = $3",
			w.s.id, fasciaID, anno).Scan(&c.Residenti)
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("I residenti %d della fascia %d non esistono più: %w", anno, fasciaID, model.ErrNotFound)
		}
		if err != nil {
			return err
		}
		return w.put(what, rows{t: tPopFascia, where: "fascia_id = $2 AND anno = $3", args: []any{fasciaID, anno}})
	})
	return c, err
}

// SaveBenchmark inserts or replaces a benchmark, setting b.ID when new.
func (w *writer) SaveBenchmark(b *model.Benchmark) error {
	const what = "Salvataggio del benchmark"
	return w.do(what, func() error {
		if err := w.giveID(&b.ID); err != nil {
			return err
		}
		if err := w.claim("benchmark", b.ID, ""); err != nil {
			return err
		}
		return w.put(what, rows{t: tBenchmark, where: "id = $2", args: []any{b.ID}, want: [][]any{benchmarkRow(*b)}})
	})
}

// DeleteBenchmark deletes a benchmark and returns it.
func (w *writer) DeleteBenchmark(id int64) (model.Benchmark, error) {
	const what = "Eliminazione del benchmark"
	var b model.Benchmark
	err := w.do(what, func() error {
		if err := w.claim("benchmark", id, ""); err != nil {
			return err
		}
		var p model.Plan
		if err := loadBenchmark(&w.reader, &p); err != nil {
			return err
		}
		found := false
		for _, x := range p.Benchmark {
			if x.ID == id {
				b, found = x, true
			}
		}
		if !found {
			return notFound("Il benchmark", id)
		}
		return w.put(what, rows{t: tBenchmark, where: "id = $2", args: []any{id}})
	})
	return b, err
}

// SaveServizio inserts or replaces a joint service with its partners.
func (w *writer) SaveServizio(sv *model.ServizioAssociato) error {
	const what = "Salvataggio del servizio associato"
	return w.do(what, func() error {
		if err := w.giveID(&sv.ID); err != nil {
			return err
		}
		if err := w.claim("servizio", sv.ID, ""); err != nil {
			return err
		}
		return w.put(what, servizioRows(*sv)...)
	})
}

// DeleteServizio deletes a joint service with its partners and returns it.
func (w *writer) DeleteServizio(id int64) (model.ServizioAssociato, error) {
	const what = "Eliminazione del servizio associato"
	var sv model.ServizioAssociato
	err := w.do(what, func() error {
		if err := w.claim("servizio", id, ""); err != nil {
			return err
		}
		var p model.Plan
		if err := loadServizi(&w.reader, &p); err != nil {
			return err
		}
		found := false
		for _, x := range p.Servizi {
			if x.ID == id {
				sv, found = x, true
			}
		}
		if !found {
			return notFound("Il servizio associato", id)
		}
		return w.put(what, rows{t: tServizio, where: "id = $2", args: []any{id}}, servizioRows(model.ServizioAssociato{ID: id})[1])
	})
	return sv, err
}
