package model

import (
	"context"
	"errors"
)

// Store keeps one plan. It is the truth: the window shows what the store
// read back after every change, never a copy edited by hand.
//
// Changes go through Write: fn runs inside one transaction, so every write
// it makes reaches the disk together when Write returns nil, and none does
// otherwise. fn may read (the Writer is also a Reader) what the transaction
// sees, including its own writes: the session reads the prior state for
// undo and reads back what it changed in the same transaction.
//
// Reads go through Read (one consistent snapshot) or Load (the whole plan).
// Parts and single objectives can be read on their own, so that after a
// keystroke only what changed is read back, and so that a store which
// learns of changes made elsewhere (another window on a database server)
// can have the session reload just those parts.
type Store interface {
	// Load reads the whole plan as one consistent snapshot. Lists come in
	// the order of NormalizePlan; see Reader for nil versus empty.
	Load(ctx context.Context) (*Plan, error)
	// Read runs fn on one consistent snapshot of the plan.
	Read(ctx context.Context, fn func(r Reader) error) error
	// Write runs fn as one transaction; see Store. A store opened read-only
	// refuses with an error that matches ErrReadOnly and writes nothing.
	Write(ctx context.Context, fn func(w Writer) error) error

	// SaveCopyAs writes a complete copy of the plan file to path.
	SaveCopyAs(path string) error
	// Path is the file (or the address) the plan lives in.
	Path() string
	// ReadOnly tells whether Write is refused (the plan is open elsewhere).
	ReadOnly() bool
	Close() error
}

// Reader reads parts of the plan. Records come complete and in plan order:
// what ReadParts and Obiettivi return equals the same records of Load.
// Objectives come with their readings, progress notes and validation.
// List fields without omitempty come back as empty, non-nil slices.
type Reader interface {
	// ReadParts replaces the parts of p named by parts with what the store
	// holds; the other parts of p are left alone.
	ReadParts(p *Plan, parts Parts) error
	// Obiettivi reads the objectives with the given IDs, each with its
	// units, years, indicators, targets, results and phases, in plan order
	// (Ordine, then ID). IDs the store does not hold are left out.
	Obiettivi(ids []int64) ([]Obiettivo, error)

	// Versioni lists the frozen versions (adoption and variations), oldest
	// first; empty before adoption. They are the plan's history, not a
	// part of it: no part holds them.
	Versioni() ([]Versione, error)
	// LoadVersione reads version numero as it was frozen; it fails with
	// ErrVersioneIgnota when there is none, and refuses a copy whose
	// fingerprint no longer matches.
	LoadVersione(numero int) (*Plan, error)
	// TestoVersione is version numero's frozen JSON byte for byte, as
	// recorded (its SHA-256 is the version's Impronta): a version frozen
	// before the performance cycle keeps format 1. Same errors as
	// LoadVersione.
	TestoVersione(numero int) ([]byte, error)

	// IdentitaPiano is the plan file's own random code, made when the
	// file is created: copies and backups keep it, a new plan (next
	// year's, an import into a new file) gets another. Workbooks sent to
	// the Area managers carry it, so what comes back is tied to this plan.
	IdentitaPiano() (string, error)
	// Storico is the plan's history, oldest first: what came from outside
	// the window (the workbooks read back) and its undoing. Like the
	// versions, it is not a part of the plan.
	Storico() ([]EventoStorico, error)
}

// Writer changes the plan inside one transaction (see Store.Write).
//
// Save methods insert when the ID is 0 and otherwise replace the record
// with that ID, creating it again if it was deleted: this is what undo
// relies on. A new record's ID (and those of its nested records) is set in
// the caller's struct at once, so fn can read it back, and put back to 0 if
// the transaction does not commit. Saving an Obiettivo saves it whole.
//
// Delete methods return what they removed, read in the same transaction,
// cascades included: saving it again restores it, IDs and all. Deleting
// what is not there fails with an error matching ErrNotFound.
type Writer interface {
	Reader

	// ReplacePlan swaps the whole plan for p, keeping p's IDs.
	ReplacePlan(p *Plan) error

	SaveEnte(e Ente) error
	SavePiano(p Piano) error
	SaveTerritorio(t Territorio) error
	SaveCapitolo(c *Capitolo) error
	DeleteCapitolo(id int64) (Capitolo, error)

	// Yearly records are keyed by their year.
	SavePopolazioneAnno(r PopolazioneAnno) error
	DeletePopolazioneAnno(anno int) (PopolazioneAnno, error)
	// RenumberPopolazioneAnno moves the record of year from to year to,
	// figures unchanged (the age-band counts keep their own years). It
	// fails with ErrExists when to already has a record, and with
	// ErrNotFound when from has none.
	RenumberPopolazioneAnno(from, to int) error
	SavePersonaleAnno(r PersonaleAnno) error
	DeletePersonaleAnno(anno int) (PersonaleAnno, error)
	// RenumberPersonaleAnno is RenumberPopolazioneAnno for staff records.
	RenumberPersonaleAnno(from, to int) error

	SaveFascia(f *FasciaEta) error
	// DeleteFascia deletes an age band with its counts and returns both.
	DeleteFascia(id int64) (FasciaEta, []PopolazioneFascia, error)
	// SavePopolazioneFascia inserts or replaces the count of one band and
	// year; the band must exist.
	SavePopolazioneFascia(c PopolazioneFascia) error
	DeletePopolazioneFascia(fasciaID int64, anno int) (PopolazioneFascia, error)

	SaveBenchmark(b *Benchmark) error
	DeleteBenchmark(id int64) (Benchmark, error)

	// SaveUnita refuses a parent that does not exist or that lies below
	// the unit itself.
	SaveUnita(u *Unita) error
	// DeleteUnita fails with ErrInUse while objectives or child units
	// refer to the unit.
	DeleteUnita(id int64) (Unita, error)

	SaveServizio(s *ServizioAssociato) error
	DeleteServizio(id int64) (ServizioAssociato, error)

	// SaveObiettivo refuses an Area, unit or parent that does not exist,
	// and a parent that lies below the objective itself.
	SaveObiettivo(o *Obiettivo) error
	// DeleteObiettivo deletes an objective with all its sub-objectives and
	// returns them, each after the one above it: saving them again in that
	// order restores the whole subtree. The judgements of their quality
	// stay in the store, unread while the objectives are gone, and come
	// back with them (PartQualita changes too).
	DeleteObiettivo(id int64) ([]Obiettivo, error)

	// SaveScadenzario replaces the deadline settings and records.
	SaveScadenzario(s Scadenzario) error
	// SaveConfermaQualita saves the user's judgement of a criterion for an
	// existing objective, replacing any earlier one; DeleteConfermaQualita
	// removes it and returns it (the undo of a first judgement).
	SaveConfermaQualita(c ConfermaQualita) error
	DeleteConfermaQualita(obiettivoID int64, criterio CriterioQualita) (ConfermaQualita, error)

	// Adoption and variations freeze the plan as it stands: a frozen
	// version is never changed nor deleted, and the store refuses to (the
	// SQLite store with triggers). Versions are numbered from 1 (the
	// adoption) without gaps.

	// Adotta records the Giunta's resolution adopting the plan: it sets
	// the plan's status and approval act (PianoAdottato, so PartPiano
	// changes) and freezes the plan as version 1. It fails when the act is
	// incomplete (ValidaAtto), the plan is already adopted (ErrGiaAdottato)
	// or does not pass Validate.
	Adotta(atto Atto) (Versione, error)
	// RegistraVariazione records a resolution varying the adopted plan:
	// it freezes the plan as the next version and sets the status to
	// "variato". It fails before adoption (ErrNonAdottato), without a
	// reason, with a resolution already recorded or older than the last
	// one, or when nothing changed since the last version (ErrNessunaMod).
	// See ControllaNuovaVersione.
	RegistraVariazione(atto Atto, motivo string) (Versione, error)

	// --- The performance cycle: monitoring, measurement, validation ---

	// SaveMonitoraggio saves a batch of checkpoints, readings, progress
	// notes and phases' completion (see Monitoraggio): a typed cell, a
	// pasted block, the Area managers' workbooks read back, or the undo of
	// any of these (Plan.InversoMonitoraggio). IDs assigned are set in m.
	// It refuses a batch naming something missing (ErrNotFound), a
	// checkpoint on a date another one has (ErrExists), or one that fails
	// ControllaMonitoraggio; callers check the rest against the plan first
	// with Plan.ValidaMonitoraggio. A checkpoint moved to another date
	// reorders the readings of every objective (PartObiettivi).
	SaveMonitoraggio(m *Monitoraggio) error
	// DeleteVerifica deletes a checkpoint with every reading and progress
	// note taken at it, and returns them as the batch that, saved again,
	// restores them all (Plan.DatiVerifica as the store holds it).
	DeleteVerifica(id int64) (*Monitoraggio, error)
	// SaveValidazione sets the Nucleo's validation of an objective; nil
	// removes it.
	SaveValidazione(obiettivoID int64, v *Validazione) error
	// SaveSMVP replaces the evaluation system, refusing settings that fail
	// SMVP.Valida.
	SaveSMVP(s SMVP) error
	SaveRelazione(r Relazione) error
	// SaveIndicatoreEnte saves an indicator of the whole ente whole, with
	// targets and readings, like SaveObiettivo does for objectives; an ID
	// that belongs to an objective's indicator is refused.
	SaveIndicatoreEnte(in *Indicatore) error
	DeleteIndicatoreEnte(id int64) (Indicatore, error)

	// RegistraStorico appends a line to the plan's history, refusing one
	// that fails EventoStorico.Valida; its ID is set in e. Lines are never
	// changed nor removed.
	RegistraStorico(e *EventoStorico) error
}

// ErrInUse is returned when deleting something that others still refer to.
var ErrInUse = errors.New("elemento ancora in uso")

// ErrExists is returned when a change would give a record a key (such as a
// year) that another record already has.
var ErrExists = errors.New("elemento già presente")

// ErrNotFound is returned when a change or a deletion names a record the
// store does not hold (any more).
var ErrNotFound = errors.New("elemento non trovato")

// ErrReadOnly is returned by Write on a plan opened read-only.
var ErrReadOnly = errors.New("il piano è aperto in sola lettura")
