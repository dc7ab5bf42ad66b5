package model

import (
	"context"
	"errors"
)

// Store keeps one plan. Every method that changes data is one transaction:
// when it returns nil the change is on disk, and when it returns an error
// nothing changed. Save methods insert when the ID is 0 (setting it) and
// otherwise replace the record with that ID, creating it if it was deleted:
// this is what undo relies on. Saving an Obiettivo saves it whole, with its
// indicators, targets, results, phases and units.
type Store interface {
	Load(ctx context.Context) (*Plan, error)
	// ReplacePlan swaps the whole plan for p, keeping p's IDs.
	ReplacePlan(ctx context.Context, p *Plan) error

	SaveEnte(ctx context.Context, e Ente) error
	SavePiano(ctx context.Context, p Piano) error
	SaveCapitolo(ctx context.Context, c *Capitolo) error
	DeleteCapitolo(ctx context.Context, id int64) error
	SaveTerritorio(ctx context.Context, t Territorio) error

	// Yearly records are keyed by their year.
	SavePopolazioneAnno(ctx context.Context, p PopolazioneAnno) error
	DeletePopolazioneAnno(ctx context.Context, anno int) error
	SaveFascia(ctx context.Context, f *FasciaEta) error
	DeleteFascia(ctx context.Context, id int64) error // with its counts
	SavePopolazioneFascia(ctx context.Context, pf PopolazioneFascia) error
	SavePersonaleAnno(ctx context.Context, p PersonaleAnno) error
	DeletePersonaleAnno(ctx context.Context, anno int) error
	SaveBenchmark(ctx context.Context, b *Benchmark) error
	DeleteBenchmark(ctx context.Context, id int64) error

	SaveUnita(ctx context.Context, u *Unita) error
	// DeleteUnita fails with ErrInUse while objectives or child units refer to it.
	DeleteUnita(ctx context.Context, id int64) error

	SaveServizio(ctx context.Context, s *ServizioAssociato) error
	DeleteServizio(ctx context.Context, id int64) error

	SaveObiettivo(ctx context.Context, o *Obiettivo) error
	DeleteObiettivo(ctx context.Context, id int64) error

	// SaveCopyAs writes a complete copy of the plan file to path.
	SaveCopyAs(path string) error
	// Path is the file the plan lives in.
	Path() string
	Close() error
}

// ErrInUse is returned when deleting something that others still refer to.
var ErrInUse = errors.New("elemento ancora in uso")
