package postgres_test

import (
	"reflect"
	"testing"

	"github.com/jackc/pgx/v5"
	"pianoperformance/model"
	"pianoperformance/model/postgres"
)

// A database of schema 2, from before the performance cycle, with readings
// of the old kind: the upgrade places them at checkpoints as the SQLite
// store's upgrade and the JSON import of format 1 do (model.MigraV1), and
// the plan then opens and takes changes.
func TestMigrateCicloPlacesOldReadings(t *testing.T) {
	name := cluster.Database(t)
	conn, err := pgx.Connect(ctx, cluster.URL(name))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if err := postgres.MigrateTo(ctx, conn, 2); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, `SET search_path = piano;
		INSERT INTO piani (id, chiave) VALUES (7, 'vecchio-2023');
		INSERT INTO piano (piano_id, anno, anno_inizio, anno_fine, titolo) VALUES (7, 2023, 2023, 2025, 'Piano 2023');
		INSERT INTO obiettivo (piano_id, id, titolo, livello) VALUES (7, 10, 'Sportello unico', 'esecutivo');
		INSERT INTO indicatore (piano_id, id, obiettivo_id, nome, tipo) VALUES (7, 11, 10, 'Pratiche evase', 'numero');
		INSERT INTO risultato (piano_id, id, indicatore_id, obiettivo_id, data, valore, raggiungimento, finale, validato, data_validazione, note)
		VALUES (7, 12, 11, 10, '2023-05-10', '5', 80, false, false, NULL, 'a metà anno'),
		       (7, 13, 11, 10, '2023-12-31', '9', NULL, true, true, '2024-02-01', '')`); err != nil {
		t.Fatal(err)
	}
	if err := postgres.Migrate(ctx, conn); err != nil {
		t.Fatal(err)
	}
	addr := postgres.Address{Host: cluster.Socket(), Port: cluster.Port, Database: name, User: cluster.Super, Plan: "vecchio-2023"}
	st, err := postgres.Open(ctx, addr, "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	got, err := st.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}

	// The same plan as a file of format 1 would give it.
	want := &model.Plan{Piano: model.Piano{Anno: 2023, AnnoInizio: 2023, AnnoFine: 2025, Titolo: "Piano 2023"},
		Obiettivi: []model.Obiettivo{{ID: 10, Titolo: "Sportello unico", Livello: model.LivelloEsecutivo,
			Indicatori: []model.Indicatore{{ID: 11, Nome: "Pratiche evase", Tipo: model.IndNumero}}}}}
	model.NormalizePlan(want)
	perc := 80.0
	legacy := []model.RisultatoV1{
		{ID: 12, Data: model.MustDate(2023, 5, 10), Valore: "5", Raggiungimento: &perc, Note: "a metà anno"},
		{ID: 13, Data: model.MustDate(2023, 12, 31), Valore: "9", Finale: true, Validato: true, DataValidazione: model.DatePtr(2024, 2, 1)},
	}
	model.MigraV1(want, func(in *model.Indicatore) []model.RisultatoV1 {
		if in.ID == 11 {
			return legacy
		}
		return nil
	})
	if !reflect.DeepEqual(got.Verifiche, want.Verifiche) {
		t.Fatalf("checkpoints %+v, want %+v", got.Verifiche, want.Verifiche)
	}
	if !reflect.DeepEqual(got.Obiettivi, want.Obiettivi) {
		t.Fatalf("objective after the upgrade:\n got %+v\nwant %+v", got.Obiettivi, want.Obiettivi)
	}
	if len(got.Obiettivi[0].Indicatori[0].Risultati) != 2 || got.Obiettivi[0].Validazione == nil {
		t.Fatal("the old readings or their validation did not come through")
	}
	o := got.Obiettivi[0]
	o.Note = "Dopo l'aggiornamento"
	if err := st.Write(ctx, func(w model.Writer) error { return w.SaveObiettivo(&o) }); err != nil {
		t.Fatalf("a change after the upgrade: %v", err)
	}
}
