// Package servertest gives the tests of the server store and of what uses
// it a database of their own on the throwaway server of pgtest, with the
// plans' schema and people in every role.
package servertest

import (
	"context"
	"fmt"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model"
	"pianoperformance/model/postgres"
	"pianoperformance/model/postgres/pgtest"
)

var ctx = context.Background()

// DB is a database of one test, with the plans' schema made by its owner
// (the server's superuser), as `piano server init` does.
type DB struct {
	t       testing.TB
	Cluster *pgtest.Cluster
	Name    string
}

// New makes a database for t on c, dropped when t ends.
func New(t testing.TB, c *pgtest.Cluster) *DB {
	t.Helper()
	db := &DB{t, c, c.Database(t)}
	conn := db.Admin()
	defer conn.Close(ctx)
	if err := postgres.Migrate(ctx, conn); err != nil {
		t.Fatal(err)
	}
	return db
}

// Admin is a connection of the schema's owner, through the socket;
// the caller closes it.
func (db *DB) Admin() *pgx.Conn {
	db.t.Helper()
	conn, err := pgx.Connect(ctx, db.Cluster.URL(db.Name))
	if err != nil {
		db.t.Fatal(err)
	}
	return conn
}

var users atomic.Int64

// User adds a person with role r (and area, for a Responsabile) who may
// open every plan, and returns the address they sign in with for plan
// (over TCP, with a password) and the password. Login names are made
// unique on the server, which all the tests share.
func (db *DB) User(nome string, r model.RuoloAccesso, area, plan string) (postgres.Address, string) {
	db.t.Helper()
	n := users.Add(1)
	login := fmt.Sprintf("u%d_%s", n, db.Name)
	password := "segreta-" + strconv.FormatInt(n, 10)
	conn := db.Admin()
	defer conn.Close(ctx)
	if err := postgres.AddUser(ctx, conn, postgres.Utente{Login: login, Nome: nome, Ruolo: r, Area: area, Piani: "*"}, password); err != nil {
		db.t.Fatal(err)
	}
	return db.Address(login, plan), password
}

// Address is where login signs in for plan, over TCP.
func (db *DB) Address(login, plan string) postgres.Address {
	return postgres.Address{Host: "127.0.0.1", Port: db.Cluster.Port, Database: db.Name, User: login, Plan: plan,
		Params: map[string][]string{"sslmode": {"disable"}}}
}

// Create makes plan addr.Plan holding p, signed in as addr's person,
// closed when t ends.
func Create(t testing.TB, addr postgres.Address, password string, p *model.Plan) *postgres.Store {
	t.Helper()
	s, err := postgres.Create(ctx, addr, password, p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// Open opens the plan of addr, closed when t ends.
func Open(t testing.TB, addr postgres.Address, password string) *postgres.Store {
	t.Helper()
	s, err := postgres.Open(ctx, addr, password)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
