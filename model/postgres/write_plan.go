package postgres

import (
	"pianoperformance/model"
)

// SaveEnte replaces the comune's data.
func (w *writer) SaveEnte(e model.Ente) error {
	const what = "Salvataggio dei dati dell'ente"
	return w.do(what, func() error {
		if err := w.claim("ente", 0, ""); err != nil {
			return err
		}
		return w.put(what, enteRows(e)...)
	})
}

// SavePiano replaces the description of the document.
func (w *writer) SavePiano(p model.Piano) error {
	const what = "Salvataggio dei dati del piano"
	return w.do(what, func() error {
		if err := w.claim("piano", 0, ""); err != nil {
			return err
		}
		return w.put(what, pianoRows(p)...)
	})
}

// SaveTerritorio replaces the territorial data with its lists.
func (w *writer) SaveTerritorio(t model.Territorio) error {
	const what = "Salvataggio del territorio"
	return w.do(what, func() error {
		if err := w.claim("territorio", 0, ""); err != nil {
			return err
		}
		return w.put(what, territorioRows(t)...)
	})
}

// SaveCapitolo inserts or replaces a chapter, setting c.ID when new.
func (w *writer) SaveCapitolo(c *model.Capitolo) error {
	const what = "Salvataggio del capitolo"
	return w.do(what, func() error {
		if err := w.giveID(&c.ID); err != nil {
			return err
		}
		if err := w.claim("capitolo", c.ID, ""); err != nil {
			return err
		}
		return w.put(what, capitoloRows(*c)...)
	})
}

// DeleteCapitolo deletes a chapter and returns it.
func (w *writer) DeleteCapitolo(id int64) (model.Capitolo, error) {
	const what = "Eliminazione del capitolo"
	var c model.Capitolo
	err := w.do(what, func() error {
		if err := w.claim("capitolo", id, ""); err != nil {
			return err
		}
		var p model.Plan
		if err := loadCapitoli(&w.reader, &p); err != nil {
			return err
		}
		found := false
		for _, x := range p.Capitoli {
			if x.ID == id {
				c, found = x, true
			}
		}
		if !found {
			return notFound("Il capitolo", id)
		}
		return w.put(what, rows{t: tCapitolo, where: "id = $2", args: []any{id}})
	})
	return c, err
}

// giveID sets *id from the sequence when it is 0.
func (w *writer) giveID(id *int64) error { return w.giveIDs([]*int64{id}) }
