package postgres_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"pianoperformance/model"
	"pianoperformance/model/postgres"
	"pianoperformance/model/postgres/servertest"
	"pianoperformance/model/storetest"
)

// The roles are the server's, not the window's: each person signs in with
// their own role, and neither the program nor hand-written SQL on a direct
// connection can go around what the role allows.

// rolesPlan is a plan with objectives in several Areas (storetest.Plan:
// objective i belongs to the Area i mod 6, Area Tecnica being the fifth),
// made by an amministratore, and the Responsabile of the Area Tecnica.
type rolesPlan struct {
	db       *servertest.DB
	plan     *model.Plan
	mine     model.Obiettivo // of the Area Tecnica
	other    model.Obiettivo // of the Area Amministrativa
	resp     postgres.Address
	respPass string
}

func newRolesPlan(t *testing.T) *rolesPlan {
	db := servertest.New(t, cluster)
	admin, pw := db.User("Segreteria", model.AccessoAmministratore, "", "ruoli")
	st := servertest.Create(t, admin, pw, storetest.Plan())
	p, err := st.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rp := &rolesPlan{db: db, plan: p}
	for _, o := range p.Obiettivi {
		switch p.UnitaByID(o.AreaID).Nome {
		case "Area Tecnica":
			rp.mine = o
		case "Area Amministrativa":
			rp.other = o
		}
	}
	if rp.mine.ID == 0 || rp.other.ID == 0 {
		t.Fatal("the plan lacks objectives of the two Areas")
	}
	rp.resp, rp.respPass = db.User("Rita Verdi", model.AccessoResponsabile, "area tecnica", "ruoli")
	return rp
}

// sqlAs is a direct connection of a person, as any SQL client would make.
func sqlAs(t *testing.T, addr postgres.Address, password string) *pgx.Conn {
	t.Helper()
	cfg, err := pgx.ParseConfig(addr.Server())
	if err != nil {
		t.Fatal(err)
	}
	cfg.Password = password
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(ctx) })
	if _, err := conn.Exec(ctx, "SET search_path = piano"); err != nil {
		t.Fatal(err)
	}
	return conn
}

// refused runs hand-written SQL that must fail, or change no row.
func refused(t *testing.T, conn *pgx.Conn, sql string, args ...any) {
	t.Helper()
	tag, err := conn.Exec(ctx, sql, args...)
	var pe *pgconn.PgError
	switch {
	case err == nil && tag.RowsAffected() == 0 && !tag.Insert():
		// Row-level security hid every row from the change.
	case errors.As(err, &pe) && (pe.Code == "42501" || pe.Code == "P0001"):
		// permission denied, or a policy violated
	default:
		t.Fatalf("%s: %v (%s), want a refusal", sql, err, tag)
	}
}

// planID is the server's number of the plan.
func (rp *rolesPlan) planID(t *testing.T) int64 {
	conn := rp.db.Admin()
	defer conn.Close(ctx)
	var id int64
	if err := conn.QueryRow(ctx, "SELECT id FROM piano.piani WHERE chiave = 'ruoli'").Scan(&id); err != nil {
		t.Fatal(err)
	}
	return id
}

// unchanged checks with the owner's eyes that the plan is as it was but
// for what keep says may differ.
func (rp *rolesPlan) unchanged(t *testing.T, keep func(p *model.Plan)) {
	t.Helper()
	owner := postgres.Address{Host: cluster.Socket(), Port: cluster.Port, Database: rp.db.Name, User: cluster.Super, Plan: "ruoli"}
	st := servertest.Open(t, owner, "")
	got, err := st.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := rp.plan.Clone()
	if keep != nil {
		keep(got)
		keep(want)
	}
	if d := fmt.Sprint(model.Confronta(want, got)); len(model.Confronta(want, got)) > 0 {
		t.Fatalf("the plan changed: %s", d)
	}
}

func TestRoleResponsabileThroughTheProgram(t *testing.T) {
	rp := newRolesPlan(t)
	st := servertest.Open(t, rp.resp, rp.respPass)
	if a := st.Accesso(); a.Ruolo != model.AccessoResponsabile || a.AreaID != rp.mine.AreaID || a.Nome != "Rita Verdi" {
		t.Fatalf("access %+v, want the Responsabile of Area %d", a, rp.mine.AreaID)
	}
	// Progress, notes, readings and phases of the own Area: allowed.
	mine := rp.mine.Clone()
	mine.StatoAttuazione = "Avviato il nuovo sportello"
	mine.Note = "Nota della responsabile"
	mine.Indicatori[0].Risultati[0].Valore = "7"
	mine.Indicatori[0].Risultati[0].Causa = "ritardo del fornitore"
	mine.Fasi[2].Completata = true
	if err := st.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&mine) }); err != nil {
		t.Fatalf("readings and notes of the own Area: %v", err)
	}
	// Anything else is refused, the store saying why.
	for name, fn := range map[string]func(w model.Writer) error{
		"title of the own objective": func(w model.Writer) error {
			o := mine.Clone()
			o.Titolo = "Nuovo titolo"
			return w.SaveObiettivo(&o)
		},
		"progress of another Area": func(w model.Writer) error {
			o := rp.other.Clone()
			o.StatoAttuazione = "Non mio"
			return w.SaveObiettivo(&o)
		},
		"a score of the own reading": func(w model.Writer) error {
			o := mine.Clone()
			v := 9.0
			o.Indicatori[0].Risultati[1].Punteggio = &v
			return w.SaveObiettivo(&o)
		},
		"the comune's data":   func(w model.Writer) error { return w.SaveEnte(model.Ente{Nome: "Altro"}) },
		"delete an objective": func(w model.Writer) error { _, err := w.DeleteObiettivo(mine.ID); return err },
		"the validation": func(w model.Writer) error {
			return w.SaveValidazione(mine.ID, &model.Validazione{Verbale: "1"})
		},
	} {
		err := st.Write(ctx, fn)
		if !errors.Is(err, model.ErrNotAllowed) {
			t.Errorf("%s: %v, want a refusal of the role", name, err)
		}
	}
	rp.unchanged(t, func(p *model.Plan) { *p.ObiettivoByID(mine.ID) = mine })
}

func TestRoleResponsabileHandWrittenSQL(t *testing.T) {
	rp := newRolesPlan(t)
	conn := sqlAs(t, rp.resp, rp.respPass)
	plan := rp.planID(t)
	other, mine := rp.other, rp.mine
	otherReading := other.Indicatori[0].Risultati[0]
	refused(t, conn, "UPDATE obiettivo SET titolo = 'x' WHERE piano_id = $1 AND id = $2", plan, mine.ID)
	refused(t, conn, "UPDATE obiettivo SET stato_attuazione = 'x' WHERE piano_id = $1 AND id = $2", plan, other.ID)
	refused(t, conn, "UPDATE risultato SET valore = 'x' WHERE piano_id = $1 AND id = $2", plan, otherReading.ID)
	refused(t, conn, "UPDATE risultato SET obiettivo_id = $3 WHERE piano_id = $1 AND id = $2", plan, otherReading.ID, mine.ID)
	refused(t, conn, "DELETE FROM risultato WHERE piano_id = $1 AND obiettivo_id = $2", plan, other.ID)
	refused(t, conn, `INSERT INTO risultato (piano_id, id, indicatore_id, obiettivo_id, verifica_id, valore)
		VALUES ($1, 999999, $2, $3, $4, 'x')`, plan, other.Indicatori[0].ID, other.ID, rp.plan.Verifiche[0].ID)
	refused(t, conn, "UPDATE risultato SET punteggio = 10 WHERE piano_id = $1 AND obiettivo_id = $2", plan, mine.ID)
	refused(t, conn, "DELETE FROM obiettivo WHERE piano_id = $1", plan)
	refused(t, conn, "UPDATE ente SET nome = 'x' WHERE piano_id = $1", plan)
	refused(t, conn, "INSERT INTO validazione (piano_id, obiettivo_id, verbale) VALUES ($1, $2, 'x')", plan, mine.ID)
	refused(t, conn, "UPDATE utente SET ruolo = 'amministratore' WHERE login = current_user")
	refused(t, conn, "INSERT INTO revisione (piano_id, tipo) VALUES ($1, 'x')", plan)
	refused(t, conn, "UPDATE revisione SET rev = 0 WHERE piano_id = $1", plan)
	refused(t, conn, "SELECT registra_piano($1)", plan)
	refused(t, conn, "DELETE FROM versione WHERE piano_id = $1", plan)
	refused(t, conn, "DELETE FROM piani WHERE id = $1", plan)
	// Turning the versions off is not the Responsabile's: the own change
	// below still counts.
	var before, after int64
	q := "SELECT rev FROM revisione WHERE piano_id = $1 AND tipo = 'obiettivo' AND rif = $2"
	if err := conn.QueryRow(ctx, q, plan, mine.ID).Scan(&before); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, "SET piano.registra = 'no'"); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, "UPDATE obiettivo SET note = 'a mano' WHERE piano_id = $1 AND id = $2", plan, mine.ID); err != nil {
		t.Fatalf("the own objective's note: %v", err)
	}
	if err := conn.QueryRow(ctx, q, plan, mine.ID).Scan(&after); err != nil || after <= before {
		t.Fatalf("version %d → %d (%v): the Responsabile's change went uncounted", before, after, err)
	}
	rp.unchanged(t, func(p *model.Plan) { p.ObiettivoByID(mine.ID).Note = "" })
}

func TestRoleNucleo(t *testing.T) {
	rp := newRolesPlan(t)
	addr, pw := rp.db.User("Nino Neri", model.AccessoNucleo, "", "ruoli")
	st := servertest.Open(t, addr, pw)
	perc := 95.0
	v := &model.Validazione{Percentuale: &perc, Data: model.DatePtr(2025, 4, 20), Verbale: "3/2025"}
	if err := st.Write(ctx, func(w model.Writer) error { return w.SaveValidazione(rp.other.ID, v) }); err != nil {
		t.Fatalf("validation by the Nucleo: %v", err)
	}
	err := st.Write(ctx, func(w model.Writer) error {
		o := rp.other.Clone()
		o.Note = "Del Nucleo"
		return w.SaveObiettivo(&o)
	})
	if !errors.Is(err, model.ErrNotAllowed) {
		t.Fatalf("a note by the Nucleo: %v, want a refusal", err)
	}
	conn := sqlAs(t, addr, pw)
	plan := rp.planID(t)
	refused(t, conn, "UPDATE risultato SET valore = 'x' WHERE piano_id = $1", plan)
	refused(t, conn, "UPDATE obiettivo SET note = 'x' WHERE piano_id = $1", plan)
	refused(t, conn, "UPDATE relazione SET sintesi = 'x' WHERE piano_id = $1", plan)
	if _, err := conn.Exec(ctx, "UPDATE relazione SET validazione_verbale = '4/2025' WHERE piano_id = $1", plan); err != nil {
		t.Fatalf("the Relazione's validation: %v", err)
	}
	rp.unchanged(t, func(p *model.Plan) {
		p.ObiettivoByID(rp.other.ID).Validazione = nil
		p.Relazione.Validazione.Verbale = ""
	})
}

func TestRoleGiuntaReadsOnly(t *testing.T) {
	rp := newRolesPlan(t)
	addr, pw := rp.db.User("Gianni Gialli", model.AccessoGiunta, "", "ruoli")
	st := servertest.Open(t, addr, pw)
	if !st.ReadOnly() {
		t.Fatal("the Giunta's store is not read-only")
	}
	if _, err := st.Load(ctx); err != nil {
		t.Fatalf("the Giunta reads: %v", err)
	}
	if err := st.Write(ctx, func(w model.Writer) error { return w.SaveEnte(model.Ente{Nome: "x"}) }); !errors.Is(err, model.ErrReadOnly) {
		t.Fatalf("a change by the Giunta: %v", err)
	}
	conn := sqlAs(t, addr, pw)
	plan := rp.planID(t)
	for _, sql := range []string{
		"UPDATE ente SET nome = 'x' WHERE piano_id = $1",
		"UPDATE obiettivo SET note = 'x' WHERE piano_id = $1",
		"DELETE FROM capitolo WHERE piano_id = $1",
		"INSERT INTO capitolo (piano_id, id, titolo) VALUES ($1, 99999, 'x')",
		"UPDATE risultato SET valore = 'x' WHERE piano_id = $1",
		"INSERT INTO validazione (piano_id, obiettivo_id) SELECT $1, id FROM obiettivo WHERE piano_id = $1",
		"UPDATE relazione SET validazione_note = 'x' WHERE piano_id = $1",
		"DELETE FROM piani WHERE id = $1",
	} {
		refused(t, conn, sql, plan)
	}
	rp.unchanged(t, nil)
}

// A person sees only the plans their pattern names: another comune's plan
// does not open, and hand-written SQL finds none of its rows.
func TestRolePlansOfOneComune(t *testing.T) {
	rp := newRolesPlan(t)
	conn := rp.db.Admin()
	login := "altro_" + rp.db.Name
	if err := postgres.AddUser(ctx, conn, postgres.Utente{Login: login, Nome: "Altro Comune", Ruolo: model.AccessoAmministratore, Piani: "altrove-*"}, "password-lunga"); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)
	addr := rp.db.Address(login, "ruoli")
	if _, err := postgres.Open(ctx, addr, "password-lunga"); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("opening another comune's plan: %v", err)
	}
	plans, err := postgres.Plans(ctx, addr, "password-lunga")
	if err != nil || len(plans) != 0 {
		t.Fatalf("plans listed: %v, %v", plans, err)
	}
	c := sqlAs(t, addr, "password-lunga")
	var n int
	if err := c.QueryRow(ctx, "SELECT count(*) FROM obiettivo").Scan(&n); err != nil || n != 0 {
		t.Fatalf("objectives of another comune seen by hand: %d, %v", n, err)
	}
	refused(t, c, "UPDATE ente SET nome = 'x'")
	// An amministratore cannot create a plan outside the pattern either.
	other := addr.WithPlan("ruoli-bis")
	if _, err := postgres.Create(ctx, other, "password-lunga", storetest.Plan()); !errors.Is(err, model.ErrNotAllowed) {
		t.Fatalf("creating a plan outside the pattern: %v", err)
	}
}
