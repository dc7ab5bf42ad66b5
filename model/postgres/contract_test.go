package postgres_test

import (
	"fmt"
	"testing"

	"pianoperformance/model"
	"pianoperformance/model/postgres"
	"pianoperformance/model/postgres/servertest"
	"pianoperformance/model/storetest"
)

// The PostgreSQL store keeps the store contract every implementation
// shares, signed in as an amministratore (so under the server's row-level
// security), each store on a plan of its own in one database.
func TestStoreContract(t *testing.T) {
	db := servertest.New(t, cluster)
	addr, password := db.User("Segreteria", model.AccessoAmministratore, "", "")
	n := 0
	storetest.Run(t, func(t *testing.T, p *model.Plan) model.Store {
		n++
		return servertest.Create(t, addr.WithPlan(fmt.Sprintf("piano-%d", n)), password, p)
	})
}

// Several people on one plan: the shared part of the contract, each
// person signed in with a role of their own.
func TestStoreContractShared(t *testing.T) {
	db := servertest.New(t, cluster)
	addr, password := db.User("Segreteria", model.AccessoAmministratore, "", "")
	n := 0
	storetest.RunShared(t, func(t *testing.T, p *model.Plan) model.Store {
		n++
		return servertest.Create(t, addr.WithPlan(fmt.Sprintf("condiviso-%d", n)), password, p)
	}, func(t *testing.T, st model.Store, who string) model.Store {
		plan := model.Unchecked(st).(*postgres.Store).Address().Plan
		other, pw := db.User(who, model.AccessoAmministratore, "", plan)
		return servertest.Open(t, other, pw)
	})
}
