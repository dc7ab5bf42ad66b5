package sqlite

import (
	"context"

	"pianoperformance/model"
)

// SaveEnte replaces the comune's data.
func (w *writer) SaveEnte(e model.Ente) error {
	return w.do("Salvataggio dei dati dell'ente", func() error { return saveEnte(w.ctx, w.tx, e) })
}

func saveEnte(ctx context.Context, tx execer, e model.Ente) error {
	_, err := upsert(ctx, tx, "ente", 1,
		[]string{"nome", "provincia", "regione", "codice_istat", "stemma"},
		e.Nome, e.Provincia, e.Regione, e.CodiceISTAT, nullBlob(e.Stemma))
	return err
}

// SavePiano replaces the description of the document.
func (w *writer) SavePiano(p model.Piano) error {
	return w.do("Salvataggio dei dati del piano", func() error { return savePiano(w.ctx, w.tx, p) })
}

func savePiano(ctx context.Context, tx execer, p model.Piano) error {
	_, err := upsert(ctx, tx, "piano", 1,
		[]string{"anno", "anno_inizio", "anno_fine", "titolo", "sezione", "sottosezione", "stato",
			"approvazione_organo", "approvazione_numero", "approvazione_data", "gruppo_senza_area"},
		p.Anno, p.AnnoInizio, p.AnnoFine, p.Titolo, p.Sezione, p.Sottosezione, string(p.Stato),
		p.Approvazione.Organo, p.Approvazione.Numero, nullDate(p.Approvazione.Data), p.GruppoSenzaArea)
	return err
}

// SaveCapitolo inserts or replaces a chapter, setting c.ID when new.
func (w *writer) SaveCapitolo(c *model.Capitolo) error {
	return w.do("Salvataggio del capitolo", func() error { return saveCapitolo(w.ctx, w.tx, c, &w.ids) })
}

func saveCapitolo(ctx context.Context, tx execer, c *model.Capitolo, ids *idLog) error {
	id, err := upsert(ctx, tx, "capitolo", c.ID,
		[]string{"ordine", "titolo", "testo", "sezione"},
		c.Ordine, c.Titolo, c.Testo, c.Sezione)
	if err != nil {
		return err
	}
	ids.set(&c.ID, id)
	return nil
}

// DeleteCapitolo deletes a chapter and returns it.
func (w *writer) DeleteCapitolo(id int64) (model.Capitolo, error) {
	var c model.Capitolo
	err := w.do("Eliminazione del capitolo", func() error {
		var p model.Plan
		if err := loadCapitoli(w.ctx, w.tx, &p); err != nil {
			return err
		}
		for _, x := range p.Capitoli {
			if x.ID == id {
				c = x
			}
		}
		return deleteByID(w.ctx, w.tx, "capitolo", "Il capitolo", id)
	})
	return c, err
}

// SaveTerritorio replaces the territorial data with its lists.
func (w *writer) SaveTerritorio(t model.Territorio) error {
	return w.do("Salvataggio del territorio", func() error { return saveTerritorio(w.ctx, w.tx, t) })
}

func saveTerritorio(ctx context.Context, tx execer, t model.Territorio) error {
	_, err := upsert(ctx, tx, "territorio", 1,
		[]string{"superficie_totale", "superficie_urbana", "altitudine", "altitudine_riferimento",
			"latitudine", "longitudine", "regione_agraria", "densita_stampata"},
		t.SuperficieTotale, t.SuperficieUrbana, t.Altitudine, t.AltitudineRiferimento,
		t.Latitudine, t.Longitudine, t.RegioneAgraria, nullFloat(t.DensitaStampata))
	if err != nil {
		return err
	}
	for _, q := range []string{"DELETE FROM frazione", "DELETE FROM strada", "DELETE FROM risorsa_idrica"} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	for i, f := range t.Frazioni {
		if _, err := tx.ExecContext(ctx, "INSERT INTO frazione (posizione, nome) VALUES (?, ?)", i, f); err != nil {
			return err
		}
	}
	for i, st := range t.Strade {
		if _, err := tx.ExecContext(ctx, "INSERT INTO strada (posizione, tipo, km) VALUES (?, ?, ?)", i, st.Tipo, st.Km); err != nil {
			return err
		}
	}
	for i, r := range t.RisorseIdriche {
		if _, err := tx.ExecContext(ctx, "INSERT INTO risorsa_idrica (posizione, tipo, numero) VALUES (?, ?, ?)", i, r.Tipo, r.Numero); err != nil {
			return err
		}
	}
	return nil
}

// ReplacePlan swaps the whole plan for p, keeping p's IDs (records with
// ID 0 get new ones, written into p).
func (w *writer) ReplacePlan(p *model.Plan) error {
	return w.do("Sostituzione del piano", func() error { return replacePlan(w.ctx, w.tx, p, &w.ids) })
}

// allTables lists every data table, children before parents. The frozen
// versions are not the plan's data but its history: they stay.
var allTables = []string{
	"conferma_qualita", "adempimento", "scadenzario", "avanzamento", "validazione",
	"fase_mese", "fase", "risultato", "target", "indicatore", "obiettivo_anno", "obiettivo_unita",
	"obiettivo", "servizio_partner", "servizio", "benchmark", "personale", "unita",
	"popolazione_fascia", "fascia_eta", "popolazione", "risorsa_idrica", "strada", "frazione",
	"territorio", "capitolo", "piano", "ente",
	"verifica", "smvp_fascia", "smvp", "relazione",
}

func replacePlan(ctx context.Context, tx execer, p *model.Plan, ids *idLog) error {
	// Units and objectives refer to each other in any order within p:
	// check the references once, at commit (this pragma ends with the tx).
	if _, err := tx.ExecContext(ctx, "PRAGMA defer_foreign_keys = ON"); err != nil {
		return err
	}
	for _, t := range allTables {
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+t); err != nil {
			return err
		}
	}
	if err := saveEnte(ctx, tx, p.Ente); err != nil {
		return err
	}
	if err := savePiano(ctx, tx, p.Piano); err != nil {
		return err
	}
	if err := saveTerritorio(ctx, tx, p.Territorio); err != nil {
		return err
	}
	for i := range p.Capitoli {
		if err := saveCapitolo(ctx, tx, &p.Capitoli[i], ids); err != nil {
			return err
		}
	}
	for _, pa := range p.Popolazione {
		if err := savePopolazioneAnno(ctx, tx, pa); err != nil {
			return err
		}
	}
	for i := range p.Fasce {
		if err := saveFascia(ctx, tx, &p.Fasce[i], ids); err != nil {
			return err
		}
	}
	for _, pf := range p.PopolazioneFasce {
		if err := savePopolazioneFascia(ctx, tx, pf); err != nil {
			return err
		}
	}
	for i := range p.Unita {
		if err := saveUnita(ctx, tx, &p.Unita[i], ids); err != nil {
			return err
		}
	}
	for _, pa := range p.Personale {
		if err := savePersonaleAnno(ctx, tx, pa); err != nil {
			return err
		}
	}
	for i := range p.Benchmark {
		if err := saveBenchmark(ctx, tx, &p.Benchmark[i], ids); err != nil {
			return err
		}
	}
	for i := range p.Servizi {
		if err := saveServizio(ctx, tx, &p.Servizi[i], ids); err != nil {
			return err
		}
	}
	for i := range p.Obiettivi {
		if err := saveObiettivo(ctx, tx, &p.Obiettivi[i], ids); err != nil {
			return err
		}
	}
	if err := replaceCiclo(ctx, tx, p, ids); err != nil {
		return err
	}
	return replaceScadenzeQualita(ctx, tx, p)
}
