package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"pianoperformance/model"
)

// SaveEnte replaces the comune's data.
func (s *Store) SaveEnte(ctx context.Context, e model.Ente) error {
	return s.inTx(ctx, "Salvataggio dei dati dell'ente", func(tx *sql.Tx) error {
		return saveEnte(ctx, tx, e)
	})
}

func saveEnte(ctx context.Context, tx execer, e model.Ente) error {
	_, err := upsert(ctx, tx, "ente", 1,
		[]string{"nome", "provincia", "regione", "codice_istat", "stemma"},
		e.Nome, e.Provincia, e.Regione, e.CodiceISTAT, nullBlob(e.Stemma))
	return err
}

// SavePiano replaces the description of the document.
func (s *Store) SavePiano(ctx context.Context, p model.Piano) error {
	return s.inTx(ctx, "Salvataggio dei dati del piano", func(tx *sql.Tx) error {
		return savePiano(ctx, tx, p)
	})
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
func (s *Store) SaveCapitolo(ctx context.Context, c *model.Capitolo) error {
	var ids idLog
	err := s.inTx(ctx, "Salvataggio del capitolo", func(tx *sql.Tx) error {
		return saveCapitolo(ctx, tx, c, &ids)
	})
	if err == nil {
		ids.apply()
	}
	return err
}

func saveCapitolo(ctx context.Context, tx execer, c *model.Capitolo, ids *idLog) error {
	id, err := upsert(ctx, tx, "capitolo", c.ID,
		[]string{"ordine", "titolo", "testo", "sezione"},
		c.Ordine, c.Titolo, c.Testo, c.Sezione)
	ids.set(&c.ID, id)
	return err
}

// SaveCapitoli saves several chapters in one transaction (a reordering).
// Every ID must be set; when one is 0, or any write fails, nothing is saved.
func (s *Store) SaveCapitoli(ctx context.Context, cc []model.Capitolo) error {
	return s.inTx(ctx, "Salvataggio dei capitoli", func(tx *sql.Tx) error {
		var ids idLog // unused: IDs are never assigned here
		for i := range cc {
			if cc[i].ID == 0 {
				return fmt.Errorf("il capitolo «%s» non è ancora stato salvato", cc[i].Titolo)
			}
			if err := saveCapitolo(ctx, tx, &cc[i], &ids); err != nil {
				return err
			}
		}
		return nil
	})
}

// DeleteCapitolo deletes a chapter.
func (s *Store) DeleteCapitolo(ctx context.Context, id int64) error {
	return s.inTx(ctx, "Eliminazione del capitolo", func(tx *sql.Tx) error {
		return deleteByID(ctx, tx, "capitolo", "Il capitolo", id)
	})
}

// SaveTerritorio replaces the territorial data with its lists.
func (s *Store) SaveTerritorio(ctx context.Context, t model.Territorio) error {
	return s.inTx(ctx, "Salvataggio del territorio", func(tx *sql.Tx) error {
		return saveTerritorio(ctx, tx, t)
	})
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
// ID 0 get new ones, written back into p after the commit).
func (s *Store) ReplacePlan(ctx context.Context, p *model.Plan) error {
	var ids idLog
	err := s.inTx(ctx, "Sostituzione del piano", func(tx *sql.Tx) error {
		return replacePlan(ctx, tx, p, &ids)
	})
	if err == nil {
		ids.apply()
	}
	return err
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
