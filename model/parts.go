package model

import (
	"cmp"
	"slices"
)

// Parts is a set of parts of the plan that a store reads on its own.
type Parts uint32

// The parts of a plan. Age bands travel with their counts, since deleting
// a band deletes its counts.
const (
	PartEnte Parts = 1 << iota
	PartPiano
	PartCapitoli
	PartTerritorio
	PartPopolazione
	PartFasce // Fasce and PopolazioneFasce
	PartUnita
	PartPersonale
	PartBenchmark
	PartServizi
	PartObiettivi
	PartScadenzario // the deadline settings and records
	// PartQualita is the judgements of the objectives' quality: those of
	// objectives that do not exist are kept in the file but not read, so
	// deleting an objective (or undoing it) touches this part too.
	PartQualita
	// The performance cycle's parts of the plan: the monitoring
	// checkpoints, the evaluation system, the Relazione and the indicators
	// of the whole ente. Readings, progress notes and validations belong
	// to their objectives.
	PartVerifiche
	PartSMVP
	PartRelazione
	PartIndicatoriEnte

	AllParts = PartEnte | PartPiano | PartCapitoli | PartTerritorio | PartPopolazione | PartFasce |
		PartUnita | PartPersonale | PartBenchmark | PartServizi | PartObiettivi | PartScadenzario | PartQualita |
		PartVerifiche | PartSMVP | PartRelazione | PartIndicatoriEnte
)

// Has tells whether every part of q is in ps.
func (ps Parts) Has(q Parts) bool { return ps&q == q }

// Scope is what a change touched, and so what must be read back: whole
// parts, and single objectives by ID (the objectives part is large).
type Scope struct {
	Parts     Parts
	Obiettivi []int64
}

// Empty tells whether the scope names nothing.
func (sc Scope) Empty() bool { return sc.Parts == 0 && len(sc.Obiettivi) == 0 }

// Join is the scope covering both sc and o.
func (sc Scope) Join(o Scope) Scope {
	ids := slices.Clone(sc.Obiettivi)
	for _, id := range o.Obiettivi {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return Scope{Parts: sc.Parts | o.Parts, Obiettivi: ids}
}

// Apply puts into p what a store read for scope sc, held in from: each part
// of sc replaces p's, and each objective of sc.Obiettivi is replaced by
// from's copy or removed when from has none, the list staying in plan
// order. Lists are built anew, never written through, so what a screen or
// an undo step took from p before stays as it was.
func (p *Plan) Apply(from *Plan, sc Scope) {
	parts := sc.Parts
	if parts.Has(PartEnte) {
		p.Ente = from.Ente
	}
	if parts.Has(PartPiano) {
		p.Piano = from.Piano
	}
	if parts.Has(PartCapitoli) {
		p.Capitoli = from.Capitoli
	}
	if parts.Has(PartTerritorio) {
		p.Territorio = from.Territorio
	}
	if parts.Has(PartPopolazione) {
		p.Popolazione = from.Popolazione
	}
	if parts.Has(PartFasce) {
		p.Fasce, p.PopolazioneFasce = from.Fasce, from.PopolazioneFasce
	}
	if parts.Has(PartUnita) {
		p.Unita = from.Unita
	}
	if parts.Has(PartPersonale) {
		p.Personale = from.Personale
	}
	if parts.Has(PartBenchmark) {
		p.Benchmark = from.Benchmark
	}
	if parts.Has(PartServizi) {
		p.Servizi = from.Servizi
	}
	if parts.Has(PartScadenzario) {
		p.Scadenzario = from.Scadenzario
	}
	if parts.Has(PartQualita) {
		p.ConfermeQualita = from.ConfermeQualita
	}
	if parts.Has(PartVerifiche) {
		p.Verifiche = from.Verifiche
	}
	if parts.Has(PartSMVP) {
		p.SMVP = from.SMVP
	}
	if parts.Has(PartRelazione) {
		p.Relazione = from.Relazione
	}
	if parts.Has(PartIndicatoriEnte) {
		p.IndicatoriEnte = from.IndicatoriEnte
	}
	if parts.Has(PartObiettivi) {
		p.Obiettivi = from.Obiettivi
		return
	}
	if len(sc.Obiettivi) == 0 {
		return
	}
	out := slices.DeleteFunc(slices.Clone(p.Obiettivi), func(o Obiettivo) bool {
		return slices.Contains(sc.Obiettivi, o.ID)
	})
	for _, o := range from.Obiettivi {
		if slices.Contains(sc.Obiettivi, o.ID) {
			out = append(out, o)
		}
	}
	slices.SortStableFunc(out, func(a, b Obiettivo) int {
		return cmp.Or(cmp.Compare(a.Ordine, b.Ordine), cmp.Compare(a.ID, b.ID))
	})
	p.Obiettivi = out
}
