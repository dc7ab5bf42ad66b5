package ui

import (
	"time"

	"pianoperformance/model"
)

// nextYear is the plan for the following year (see model.PianoAnnoSuccessivo).
func nextYear(cur *model.Plan) *model.Plan { return model.PianoAnnoSuccessivo(cur) }

// emptyPlan keeps only the comune and starts the year after the current
// plan (or this year), with the usual checkpoints and evaluation system:
// the clerk fills in the rest.
func emptyPlan(cur *model.Plan) *model.Plan {
	anno := time.Now().Year()
	p := &model.Plan{Piano: model.Piano{Titolo: "Piano della Performance e Piano degli Obiettivi", Stato: model.StatoBozza},
		SMVP: model.SMVPPredefinito()}
	if cur != nil {
		p.Ente = cur.Ente
		p.Piano.Sezione, p.Piano.Sottosezione = cur.Piano.Sezione, cur.Piano.Sottosezione
		if cur.Piano.Anno != 0 {
			anno = cur.Piano.Anno + 1
		}
		if len(cur.SMVP.Fasce) > 0 || cur.SMVP.Massimo != 0 {
			p.SMVP = cur.SMVP
		}
	}
	p.Piano.Anno, p.Piano.AnnoInizio, p.Piano.AnnoFine = anno, anno, anno+2
	p.Verifiche = model.VerificheStandard(anno)
	for i := range p.Verifiche {
		p.Verifiche[i].ID = int64(i + 1)
	}
	model.NormalizePlan(p)
	return p
}
