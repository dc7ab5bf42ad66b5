package postgres

import (
	"fmt"
	"testing"

	"pianoperformance/model"
	"pianoperformance/model/storetest"
)

// The PostgreSQL store keeps the store contract every implementation
// shares, signed in as an amministratore (so under the server's row-level
// security), each store on a plan of its own in one database.
func TestStoreContract(t *testing.T) {
	db := newDB(t)
	addr, password := db.user("Segreteria", model.AccessoAmministratore, "", "")
	n := 0
	storetest.Run(t, func(t *testing.T, p *model.Plan) model.Store {
		n++
		return create(t, addr.WithPlan(fmt.Sprintf("piano-%d", n)), password, p)
	})
}
