package ui

import (
	"bytes"
	"encoding/json"
	"testing"

	"fyne.io/fyne/v2/lang"

	"pianoperformance/assets"
)

// TestTranslationKeysOnce reads every string file as JSON and wants each
// key in one file only: the files are joined into one document, where a
// second key would silently win over the first.
func TestTranslationKeysOnce(t *testing.T) {
	files, err := translationFiles()
	if err != nil || len(files) == 0 {
		t.Fatalf("nessun file di traduzioni (%v)", err)
	}
	where := map[string]string{}
	for _, f := range files {
		data, err := assets.Translations.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
			t.Fatalf("%s: non è un oggetto JSON (%v)", f, err)
		}
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			key := tok.(string)
			var value json.RawMessage
			if err := dec.Decode(&value); err != nil {
				t.Fatalf("%s, %q: %v", f, key, err)
			}
			if prev, ok := where[key]; ok {
				t.Errorf("%q sta in %s e in %s", key, prev, f)
			}
			where[key] = f
		}
	}
}

// TestTranslationsLoaded checks that strings of the first and of the last
// file, a plural included, come out of Fyne in Italian after loading.
func TestTranslationsLoaded(t *testing.T) {
	if err := LoadTranslations(); err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]string{
		"Cancel":       "Annulla",  // base, the first file: Fyne's own button
		"nav.versioni": "Versioni", // versioni, the last
	} {
		if got := lang.L(key); got != want {
			t.Errorf("lang.L(%q) = %q, voglio %q", key, got, want)
		}
	}
	if got := lang.N("schede.anteprima.conflitti", 2, map[string]int{"N": 2}); got != "2 conflitti" {
		t.Errorf("plurale: %q, voglio «2 conflitti»", got)
	}
}
