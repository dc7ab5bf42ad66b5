package postgres_test

import (
	"reflect"
	"regexp"
	"testing"
	"time"

	"pianoperformance/model"
	"pianoperformance/model/postgres"
	"pianoperformance/model/postgres/servertest"
	"pianoperformance/model/storetest"
)

func identitaOf(t *testing.T, st *postgres.Store) string {
	t.Helper()
	var id string
	if err := st.Read(ctx, func(r model.Reader) (err error) { id, err = r.IdentitaPiano(); return err }); err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`^[0-9a-f]{32}$`).MatchString(id) {
		t.Fatalf("identity %q: want 32 hex digits", id)
	}
	return id
}

func storicoOf(t *testing.T, st *postgres.Store) []model.EventoStorico {
	t.Helper()
	var ev []model.EventoStorico
	if err := st.Read(ctx, func(r model.Reader) (err error) { ev, err = r.Storico(); return err }); err != nil {
		t.Fatal(err)
	}
	return ev
}

// Each plan on the server has its own identity, kept when the plan is
// opened again or replaced whole. Its history takes lines in the same
// transaction as the readings they brought, from the Segreteria and from
// a Responsabile di Area; the Nucleo may read it but add nothing, and a
// line stays with its plan.
func TestIdentitaEStorico(t *testing.T) {
	rp := newRolesPlan(t)
	admin, pw := rp.db.User("Segreteria Due", model.AccessoAmministratore, "", "ruoli")
	st := servertest.Open(t, admin, pw)
	id := identitaOf(t, st)
	altroAddr := admin
	altroAddr.Plan = "altro"
	altro := servertest.Create(t, altroAddr, pw, storetest.Plan())
	if identitaOf(t, altro) == id {
		t.Fatal("two plans share an identity")
	}
	if err := st.Write(ctx, func(w model.Writer) error { return w.ReplacePlan(storetest.Plan()) }); err != nil {
		t.Fatal(err)
	}
	if identitaOf(t, servertest.Open(t, admin, pw)) != id {
		t.Fatal("the plan's identity changed")
	}

	quando := time.Date(2023, 7, 10, 9, 30, 0, 123456789, time.FixedZone("CEST", 2*3600))
	ev := model.EventoStorico{Quando: quando, Tipo: model.EventoSchede, File: "scheda.xlsx", Area: "Area Tecnica",
		Valori: 1, Descrizione: "Letta la scheda dell'Area Tecnica: 1 valore"}
	resp := servertest.Open(t, rp.resp, rp.respPass)
	p, err := resp.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	o := p.ObiettivoByID(rp.mine.ID)
	m := &model.Monitoraggio{Risultati: []model.RisultatoDi{{IndicatoreID: o.Indicatori[0].ID,
		Risultato: model.Risultato{VerificaID: p.Verifiche[0].ID, Valore: "45", Stato: model.StatoInLinea}}}}
	if err := resp.Write(ctx, func(w model.Writer) error {
		if err := w.SaveMonitoraggio(m); err != nil {
			return err
		}
		return w.RegistraStorico(&ev)
	}); err != nil {
		t.Fatalf("a Responsabile reading back the workbook of their Area: %v", err)
	}
	want := ev
	want.Quando = quando.UTC().Truncate(time.Microsecond)
	if got := storicoOf(t, st); len(got) != 1 || !reflect.DeepEqual(got[0], want) {
		t.Fatalf("history %+v, want %+v", got, want)
	}
	if got := storicoOf(t, altro); len(got) != 0 {
		t.Fatalf("another plan's history shows %+v", got)
	}

	nucleo, npw := rp.db.User("Nucleo", model.AccessoNucleo, "", "ruoli")
	ns := servertest.Open(t, nucleo, npw)
	if len(storicoOf(t, ns)) != 1 {
		t.Fatal("the Nucleo does not see the history")
	}
	e2 := model.EventoStorico{Quando: quando, Tipo: model.EventoSchede, Descrizione: "x"}
	if err := ns.Write(ctx, func(w model.Writer) error { return w.RegistraStorico(&e2) }); err == nil || e2.ID != 0 {
		t.Fatalf("the Nucleo added a line to the history (%v, ID %d)", err, e2.ID)
	}
	conn := sqlAs(t, rp.resp, rp.respPass)
	refused(t, conn, "UPDATE storico SET descrizione = 'cambiata'")
	refused(t, conn, "DELETE FROM storico")
	if got := storicoOf(t, st); len(got) != 1 || got[0].Descrizione != ev.Descrizione {
		t.Fatalf("history after the refusals: %+v", got)
	}
}
