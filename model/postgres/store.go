// Package postgres keeps plans on a PostgreSQL server: it implements
// model.Store, as the SQLite store does for one file, for the plans of
// many comuni and years in one database, with several people on one plan
// at once.
//
// Every person signs in with a role of their own (see utenti.go) and the
// server enforces what each may change (row-level security). Every record
// has a version (the table revisione, kept by triggers): a change based
// on a version older than the server's is refused with a
// *model.ConflictError naming who changed it, and the server tells every
// open window what changed (LISTEN/NOTIFY, see notify.go).
//
// As in the SQLite store, every public method that changes data runs in
// one transaction: each user action reaches the server whole or not at
// all.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"pianoperformance/model"
)

// Store is one plan on a server, opened by one person.
type Store struct {
	pool *pgxpool.Pool
	addr Address
	id   int64 // piani.id
	ctx  context.Context
	stop context.CancelFunc

	mu   sync.Mutex
	acc  model.Accesso
	seen map[string]int64 // the version of each record as this window last read or wrote it
	pids map[uint32]bool  // server processes of this store's connections: their notices are its own

	watch watchers
}

var (
	_ model.Store    = (*Store)(nil)
	_ model.Permessi = (*Store)(nil)
	_ model.Watcher  = (*Store)(nil)
)

// ErrNoSchema is returned when the database holds no plans' schema yet.
var ErrNoSchema = errors.New("il database non è ancora pronto per il Piano della Performance")

// Open opens the plan addr names, signing in with password ("" takes it
// from PGPASSWORD or ~/.pgpass). It fails with an Italian message when the
// server cannot be reached, the password is wrong, the database has no
// plans' schema or an older or newer one, or the plan does not exist or is
// not open to the person.
func Open(ctx context.Context, addr Address, password string) (*Store, error) {
	if addr.Plan == "" {
		return nil, fmt.Errorf("indicare il piano da aprire sul server (?plan=nome-piano)")
	}
	s, err := connect(ctx, addr, password)
	if err != nil {
		return nil, err
	}
	if err := s.pool.QueryRow(ctx, "SELECT id FROM piani WHERE chiave = $1", addr.Plan).Scan(&s.id); err != nil {
		s.Close()
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, fmt.Errorf("il piano «%s» non esiste %s, oppure l'utente %s non ha accesso: %w", addr.Plan, addr.Where(), addr.User, model.ErrNotFound)
		}
		return nil, s.explain("Apertura del piano", err)
	}
	if err := s.loadAccesso(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Create makes plan addr.Plan on the server holding p; a plan of that name
// is refused (model.ErrExists), even one the person cannot see. Only an
// amministratore may create plans, and only those their pattern of plan
// names allows.
func Create(ctx context.Context, addr Address, password string, p *model.Plan) (*Store, error) {
	if err := ValidPlanKey(addr.Plan); err != nil {
		return nil, err
	}
	s, err := connect(ctx, addr, password)
	if err != nil {
		return nil, err
	}
	if err := s.loadAccesso(ctx); err != nil {
		s.Close()
		return nil, err
	}
	if p == nil {
		p = &model.Plan{}
	}
	err = s.Write(ctx, func(w model.Writer) error {
		pw := w.(*writer)
		err := pw.tx.QueryRow(ctx, `INSERT INTO piani (chiave) VALUES ($1) ON CONFLICT (chiave) DO NOTHING RETURNING id`,
			addr.Plan).Scan(&s.id)
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("il piano «%s» esiste già %s: scegliere un altro nome: %w", addr.Plan, addr.Where(), model.ErrExists)
		}
		var pe *pgconn.PgError
		if errors.As(err, &pe) && pe.Code == "42501" {
			var pattern string
			_ = s.pool.QueryRow(ctx, "SELECT piani FROM utente WHERE login = current_user").Scan(&pattern)
			return &refusal{fmt.Errorf("l'utente %s non può creare il piano «%s»: i piani che gli sono assegnati sono «%s» (vedere «piano server utenti elenco»): %w",
				addr.User, addr.Plan, strings.ReplaceAll(pattern, "%", "*"), model.ErrNotAllowed), err}
		}
		if err != nil {
			return err
		}
		return w.ReplacePlan(p)
	})
	if err != nil {
		s.Close()
		return nil, err
	}
	s.findArea(ctx)
	return s, nil
}

// connect signs in and checks the schema.
func connect(ctx context.Context, addr Address, password string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(addr.Server())
	if err != nil {
		return nil, fmt.Errorf("indirizzo del server non valido: %v", err)
	}
	if password != "" {
		cfg.ConnConfig.Password = password
	}
	if cfg.ConnConfig.ConnectTimeout == 0 || cfg.ConnConfig.ConnectTimeout > connectTimeout {
		cfg.ConnConfig.ConnectTimeout = connectTimeout
	}
	cfg.ConnConfig.RuntimeParams["search_path"] = "piano"
	cfg.ConnConfig.RuntimeParams["application_name"] = "Piano della Performance"
	cfg.MaxConns = 3
	cfg.MaxConnIdleTime = 5 * time.Minute
	s := &Store{addr: addr, seen: map[string]int64{}, pids: map[uint32]bool{}}
	s.ctx, s.stop = context.WithCancel(context.Background())
	cfg.AfterConnect = func(_ context.Context, c *pgx.Conn) error {
		s.mu.Lock()
		s.pids[c.PgConn().PID()] = true
		s.mu.Unlock()
		return nil
	}
	cfg.BeforeClose = func(c *pgx.Conn) {
		s.mu.Lock()
		delete(s.pids, c.PgConn().PID())
		s.mu.Unlock()
	}
	if s.pool, err = pgxpool.NewWithConfig(ctx, cfg); err != nil {
		return nil, fmt.Errorf("connessione %s non riuscita: %v", addr.Where(), err)
	}
	v, err := schemaVersion(ctx, s.pool)
	if err != nil {
		s.Close()
		return nil, s.explain("Connessione", err)
	}
	switch {
	case v == 0:
		s.Close()
		return nil, fmt.Errorf("%w: il database %s non contiene l'archivio dei piani; l'amministratore del database lo prepara con «piano server init»", ErrNoSchema, addr.Database)
	case v < latestVersion():
		s.Close()
		return nil, fmt.Errorf("%w: il database %s è di una versione precedente del programma (schema %d, questa versione usa il %d); l'amministratore del database lo aggiorna con «piano server init»", ErrNoSchema, addr.Database, v, latestVersion())
	case v > latestVersion():
		s.Close()
		return nil, fmt.Errorf("il database %s è stato aggiornato da una versione più recente del programma (schema %d, questa versione gestisce fino al %d): aggiornare il programma", addr.Database, v, latestVersion())
	}
	return s, nil
}

// connectTimeout bounds the wait for an unreachable server.
const connectTimeout = 8 * time.Second

// loadAccesso reads who signed in and with what role. The owner of the
// schema, who need not be listed among the users, is an amministratore.
func (s *Store) loadAccesso(ctx context.Context) error {
	var a model.Accesso
	var ruolo string
	var owner bool
	err := s.pool.QueryRow(ctx, `SELECT current_user, coalesce(u.nome, ''), coalesce(u.ruolo, ''), coalesce(u.area, ''),
			(SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'piano') = current_user
		FROM (SELECT 1) x LEFT JOIN utente u ON u.login = current_user`).Scan(&a.Utente, &a.Nome, &ruolo, &a.Area, &owner)
	if err != nil {
		return s.explain("Lettura dell'utente", err)
	}
	switch {
	case ruolo != "":
		a.Ruolo = model.RuoloAccesso(ruolo)
	case owner:
		a.Ruolo = model.AccessoAmministratore
	default:
		return fmt.Errorf("l'utente %s non è registrato tra gli utenti del Piano della Performance %s: l'amministratore lo aggiunge con «piano server utenti aggiungi»: %w", a.Utente, s.addr.Where(), model.ErrNotAllowed)
	}
	s.mu.Lock()
	s.acc = a
	s.mu.Unlock()
	s.findArea(ctx)
	return nil
}

// findArea finds the Responsabile's Area in the plan, by name.
func (s *Store) findArea(ctx context.Context) {
	if s.Accesso().Ruolo != model.AccessoResponsabile || s.id == 0 {
		return
	}
	p := &model.Plan{}
	r := &reader{ctx: ctx, s: s}
	err := s.run(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		r.tx = tx
		return loadUnita(r, p)
	})
	if err == nil {
		s.areaFrom(p.Unita)
	}
}

// areaFrom finds the Responsabile's Area among the plan's units, by name
// (as the server's policies do).
func (s *Store) areaFrom(units []model.Unita) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.acc.Ruolo != model.AccessoResponsabile {
		return
	}
	s.acc.AreaID = 0
	for _, u := range units {
		if u.Tipo == model.TipoArea && strings.EqualFold(strings.TrimSpace(u.Nome), strings.TrimSpace(s.acc.Area)) {
			s.acc.AreaID = u.ID
			return
		}
	}
}

// Accesso is who signed in, with their role.
func (s *Store) Accesso() model.Accesso {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.acc
}

// ReadOnly: the Giunta's role reads only.
func (s *Store) ReadOnly() bool { return s.Accesso().Ruolo == model.AccessoGiunta }

// Path is the plan's address, without the password.
func (s *Store) Path() string { return s.addr.String() }

// Address is where the plan lives.
func (s *Store) Address() Address { return s.addr }

// Close ends the connections and the notifications.
func (s *Store) Close() error {
	s.stop()
	s.watch.wait()
	s.pool.Close()
	return nil
}

// SaveCopyAs is for plan files: a plan on a server is copied to a file
// with «piano copia» or the window's File menu, which write a plan file.
func (s *Store) SaveCopyAs(path string) error {
	return fmt.Errorf("il piano è sul server: per averne una copia in un file usare «piano copia --da %s --a %s»", s.Path(), path)
}
