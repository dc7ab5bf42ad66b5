package postgres

import (
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model"
)

// The performance cycle's part of the store: checkpoints, readings,
// progress notes, phases' completion, validations, the SMVP, the Relazione
// and the indicators of the whole ente.

// owner is the record a reading belongs to: its objective, or the
// indicator of the whole ente.
func (w *writer) owner(indicatore int64) (kind string, rif int64, err error) {
	var ob *int64
	err = w.tx.QueryRow(w.ctx, "SELECT obiettivo_id FROM indicatore WHERE piano_id = $1 AND id = $2", w.s.id, indicatore).Scan(&ob)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", 0, notFound("L'indicatore", indicatore)
	}
	if err != nil {
		return "", 0, err
	}
	if ob == nil {
		return "indicatore", indicatore, nil
	}
	return "obiettivo", *ob, nil
}

// SaveMonitoraggio saves a batch of monitoring changes: checkpoints first,
// then the deletions, then readings, progress notes and phases, each
// record claimed before it is written.
func (w *writer) SaveMonitoraggio(m *model.Monitoraggio) error {
	const what = "Salvataggio del monitoraggio"
	return w.do(what, func() error {
		var smvp model.Plan
		if err := loadSMVP(&w.reader, &smvp); err != nil {
			return err
		}
		if err := model.ControllaMonitoraggio(m, smvp.SMVP); err != nil {
			return err
		}
		for i := range m.Verifiche {
			if err := w.saveVerifica(what, &m.Verifiche[i]); err != nil {
				return err
			}
		}
		for _, k := range m.RisultatiRimossi {
			kind, rif, err := w.owner(k.IndicatoreID)
			if err != nil {
				return err
			}
			if err := w.claim(kind, rif, ""); err != nil {
				return err
			}
			if err := w.put(what, rows{t: tRisultato, where: "indicatore_id = $2 AND verifica_id = $3",
				args: []any{k.IndicatoreID, k.VerificaID}}); err != nil {
				return err
			}
		}
		for _, k := range m.AvanzamentiRimossi {
			if err := w.claim("obiettivo", k.ObiettivoID, ""); err != nil {
				return err
			}
			if err := w.put(what, avanzamentoRows(k.ObiettivoID, k.VerificaID)); err != nil {
				return err
			}
		}
		for i := range m.Risultati {
			if err := w.saveRisultato(what, &m.Risultati[i]); err != nil {
				return err
			}
		}
		for _, ad := range m.Avanzamenti {
			if err := w.mustHave("obiettivo", "L'obiettivo", ad.ObiettivoID); err != nil {
				return err
			}
			if err := w.mustHave("verifica", "La verifica", ad.Avanzamento.VerificaID); err != nil {
				return err
			}
			if err := w.claim("obiettivo", ad.ObiettivoID, ""); err != nil {
				return err
			}
			r := avanzamentoRows(ad.ObiettivoID, ad.Avanzamento.VerificaID)
			r.want = [][]any{avanzamentoRow(ad.ObiettivoID, ad.Avanzamento)}
			if err := w.put(what, r); err != nil {
				return err
			}
		}
		for _, f := range m.Fasi {
			if err := w.saveFase(what, f); err != nil {
				return err
			}
		}
		return nil
	})
}

func avanzamentoRows(ob, verifica int64) rows {
	return rows{t: tAvanzamento, where: "obiettivo_id = $2 AND verifica_id = $3", args: []any{ob, verifica}}
}

// mustHave fails with the not-found error when table has no row id.
func (w *writer) mustHave(table, what string, id int64) error {
	ok, err := w.has(table, "id = $2", id)
	if err == nil && !ok {
		err = notFound(what, id)
	}
	return err
}

func (w *writer) saveVerifica(what string, v *model.Verifica) error {
	var other int64
	err := w.tx.QueryRow(w.ctx, "SELECT id FROM verifica WHERE piano_id = $1 AND data = $2", w.s.id, normValue(v.Data)).Scan(&other)
	if err == nil && other != v.ID {
		return fmt.Errorf("c'è già una verifica al %s: %w", v.Data, model.ErrExists)
	}
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return err
	}
	if err := w.giveID(&v.ID); err != nil {
		return err
	}
	if err := w.claim("verifica", v.ID, ""); err != nil {
		return err
	}
	return w.put(what, rows{t: tVerifica, where: "id = $2", args: []any{v.ID}, want: [][]any{verificaRow(*v)}})
}

// saveRisultato saves a reading, matched by indicator and checkpoint: it
// keeps the ID the stored reading has when the batch gives none.
func (w *writer) saveRisultato(what string, rd *model.RisultatoDi) error {
	kind, rif, err := w.owner(rd.IndicatoreID)
	if err != nil {
		return err
	}
	if err := w.mustHave("verifica", "La verifica", rd.Risultato.VerificaID); err != nil {
		return err
	}
	if err := w.claim(kind, rif, ""); err != nil {
		return err
	}
	if rd.Risultato.ID == 0 {
		var old int64
		err := w.tx.QueryRow(w.ctx, "SELECT id FROM risultato WHERE piano_id = $1 AND indicatore_id = $2 AND verifica_id = $3",
			w.s.id, rd.IndicatoreID, rd.Risultato.VerificaID).Scan(&old)
		switch {
		case err == nil:
			w.ids.set(&rd.Risultato.ID, old)
		case !errors.Is(err, pgx.ErrNoRows):
			return err
		default:
			if err := w.giveID(&rd.Risultato.ID); err != nil {
				return err
			}
		}
	} else {
		w.maxID = max(w.maxID, rd.Risultato.ID)
	}
	ob := int64(0)
	if kind == "obiettivo" {
		ob = rif
	}
	return w.put(what, rows{t: tRisultato, where: "indicatore_id = $2 AND verifica_id = $3",
		args: []any{rd.IndicatoreID, rd.Risultato.VerificaID}, want: [][]any{risultatoRow(ob, rd.IndicatoreID, rd.Risultato)}})
}

// saveFase sets whether a phase is done, and when: those two columns only.
func (w *writer) saveFase(what string, f model.StatoFase) error {
	var ob int64
	err := w.tx.QueryRow(w.ctx, "SELECT obiettivo_id FROM fase WHERE piano_id = $1 AND id = $2", w.s.id, f.FaseID).Scan(&ob)
	if errors.Is(err, pgx.ErrNoRows) {
		return notFound("La fase", f.FaseID)
	}
	if err != nil {
		return err
	}
	if err := w.claim("obiettivo", ob, ""); err != nil {
		return err
	}
	var done bool
	var when any
	if err := w.tx.QueryRow(w.ctx, "SELECT completata, completamento FROM fase WHERE piano_id = $1 AND id = $2",
		w.s.id, f.FaseID).Scan(&done, &when); err != nil {
		return err
	}
	if done == f.Completata && sameValue(normValue(when), normValue(f.Completamento)) {
		return nil
	}
	tag, err := w.tx.Exec(w.ctx, "UPDATE fase SET completata = $3, completamento = $4 WHERE piano_id = $1 AND id = $2",
		w.s.id, f.FaseID, f.Completata, normValue(f.Completamento))
	return w.affected(what, tag, err)
}

// DeleteVerifica deletes a checkpoint with every reading and progress note
// taken at it, and returns them as the batch that restores them.
func (w *writer) DeleteVerifica(id int64) (*model.Monitoraggio, error) {
	const what = "Eliminazione della verifica"
	var gone *model.Monitoraggio
	err := w.do(what, func() error {
		var p model.Plan
		if err := loadVerifiche(&w.reader, &p); err != nil {
			return err
		}
		if p.VerificaByID(id) == nil {
			return notFound("La verifica", id)
		}
		// What was recorded at the checkpoint: of every objective that
		// has something there, and of the indicators of the whole ente.
		var obs, enteInd []int64
		res, err := w.tx.Query(w.ctx, `SELECT coalesce(obiettivo_id, 0), indicatore_id FROM risultato WHERE piano_id = $1 AND verifica_id = $2
			UNION SELECT obiettivo_id, 0 FROM avanzamento WHERE piano_id = $1 AND verifica_id = $2`, w.s.id, id)
		if err != nil {
			return err
		}
		var ob, ind int64
		if _, err := pgx.ForEachRow(res, []any{&ob, &ind}, func() error {
			if ob != 0 {
				obs = append(obs, ob)
			} else {
				enteInd = append(enteInd, ind)
			}
			return nil
		}); err != nil {
			return err
		}
		if err := w.claim("verifica", id, ""); err != nil {
			return err
		}
		for _, o := range obs {
			if err := w.claim("obiettivo", o, ""); err != nil {
				return err
			}
		}
		for _, i := range enteInd {
			if err := w.claim("indicatore", i, ""); err != nil {
				return err
			}
		}
		if p.Obiettivi, err = loadObiettivi(&w.reader, orEmpty(obs)); err != nil {
			return err
		}
		if err := loadIndicatoriEnte(&w.reader, &p); err != nil {
			return err
		}
		gone = p.DatiVerifica(id)
		return w.put(what, rows{t: tVerifica, where: "id = $2", args: []any{id}},
			rows{t: tRisultato, where: "verifica_id = $2", args: []any{id}},
			rows{t: tAvanzamento, where: "verifica_id = $2", args: []any{id}})
	})
	return gone, err
}

// SaveValidazione sets the Nucleo's validation of an objective; nil removes it.
func (w *writer) SaveValidazione(obiettivoID int64, v *model.Validazione) error {
	const what = "Salvataggio della validazione"
	return w.do(what, func() error {
		if err := w.mustHave("obiettivo", "L'obiettivo", obiettivoID); err != nil {
			return err
		}
		if v != nil && v.Percentuale != nil && *v.Percentuale < 0 {
			return errors.New("la percentuale validata non può essere negativa")
		}
		if err := w.claim("obiettivo", obiettivoID, ""); err != nil {
			return err
		}
		r := rows{t: tValidazione, where: "obiettivo_id = $2", args: []any{obiettivoID}}
		if v != nil {
			r.want = [][]any{{obiettivoID, v.Percentuale, v.Data, v.Verbale, v.Note}}
		}
		return w.put(what, r)
	})
}

// SaveSMVP replaces the evaluation system, refusing settings that do not
// hold together.
func (w *writer) SaveSMVP(v model.SMVP) error {
	if err := v.Valida(); err != nil {
		return err
	}
	const what = "Salvataggio del sistema di valutazione"
	return w.do(what, func() error {
		if err := w.claim("smvp", 0, ""); err != nil {
			return err
		}
		return w.put(what, smvpRows(v)...)
	})
}

// SaveRelazione replaces the Relazione's texts, adoption and validation.
func (w *writer) SaveRelazione(r model.Relazione) error {
	const what = "Salvataggio della relazione"
	return w.do(what, func() error {
		if err := w.claim("relazione", 0, ""); err != nil {
			return err
		}
		return w.put(what, relazioneRows(r)...)
	})
}

// SaveIndicatoreEnte saves an indicator of the whole ente whole, with its
// targets and readings. An ID that belongs to an objective's indicator is
// refused.
func (w *writer) SaveIndicatoreEnte(in *model.Indicatore) error {
	const what = "Salvataggio dell'indicatore dell'ente"
	return w.do(what, func() error {
		if in.ID != 0 {
			if taken, err := w.has("indicatore", "id = $2 AND obiettivo_id IS NOT NULL", in.ID); err != nil || taken {
				if err == nil {
					err = fmt.Errorf("l'indicatore %d appartiene a un obiettivo: %w", in.ID, model.ErrExists)
				}
				return err
			}
		}
		dst := []*int64{&in.ID}
		for i := range in.Risultati {
			dst = append(dst, &in.Risultati[i].ID)
		}
		if err := w.giveIDs(dst); err != nil {
			return err
		}
		if err := w.claim("indicatore", in.ID, ""); err != nil {
			return err
		}
		return w.put(what, indicatoreEnteRows(in)...)
	})
}

// DeleteIndicatoreEnte deletes an indicator of the whole ente with its
// targets and readings, and returns it as it was.
func (w *writer) DeleteIndicatoreEnte(id int64) (model.Indicatore, error) {
	const what = "Eliminazione dell'indicatore dell'ente"
	var gone model.Indicatore
	err := w.do(what, func() error {
		if err := w.claim("indicatore", id, ""); err != nil {
			return err
		}
		var p model.Plan
		if err := loadIndicatoriEnte(&w.reader, &p); err != nil {
			return err
		}
		found := false
		for _, in := range p.IndicatoriEnte {
			if in.ID == id {
				gone, found = in, true
			}
		}
		if !found {
			return notFound("L'indicatore dell'ente", id)
		}
		empty := indicatoreEnteRows(&model.Indicatore{ID: id})
		for i := range empty {
			empty[i].want = nil
		}
		return w.put(what, empty...)
	})
	return gone, err
}
