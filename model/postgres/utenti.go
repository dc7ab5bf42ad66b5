package postgres

import (
	"context"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"regexp"
	"slices"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model"
)

// The people who work on the plans of a database, managed by its
// administrator (`piano server utenti`): each is a PostgreSQL login role,
// member of the group role of their role on the plans (piano_amministratore,
// piano_responsabile, piano_nucleo, piano_giunta), and a row of utente with
// the name the windows show, the Area of a Responsabile and the plans they
// may open.

// Utente is one person of the database.
type Utente struct {
	Login string
	Nome  string
	Ruolo model.RuoloAccesso
	// Area is the name of a Responsabile's Area, as the plans write it.
	Area string
	// Piani is which plans they may open: a pattern of plan names where *
	// stands for any text ("albizzate-*"); "*" is every plan.
	Piani string
}

var loginName = regexp.MustCompile(`^[a-z_][a-z0-9_.-]{0,62}$`)

// group is the group role of a role on the plans.
func group(r model.RuoloAccesso) string { return "piano_" + string(r) }

// Validate checks a person before they are added.
func (u Utente) Validate() error {
	switch {
	case !loginName.MatchString(u.Login):
		return fmt.Errorf("nome utente %q non valido: lettere minuscole, cifre, punti, trattini e trattini bassi, iniziando con una lettera", u.Login)
	case u.Login == "postgres" || len(u.Login) > 5 && u.Login[:6] == "piano_":
		return fmt.Errorf("il nome utente %q è riservato", u.Login)
	case !slices.Contains(model.RuoliAccesso, u.Ruolo):
		return fmt.Errorf("ruolo %q sconosciuto: amministratore, responsabile, nucleo o giunta", u.Ruolo)
	case u.Ruolo == model.AccessoResponsabile && u.Area == "":
		return errors.New("per un Responsabile di Area indicare il nome dell'Area (--area)")
	case u.Ruolo != model.AccessoResponsabile && u.Area != "":
		return errors.New("l'Area si indica solo per un Responsabile di Area")
	}
	return nil
}

// likePattern turns "albizzate-*" into the LIKE pattern "albizzate-%".
func likePattern(p string) string {
	if p == "" {
		return "%"
	}
	out := make([]rune, 0, len(p))
	for _, r := range p {
		switch r {
		case '*':
			out = append(out, '%')
		case '%', '_', '\\':
			out = append(out, '\\', r)
		default:
			out = append(out, r)
		}
	}
	return string(out)
}

func globPattern(like string) string {
	out := make([]rune, 0, len(like))
	esc := false
	for _, r := range like {
		switch {
		case esc:
			out, esc = append(out, r), false
		case r == '\\':
			esc = true
		case r == '%':
			out = append(out, '*')
		default:
			out = append(out, r)
		}
	}
	return string(out)
}

// AddUser adds a person, or changes one already there (role, Area, plans,
// password). conn is the administrator's connection; the password is sent
// to the server already hashed (SCRAM-SHA-256), never as text.
func AddUser(ctx context.Context, conn *pgx.Conn, u Utente, password string) error {
	if err := u.Validate(); err != nil {
		return err
	}
	if len(password) < 8 {
		return errors.New("la password deve avere almeno 8 caratteri")
	}
	verifier, err := scramVerifier(password)
	if err != nil {
		return err
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	var exists bool
	if err := tx.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)", u.Login).Scan(&exists); err != nil {
		return err
	}
	verb := "CREATE"
	if exists {
		verb = "ALTER"
	}
	var stmt string
	if err := tx.QueryRow(ctx, "SELECT format('"+verb+" ROLE %I LOGIN PASSWORD %L', $1::text, $2::text)", u.Login, verifier).Scan(&stmt); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, stmt); err != nil {
		return fmt.Errorf("creazione dell'utente %s non riuscita: %w", u.Login, err)
	}
	for _, r := range model.RuoliAccesso {
		op := "REVOKE %I FROM %I"
		if r == u.Ruolo {
			op = "GRANT %I TO %I"
		}
		if err := tx.QueryRow(ctx, "SELECT format('"+op+"', $1::text, $2::text)", group(r), u.Login).Scan(&stmt); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, stmt); err != nil {
			return fmt.Errorf("assegnazione del ruolo a %s non riuscita: %w", u.Login, err)
		}
	}
	if _, err := tx.Exec(ctx, `INSERT INTO piano.utente (login, nome, ruolo, area, piani) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (login) DO UPDATE SET nome = excluded.nome, ruolo = excluded.ruolo, area = excluded.area, piani = excluded.piani`,
		u.Login, u.Nome, string(u.Ruolo), u.Area, likePattern(u.Piani)); err != nil {
		return fmt.Errorf("registrazione dell'utente %s non riuscita: %w", u.Login, err)
	}
	return tx.Commit(ctx)
}

// Users lists the people of the database, by name.
func Users(ctx context.Context, conn *pgx.Conn) ([]Utente, error) {
	res, err := conn.Query(ctx, "SELECT login, nome, ruolo, area, piani FROM piano.utente ORDER BY login")
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(res, func(r pgx.CollectableRow) (Utente, error) {
		var u Utente
		var ruolo, piani string
		err := r.Scan(&u.Login, &u.Nome, &ruolo, &u.Area, &piani)
		u.Ruolo, u.Piani = model.RuoloAccesso(ruolo), globPattern(piani)
		return u, err
	})
}

// RemoveUser removes a person: their row and their login role. Their name
// stays in the versions of the records they changed.
func RemoveUser(ctx context.Context, conn *pgx.Conn, login string) error {
	tx, err := conn.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	tag, err := tx.Exec(ctx, "DELETE FROM piano.utente WHERE login = $1", login)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("l'utente %s non è registrato: %w", login, model.ErrNotFound)
	}
	var stmt string
	if err := tx.QueryRow(ctx, "SELECT format('DROP ROLE IF EXISTS %I', $1::text)", login).Scan(&stmt); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, stmt); err != nil {
		return fmt.Errorf("eliminazione dell'utente %s non riuscita: %w", login, err)
	}
	return tx.Commit(ctx)
}

// Plans lists the plans the person at addr may open, by name.
func Plans(ctx context.Context, addr Address, password string) ([]model.PianoSulServer, error) {
	s, err := connect(ctx, addr, password)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	res, err := s.pool.Query(ctx, `SELECT x.chiave, coalesce(e.nome, ''), coalesce(p.anno, 0), coalesce(p.titolo, ''), coalesce(p.stato, '')
		FROM piani x LEFT JOIN ente e ON e.piano_id = x.id LEFT JOIN piano p ON p.piano_id = x.id
		ORDER BY x.chiave COLLATE "C"`)
	if err != nil {
		return nil, s.explain("Lettura dei piani", err)
	}
	out, err := pgx.CollectRows(res, func(r pgx.CollectableRow) (model.PianoSulServer, error) {
		var p model.PianoSulServer
		var stato string
		err := r.Scan(&p.Chiave, &p.Ente, &p.Anno, &p.Titolo, &stato)
		p.Stato = model.StatoPiano(stato)
		return p, err
	})
	if err != nil {
		return nil, s.explain("Lettura dei piani", err)
	}
	return out, nil
}

// scramVerifier is what the server keeps of a password (RFC 5802/7677, as
// PostgreSQL writes it): knowing it does not give the password.
func scramVerifier(password string) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	const iter = 4096
	salted, err := pbkdf2.Key(sha256.New, password, salt, iter, 32)
	if err != nil {
		return "", err
	}
	mac := func(key []byte, msg string) []byte {
		h := hmac.New(sha256.New, key)
		h.Write([]byte(msg))
		return h.Sum(nil)
	}
	stored := sha256.Sum256(mac(salted, "Client Key"))
	b64 := base64.StdEncoding.EncodeToString
	return fmt.Sprintf("SCRAM-SHA-256$%d:%s$%s:%s", iter, b64(salt), b64(stored[:]), b64(mac(salted, "Server Key"))), nil
}
