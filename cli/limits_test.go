package cli

import (
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"pianoperformance/model/synth"
)

// Out-of-bounds input in a JSON file: the import says what and where, in
// Italian, and the archive stays byte for byte as it was.
func TestImportRefusesOutOfBoundsInput(t *testing.T) {
	dir := t.TempDir()
	ok(t, dir, "export", "--example", "--format", "json", "-o", "piano.json")
	ok(t, dir, "import", "--db", "piano.db", "piano.json")
	db := filepath.Join(dir, "piano.db")
	before := sha(t, db)
	good, err := os.ReadFile(filepath.Join(dir, "piano.json"))
	if err != nil {
		t.Fatal(err)
	}
	replaceFirst := func(re, with string) []byte {
		t.Helper()
		loc := regexp.MustCompile(re).FindIndex(good)
		if loc == nil {
			t.Fatalf("%s non trovato nel piano di esempio", re)
		}
		return append(append(append([]byte{}, good[:loc[0]]...), with...), good[loc[1]:]...)
	}
	cases := []struct {
		name string
		file []byte
		want string
	}{
		{"popolazione", replaceFirst(`"residenti": \d+`, `"residenti": 9223372036854775807`),
			"residenti: 9.223.372.036.854.775.807 è oltre il massimo ammesso (10.000.000)"},
		{"anno", replaceFirst(`"anno": 2023`, `"anno": 999999999`), "l'anno: 999999999 non è valido (deve essere tra 1900 e 2100)"},
		{"titolo", replaceFirst(`"titolo": "[^"]*"`, `"titolo": "`+strings.Repeat("a", 1001)+`"`), "il titolo: testo troppo lungo: 1.001 caratteri, al massimo 1.000"},
		{"stemma", replaceFirst(`"regione": "Lombardia"`, `"regione": "Lombardia", "stemma": "`+base64.StdEncoding.EncodeToString(synth.PNGHeader(20_000, 20_000))+`"`),
			"ente, stemma: l'immagine è troppo grande: 20.000 × 20.000 pixel"},
		{"dimensione", append(append([]byte{}, good[:len(good)-3]...), bytes.Repeat([]byte(" "), 51<<20)...),
			"il file è troppo grande per essere un piano (oltre 50 MB"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			os.WriteFile(filepath.Join(dir, "fuori.json"), tc.file, 0o644)
			r := piano(t, dir, "import", "--db", "piano.db", "fuori.json")
			if r.code == 0 || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("uscita %d, messaggio %q; atteso %q", r.code, r.stderr, tc.want)
			}
			if sha(t, db) != before {
				t.Error("l'archivio è cambiato dopo un import rifiutato")
			}
		})
	}
}
