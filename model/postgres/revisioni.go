package postgres

import (
	"context"
	"fmt"
	"maps"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model"
)

// Versions of records (migrations/0001: the table revisione, kept by
// triggers). A record is one thing a person changes at once: the ente,
// one year of population, an age band with its counts, an objective with
// everything below it… Its key is "kind/id/sub".
//
// The store remembers the version of each record this window last read
// (Read, Load) or wrote (Write). Before a Writer changes a record it locks
// the record's key for the transaction and compares: a version that moved
// since means someone else changed the record after this window last saw
// it, and the change is refused with a *model.ConflictError. Reads inside
// a Write (what a session reads to build its undo) do not count as seen:
// the window shows what Read gave it.

func recordKey(kind string, rif int64, sub string) string {
	return kind + "/" + strconv.FormatInt(rif, 10) + "/" + sub
}

func splitKey(k string) (kind string, rif int64, sub string) {
	parts := strings.SplitN(k, "/", 3)
	if len(parts) == 3 {
		kind, sub = parts[0], parts[2]
		rif, _ = strconv.ParseInt(parts[1], 10, 64)
	}
	return kind, rif, sub
}

// readLog notes what a Read read: whole kinds of records, and objectives.
type readLog struct {
	kinds []string
	obj   []int64
}

func (l *readLog) kind(k string) {
	if l != nil {
		l.kinds = append(l.kinds, k)
	}
}

func (l *readLog) obiettivi(ids []int64) {
	if l != nil {
		l.obj = append(l.obj, ids...)
	}
}

// versions reads the versions of what was read.
func (l *readLog) versions(ctx context.Context, tx pgx.Tx, plan int64) (map[string]int64, error) {
	if len(l.kinds) == 0 && len(l.obj) == 0 {
		return nil, nil
	}
	return revs(ctx, tx, `SELECT tipo, rif, sub, rev FROM revisione WHERE piano_id = $1
		AND (tipo = ANY($2) OR (tipo = 'obiettivo' AND rif = ANY($3)))`, plan, l.kinds, l.obj)
}

func revs(ctx context.Context, tx pgx.Tx, q string, args ...any) (map[string]int64, error) {
	res, err := tx.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer res.Close()
	out := map[string]int64{}
	for res.Next() {
		var kind, sub string
		var rif, rev int64
		if err := res.Scan(&kind, &rif, &sub, &rev); err != nil {
			return nil, err
		}
		out[recordKey(kind, rif, sub)] = rev
	}
	return out, res.Err()
}

// remember takes the versions read or written as seen.
func (s *Store) remember(m map[string]int64) {
	s.mu.Lock()
	maps.Copy(s.seen, m)
	s.mu.Unlock()
}

func (s *Store) seenRev(k string) (int64, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.seen[k]
	return v, ok
}

// claim locks a record for the rest of the transaction and refuses the
// change when someone else changed it since this window saw it. The lock
// comes first and the version is read after it, in a statement of its own
// (a new snapshot), so two windows changing one record go one after the
// other and the second sees the first's version.
func (w *writer) claim(kind string, rif int64, sub string) error {
	k := recordKey(kind, rif, sub)
	if w.claimed[k] {
		return nil
	}
	b := &pgx.Batch{}
	b.Queue("SELECT pg_advisory_xact_lock(hashtextextended($1, $2))", k, w.s.id)
	b.Queue("SELECT rev, utente, quando FROM revisione WHERE piano_id = $1 AND tipo = $2 AND rif = $3 AND sub = $4",
		w.s.id, kind, rif, sub)
	res := w.tx.SendBatch(w.ctx, b)
	if _, err := res.Exec(); err != nil {
		res.Close()
		return err
	}
	var rev int64
	var who string
	var when time.Time
	err := res.QueryRow().Scan(&rev, &who, &when)
	if cerr := res.Close(); err == nil {
		err = cerr
	}
	if err == pgx.ErrNoRows {
		w.claimed[k] = true
		return nil
	}
	if err != nil {
		return err
	}
	want, known := w.expect[k]
	if !known {
		want, known = w.s.seenRev(k)
	}
	if known && want != rev {
		return w.conflict(kind, rif, sub, who, when)
	}
	w.claimed[k] = true
	return nil
}

// conflict builds the refusal: who changed the record, when, and what.
func (w *writer) conflict(kind string, rif int64, sub, who string, when time.Time) error {
	name := who
	_ = w.tx.QueryRow(w.ctx, "SELECT coalesce(nullif(nome, ''), login) FROM utente WHERE login = $1", who).Scan(&name)
	return &model.ConflictError{Who: name, When: when, What: w.describe(kind, rif, sub), Scope: scopeOf(kind, rif)}
}

// describe names a record for people.
func (w *writer) describe(kind string, rif int64, sub string) string {
	title := func(q string) string {
		var s string
		_ = w.tx.QueryRow(w.ctx, q, w.s.id, rif).Scan(&s)
		return s
	}
	switch kind {
	case "ente":
		return "i dati dell'ente"
	case "piano":
		return "i dati del piano"
	case "territorio":
		return "il territorio"
	case "scadenzario":
		return "le scadenze"
	case "capitolo":
		return fmt.Sprintf("il capitolo «%s»", title("SELECT titolo FROM capitolo WHERE piano_id = $1 AND id = $2"))
	case "popolazione":
		return fmt.Sprintf("la popolazione del %d", rif)
	case "personale":
		return fmt.Sprintf("il personale del %d", rif)
	case "fascia":
		return fmt.Sprintf("la fascia d'età «%s»", title("SELECT nome FROM fascia_eta WHERE piano_id = $1 AND id = $2"))
	case "unita":
		return fmt.Sprintf("l'unità «%s»", title("SELECT nome FROM unita WHERE piano_id = $1 AND id = $2"))
	case "benchmark":
		return fmt.Sprintf("il benchmark «%s»", title("SELECT descrizione FROM benchmark WHERE piano_id = $1 AND id = $2"))
	case "servizio":
		return fmt.Sprintf("il servizio associato «%s»", title("SELECT titolo FROM servizio WHERE piano_id = $1 AND id = $2"))
	case "obiettivo":
		t := title("SELECT btrim(codice || ' «' || titolo || '»') FROM obiettivo WHERE piano_id = $1 AND id = $2")
		if t == "" {
			return fmt.Sprintf("l'obiettivo %d (ora eliminato)", rif)
		}
		return "l'obiettivo " + t
	case "qualita":
		return fmt.Sprintf("la valutazione «%s» dell'obiettivo %d", sub, rif)
	case "verifica":
		var d time.Time
		if w.tx.QueryRow(w.ctx, "SELECT data FROM verifica WHERE piano_id = $1 AND id = $2", w.s.id, rif).Scan(&d) == nil {
			return "la verifica " + model.Verifica{Data: dateVal(&d)}.Etichetta()
		}
		return "una verifica del monitoraggio"
	case "smvp":
		return "il sistema di misurazione e valutazione"
	case "relazione":
		return "la Relazione sulla performance"
	case "indicatore":
		return fmt.Sprintf("l'indicatore dell'ente «%s»", title("SELECT nome FROM indicatore WHERE piano_id = $1 AND id = $2"))
	}
	return fmt.Sprintf("%s %d", kind, rif)
}

// scopeOf is what to read again after a record of that kind changed.
func scopeOf(kind string, rif int64) model.Scope {
	for _, pr := range partReaders {
		if pr.kind == kind && kind != "obiettivo" && kind != "verifica" {
			return model.Scope{Parts: pr.part}
		}
	}
	switch kind {
	case "obiettivo":
		// Deleting an objective hides its quality judgements too.
		return model.Scope{Parts: model.PartQualita, Obiettivi: []int64{rif}}
	case "verifica":
		// A checkpoint moved to another day reorders every objective's
		// readings.
		return model.Scope{Parts: model.PartVerifiche | model.PartObiettivi | model.PartIndicatoriEnte}
	case "versione":
		return model.Scope{Parts: model.PartPiano}
	}
	return model.Scope{Parts: model.AllParts}
}

// finish ends a Write before its commit: the sequence moved past the IDs
// the caller brought, and the versions of what was written read back.
func (w *writer) finish() (map[string]int64, error) {
	if w.maxID > 0 {
		if _, err := w.tx.Exec(w.ctx, "SELECT ids_almeno($1)", w.maxID); err != nil {
			return nil, err
		}
	}
	if w.replaced {
		return revs(w.ctx, w.tx, "SELECT tipo, rif, sub, rev FROM revisione WHERE piano_id = $1", w.s.id)
	}
	return w.written()
}

// written reads the versions of the records claimed so far.
func (w *writer) written() (map[string]int64, error) {
	if len(w.claimed) == 0 {
		return nil, nil
	}
	var kinds, subs []string
	var rifs []int64
	for k := range w.claimed {
		kind, rif, sub := splitKey(k)
		kinds, rifs, subs = append(kinds, kind), append(rifs, rif), append(subs, sub)
	}
	return revs(w.ctx, w.tx, `SELECT tipo, rif, sub, rev FROM revisione WHERE piano_id = $1
		AND (tipo, rif, sub) IN (SELECT * FROM unnest($2::text[], $3::bigint[], $4::text[]))`, w.s.id, kinds, rifs, subs)
}

// Stamp is what the transaction wrote so far, with the versions it gave.
func (w *writer) Stamp() model.Stamp {
	m, err := w.written()
	if err != nil {
		return nil
	}
	return model.Stamp(m)
}

// Expect makes the later writes of the transaction expect the records of
// st at the versions st gives.
func (w *writer) Expect(st model.Stamp) { maps.Copy(w.expect, st) }

var _ model.Stamper = (*writer)(nil)
