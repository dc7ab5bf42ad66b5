package sqlite

import (
	"path/filepath"
	"testing"

	"pianoperformance/model"
	"pianoperformance/model/storetest"
)

// The SQLite store keeps the store contract every implementation shares.
func TestStoreContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T, p *model.Plan) model.Store {
		s, err := Create(filepath.Join(t.TempDir(), "piano.db"), p)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}
