package sqlite

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"reflect"
	"testing"

	"pianoperformance/model"
)

// A plan adopted before the performance cycle (schema 3) keeps its frozen
// version as JSON of format 1. After the upgrade to the cycle's schema the
// version still reads, with the old readings converted as the JSON import
// and the schema step convert them, and a variation lists only what was
// really changed: the conversion alone is no variation.
func TestUpgradeKeepsVersionsFrozenBeforeTheCycle(t *testing.T) {
	path := v1File(t)
	db, err := sql.Open("sqlite3", fileURI(path)+"?"+rwParams)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range migrations[1:3] { // 0002_versioni, 0003_gruppo_senza_area
		if err := migrateOne(ctx, db, m); err != nil {
			t.Fatal(err)
		}
	}
	sum := sha256.Sum256([]byte(pianoFormato1))
	for _, q := range []string{
		`UPDATE piano SET stato = 'adottato', approvazione_organo = 'Giunta comunale', approvazione_numero = '12', approvazione_data = '2023-01-31'`,
		`INSERT INTO versione (numero, tipo, organo, numero_atto, data_atto, motivo, registrata, impronta, piano_json)
			VALUES (1, 'adozione', 'Giunta comunale', '12', '2023-01-31', '', '2023-02-01T09:00:00Z', '` + hex.EncodeToString(sum[:]) + `', ?)`,
	} {
		if _, err := db.Exec(q, []byte(pianoFormato1)); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if v, _ := schemaVersion(ctx, db); v != 3 {
		t.Fatalf("file di prova allo schema %d, atteso 3", v)
	}
	db.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if v, _ := schemaVersion(ctx, s.db); v != latestVersion() {
		t.Fatalf("schema %d dopo l'apertura, atteso %d", v, latestVersion())
	}
	vv, err := versioniDi(s)
	if err != nil || len(vv) != 1 || vv[0].Impronta != hex.EncodeToString(sum[:]) {
		t.Fatalf("versioni %+v, %v", vv, err)
	}
	// The text of record stays as it was frozen, in format 1.
	if b, err := testoVersioneDi(s, 1); err != nil || string(b) != pianoFormato1 {
		t.Errorf("testo della versione 1 cambiato dall'aggiornamento (%v)", err)
	}
	adottato, err := versione(s, 1)
	if err != nil {
		t.Fatal(err)
	}
	cur := load(t, s)
	if !reflect.DeepEqual(adottato.Verifiche, cur.Verifiche) ||
		!reflect.DeepEqual(adottato.Obiettivi[0].Indicatori[0].Risultati, cur.Obiettivi[0].Indicatori[0].Risultati) ||
		!reflect.DeepEqual(adottato.Obiettivi[0].Validazione, cur.Obiettivi[0].Validazione) {
		t.Errorf("la versione congelata e l'archivio convertono diversamente:\n%+v\n%+v",
			adottato.Obiettivi[0].Indicatori[0].Risultati, cur.Obiettivi[0].Indicatori[0].Risultati)
	}
	if mm := model.Confronta(adottato, cur); len(mm) != 0 {
		t.Errorf("la conversione risulta come variazione: %+v", mm)
	}
	atto := model.Atto{Organo: model.OrganoGiunta, Numero: "40", Data: model.DatePtr(2023, 6, 15)}
	if _, err := varia(s, atto, "Nuovo titolo"); !errors.Is(err, model.ErrNessunaMod) {
		t.Fatalf("variazione senza modifiche: %v", err)
	}
	o := cur.Obiettivi[0]
	o.Titolo = "Regolamento di contabilità"
	if err := wr(s, func(w model.Writer) error { return w.SaveObiettivo(&o) }); err != nil {
		t.Fatal(err)
	}
	v, err := varia(s, atto, "Nuovo titolo")
	if err != nil || v.Numero != 2 {
		t.Fatalf("variazione: %+v, %v", v, err)
	}
	varied, err := versione(s, 2)
	if err != nil {
		t.Fatal(err)
	}
	mm := model.Confronta(adottato, varied)
	if len(mm) != 1 || mm[0].Campo != "Titolo" || mm[0].Prima != "Regolamento" || mm[0].Dopo != "Regolamento di contabilità" {
		t.Errorf("modifiche %+v", mm)
	}
}

func testoVersioneDi(s *Store, n int) (b []byte, err error) {
	err = s.Read(ctx, func(r model.Reader) (e error) { b, e = r.TestoVersione(n); return e })
	return b, err
}
