// Package address reads and writes where a plan lives on a database
// server: postgres://utente@server:porta/database?plan=nome-piano. It is
// plain Go, so the window and the command line handle addresses without
// the server's driver.
package address

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// Address is where a plan lives: a server, a database, the person who
// signs in and the plan's key, written as
//
//	postgres://mrossi@db.comune.local:5432/piano?plan=albizzate-2024
//
// The password is never part of it: it comes from the operating system's
// credential store (the window), from PGPASSWORD or ~/.pgpass (the command
// line), or is asked for.
type Address struct {
	Host     string
	Port     int
	Database string
	User     string
	Plan     string
	// Params are the other settings of the URL (sslmode…), kept as given.
	Params url.Values
}

// Is tells whether s names a plan on a server rather than a file.
func Is(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

var planKey = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,62}$`)

// ValidPlanKey checks the key of a plan: lower-case letters, digits, dots,
// dashes, as in "albizzate-2024".
func ValidPlanKey(k string) error {
	if !planKey.MatchString(k) {
		return fmt.Errorf("nome del piano %q non valido: usare lettere minuscole, cifre e trattini, per esempio «albizzate-2024»", k)
	}
	return nil
}

// Parse reads an address. needPlan says whether the plan must be
// named (opening one) or may be missing (listing the plans).
func Parse(s string, needPlan bool) (Address, error) {
	u, err := url.Parse(s)
	if err != nil || !Is(s) {
		return Address{}, fmt.Errorf("indirizzo del server %q non valido: atteso postgres://utente@server:porta/database?plan=nome-piano", s)
	}
	if _, has := u.User.Password(); has {
		return Address{}, fmt.Errorf("l'indirizzo del server non deve contenere la password: il programma la chiede e la conserva nel portachiavi del sistema")
	}
	a := Address{Host: u.Hostname(), Database: strings.TrimPrefix(u.Path, "/"), User: u.User.Username(), Params: u.Query()}
	if p := u.Port(); p != "" {
		if a.Port, err = strconv.Atoi(p); err != nil || a.Port <= 0 || a.Port > 65535 {
			return Address{}, fmt.Errorf("porta %q non valida nell'indirizzo del server", p)
		}
	}
	a.Plan = a.Params.Get("plan")
	a.Params.Del("plan")
	if h := a.Params.Get("host"); a.Host == "" && h != "" { // a Unix socket folder
		a.Host = h
		a.Params.Del("host")
	}
	switch {
	case a.Host == "":
		return Address{}, fmt.Errorf("l'indirizzo %q non indica il server", s)
	case a.Database == "":
		return Address{}, fmt.Errorf("l'indirizzo %q non indica il database", s)
	case needPlan && a.Plan == "":
		return Address{}, fmt.Errorf("l'indirizzo %q non indica il piano: aggiungere ?plan=nome-piano", s)
	}
	if a.Plan != "" {
		if err := ValidPlanKey(a.Plan); err != nil {
			return Address{}, err
		}
	}
	return a, nil
}

// String is the address as people and the recent list see it, without
// the password.
func (a Address) String() string {
	u := url.URL{Scheme: "postgres", Path: "/" + a.Database}
	host := a.Host
	q := url.Values{}
	for k, v := range a.Params {
		q[k] = v
	}
	if strings.HasPrefix(host, "/") { // a socket folder goes in the query
		q.Set("host", host)
		host = ""
	}
	if a.Port != 0 {
		host += ":" + strconv.Itoa(a.Port)
	}
	u.Host = host
	if a.User != "" {
		u.User = url.User(a.User)
	}
	if a.Plan != "" {
		q.Set("plan", a.Plan)
	}
	u.RawQuery = q.Encode()
	return u.String()
}

// Server is the address without the plan: the key under which the
// credential store keeps the password.
func (a Address) Server() string {
	a.Plan = ""
	return a.String()
}

// WithPlan is the address of another plan on the same server.
func (a Address) WithPlan(key string) Address {
	a.Plan = key
	return a
}

// Where says where the plan lives, for the status line: "sul server
// db.comune.local, database piano".
func (a Address) Where() string {
	host := a.Host
	if strings.HasPrefix(host, "/") {
		host = "locale"
	}
	return fmt.Sprintf("sul server %s, database %s", host, a.Database)
}
