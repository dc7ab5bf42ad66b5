package workbook

import (
	"context"

	"pianoperformance/model"
)

// The store's side of the round trip, in one place for the command line,
// the window's session and the tests.

// IdentitaDi reads the identity of a plan's file (model.Reader.IdentitaPiano),
// which the workbooks carry.
func IdentitaDi(ctx context.Context, st model.Store) (id string, err error) {
	err = st.Read(ctx, func(r model.Reader) (err error) { id, err = r.IdentitaPiano(); return err })
	return id, err
}

// Registra writes, inside one transaction, a reading back's batch and the
// history lines that explain it: both reach the file, or neither.
func Registra(w model.Writer, m *model.Monitoraggio, eventi []model.EventoStorico) error {
	if err := w.SaveMonitoraggio(m); err != nil {
		return err
	}
	for i := range eventi {
		if err := w.RegistraStorico(&eventi[i]); err != nil {
			return err
		}
	}
	return nil
}
