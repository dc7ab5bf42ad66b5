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
// indicators, targets, readings, phases, units, progress notes and the
// Nucleo's validation.
type Store interface {
	Load(ctx context.Context) (*Plan, error)
	// ReplacePlan swaps the whole plan for p, keeping p's IDs.
	ReplacePlan(ctx context.Context, p *Plan) error

	SaveEnte(ctx context.Context, e Ente) error
	SavePiano(ctx context.Context, p Piano) error
	SaveCapitolo(ctx context.Context, c *Capitolo) error
	// SaveCapitoli saves several chapters in one transaction, as reordering
	// needs: every ID must be set (a chapter with ID 0 is refused and
	// nothing is saved); a deleted chapter is created again with its ID.
	SaveCapitoli(ctx context.Context, cc []Capitolo) error
	DeleteCapitolo(ctx context.Context, id int64) error
	SaveTerritorio(ctx context.Context, t Territorio) error

	// Yearly records are keyed by their year.
	SavePopolazioneAnno(ctx context.Context, p PopolazioneAnno) error
	DeletePopolazioneAnno(ctx context.Context, anno int) error
	// RenumberPopolazioneAnno moves the record of year from to year to,
	// figures unchanged (the age-band counts keep their own years). It
	// fails with ErrExists when to already has a record, and with the
	// store's not-found error when from has none.
	RenumberPopolazioneAnno(ctx context.Context, from, to int) error
	SaveFascia(ctx context.Context, f *FasciaEta) error
	DeleteFascia(ctx context.Context, id int64) error // with its counts
	// SaveFasciaConConteggi saves a band whole: the band (inserted when
	// f.ID is 0, setting it; otherwise kept with its ID, created again if it
	// was deleted) and, as its only counts, counts, each stored under f.ID
	// whatever its FasciaID (which is set to f.ID on success). Undoing the
	// deletion of a band relies on it.
	SaveFasciaConConteggi(ctx context.Context, f *FasciaEta, counts []PopolazioneFascia) error
	SavePopolazioneFascia(ctx context.Context, pf PopolazioneFascia) error
	// DeletePopolazioneFascia deletes the count of one band and year (the
	// undo of a first count), failing with the store's not-found error
	// when there is none.
	DeletePopolazioneFascia(ctx context.Context, fasciaID int64, anno int) error
	SavePersonaleAnno(ctx context.Context, p PersonaleAnno) error
	DeletePersonaleAnno(ctx context.Context, anno int) error
	// RenumberPersonaleAnno moves the staff record of year from to year
	// to, like RenumberPopolazioneAnno.
	RenumberPersonaleAnno(ctx context.Context, from, to int) error
	SaveBenchmark(ctx context.Context, b *Benchmark) error
	DeleteBenchmark(ctx context.Context, id int64) error

	SaveUnita(ctx context.Context, u *Unita) error
	// DeleteUnita fails with ErrInUse while objectives or child units refer to it.
	DeleteUnita(ctx context.Context, id int64) error

	SaveServizio(ctx context.Context, s *ServizioAssociato) error
	DeleteServizio(ctx context.Context, id int64) error

	SaveObiettivo(ctx context.Context, o *Obiettivo) error
	DeleteObiettivo(ctx context.Context, id int64) error

	// --- Versions, deadlines and quality -----------------------------
	// Adoption and variations freeze the plan as it stands, inside the
	// plan file: a frozen version is never changed nor deleted, and the
	// store refuses to (the SQLite store with triggers). Versions are
	// numbered from 1 (the adoption) without gaps.

	// Adotta records the Giunta's resolution adopting the plan: in one
	// transaction it sets the plan's status and approval act
	// (PianoAdottato) and freezes the plan as version 1. It fails, and
	// changes nothing, when the act is incomplete (ValidaAtto), the plan
	// is already adopted (ErrGiaAdottato) or does not pass Validate.
	Adotta(ctx context.Context, atto Atto) (Versione, error)
	// RegistraVariazione records a resolution varying the adopted plan:
	// it freezes the plan as the next version and sets the status to
	// "variato". It fails, changing nothing, before adoption
	// (ErrNonAdottato), without a reason, with a resolution already
	// recorded or older than the last one, or when nothing changed since
	// the last version (ErrNessunaMod). See ControllaNuovaVersione.
	RegistraVariazione(ctx context.Context, atto Atto, motivo string) (Versione, error)
	// Versioni lists the frozen versions, oldest first; empty before adoption.
	Versioni(ctx context.Context) ([]Versione, error)
	// LoadVersione reads version numero as it was frozen; it fails with
	// ErrVersioneIgnota when there is none, and refuses a copy whose
	// fingerprint no longer matches.
	LoadVersione(ctx context.Context, numero int) (*Plan, error)
	// TestoVersione is version numero's frozen JSON byte for byte, as
	// recorded (its SHA-256 is the version's Impronta): a version frozen
	// before the performance cycle keeps format 1. Same errors as
	// LoadVersione.
	TestoVersione(ctx context.Context, numero int) ([]byte, error)
	// SaveScadenzario replaces the deadline settings and records.
	SaveScadenzario(ctx context.Context, s Scadenzario) error
	// SaveConfermaQualita saves the user's judgement of a criterion for an
	// objective, replacing any earlier one; DeleteConfermaQualita removes
	// it (the undo of a first judgement), failing with the store's
	// not-found error when there is none.
	SaveConfermaQualita(ctx context.Context, c ConfermaQualita) error
	DeleteConfermaQualita(ctx context.Context, obiettivoID int64, criterio CriterioQualita) error
	// ------------------------------------------------------------------

	// --- The performance cycle: monitoring, measurement, validation ---
	//
	// SaveMonitoraggio saves a batch of checkpoints, readings, progress
	// notes and phases' completion in one transaction (see Monitoraggio):
	// a typed cell, a pasted block, the Area managers' workbooks read back,
	// or the undo of any of these (Plan.InversoMonitoraggio). IDs assigned
	// are written back into m. It refuses, changing nothing, a batch naming
	// something missing (the store's not-found error), a checkpoint on a
	// date another one has (ErrExists), or one that fails
	// ControllaMonitoraggio; callers check the rest against the plan first
	// with Plan.ValidaMonitoraggio.
	SaveMonitoraggio(ctx context.Context, m *Monitoraggio) error
	// DeleteVerifica deletes a checkpoint with every reading and progress
	// note taken at it; the undo is SaveMonitoraggio(Plan.DatiVerifica(id)).
	DeleteVerifica(ctx context.Context, id int64) error
	// SaveValidazione sets the Nucleo's validation of an objective; nil
	// removes it.
	SaveValidazione(ctx context.Context, obiettivoID int64, v *Validazione) error
	// SaveSMVP replaces the evaluation system, refusing settings that fail
	// SMVP.Valida.
	SaveSMVP(ctx context.Context, s SMVP) error
	SaveRelazione(ctx context.Context, r Relazione) error
	// SaveIndicatoreEnte saves an indicator of the whole ente whole, with
	// targets and readings, like SaveObiettivo does for objectives.
	SaveIndicatoreEnte(ctx context.Context, in *Indicatore) error
	DeleteIndicatoreEnte(ctx context.Context, id int64) error
	// --- end of the performance cycle ---

	// SaveCopyAs writes a complete copy of the plan file to path.
	SaveCopyAs(path string) error
	// Path is the file the plan lives in.
	Path() string
	Close() error
}

// ErrInUse is returned when deleting something that others still refer to.
var ErrInUse = errors.New("elemento ancora in uso")

// ErrExists is returned when a change would give a record a key (such as a
// year) that another record already has.
var ErrExists = errors.New("elemento già presente")
