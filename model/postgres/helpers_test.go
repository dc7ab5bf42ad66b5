package postgres

import (
	"context"
	"fmt"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model"
	"pianoperformance/model/postgres/pgtest"
)

// One throwaway server for the package's tests; each test makes its own
// database on it.
var cluster *pgtest.Cluster

func TestMain(m *testing.M) { pgtest.Main(m, &cluster) }

var ctx = context.Background()

// testDB is a database of the test's own, with the plans' schema made by
// its owner (the cluster's superuser), as `piano server init` does.
type testDB struct {
	t    *testing.T
	name string
}

func newDB(t *testing.T) *testDB {
	t.Helper()
	db := &testDB{t, cluster.Database(t)}
	conn := db.admin()
	defer conn.Close(ctx)
	if err := Migrate(ctx, conn); err != nil {
		t.Fatal(err)
	}
	return db
}

// admin is the owner's connection, through the socket.
func (db *testDB) admin() *pgx.Conn {
	db.t.Helper()
	conn, err := pgx.Connect(ctx, cluster.URL(db.name))
	if err != nil {
		db.t.Fatal(err)
	}
	return conn
}

var users atomic.Int64

// user adds a person with role r (and area, for a Responsabile) who may
// open every plan, and returns the address they sign in with (over TCP,
// with a password) for plan.
func (db *testDB) user(nome string, r model.RuoloAccesso, area, plan string) (Address, string) {
	db.t.Helper()
	login := fmt.Sprintf("u%d_%s", users.Add(1), db.name)
	password := "segreta-" + strconv.Itoa(int(users.Load()))
	conn := db.admin()
	defer conn.Close(ctx)
	if err := AddUser(ctx, conn, Utente{Login: login, Nome: nome, Ruolo: r, Area: area, Piani: "*"}, password); err != nil {
		db.t.Fatal(err)
	}
	return Address{Host: "127.0.0.1", Port: cluster.Port, Database: db.name, User: login, Plan: plan,
		Params: map[string][]string{"sslmode": {"disable"}}}, password
}

// create makes plan key holding p as person addr, closed when the test
// ends.
func create(t *testing.T, addr Address, password string, p *model.Plan) *Store {
	t.Helper()
	s, err := Create(ctx, addr, password, p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// open opens the plan of addr, closed when the test ends.
func open(t *testing.T, addr Address, password string) *Store {
	t.Helper()
	s, err := Open(ctx, addr, password)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
