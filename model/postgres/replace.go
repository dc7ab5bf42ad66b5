package postgres

import (
	"fmt"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model"
)

// ReplacePlan swaps the whole plan for p, keeping p's IDs (records with ID
// 0 get new ones, written into p). The frozen versions stay: they are the
// plan's history. Records are counted as changed all at once, and the
// windows told with one notice, instead of row by row.
func (w *writer) ReplacePlan(p *model.Plan) error {
	const what = "Sostituzione del piano"
	return w.do(what, func() error {
		if _, err := w.tx.Exec(w.ctx, "SET LOCAL piano.registra = 'no'"); err != nil {
			return err
		}
		// Units and objectives refer to each other in any order within p.
		if _, err := w.tx.Exec(w.ctx, "SET CONSTRAINTS ALL DEFERRED"); err != nil {
			return err
		}
		for i := len(allTables) - 1; i >= 0; i-- {
			if _, err := w.tx.Exec(w.ctx, "DELETE FROM "+allTables[i].name+" WHERE piano_id = $1", w.s.id); err != nil {
				return err
			}
		}
		if err := w.planIDs(p); err != nil {
			return err
		}
		if err := checkAdempimenti(p.Scadenzario); err != nil {
			return err
		}
		for _, c := range p.ConfermeQualita {
			if _, ok := model.InfoQualita(c.Criterio); !ok {
				return fmt.Errorf("criterio di qualità %q sconosciuto", c.Criterio)
			}
		}
		b := &pgx.Batch{}
		for _, r := range planRows(p) {
			for _, row := range r.want {
				w.queueInsert(b, r.t, normRow(row))
			}
		}
		if err := w.tx.SendBatch(w.ctx, b).Close(); err != nil {
			return err
		}
		if _, err := w.tx.Exec(w.ctx, "SET CONSTRAINTS ALL IMMEDIATE"); err != nil {
			return err
		}
		if _, err := w.tx.Exec(w.ctx, "SELECT registra_piano($1)", w.s.id); err != nil {
			return err
		}
		w.replaced = true
		return nil
	})
}

// allTables lists the data tables, parents before children.
var allTables = []*table{tEnte, tPiano, tCapitolo, tTerritorio, tFrazione, tStrada, tRisorsa, tPopolazione,
	tFascia, tPopFascia, tUnita, tPersonale, tBenchmark, tServizio, tPartner, tVerifica, tSMVP, tSMVPFascia,
	tRelazione, tObiettivo, tObUnita, tObAnno, tIndicatore, tTarget, tRisultato, tFase, tFaseMese,
	tAvanzamento, tValidazione, tScadenzario, tAdempimento, tConferma}

func (w *writer) queueInsert(b *pgx.Batch, t *table, row []any) {
	q, args := insertSQL(t, w.s.id, row)
	b.Queue(q, args...)
}

// planIDs gives IDs to every record of p that has none, from the
// sequence in one request.
func (w *writer) planIDs(p *model.Plan) error {
	var dst []*int64
	for i := range p.Capitoli {
		dst = append(dst, &p.Capitoli[i].ID)
	}
	for i := range p.Fasce {
		dst = append(dst, &p.Fasce[i].ID)
	}
	for i := range p.Unita {
		dst = append(dst, &p.Unita[i].ID)
	}
	for i := range p.Benchmark {
		dst = append(dst, &p.Benchmark[i].ID)
	}
	for i := range p.Servizi {
		dst = append(dst, &p.Servizi[i].ID)
	}
	for i := range p.Verifiche {
		dst = append(dst, &p.Verifiche[i].ID)
	}
	for i := range p.IndicatoriEnte {
		in := &p.IndicatoriEnte[i]
		dst = append(dst, &in.ID)
		for j := range in.Risultati {
			dst = append(dst, &in.Risultati[j].ID)
		}
	}
	for i := range p.Obiettivi {
		dst = append(dst, obiettivoIDRefs(&p.Obiettivi[i])...)
	}
	return w.giveIDs(dst)
}

// planRows are the rows of a whole plan whose IDs are set, table by table.
func planRows(p *model.Plan) []rows {
	var out []rows
	out = append(out, enteRows(p.Ente)...)
	out = append(out, pianoRows(p.Piano)...)
	for _, c := range p.Capitoli {
		out = append(out, capitoloRows(c)...)
	}
	out = append(out, territorioRows(p.Territorio)...)
	add := func(t *table, row []any) { out = append(out, rows{t: t, want: [][]any{row}}) }
	for _, r := range p.Popolazione {
		add(tPopolazione, popolazioneRow(r))
	}
	for _, f := range p.Fasce {
		add(tFascia, fasciaRow(f))
	}
	for _, pf := range p.PopolazioneFasce {
		add(tPopFascia, popFasciaRow(pf))
	}
	for _, u := range p.Unita {
		add(tUnita, unitaRow(u))
	}
	for _, r := range p.Personale {
		add(tPersonale, personaleRow(r))
	}
	for _, b := range p.Benchmark {
		add(tBenchmark, benchmarkRow(b))
	}
	for _, s := range p.Servizi {
		out = append(out, servizioRows(s)...)
	}
	// Checkpoints before the readings that refer to them.
	for _, v := range p.Verifiche {
		add(tVerifica, verificaRow(v))
	}
	out = append(out, smvpRows(p.SMVP)...)
	out = append(out, relazioneRows(p.Relazione)...)
	for i := range p.IndicatoriEnte {
		out = append(out, indicatoreEnteRows(&p.IndicatoriEnte[i])...)
	}
	for i := range p.Obiettivi {
		out = append(out, obiettivoRows(&p.Obiettivi[i])...)
	}
	out = append(out, scadenzarioRows(p.Scadenzario)...)
	for _, c := range p.ConfermeQualita {
		add(tConferma, confermaRow(c))
	}
	return out
}
