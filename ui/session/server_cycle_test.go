package session

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"pianoperformance/model"
	"pianoperformance/model/postgres/servertest"
	"pianoperformance/model/storetest"
)

// The start screen's operations and the plan's versions on a server plan,
// by role.

// cycleOp is one operation of the start screen or of the Piano menu.
type cycleOp struct {
	name string
	run  func(s *Session) error
}

// cycleOps change, each, something of plan p as storetest.Plan holds it:
// the deadlines' settings, a deadline met, one due again, the adoption.
func cycleOps(p *model.Plan) []cycleOp {
	anno := p.Piano.Anno
	return []cycleOp{
		{"impostazioni delle scadenze", func(s *Session) error {
			sc := s.Plan.Scadenzario.Clone()
			sc.Giorni = 45
			return s.SaveScadenzario("Scadenze", sc)
		}},
		{"scadenza fatta", func(s *Session) error {
			a := model.Adempimento{Chiave: fmt.Sprintf("%d/relazione", anno), Data: model.MustDate(anno+1, 6, 20), Note: "delibera n. 40"}
			return s.SegnaFatto("Fatto", a)
		}},
		{"scadenza di nuovo da fare", func(s *Session) error {
			return s.TogliFatto("Da fare", fmt.Sprintf("%d/piano", anno))
		}},
		{"adozione", func(s *Session) error {
			_, err := s.Adotta("Adozione", model.Atto{Organo: model.OrganoGiunta, Numero: "12", Data: model.DatePtr(anno, 1, 31)})
			return err
		}},
	}
}

func loadPlan(t *testing.T, st model.Store) *model.Plan {
	t.Helper()
	p, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// The deadlines met or due again, their settings and the adoption are the
// Segretario's on a server plan: every other role is refused by the
// server, in Italian, saying who and why, and nothing changes (nor joins
// the undo history); the Segretario does them all.
func TestServerCycleIsTheSegretarios(t *testing.T) {
	db := servertest.New(t, cluster)
	plan := storetest.Plan()
	admin, pw := db.User("Anna Bianchi", model.AccessoAmministratore, "", "piano")
	anna := newPerson(t, servertest.Create(t, admin, pw, plan))
	before := loadPlan(t, anna.st)
	// The Giunta's plan opens read-only: its refusal is the store's own.
	others := []struct {
		nome  string
		ruolo model.RuoloAccesso
		area  string
		want  error
	}{
		{"Rita Verdi", model.AccessoResponsabile, plan.UnitaByID(plan.Obiettivi[0].AreaID).Nome, model.ErrNotAllowed},
		{"Nino Neri", model.AccessoNucleo, "", model.ErrNotAllowed},
		{"Gina Gialli", model.AccessoGiunta, "", model.ErrReadOnly},
	}
	for _, o := range others {
		addr, opw := db.User(o.nome, o.ruolo, o.area, "piano")
		pr := newPerson(t, servertest.Open(t, addr, opw))
		a, ok := pr.s.Accesso()
		if !ok || a.Ruolo != o.ruolo {
			t.Fatalf("%s signed in as %+v", o.nome, a)
		}
		for _, op := range cycleOps(plan) {
			pr.status = ""
			err := op.run(pr.s)
			if !errors.Is(err, o.want) {
				t.Errorf("%s by %s: %v, want %v", op.name, a.Chi(), err, o.want)
				continue
			}
			why := "il piano si può solo consultare"
			if o.want == model.ErrNotAllowed {
				why = "non consentito a " + a.Chi() + ". " + a.Perché()
			}
			if !strings.HasPrefix(pr.status, "Non salvato: ") || !strings.Contains(pr.status, a.Chi()) || !strings.Contains(pr.status, why) {
				t.Errorf("%s by %s: the status line %q does not say who and why", op.name, a.Chi(), pr.status)
			}
			t.Logf("%s: %s", op.name, pr.status)
		}
		if pr.s.CanUndo() {
			t.Errorf("a refused change of %s joined the undo history", a.Chi())
		}
		now := loadPlan(t, anna.st)
		if !reflect.DeepEqual(now, before) {
			t.Fatalf("refused changes of %s changed the plan on the server", a.Chi())
		}
		if !reflect.DeepEqual(pr.s.Plan, now) {
			t.Fatalf("the window of %s shows what the server refused", a.Chi())
		}
	}

	for _, op := range cycleOps(plan) {
		if err := op.run(anna.s); err != nil {
			t.Fatalf("%s by the Segretario: %v", op.name, err)
		}
	}
	now := loadPlan(t, anna.st)
	if !reflect.DeepEqual(anna.s.Plan, now) {
		t.Fatal("the Segretario's window differs from the server: " + diff(anna.s.Plan, now))
	}
	sc := now.Scadenzario
	if sc.Giorni != 45 || len(sc.Adempimenti) != 1 || sc.Adempimenti[0].Chiave != fmt.Sprintf("%d/relazione", plan.Piano.Anno) {
		t.Fatalf("deadlines on the server after the Segretario's changes: %+v", sc)
	}
	vv, err := anna.s.Versioni()
	if err != nil || len(vv) != 1 || vv[0].Tipo != model.VersioneAdozione {
		t.Fatalf("versions after the adoption: %v, %v", vv, err)
	}
	if now.Piano.Stato != model.StatoAdottato {
		t.Fatalf("plan %q after the adoption", now.Piano.Stato)
	}
}

// A frozen version of a server plan opens read-only, for any role: the
// session shows the version as the server froze it, lists the versions
// and reads their texts through the plan's store, lives where the plan
// lives, and refuses every change saying which version it is.
func TestServerFrozenVersion(t *testing.T) {
	db := servertest.New(t, cluster)
	admin, pw := db.User("Anna Bianchi", model.AccessoAmministratore, "", "piano")
	anna := newPerson(t, servertest.Create(t, admin, pw, storetest.Plan()))
	v1, err := anna.s.Adotta("Adozione", model.Atto{Organo: model.OrganoGiunta, Numero: "12", Data: model.DatePtr(2024, 1, 31)})
	if err != nil {
		t.Fatal(err)
	}
	o := anna.s.Plan.Obiettivi[3].Clone()
	adopted := o.Titolo
	o.Titolo = "Cambiato dopo l'adozione"
	if _, err := anna.s.SaveObiettivo("Titolo", o); err != nil {
		t.Fatal(err)
	}
	addr, gpw := db.User("Gina Gialli", model.AccessoGiunta, "", "piano")
	gina := newPerson(t, servertest.Open(t, addr, gpw))

	for _, pr := range []*person{anna, gina} {
		fs, err := pr.s.Frozen(1)
		if err != nil {
			t.Fatalf("version 1 of the server plan: %v", err)
		}
		var want *model.Plan
		var testo []byte
		if err := pr.st.Read(context.Background(), func(r model.Reader) (err error) {
			if want, err = r.LoadVersione(1); err != nil {
				return err
			}
			testo, err = r.TestoVersione(1)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(fs.Plan, want) {
			t.Fatal("the version shown differs from the server's: " + diff(fs.Plan, want))
		}
		if got := fs.Plan.ObiettivoByID(o.ID).Titolo; got != adopted {
			t.Fatalf("the version shows the title %q, want %q as adopted", got, adopted)
		}
		if fs.Store.Path() != pr.st.Path() || !fs.ReadOnly() || fs.Viewing() == nil || fs.Viewing().Numero != 1 {
			t.Fatalf("the version's store: %q, read-only %v, viewing %v", fs.Store.Path(), fs.ReadOnly(), fs.Viewing())
		}
		var vv []model.Versione
		var frozenText []byte
		if err := fs.Store.Read(context.Background(), func(r model.Reader) (err error) {
			if vv, err = r.Versioni(); err != nil {
				return err
			}
			frozenText, err = r.TestoVersione(1)
			return err
		}); err != nil {
			t.Fatalf("versions through the version's store: %v", err)
		}
		if len(vv) != 1 || vv[0].Impronta != v1.Impronta || string(frozenText) != string(testo) {
			t.Fatalf("versions through the version's store: %v, text of %d bytes (want %d)", vv, len(frozenText), len(testo))
		}
		e := fs.Plan.Ente
		e.Nome += " modificato"
		pr.status = ""
		if err := fs.SaveEnte("Ente", e); !errors.Is(err, model.ErrReadOnly) || !strings.Contains(pr.status, "versione n. 1") {
			t.Fatalf("a change of the version: %v, status %q", err, pr.status)
		}
		if _, err := pr.s.Frozen(2); !errors.Is(err, model.ErrVersioneIgnota) {
			t.Fatalf("a version the plan does not have: %v", err)
		}
	}
	if got := loadPlan(t, anna.st).ObiettivoByID(o.ID).Titolo; got != o.Titolo {
		t.Fatalf("the plan as it is became %q", got)
	}
}
