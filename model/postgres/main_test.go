package postgres_test

import (
	"context"
	"testing"

	"pianoperformance/model/postgres/pgtest"
)

// One throwaway server for the package's tests; each test makes its own
// database on it (servertest.New).
var cluster *pgtest.Cluster

func TestMain(m *testing.M) { pgtest.Main(m, &cluster) }

var ctx = context.Background()
